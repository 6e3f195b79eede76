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

describe('session 26 sealed kinds: an opening participle’s phrase is no sentence (R1)', () => {
	it('"Speaking at the ribbon-cutting ... in Busia." cut from its speaker and verb is refused', () => {
		const items = checked('Busia opens new maternity wing after two-year wait', [
			'A new 60-bed maternity wing opened at Busia County Referral Hospital on Monday, two years after building work began.',
			'Speaking at the ribbon-cutting at the Matayos Primary Health Care Centre in Busia, the chief executive of the Kenya Medical Supplies Authority, Dr Peter Oduya, said the wing was the largest built in the county since 2015.',
			'The wing cost 240 million shillings, paid for by the county and a World Bank loan, and will employ 85 nurses and midwives.'
		]);
		const fragments = items.filter((i) => /^Speaking at the ribbon-cutting at the Matayos Primary Health Care Centre in (?:Busia|_____)\.$/.test(i.stem));
		expect(fragments.length).toBeGreaterThan(0);
		expect(fragments.map((i) => i.check)).toEqual(fragments.map(() => 'R1'));
	});
});
