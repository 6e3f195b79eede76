import { describe, expect, it } from 'vitest';
import { numericDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';

const countIn = (text: string, written: string) => extractFacts(text).find((f) => f.type === 'count' && f.text === written)!;

describe('the options of a performance measured to hundredths', () => {
	it('stay within a few per cent of the key', () => {
		const cases: [string, string][] = [
			['Ria Osei ran 9.97 seconds to win the men’s 100 metres.', '9.97'],
			['She cleared 4.72 metres in the pole vault.', '4.72'],
			['He won the long jump with a leap of 8.21 metres.', '8.21']
		];
		for (const [text, key] of cases) {
			for (let seed = 1; seed <= 10; seed++) {
				const options = numericDistractors(countIn(text, key), createPrng(seed), new Set(), Infinity, [Infinity, -Infinity], { measured: true });
				expect(options).toHaveLength(3);
				for (const o of options) expect(Math.abs(Number(o) / Number(key) - 1)).toBeLessThanOrEqual(0.05);
			}
		}
	});

	it('leaves a figure of one decimal or a count of no measure as it was', () => {
		const grave = numericDistractors(countIn('The grave was 2.4 metres long.', '2.4'), createPrng(1), new Set(), Infinity, [Infinity, -Infinity], { measured: true });
		expect(grave.some((o) => Math.abs(Number(o) / 2.4 - 1) > 0.05)).toBe(true);
	});
});
