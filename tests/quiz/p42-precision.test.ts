import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, itemsOf, stemsFrom } from './report';

// The strict readers of holdout130 and holdout131 (and a fresh user) found items still wrong
// after every check: a false value a milestone still makes true (R3), a deficit a stated
// score gives away (R5).
describe('p42: faults the holdout130 and holdout131 readers still found', () => {
	it('reads a figure a total has passed or crossed as a floor, and a count of things passed as a count', () => {
		const passed = extractFacts('Ticket sales for the autumn tour have passed 420,000, the promoter said.').find((f) => f.text === '420,000');
		expect(passed?.bound).toBe(true);
		const crossed = extractFacts('Membership of the cycling club is expected to cross 2 million this year.').find((f) => f.text === '2 million');
		expect(crossed?.bound).toBe(true);
		const bills = extractFacts('The assembly passed 14 bills before the summer recess.').find((f) => f.text === '14');
		expect(bills?.bound).toBeFalsy();
	});

	it('makes no false statement of a passed milestone that a lower figure would leave true', () => {
		const items = itemsOf('Harbour town grows fast', [
			'Rents have risen sharply as the population of Portbridge has passed 420,000, census officials said on Tuesday.',
			'The town council approved 12 new schools in March to keep up with the growth.'
		]);
		const passed = items.filter((i) => i.source.text.includes('has passed'));
		expect(passed.filter((i) => [i.stem, i.falseStem ?? ''].some((s) => /has passed (?!420,000)[\d,]+/.test(s) || s.includes('has passed _____')))).toEqual([]);
	});

	it('refuses a deficit in goals beside the final score of the same stem', () => {
		const stems = stemsFrom(
			'Harbour Town stun Millfield in cup comeback',
			[
				'Harbour Town came from two goals down to beat Millfield Rovers 3-2 in the county cup semi-final on Saturday.',
				'Striker Owen Pask scored twice in the last 20 minutes at Quayside Park.',
				...filler
			],
			'came from two goals down'
		);
		expect(stems.filter((s) => s.startsWith('OK') && (/_____ goals down/.test(s) || /two goals down.*3-2/.test(s)))).toEqual([]);
	});

	it('keeps a leading place phrase whose name an appositive follows, never the appositive alone', () => {
		const text = 'In the river town of Tarnby, Norway’s third-largest port, the Labour Party held its majority with the Centre Party.';
		const clauses = simplify(text, extractFacts(text)).map((c) => c.text);
		expect(clauses.filter((c) => c.startsWith('Norway’s'))).toEqual([]);
		expect(clauses).toContain('In the river town of Tarnby, Norway’s third-largest port, the Labour Party held its majority with the Centre Party');
		const plain = 'In the village of Ostby, the mayor said turnout was 61 percent.';
		expect(simplify(plain, extractFacts(plain)).map((c) => c.text)).toContain('The mayor said turnout was 61 percent');
	});
});
