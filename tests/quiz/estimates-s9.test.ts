import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

// a new teacher found every estimate's range running from 0 to three times its key: the top
// divided by 3 answered every one (QUALITY.md R5)
describe('the range of an estimate', () => {
	// "the Harrowby barrier", not "the barrier": the headline's barrier is no referent for a stem read alone (QUALITY.md R4)
	const estimates = itemsOf('Flood barrier approved for the town centre', [
		'The council approved a £30m flood barrier for Harrowby town centre on Tuesday.',
		'Engineers said the Harrowby barrier would protect 1,260 homes along the River Ure.',
		'The Ure reached 5.8 metres at its peak in February, the highest level since records began 200 years ago.',
		'Work on the Harrowby barrier is expected to take 18 months and employ 140 people in Harrowby.',
		'The Harrowby scheme also includes 900 new trees planted along both banks of the Ure.'
	]).filter((i) => i.type === 'numeric' && i.numeric && i.numeric.unit !== 'percent');

	it('holds its key, between two ends that are not a fixed multiple of it', () => {
		expect(estimates.length).toBeGreaterThan(3);
		for (const item of estimates) {
			expect(item.numeric!.min).toBeLessThanOrEqual(item.numeric!.value);
			expect(item.numeric!.max).toBeGreaterThan(item.numeric!.value);
		}
		const placeOfKey = new Set(estimates.map(({ numeric }) => ((numeric!.value - numeric!.min) / (numeric!.max - numeric!.min)).toFixed(2)));
		expect(placeOfKey.size).toBeGreaterThan(2);
		expect(estimates.some(({ numeric }) => numeric!.min > 0)).toBe(true);
	});
});
