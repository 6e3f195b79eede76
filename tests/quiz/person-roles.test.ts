import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { officeTitleBefore, personRoles, personTitles, sameRoleOnly } from '../../src/lib/quiz/person-roles';

const UKRAINE = [
	'Ukraine’s prosecutors charged Sgt. Vadim Shyshimarin with killing an unarmed civilian.',
	'Kremlin spokesman Dmitry Peskov said the decision was up to the residents of the region.',
	'Kirill Stremousov, deputy head of the Kherson regional administration, said the region would ask to join Russia.',
	'President Volodymyr Zelenskyy said Ukraine’s military is pushing Russian troops away from Kharkiv.',
	'Sergei Kuznetsov watched the shelling from his garden.'
];
const rolesOf = (sentences: string[]) => personRoles(sentences, sentences.map((s) => extractFacts(s)));

describe('personRoles: the part each person plays, as the article states it', () => {
	it('reads role words before a name and in an appositive after it', () => {
		expect(Object.fromEntries(rolesOf(UKRAINE))).toEqual({
			Shyshimarin: 'security',
			Peskov: 'politics',
			Stremousov: 'politics',
			Zelenskyy: 'politics'
		});
	});

	it('tells a coach from a player, and a voter from a candidate', () => {
		const roles = rolesOf([
			'Wild coach Bruce Boudreau said the team played well.',
			'The empty-net goal came from winger Jason Zucker.',
			'Republican state Sen. Julie Slama filed a countersuit.',
			'Carol Bruning, a retired teacher from Omaha, voted for Pillen.',
			'The charges were announced by attorney general Eric Holder.'
		]);
		expect(Object.fromEntries(roles)).toEqual({ Boudreau: 'coaching', Zucker: 'sport', Slama: 'politics', Bruning: 'public', Holder: 'law' });
	});

	it('does not take a verb phrase after a name for a role', () => {
		expect(rolesOf(['Herbster filed a lawsuit against Charles Slama, saying the officer lied.']).has('Slama')).toBe(false);
	});
});

describe('sameRoleOnly: who may stand as a distractor', () => {
	const roles = rolesOf(UKRAINE);
	const people = ['Shyshimarin', 'Peskov', 'Stremousov', 'Zelenskyy', 'Kuznetsov'];

	it('offers only people of the key’s kind, never another kind nor one not stated', () => {
		expect(sameRoleOnly(roles, 'Peskov', people.filter((p) => p !== 'Peskov'), (p) => p)).toEqual(['Stremousov', 'Zelenskyy']);
		expect(sameRoleOnly(roles, 'Shyshimarin', people.filter((p) => p !== 'Shyshimarin'), (p) => p)).toEqual([]);
	});

	it('offers only people of no stated kind for a key whose role is not stated', () => {
		expect(sameRoleOnly(roles, 'Kuznetsov', people.filter((p) => p !== 'Kuznetsov'), (p) => p)).toEqual([]);
		expect(sameRoleOnly(new Map(), 'Kuznetsov', ['Peskov', 'Shyshimarin'], (p) => p)).toEqual(['Peskov', 'Shyshimarin']);
	});
});

describe('office titles: a name swapped in after "President" must be a president', () => {
	it('reads the office title right before a name, not an honorific or a role noun', () => {
		const text = 'Republican state Sen. Julie Slama said Mr Herbster met President Joe Biden and coach Bruce Boudreau.';
		expect(officeTitleBefore(text, text.indexOf('Julie'))).toBe('Sen.');
		expect(officeTitleBefore(text, text.indexOf('Joe'))).toBe('President');
		expect(officeTitleBefore(text, text.indexOf('Herbster'))).toBeUndefined();
		expect(officeTitleBefore(text, text.indexOf('Bruce'))).toBeUndefined();
	});

	it('collects the titles each person is written with', () => {
		const titles = personTitles(UKRAINE, UKRAINE.map((s) => extractFacts(s)));
		expect(Object.fromEntries([...titles].map(([k, v]) => [k, [...v]]))).toEqual({ Shyshimarin: ['Sgt.'], Zelenskyy: ['President'] });
	});
});

describe('generateQuiz: person distractors keep the key’s role', () => {
	it('never swaps the soldier in for an official, nor an official in for the soldier', () => {
		const article = {
			title: 'Ukraine to hold first war crimes trial of captured Russian',
			paragraphs: [...UKRAINE, 'Kremlin spokesman Dmitry Peskov said Moscow would not comment on the trial.',
				// two more politicians, so that a politician key has three distractors of its own kind
				'Foreign Minister Dmytro Kuleba met the chief prosecutor in Kyiv on Monday to discuss the case.',
				'Prime Minister Denys Shmyhal visited the court in Kyiv on Tuesday.',
				'Ukrainian officials said the trial would open in Kyiv next week.'
			]
		};
		let personItems = 0;
		for (let seed = 1; seed <= 12; seed++) {
			for (const item of generateQuiz(article, { seed }).items) {
				if (item.factType !== 'person') continue;
				personItems++;
				const text = [item.stem, ...item.options].join(' | ');
				expect(text).not.toMatch(/President (Kirill Stremousov|Dmitry Peskov)/);
				expect(text).not.toMatch(/(spokesman|President|Stremousov,.*) (Vadim )?Shyshimarin|Sgt\. (Dmitry |Kirill |Volodymyr )?(Peskov|Stremousov|Zelenskyy)/);
				if (/Peskov|Stremousov|Zelenskyy/.test(item.options[item.key])) expect(item.options).not.toContain('Vadim Shyshimarin');
			}
		}
		expect(personItems).toBeGreaterThan(0);
	});
});
