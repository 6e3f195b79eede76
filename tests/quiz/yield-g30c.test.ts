import { describe, expect, it } from 'vitest';
import { rowClause } from '../../src/lib/quiz/list-rows';
import { numericDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';
import { kept } from './report';

describe('list rows under a lead-in that names where or what (holdout94 sentences with no candidate)', () => {
	it('a passive lead-in that ends on "in" takes each row as a place where it was done', () => {
		const lead = 'Evacuations or partial evacuations were ordered in:';
		expect(rowClause('- Troubky (around 1,800 people)', lead, false)?.text).toBe('Evacuations or partial evacuations were ordered in Troubky (around 1,800 people)');
		expect(rowClause('- parts of Přerov, including the Henčlov and Kozlovice districts', lead, false)?.text).toBe('Evacuations or partial evacuations were ordered in parts of Přerov, including the Henčlov and Kozlovice districts');
		// a row that is a sentence of its own, or a lead-in turned round, is no place of the lead-in
		expect(rowClause('- The army helped in Troubky.', lead, false)).toBeUndefined();
		expect(rowClause('- Troubky (around 1,800 people)', 'Evacuations were not ordered in:', false)).toBeUndefined();
		// a table ("Troubky: 1,800") states nothing a stem could
		expect(rowClause('- Troubky: 1,800', lead, true)).toBeUndefined();
	});

	it('a "What the scheme offered:" heading takes each row as the object of its subject and verb', () => {
		const lead = 'What the scheme offered:';
		expect(rowClause('- a £4.2m package of section 106 payments, including £1.9m towards school places and £640,000 for transport improvements', lead, false)?.text).toBe(
			'The scheme offered a £4.2m package of section 106 payments, including £1.9m towards school places and £640,000 for transport improvements'
		);
		expect(rowClause('- 180 homes, 30% of them affordable (54 units)', 'What the Harbour Road plan offers:', false)?.text).toBe('The Harbour Road plan offers 180 homes, 30% of them affordable (54 units)');
		// "this" points at something told before (R4); a heading of another verb is no object's
		expect(rowClause('- 180 homes', 'What this offered:', false)).toBeUndefined();
		expect(rowClause('- 180 homes', 'What the scheme means:', false)).toBeUndefined();
	});

	it('the row of a lead-in ending on "in" gives an estimate with its hedge kept', () => {
		const stems = kept('Thousands evacuated as Czech rivers burst their banks', [
			'Thousands of people were evacuated from towns in eastern Moravia on Tuesday after the Bečva and Morava rivers burst their banks following three days of heavy rain.',
			'The Olomouc region declared a state of danger on Monday evening, and army engineers built temporary barriers in Kroměříž.',
			'Evacuations or partial evacuations were ordered in:',
			'- Troubky (around 1,800 people)',
			'- Tovačov and Kojetín',
			'The interior ministry said it had asked neighbouring Slovakia for two high-capacity pumping units.'
		]);
		expect(stems).toContain('Evacuations or partial evacuations were ordered in Troubky (around _____ people).');
	});
});

describe('options of a small count in words (sentences of the kind that gave no multiple choice)', () => {
	it('takes three words from "two" to "twenty", never a "one" that leaves only two', () => {
		const fact = extractFacts('Three cases of measles have been confirmed in Accra.').find((f) => f.type === 'count')!;
		const two = extractFacts('Gloucester, with two points from the game, stay sixth.').find((f) => f.type === 'count')!;
		for (let seed = 1; seed <= 40; seed++) {
			const options = numericDistractors(fact, createPrng(seed), new Set([4, 6]));
			expect(options).toHaveLength(3);
			expect(options.every((o) => /^(?:Two|Five|Seven|Eight|Nine)$/.test(o))).toBe(true);
			expect(numericDistractors(two, createPrng(seed), new Set())).toHaveLength(3);
		}
	});

	it('takes three words from "twenty-one" to "ninety-nine" for a count past twenty in words, never a bare "18" dropped after picking', () => {
		const fact = extractFacts('Twenty-two people were stranded on the island.').find((f) => f.type === 'count')!;
		for (let seed = 1; seed <= 40; seed++) {
			const options = numericDistractors(fact, createPrng(seed), new Set());
			expect(options).toHaveLength(3);
			expect(options.every((o) => /^(?:Twenty|Thirty|Forty|Fifty)(?:-[a-z]+)?$/.test(o))).toBe(true);
		}
	});
});
