import { describe, expect, it } from 'vitest';
import { numericDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';

/** The options written for the age fact of `text` that `age` gives, over a few seeds. */
function optionsFor(text: string, age: string): number[] {
	const fact = extractFacts(text).find((f) => f.type === 'age' && f.text === age);
	if (!fact) throw new Error(`no age ${age}`);
	return [1, 2, 3, 4, 5].flatMap((seed) => numericDistractors(fact, createPrng(seed), new Set()).map(Number));
}

describe('an age where a group starts (y37b)', () => {
	it('takes round options, as round as the key', () => {
		const options = optionsFor('The survey covered 8,000 workers aged 50 and older in four provinces.', '50');
		expect(options.length).toBeGreaterThan(0);
		expect(options.filter((o) => o % 5 !== 0)).toEqual([]);
		expect(options.every((o) => Math.abs(o - 50) <= 15 && o !== 50)).toBe(true);
	});

	it('leaves one person\'s age to move by years', () => {
		const options = optionsFor('The driver, a man aged 50, was taken to hospital in Leeds.', '50');
		expect(options.some((o) => o % 5 !== 0)).toBe(true);
	});
});
