import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { itemsOf, reportOf, written } from './report';

const TITLE = 'Harefield Rowing Club takes over Marlow boathouse';
const STORY = [
	'Marlow Borough Council signed a 25-year lease with the Harefield Rowing Club on Tuesday for the old boathouse on the River Tane.',
	'Harefield Rowing Club will pay Marlow Borough Council £14,000 a year, and the club has promised to reopen the boathouse café within six months.',
	'The Harefield Rowing Club boathouse had been empty since a 40-day strike by Marlow Borough Council staff in 2019.'
];

/** The lengths of time a sentence gives as counts, as "text unit". */
function lengths(sentence: string): string[] {
	return extractFacts(sentence)
		.filter((f) => f.type === 'count')
		.map((f) => `${f.text} ${f.unit ?? ''}`.trim());
}

describe('y50b: a length of time written as one compound with its noun is a fact with its unit', () => {
	it('reads "a 25-year lease" and "a 40-day strike" as counts of years and days', () => {
		expect(lengths('The club signed a 25-year lease after a 40-day strike.')).toEqual(['25 years', '40 days']);
	});

	it('reads no set phrase, no product named by its term, and no age', () => {
		expect(lengths('The 24-hour news channel reported the 10-year bond yield at a 52-week high.')).toEqual([]);
		expect(lengths('A 30-year mortgage costs more.')).toEqual([]);
		expect(lengths('The club won the cup for the first time in its 112-year history.')).toEqual([]);
		expect(extractFacts('The 120-year-old bridge reopened.').map((f) => `${f.type} ${f.text}`)).toEqual(['age 120-year-old']);
	});

	it('asks the length of the lease with "year" kept in every statement of it', () => {
		const lease = itemsOf(TITLE, STORY).filter((i) => i.source.sentence === 0 && i.factType === 'count');
		expect(lease.length).toBeGreaterThan(0);
		for (const i of lease) expect(i.stem).toMatch(/signed a (?:\d+|_____)-year lease with the Harefield Rowing Club/);
		expect(lease.some((i) => i.type === 'true-false' && !i.stem.includes('25-year'))).toBe(true);
	});

	it('asks the length of the strike with "day" kept after the number', () => {
		const strike = written(reportOf(TITLE, STORY)).filter((w) => w.check === '' && w.stem.includes('day strike'));
		expect(strike.length).toBeGreaterThan(0);
		for (const w of strike) expect(w.stem).toMatch(/since a (?:\d+|_____)-day strike/);
		expect(strike.some((w) => !w.stem.includes('40-day'))).toBe(true);
	});
});
