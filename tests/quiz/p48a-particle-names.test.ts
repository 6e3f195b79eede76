import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

const TITLE = 'Dutch steel maker Van den Bosch to cut 240 jobs as profit falls 22 per cent';
const RESULTS = [
	'Van den Bosch Staal, the Tilburg-based maker of steel beams for bridges and warehouses, said on Wednesday it would close its rolling mill in Venlo and cut 240 jobs after annual net profit fell 22 per cent to €41.7 million.',
	'Shares in the company fell 5.3 per cent to €17.20 in Amsterdam by midday, their lowest level since 2021.',
	'Revenue slipped 4 per cent to €980 million as demand from builders in Germany weakened.',
	'The Venlo mill employs about 410 people and opened in 1974.',
	'Van den Bosch said it expected the closure to save about €14 million a year from 2028.'
];

describe('p48a: a company name is never cut at a particle inside it (R1, R4)', () => {
	it('writes "the company" as the whole name, never "Shares in Van"', () => {
		const stems = itemsOf(TITLE, RESULTS).map((i) => i.stem);
		const shares = stems.filter((s) => /^Shares in /.test(s));
		expect(shares.length).toBeGreaterThan(0);
		for (const stem of stems) expect(stem).not.toMatch(/\bVan(?! den\b)/);
	});
});
