import { describe, expect, it } from 'vitest';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, kept } from './report';

/** The clause texts `simplify` offers for a sentence with no facts. */
const clauses = (sentence: string) => simplify(sentence, []).map((c) => c.text);

describe('session 20: a pointer only in a framing phrase at the end of the sentence (R4 yield, holdout60 reader)', () => {
	it('offers the clause without a framing phrase beside the whole', () => {
		expect(clauses('The Harbour Authority has fined Northwind Shipping $38.5 million for serious breaches of safety rules, in the largest single penalty imposed on a shipping firm here over the fallout from the collision.')).toContain(
			'The Harbour Authority has fined Northwind Shipping $38.5 million for serious breaches of safety rules'
		);
		expect(clauses('Public Works Director Karen Whitcomb told the council the system is designed to hold back a river level of 34 feet, with 3 feet of "freeboard" to spare.')).toContain(
			'Public Works Director Karen Whitcomb told the council the system is designed to hold back a river level of 34 feet'
		);
		expect(clauses('Dalhousie University fell three places to 12th, its lowest position since the rankings began in 2001.')).toContain('Dalhousie University fell three places to 12th');
		expect(clauses('Shares in Halvorsen Foods fell 5% on Monday, amid fears that the company would miss its targets.')).toContain('Shares in Halvorsen Foods fell 5% on Monday');
	});

	it('keeps a phrase that qualifies the clause, and never cuts a subject from its verb', () => {
		// a condition or a contrast in the phrase: the clause alone is another claim (R6)
		expect(clauses('The Halvorsen plan will go ahead in March, with funding approved, unless the council objects.')).toEqual(['The Halvorsen plan will go ahead in March, with funding approved, unless the council objects']);
		expect(clauses('Shares in Halvorsen Foods rose 5% on Monday, with gains in Europe but losses in Asia.')).toEqual(['Shares in Halvorsen Foods rose 5% on Monday, with gains in Europe but losses in Asia']);
		// the basis a figure holds on, no event after it
		expect(clauses('Average weekly wages in Ireland rose 2.4 per cent last year, after adjusting for inflation.')).toEqual(['Average weekly wages in Ireland rose 2.4 per cent last year, after adjusting for inflation']);
		// a clause that opens on an earlier sentence's time leans on it, cut or not
		expect(clauses("At the time, the committee said the drug's £62,400 annual list price was too high, with a ratio well above the usual threshold.")).toHaveLength(1);
		// a verb after the phrase's closing comma: the phrase sits inside the clause
		expect(clauses('Mr Dunne said the Halvorsen plan, with its focus on housing, would cost $5 million.').some((c) => /plan$/.test(c))).toBe(false);
	});

	it('asks the lead whose only pointer ("here", "the fallout") is in its framing phrase', () => {
		const stems = kept('Harbour regulator issues record penalty to shipping line', [
			'The Harbour Authority has fined Northwind Shipping $38.5 million for serious breaches of safety rules, in the largest single penalty imposed on a shipping firm here over the fallout from the collision.',
			...filler
		]);
		expect(stems).toContain('The Harbour Authority has fined Northwind Shipping $_____ million for serious breaches of safety rules.');
		expect(stems.filter((s) => /\bhere\b|the fallout/.test(s))).toEqual([]);
	});

	it('writes the city of a dash dateline for "here", and drops "here" where the stem already places itself there', () => {
		const stems = kept('Meridian Pacific Bank fined over money-laundering lapses', [
			'SINGAPORE – The Monetary Authority of Singapore has fined Meridian Pacific Bank $38.5 million for serious breaches of anti-money laundering rules.',
			'Meridian Pacific has operated in Singapore since 1974 and employs about 900 people here.',
			'The bank hired 140 compliance staff here in 2024, the Monetary Authority of Singapore said.',
			...filler
		]);
		expect(stems).toContain('Meridian Pacific has operated in Singapore since 1974 and employs about _____ people.');
		expect(stems.some((s) => /hired _____ compliance staff in Singapore in 2024/.test(s))).toBe(true);
		expect(stems.filter((s) => /\bhere\b/.test(s))).toEqual([]);
	});
});
