import { describe, expect, it } from 'vitest';
import { formatLike, numericDistractors, writtenNumber } from '../../src/lib/quiz/distractors';
import { decimalComma, extractFacts, type Fact } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';

/** The shares and counts read from one sentence, as "type text value". */
function figures(sentence: string): string[] {
	return extractFacts(sentence)
		.filter((f) => ['count', 'percent', 'ordinal'].includes(f.type))
		.map((f) => `${f.type} ${f.text} ${f.value}`);
}

/** The options offered for the one share read from `sentence`; throws when there is none. */
function fractionOptions(sentence: string): string[] {
	const share = extractFacts(sentence).find((f): f is Fact => f.type === 'percent');
	if (!share) throw new Error(`no share in "${sentence}"`);
	return numericDistractors(share, createPrng(5), new Set());
}

// x53: the y53 reviewer's findings on fractions and decimal commas
describe('x53: a fraction of a unit is no share, and a fraction key is written as its options are', () => {
	it('reads no share from a fraction of one unit or scale, and still reads a fraction of a whole', () => {
		expect(figures('A quarter of a million fans lined the parade route in Sorrelby.')).toEqual([]);
		expect(figures('The ferry crossing now takes three quarters of an hour.')).toEqual([]);
		expect(figures('The new footpath ends a third of a mile short of the beach.')).toEqual([]);
		expect(figures('Inflation eased by a tenth of a percentage point in May.')).toEqual([]);
		expect(figures('The tower was built a quarter of a century ago.')).toEqual([]);
		// "a year's takings": the whole is the takings, so the share stays
		expect(figures('The flood cost the market a third of a year’s takings.')).toEqual(['percent a third 33.3']);
		expect(figures('A quarter of the town’s buses are electric.')).toEqual(['percent A quarter 25']);
	});

	it('writes every fraction option with the key’s joint, hyphen or space, and its "one" or "a"', () => {
		expect(fractionOptions('Only one third of the beds were free.').sort()).toEqual(['one fifth', 'one half', 'one quarter']);
		expect(fractionOptions('Only one-third of the beds were free.').sort()).toEqual(['one-fifth', 'one-half', 'one-quarter']);
		expect(fractionOptions('About a third of the flats stand empty.').sort()).toEqual(['a fifth', 'a quarter', 'half']);
		expect(fractionOptions('About a quarter of the flats stand empty.').sort()).toEqual(['a fifth', 'a tenth', 'a third']);
		for (const sentence of ['Only one third of the beds were free.', 'Only one-third of the beds were free.', 'Nearly two thirds of the pupils walk to school.', 'About a third of the flats stand empty.']) {
			const key = extractFacts(sentence).find((f) => f.type === 'percent')!.text;
			const joints = new Set([key, ...fractionOptions(sentence)].map((o) => /^(?:a|one|two|three)([- ])/i.exec(o)?.[1]).filter(Boolean));
			expect(joints.size, sentence).toBe(1);
		}
	});

	it('reads a decimal comma the same way in the fact reader and in the options', () => {
		expect(decimalComma('12,75')).toBe(true);
		expect(decimalComma('12,750')).toBe(false);
		expect(writtenNumber('12,75 per cent')).toBe(12.75);
		expect(writtenNumber('12,750 tickets')).toBe(12750);
		expect(formatLike('12,75 per cent', 9.5)).toBe('9,50 per cent');
	});
});
