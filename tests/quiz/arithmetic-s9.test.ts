import { describe, expect, it } from 'vitest';
import { computableKey } from '../../src/lib/quiz/arithmetic';
import { filler, itemsOf, kept } from './report';

// a blind reader worked out two keys from the stems' own figures (QUALITY.md R5)
describe('a key the stem lets a player work out', () => {
	it('is the difference or the sum of two figures the stem shows', () => {
		expect(computableKey('The hoard contains 1,137 coins: _____ silver denarii and 923 bronze radiates.', 214, false)).toBe(true);
		expect(computableKey('The hoard contains _____ coins: 214 silver denarii and 923 bronze radiates.', 1137, false)).toBe(true);
		expect(computableKey('The hoard contains 1,137 coins, of which _____ are silver.', 214, false)).toBe(false);
	});

	it('is a figure moved by a percentage the stem gives, either way', () => {
		const stem = (a: string, b: string) => `Between January and September, ${a} people applied for asylum, down 33.8% on the same period last year, when ${b} applications were filed.`;
		expect(computableKey(stem('_____', '127,400'), 84312, false)).toBe(true);
		expect(computableKey(stem('84,312', '_____'), 127400, false)).toBe(true);
		expect(computableKey(stem('_____', '127,400'), 71665, false)).toBe(false);
	});

	it('is the percentage between two figures the stem shows', () => {
		expect(computableKey('Sales rose _____ from 200 to 250 units.', 25, true)).toBe(true);
		expect(computableKey('Sales rose _____ to 250 units.', 25, true)).toBe(false);
	});

	// a blind reader of holdout14: "about _____ tonnes, close to 5% of an output of around 820,000 tonnes"
	it('is within a tenth of a share of a whole the stem gives', () => {
		const stem = (a: string, p: string) => `The Kanyenda mine produced about ${a} tonnes of copper last year, close to ${p} of Zambia's output of around 820,000 tonnes.`;
		expect(computableKey(stem('_____', '5%'), 38000, false)).toBe(true);
		expect(computableKey(stem('38,000', '_____'), 5, true)).toBe(true);
		expect(computableKey(stem('_____', '15%'), 38000, false)).toBe(false);
		expect(computableKey(stem('38,000', '_____'), 15, true)).toBe(false);
	});

	it('never takes a year for a figure: 2025 and 2024 make no key of 1', () => {
		expect(computableKey('In 2025, _____ new stations opened, as in 2024.', 1, false)).toBe(false);
	});

	it('is asked neither as a blank nor as a true/false', () => {
		const stems = kept('Detectorists find hoard of Roman coins in Norfolk', [
			'The hoard contains 1,137 coins: 214 silver denarii and 923 bronze radiates, a report to the coroner said on Thursday.',
			...filler
		]);
		expect(stems.filter((s) => s.includes('denarii'))).toEqual([]);
	});
});

// the holdout14 reader: "₹2.42 lakh crore, marginally higher than the ₹1.89 lakh crore projected" gave itself away
describe('a figure compared as marginally higher or lower than another the stem gives', () => {
	it('is not asked, as the other figure pins it', () => {
		const items = itemsOf('Kerala revised Budget raises land tax', [
			'The first Budget of the Kerala government puts total expenditure at ₹1.94 lakh crore, marginally higher than the ₹1.89 lakh crore projected in February.'
		]);
		expect(items.filter((i) => i.factType === 'money' && i.source.text.includes('marginally higher'))).toEqual([]);
	});
});
