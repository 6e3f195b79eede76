import { describe, expect, it } from 'vitest';
import { written, reportOf } from './report';

/** Each written stem (kept or refused) with the check it failed, '' where it passed. */
function checked(title: string, paragraphs: string[]): { stem: string; check: string }[] {
	return written(reportOf(title, paragraphs)).map((w) => ({ stem: w.stem, check: w.check ?? '' }));
}

describe('session 26 sealed kinds: a clause whose verb is missing is broken English (R1)', () => {
	const items = checked('Two Andean carriers agree to merge', [
		'Lima-based Condor Andino agreed on Tuesday to buy rival Puna Air for $640 million, creating the largest airline group in the Andes.',
		'Condor Andino flew 9.4 million passengers in 2024 and Puna Air 3.2 million.',
		'Cusco is the third city to get a direct route to Miami, after Lima, which began flights in March 2019, and Arequipa on the southern coast.',
		'Exports of Peruvian fruit to Chile totalled $310 million last year while imports from Chile, led by wine and cheese, came to $280 million.',
		'The carriers said the deal would be completed by the end of June, subject to approval by regulators in Lima and Quito.'
	]);

	it('a question that keeps a gapped second clause is refused; the statement it comes from is not', () => {
		const question = items.find((i) => /^How many passengers did Condor Andino fly in 2024 and Puna Air 3\.2 million\?$/.test(i.stem));
		expect(question?.check).toBe('R1');
		expect(items.some((i) => i.check === '' && /^Condor Andino flew _____ million passengers in 2024 and Puna Air 3\.2 million\.$/.test(i.stem))).toBe(true);
	});

	it('no kept stem ends on a verbless clause after ", and" or "while"', () => {
		const kept = items.filter((i) => i.check === '').map((i) => i.stem);
		expect(kept.filter((s) => /, and Arequipa on the southern coast\.$|while imports from Chile\.$/.test(s))).toEqual([]);
		expect(items.filter((i) => /, and Arequipa on the southern coast\.$/.test(i.stem)).every((i) => i.check !== '')).toBe(true);
	});
});
