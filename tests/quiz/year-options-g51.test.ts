import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler } from './report';

describe('year options of an undated article (QUALITY.md "Dates", R5)', () => {
	// no dateline: the article's latest year is the key itself, which once bounded every option below it
	const depot = [
		'A fire at a bus depot in Carrow destroyed 14 buses overnight, the regional transport authority said.',
		'Firefighters from three stations spent five hours bringing the blaze under control, and no one was hurt.',
		'The depot manager, Olive Stanmore, said the sprinkler system had last been inspected in 2018.',
		'Insurers have sent assessors, and services on 11 routes will run with hired coaches until the end of the month.'
	];
	const article = parseArticleText(`Fire destroys buses at Carrow depot\n\n${[...depot, ...filler].join('\n\n')}`);

	it('offers a later year than the key, up to the year the quiz is made in, where the key is the article’s latest year', () => {
		const years = [1, 2, 3, 4, 5, 6, 7, 8]
			.flatMap((seed) => generateWithReport(article, { seed, maxItems: 15, year: 2026 }).quiz.items)
			.filter((i) => i.stem.includes('inspected in _____') && i.options.length === 4);
		expect(years.length).toBeGreaterThan(0);
		expect(years.some((item) => item.options.map(Number).some((v) => v > 2018))).toBe(true);
		for (const item of years) expect(Math.max(...item.options.map(Number))).toBeLessThanOrEqual(2026);
	});

	it('makes one quiz of one article and seed whenever it runs: with no year given, the article bounds the options', () => {
		const a = generateWithReport(article, { seed: 3, maxItems: 15 }).quiz;
		const b = generateWithReport(article, { seed: 3, maxItems: 15 }).quiz;
		expect(a).toEqual(b);
		for (const item of a.items.filter((i) => i.stem.includes('inspected in _____') && i.options.length === 4)) expect(Math.max(...item.options.map(Number))).toBe(2018);
	});
});
