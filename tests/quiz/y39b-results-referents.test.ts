import { describe, expect, it } from 'vitest';
import { filler, stemsMatching, story } from './report';

// a results story whose company's name joins two founders' names with an ampersand
const AMPERSAND: [string, string[]] = [
	'Quennell & Frith shares fall 9% as garden retailer cuts outlook',
	[
		'Shares in Quennell & Frith, the garden centre retailer, fell by 9% on Monday after the company reported a fall in half-year profit and closed 14 of its centres.',
		'The Kent-based chain said underlying profit for the 26 weeks to 30 August fell 21 per cent to £18.2m, from £23.0m a year earlier.',
		'The company said about 260 jobs were at risk, and the group expects the closures to save about £4m a year.',
		...filler
	]
];

// a market report whose lead describes the company by a trade of several words before its name
const LONG_TRADE: [string, string[]] = [
	'Kallio Paper shares drop 8% as pulp prices weigh',
	[
		'HELSINKI — Shares in Finnish timber and packaging products group Kallio Paper fell as much as 8% on Wednesday after the company reported a drop in third-quarter profit.',
		'The Espoo-based group said it expected comparable operating profit of between 310 million and 380 million euros this year.',
		'The company employs about 6,400 people in nine countries.',
		...filler
	]
];

describe('y39b: the story company a lead or a listing describes is written in or kept (R4)', () => {
	it('a company named with an ampersand is the story company, and "the company" after it is that one', () => {
		expect(story(AMPERSAND[0], AMPERSAND[1])).toBe('Quennell & Frith [company, retailer]');
		const lead = stemsMatching(...AMPERSAND, /^Shares in Quennell & Frith fell by .* after the company reported/);
		expect(lead.length).toBeGreaterThan(0);
		expect(lead.some((w) => w.check === '')).toBe(true);
		const chain = stemsMatching(...AMPERSAND, /underlying profit for the 26 weeks/);
		expect(chain.length).toBeGreaterThan(0);
		expect(chain.filter((w) => /^The Kent-based chain/.test(w.stem))).toEqual([]);
		expect(chain.every((w) => /^Quennell & Frith said/.test(w.stem))).toBe(true);
	});

	it('a market report’s lead may describe its company by a trade of up to four words', () => {
		expect(story(LONG_TRADE[0], LONG_TRADE[1])).toBe('Kallio Paper [company]');
		const listed = stemsMatching(...LONG_TRADE, /comparable operating profit/);
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.every((w) => /^Kallio Paper said it expected/.test(w.stem))).toBe(true);
	});

	it('a business named after the described company in its own sentence is no rival of it', () => {
		const stems = stemsMatching(
			'Corvell Components profit rises 12% on aircraft demand',
			[
				'LONDON — Shares in Corvell Components rose 6% on Tuesday after the aircraft parts maker reported a 12% rise in annual profit.',
				'The Bristol-based company, which supplies wing parts to Airbus and Boeing, said adjusted pre-tax profit rose to £64.2 million in the year to Dec. 31, from £57.3 million a year earlier.',
				'The company employs about 2,100 people.',
				...filler
			],
			/adjusted pre-tax profit rose to/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /^The Bristol-based company/.test(w.stem))).toEqual([]);
		expect(stems.some((w) => /^Corvell Components said adjusted pre-tax profit/.test(w.stem) && w.check === '')).toBe(true);
	});

	it('"a company-compiled consensus" is no second company', () => {
		const stems = stemsMatching(
			'Marden Foods shares slip as profit stalls',
			[
				'LONDON — Shares in Marden Foods fell 5% on Thursday after the British bakery group reported flat annual profit.',
				'The FTSE 250 company posted adjusted operating profit of 88.4 million pounds for the year to Dec. 31, below the 92 million pounds expected by analysts in a company-compiled consensus.',
				'The company employs about 4,800 people.',
				...filler
			],
			/posted adjusted operating profit/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((w) => /^Marden Foods posted adjusted operating profit/.test(w.stem) && w.check === '')).toBe(true);
	});
});
