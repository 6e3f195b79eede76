import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';

const main = (sentence: string) => simplify(sentence, extractFacts(sentence))[0].text;

// holdout181: "Harbourline's largest shareholder, the Edinburgh fund manager Corrie Lane Partners had said publicly ..."
// lost the comma that closed the appositive along with the relative ", which holds 11.6%," after it
describe('a relative aside dropped after an appositive (R1)', () => {
	it('keeps the comma that closes the appositive', () => {
		expect(main('The club’s biggest creditor, the Leeds property firm Harcastle Estates, which is owed £3m, had refused to accept the offer.')).toBe(
			'The club’s biggest creditor, the Leeds property firm Harcastle Estates, had refused to accept the offer'
		);
		expect(main('The town’s oldest employer, a family bakery called Pennine Loaves, which opened in 1921, will close in June.')).toBe(
			'The town’s oldest employer, a family bakery called Pennine Loaves, will close in June'
		);
	});

	it('drops the relative with both commas where no appositive is open', () => {
		expect(main('The Leeds property firm Harcastle Estates, which is owed £3m, had refused to accept the offer.')).toBe('The Leeds property firm Harcastle Estates had refused to accept the offer');
		expect(main('On Tuesday, the firm Harcastle Estates, which is owed £3m, refused to accept the offer.')).not.toContain('Estates, refused');
	});
});
