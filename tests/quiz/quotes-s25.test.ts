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

describe('session 25: a city budget told as "the spending plan" and "the adopted budget" (holdout76 refused every figure of it as R4)', () => {
	it('writes in the body whose vote adopted it ("The Pima Falls City Council voted 5-2 on Tuesday night to approve a $1.42 billion budget")', () => {
		const stems = kept('Pima Falls council approves $1.4 billion budget on 5-2 vote', [
			'PIMA FALLS — The Pima Falls City Council voted 5-2 on Tuesday night to approve a $1.42 billion budget for the fiscal year that begins July 1, closing a projected $31 million shortfall.',
			'The spending plan, which passed after three hours of debate, is about 2.7 percent larger than the current year\'s $1.38 billion budget.',
			'Highlights of the adopted budget include:',
			'$4.1 million to add 18 police officers and 12 firefighters;',
			'$2.6 million for a new library branch on the east side.'
		]);
		expect(stems.filter((s) => /^(?:Pima Falls City Council['’]s spending plan is about|Highlights of Pima Falls City Council['’]s adopted budget include)\b/.test(s)).length).toBeGreaterThanOrEqual(1);
		expect(stems.filter((s) => /\bthe (?:spending plan|adopted budget)\b/i.test(s))).toEqual([]);
	});
});
