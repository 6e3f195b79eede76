import { describe, expect, it } from 'vitest';
import { rowClause, tallyClauses } from '../../src/lib/quiz/list-rows';
import { itemsOf } from './report';

const TALLY =
	'The final count for the five candidates, according to the returning officer, was: Alma Brennan, 9,412; Victor Osei, 8,977; Ruth Calloway, 2,305; Ian Petrakis, 1,118; and Dora Lind, 402.';

/** A short byelection story whose results sentence is `tally`, its unit named by the lead or not. */
function byelection(tally: string, unitNamed = true): string[] {
	return [
		`Alma Brennan won the Harrowgate council byelection on Thursday, beating Victor Osei${unitNamed ? ' by 435 votes' : ''}.`,
		`Brennan finished with 9,412${unitNamed ? ' votes' : ''}, or 42 per cent, to Osei's 8,977.`,
		'Turnout was 31 per cent, the lowest in the ward since 2011.',
		tally,
		'Brennan, a former teacher, will take her seat on the council next month.'
	];
}

describe('a results row written as one sentence with semicolons, asked through its lead-in', () => {
	it('states each row as a clause with the unit another sentence gives one of its numbers', () => {
		expect(tallyClauses(TALLY, byelection(TALLY).filter((s) => s !== TALLY)).map((c) => c.text)).toEqual([
			'In the final count for the five candidates, according to the returning officer, Alma Brennan had 9,412 votes',
			'In the final count for the five candidates, according to the returning officer, Victor Osei had 8,977 votes',
			'In the final count for the five candidates, according to the returning officer, Ruth Calloway had 2,305 votes',
			'In the final count for the five candidates, according to the returning officer, Ian Petrakis had 1,118 votes',
			'In the final count for the five candidates, according to the returning officer, Dora Lind had 402 votes'
		]);
	});

	it('asks a row of the results sentence, no other row’s number among its options', () => {
		const items = itemsOf('Brennan wins Harrowgate byelection', byelection(TALLY)).filter((i) => i.source.text === TALLY);
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) {
			expect(i.stem).toMatch(/^In the final count for the five candidates, according to the returning officer, .* had .* votes\.$/);
			const rows = ['9,412', '8,977', '2,305', '1,118', '402'];
			const key = i.options[i.key];
			expect(i.options.filter((o) => o !== key && rows.includes(o))).toEqual([]);
		}
	});

	it('gives no row a unit the article never names', () => {
		expect(tallyClauses(TALLY, byelection(TALLY, false).filter((s) => s !== TALLY))).toEqual([]);
		expect(itemsOf('Brennan wins Harrowgate byelection', byelection(TALLY, false)).filter((i) => i.source.text === TALLY)).toEqual([]);
	});

	it('takes the unit from a lead-in that names it, and leaves a lead-in leaning on an earlier sentence', () => {
		const named = 'The vote count was: Alma Brennan, 9,412 votes; Victor Osei, 8,977; Ruth Calloway, 2,305.';
		expect(tallyClauses(named, [])).toEqual([]);
		const plain = 'The vote count was: Alma Brennan, 9,412; Victor Osei, 8,977; and Ruth Calloway, 2,305.';
		expect(tallyClauses(plain, []).map((c) => c.text)[2]).toBe('In the vote count, Ruth Calloway had 2,305 votes');
		expect(tallyClauses('Their results were: Alma Brennan, 9,412; Victor Osei, 8,977; and Ruth Calloway, 2,305.', ['Brennan had 9,412 votes.'])).toEqual([]);
	});
});

describe('a marked row with its figure under a lead-in that gives all of a plural kind', () => {
	it('states the row as one of the kind, the tense of the lead-in kept', () => {
		expect(rowClause('- dermatology, with 31,500 patients waiting for treatment;', 'The busiest specialties in Leinster were:', false)?.text).toBe(
			'One of the busiest specialties in Leinster was dermatology, with 31,500 patients waiting for treatment'
		);
		expect(rowClause('• Ballincollig, with 420 homes still without power.', 'The hardest-hit towns in Cork are:', false)?.text).toBe(
			'One of the hardest-hit towns in Cork is Ballincollig, with 420 homes still without power'
		);
	});

	it('gives no clause for a row whose figure leans on the row before, nor for a lead-in that counts from earlier ones', () => {
		expect(rowClause('- cardiology, with 12,400;', 'The busiest specialties in Leinster were:', false)).toBeUndefined();
		expect(rowClause('- cardiology, with 12,400 patients waiting;', 'The other busy specialties were:', false)).toBeUndefined();
		expect(rowClause('- cardiology, with 12,400 patients waiting;', 'The only busy specialties were:', false)).toBeUndefined();
	});

	it('asks the row through its lead-in', () => {
		const items = itemsOf('Hospital waiting lists grow again in Leinster', [
			'Hospital waiting lists in Leinster grew by 4 per cent in the year to March, figures published on Friday show.',
			'Some 210,000 people were waiting for a first outpatient appointment at the end of March.',
			'The busiest specialties in Leinster were:',
			'- dermatology, with 31,500 patients waiting for treatment;\n- cardiology, with 12,400;\n- urology, with 9,800.',
			'The health minister said the Government was building two new elective hospitals in Leinster.'
		]).filter((i) => i.source.text.startsWith('- dermatology'));
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) expect(i.stem).toMatch(/^One of the busiest specialties in Leinster was dermatology, with .* patients waiting for treatment\.$/);
	});
});
