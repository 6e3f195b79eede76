import { describe, expect, it } from 'vitest';
import { written, stemsMatching } from './report';

// a market report whose lead opens "Shares in <name> fell", under a headline that shortens the name,
// with a chief executive who shares the founder's surname the firm is named after
const MARKET_REPORT: [string, string[]] = [
	'Brekke shares sink after Norwegian ferry group trims outlook',
	[
		'OSLO — Shares in Brekke Marine fell 14% on Tuesday after the Norwegian maker of electric ferries cut its forecast for the year, citing delays at suppliers in Asia.',
		'The company said it now expects revenue of 6.1 billion to 6.5 billion crowns for the year, down from a previous range of 7.0 billion to 7.4 billion crowns.',
		'Third-quarter revenue fell 11% from a year earlier to 1.48 billion crowns, while order intake dropped to 2.2 billion crowns.',
		'The adjusted operating margin narrowed to 6.4% from 9.1%, hurt by higher battery prices.',
		'"Our yards are full, but the parts are late," chief executive Ingrid Solheim said on a call with analysts.',
		'Founded in 1961 by shipwright Olav Brekke, the firm employs about 2,300 people in four countries.',
		'The company will publish its annual report on Feb. 12.'
	]
];

describe('g32y: the one company of a market report written in (R4)', () => {
	it('"The company" of a "Shares in <name> fell" lead is the company, though the headline shortens its name', () => {
		const stems = stemsMatching(...MARKET_REPORT, /now expects revenue/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /^The company/.test(w.stem))).toEqual([]);
		expect(stems.every((w) => /^Brekke Marine said it now expects revenue/.test(w.stem))).toBe(true);
	});

	it('a results figure of a period or a margin is the company’s own', () => {
		expect(stemsMatching(...MARKET_REPORT, /^Third-quarter revenue/)).toEqual([]);
		const margin = stemsMatching(...MARKET_REPORT, /operating margin narrowed/);
		expect(margin.length).toBeGreaterThan(0);
		expect(margin.every((w) => /^Brekke Marine’s adjusted operating margin narrowed/.test(w.stem))).toBe(true);
		expect(margin.some((w) => w.check === '')).toBe(true);
	});

	it('"the Norwegian maker of electric ferries" after the company’s name is that company', () => {
		const stems = stemsMatching(...MARKET_REPORT, /^Shares in Brekke Marine fell/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('a lead that names a second company gives no story company', () => {
		const stems = stemsMatching(
			'Brekke shares sink 14% after Norwegian ferry group loses Fjordline order',
			[
				'OSLO — Shares in Brekke Marine fell 14% on Tuesday after Fjordline cancelled an order for three electric ferries, citing delays at suppliers in Asia.',
				'The company said it now expects revenue of 6.1 billion to 6.5 billion crowns for the year, down from a previous range of 7.0 billion to 7.4 billion crowns.',
				'The firm employs about 2,300 people in four countries, and the company will publish its annual report on Feb. 12.'
			],
			/now expects revenue/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /^Brekke Marine said/.test(w.stem))).toEqual([]);
	});
});
