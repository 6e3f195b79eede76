import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

describe('year options of an undated article (QUALITY.md "Dates", R5)', () => {
	// no dateline: the article's latest year is the key itself, which once bounded every option below it
	const depot = [
		'A fire at a bus depot in Carrow destroyed 14 buses overnight, the regional transport authority said.',
		'Firefighters from three stations spent five hours bringing the blaze under control, and no one was hurt.',
		'The depot manager, Olive Stanmore, said the sprinkler system had last been inspected in 2018.',
		'Insurers have sent assessors, and services on 11 routes will run with hired coaches until the end of the month.'
	];

	it('offers a later year than the key, up to the year of today, where the key is the article’s latest year', () => {
		const years = itemsOf('Fire destroys buses at Carrow depot', depot).filter((i) => i.stem.includes('inspected in _____') && i.options.length === 4);
		expect(years.length).toBeGreaterThan(0);
		for (const item of years) {
			const values = item.options.map(Number);
			expect(values.some((v) => v > 2018)).toBe(true);
			expect(Math.max(...values)).toBeLessThanOrEqual(new Date().getUTCFullYear());
		}
	});
});
