import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { generateWithReport } from '../../src/lib/quiz/generate';
import type { Item } from '../../src/lib/quiz/types';

// invented articles: a campaigner whose quote names the council leader, then a quote closed by "he said"
const HOUSING = (named: string) =>
	[
		'Families wait eight years for a council home in Dunford',
		'Families in Dunford are waiting an average of eight years for a council home, according to figures released by the borough council on Friday.',
		'The waiting list has grown by 40% since 2020, to 5,200 households, while only 310 homes were let last year.',
		'Cllr Helen Varga, the cabinet member for housing, said the figures were shameful.',
		'Tenants’ campaigner Peter Nash, 58, said the council had sold too many homes in the 1990s.',
		named,
		'“He never built any more, and the families of Dunford have paid for it ever since,” he said.',
		'The council plans to build 450 homes over the next five years, funded by a £96m loan from the government.',
		'Council leader Simon Grant said the borough had been let down by successive governments and their cuts to housing grants.',
		'Grace Okoro, 34, a nurse, said she had given up hope of being offered a home in the town where she grew up.'
	].join('\n\n');

// a shop owner's three-sentence quote closed by "Mr Price said", after a paragraph reporting him saying something else
const BRIDGE = [
	'Harbour bridge to close for nine months as repairs begin',
	'The Kellan Harbour swing bridge will close to all traffic for nine months from 3 March while engineers replace its corroded steel deck, the port authority said on Thursday.',
	'The 140-metre bridge, which opened in 1962, carries about 22,000 vehicles a day between the town centre and the eastern docks. Drivers will face a diversion of up to six miles via the Corran Road.',
	'Port authority chief executive Helen Marsh said the work could not be delayed any longer.',
	'Local businesses fear the closure will drive customers away. Owen Price, who runs a cafe on Quay Street, said trade had already fallen since the work was announced.',
	'“People think the whole waterfront is shut. It is not. We are open seven days a week and we need people to know that,” Mr Price said.',
	'A free shuttle bus will run every 15 minutes between the two sides of the harbour, and a temporary footbridge is due to open in May.',
	'The repairs are expected to cost £31m, of which £19m will come from a government transport fund.'
].join('\n\n');

function speakerItems(text: string): Item[] {
	const article = parseArticleText(text);
	return [1, 2, 3, 4].flatMap((seed) => generateWithReport(article, { seed, maxItems: 30 }).quiz.items.filter((i) => i.type === 'who-said' || (i.type === 'true-false' && i.factType === 'person')));
}

describe('qs: a quote’s speaker is never a person named inside the quote before it (R6)', () => {
	for (const named of ['“Mr Grant was the leader of the council back then and sold the best homes on the estate first.”', '“Mr Grant said the homes on the Castle estate would be replaced within ten years of the sale.”', 'Mr Nash said: “Simon Grant sold the best homes on the estate first.”']) {
		it(`does not give the campaigner’s “he said” quote to the leader his words name: ${named.slice(0, 40)}`, () => {
			const onQuote = speakerItems(HOUSING(named)).filter((i) => /He never built any more/.test(i.stem));
			for (const i of onQuote) {
				if (i.type === 'who-said') expect(i.options[i.key]).toMatch(/Nash/);
				else expect(i.options[i.key] === 'True', i.stem).toBe(/Nash/.test(i.stem));
			}
		});
	}
});

describe('qs: the said true/false item on a quote run’s sentence shows the sentence that names its speaker saying it (R2)', () => {
	it('shows “..., Mr Price said.” for the run’s first sentence, not the sentence before that reports him', () => {
		const onRun = speakerItems(BRIDGE).filter((i) => /whole waterfront/.test(i.stem));
		expect(onRun.length).toBeGreaterThan(0);
		for (const i of onRun) expect(i.source.speaker?.text, i.stem).toMatch(/Mr Price said\.$/);
	});
});
