import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

/** The numbers of every option of items whose stem matches `pattern`, over ten seeds. */
function optionNumbers(title: string, paragraphs: string[], pattern: RegExp): number[][] {
	return itemsOf(title, paragraphs)
		.filter((i) => pattern.test(i.stem) && i.options.length === 4)
		.map((i) => i.options.map((o) => Number(/\d+(?:\.\d+)?/.exec(o)?.[0])));
}

/** The magnitudes stated by the true/false items on a magnitude, over ten seeds (a false one states a distractor). */
function statedMagnitudes(title: string, paragraphs: string[]): number[] {
	return itemsOf(title, paragraphs)
		.filter((i) => i.type === 'true-false')
		.flatMap((i) => [.../[Mm]agnitude (\d+(?:\.\d+)?)/.exec(i.stem) ?? []].slice(1).map(Number));
}

describe('numeric options a reader could believe (QUALITY.md R5, R8)', () => {
	it('keeps an earthquake’s magnitude options on the scale, near the key (no 10.5 or 13.4 beside 8.4)', () => {
		const quake = [
			'A strong undersea earthquake struck off the coast of Sumatra on Tuesday, prompting a tsunami warning for three provinces.',
			'The worst in living memory came in September 2007. A magnitude 8.4 earthquake off Bengkulu in September 2007 killed about two dozen people.',
			'More than 12,000 residents spent the night on higher ground, the disaster agency said.'
		];
		const options = optionNumbers('Tsunami warning lifted after Sumatra quake', quake, /magnitude/);
		const stated = statedMagnitudes('Tsunami warning lifted after Sumatra quake', quake);
		expect(options.length + stated.filter((v) => v !== 8.4).length).toBeGreaterThan(0);
		for (const v of [...options.flat(), ...stated]) {
			expect(v).toBeLessThanOrEqual(9.5);
			expect(Math.abs(v - 8.4)).toBeLessThanOrEqual(1.5);
		}
	});

	it('never offers only whole multiples of a small share (2.8%, 4.2%, 5.6% beside 1.4%)', () => {
		const budget = [
			'The finance minister presented the national budget to parliament in Cape Town on Wednesday, raising the fuel levy.',
			// session 27: "The Treasury" alone names no country (R4), so the sentence names it
			'South Africa’s Treasury now forecasts economic growth of 1.4% in 2026, up from an estimated 1.1% last year, helped by improved electricity supply and a recovery in mining output.',
			'Debt is expected to peak at 77.2% of gross domestic product in the 2027 financial year, the minister said.'
		];
		const options = optionNumbers('Minister raises fuel levy in budget', budget, /growth of/);
		expect(options.length).toBeGreaterThan(0);
		for (const values of options) {
			const distractors = values.filter((v) => v !== 1.4);
			expect(distractors.every((v) => Number.isInteger(Math.round(v * 10) / 14))).toBe(false);
		}
	});
});
