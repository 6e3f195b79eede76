import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// an invented report: three named speakers, each quoted with "he said" or "she said" after a
// sentence that opens on the same pronoun and names no one
const CLINICS = `Rural clinics in Tarnow county to close two days a week over staff shortage

Eleven rural clinics in Tarnow county will close on Mondays and Fridays from next month because the regional health fund cannot find enough doctors to staff them, officials said on Tuesday.

Marek Wolski, a spokesman for the regional health fund, said the fund had advertised 23 posts since January and filled only four of them.

He said emergency calls would still be answered by the ambulance service in Brzesko. "Nobody who needs urgent care will be turned away from an ambulance," he said.

Halina Nowicka, 71, a retired teacher from the village of Zabno, travels to the clinic twice a month for blood tests.

She learned of the closures from a notice pinned to the clinic door last Thursday. "I will have to take two buses and lose a whole morning every time," she said.

Piotr Zielinski, who chairs the county's association of family doctors, said young doctors preferred hospital posts in Krakow, where pay and training were better.

He warned that the shortage would spread to larger towns within two years. "We have been warning the ministry about this for a decade," he said.

The health ministry said it would present a plan for rural practices in the autumn.`;

function report() {
	return generateWithReport(parseArticleText(CLINICS), { seed: 1 });
}

describe('a quote said by "he" or "she" after a sentence that carries the pronoun on (y34b, issue 3 yield)', () => {
	it('asks who said each quote whose speaker the sentence two back names', () => {
		const asked = report().quiz.items.filter((i) => i.type === 'who-said' || (i.type === 'true-false' && /said: “/.test(i.stem)));
		const stems = asked.map((i) => i.stem);
		expect(stems.some((s) => s.includes('Nobody who needs urgent care will be turned away from an ambulance'))).toBe(true);
		expect(stems.some((s) => s.includes('We have been warning the ministry about this for a decade'))).toBe(true);
	});

	it('gives each the person named there as its key, and shows that sentence as where the speaker is named', () => {
		for (const item of report().quiz.items.filter((i) => i.type === 'who-said')) {
			const key = item.options[item.key];
			const named = item.source.speaker;
			expect(named === undefined ? item.source.text : named.text).toContain(key);
		}
		// asked as a who-said item, or as a true/false one where the item before asks the same speaker
		const decade = report().quiz.items.find((i) => i.stem.includes('for a decade'));
		expect(decade).toBeDefined();
		if (decade!.type === 'who-said') expect(decade!.options[decade!.key]).toBe('Piotr Zielinski');
		else expect(decade!.options[decade!.key]).toBe(decade!.stem.startsWith('Piotr Zielinski said') ? 'True' : 'False');
		expect(decade!.source.speaker?.text).toContain('Piotr Zielinski');
	});

	it('leaves a quote unasked where the sentence between names someone else of that gender', () => {
		const text = CLINICS.replace('He warned that the shortage would spread', 'Marek Wolski warned that the shortage would spread');
		const items = generateWithReport(parseArticleText(text), { seed: 1 }).quiz.items.filter((i) => i.stem.includes('for a decade'));
		expect(items.every((i) => i.options[i.key] !== 'Piotr Zielinski')).toBe(true);
	});
});
