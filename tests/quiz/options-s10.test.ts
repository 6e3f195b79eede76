import { describe, expect, it } from 'vitest';
import { numericDistractors, writtenNumber } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';

/** The options numericDistractors gives the money fact of `text`, per seed. */
function moneyOptions(text: string, seeds = 40): string[][] {
	const fact = extractFacts(text).find((f) => f.type === 'money')!;
	const out: string[][] = [];
	for (let seed = 1; seed <= seeds; seed++) out.push(numericDistractors(fact, createPrng(seed), new Set()));
	return out;
}

// a blind reader of holdout14: "$450 million, $550 million, $1 billion" beside a key of $690 million
describe('money options keep the granularity and the scale word of the key', () => {
	it('gives at most one multiple of 50 beside a key that is none, so the key is not the odd one out', () => {
		for (const options of moneyOptions('Corvex ended September with $690 million in cash and equivalents.')) {
			expect(options).toHaveLength(3);
			expect(options.filter((o) => writtenNumber(o)! % 50 === 0).length).toBeLessThanOrEqual(1);
		}
	});

	it('never moves an amount in millions to the next scale word', () => {
		expect(moneyOptions('Corvex ended September with $690 million in cash and equivalents.').flat().filter((o) => o.includes('billion'))).toEqual([]);
		expect(moneyOptions('The club was sold for £820m last year.').flat().filter((o) => o.includes('bn'))).toEqual([]);
	});
});
