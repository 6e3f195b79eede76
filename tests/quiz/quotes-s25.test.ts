import { describe, expect, it } from 'vitest';
import { kept } from './report';

describe('session 25: a quote that runs over two sentences and closes on its attribution (holdout76 gave the deputy minister no item)', () => {
	it('asks the sentences of the quote as the speaker\'s own words', () => {
		const stems = kept('Vietnam starts measles vaccination drive for 4.8 million children', [
			'HANOI, Vietnam (AP) — Vietnam began a nationwide measles vaccination campaign on Monday aimed at reaching nearly 4.8 million children, after a surge in cases.',
			'"Measles is one of the most contagious diseases we know. When coverage drops even a few percentage points, the virus finds those children very quickly," Deputy Health Minister Pham Quoc Bao told reporters at the launch in Hanoi.',
			'Dr. Angela Pratt, the WHO representative in Vietnam, said the response had been fast. "The outbreak is also a warning that routine coverage has to be rebuilt," she said.'
		]);
		expect(stems.filter((s) => /Pham Quoc Bao\b.*(?:Measles is one of the most contagious|When coverage drops)/.test(s)).length).toBeGreaterThanOrEqual(1);
		// the quote is asked in its marks, never as a reported statement that opens on a capital
		expect(stems.filter((s) => /said (?:that )?(?:Measles|When coverage)/.test(s))).toEqual([]);
	});
});
