import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler, itemsOf, reportOf, stemsFrom, written } from './report';

// The strict readers of holdout130 and holdout131 (and a fresh user) found items still wrong
// after every check: a false value a milestone still makes true (R3), a deficit a stated
// score gives away (R5).
describe('p42: faults the holdout130 and holdout131 readers still found', () => {
	it('reads a figure a total has passed or crossed as a floor, and a count of things passed as a count', () => {
		const passed = extractFacts('Ticket sales for the autumn tour have passed 420,000, the promoter said.').find((f) => f.text === '420,000');
		expect(passed?.bound).toBe(true);
		const crossed = extractFacts('Membership of the cycling club is expected to cross 2 million this year.').find((f) => f.text === '2 million');
		expect(crossed?.bound).toBe(true);
		const bills = extractFacts('The assembly passed 14 bills before the summer recess.').find((f) => f.text === '14');
		expect(bills?.bound).toBeFalsy();
	});

	it('makes no false statement of a passed milestone that a lower figure would leave true', () => {
		const items = itemsOf('Harbour town grows fast', [
			'Rents have risen sharply as the population of Portbridge has passed 420,000, census officials said on Tuesday.',
			'The town council approved 12 new schools in March to keep up with the growth.'
		]);
		const passed = items.filter((i) => i.source.text.includes('has passed'));
		expect(passed.filter((i) => [i.stem].some((s) => /has passed (?!420,000)[\d,]+/.test(s) || s.includes('has passed _____')))).toEqual([]);
	});

	it('refuses a deficit in goals beside the final score of the same stem', () => {
		const stems = stemsFrom(
			'Harbour Town stun Millfield in cup comeback',
			[
				'Harbour Town came from two goals down to beat Millfield Rovers 3-2 in the county cup semi-final on Saturday.',
				'Striker Owen Pask scored twice in the last 20 minutes at Quayside Park.',
				...filler
			],
			'came from two goals down'
		);
		expect(stems.filter((s) => s.startsWith('OK') && (/_____ goals down/.test(s) || /two goals down.*3-2/.test(s)))).toEqual([]);
		const table = stemsFrom(
			'Harbour Town stun Millfield in cup comeback',
			[
				'Harbour Town beat Millfield Rovers 3-2 at Quayside Park on Saturday.',
				'Millfield stay third but are now five points behind leaders Castleford, who won 1-0 at Denby.',
				...filler
			],
			'five points behind'
		);
		expect(table.some((s) => /^OK: .*_____ points behind/.test(s))).toBe(true);
	});

	it('keeps a leading place phrase whose name an appositive follows, never the appositive alone', () => {
		const text = 'In the river town of Tarnby, Norway’s third-largest port, the Labour Party held its majority with the Centre Party.';
		const clauses = simplify(text, extractFacts(text)).map((c) => c.text);
		expect(clauses.filter((c) => c.startsWith('Norway’s'))).toEqual([]);
		expect(clauses).toContain('In the river town of Tarnby, Norway’s third-largest port, the Labour Party held its majority with the Centre Party');
		const plain = 'In the village of Ostby, the mayor said turnout was 61 percent.';
		expect(simplify(plain, extractFacts(plain)).map((c) => c.text)).toContain('The mayor said turnout was 61 percent');
	});

	it('refuses stems that point with "those", "that" or "talks" at what only the sentences before name', () => {
		const paragraphs = [
			'Former accountant Derek Lowe, 61, was jailed for six years on Monday for stealing £2.1 million from a Bristol charity.',
			'His lawyer told the court that Lowe had cared for his sick mother for a decade and had no previous convictions.',
			'Judge Clara Bowen said those matters counted for little against the 140 families who lost savings.',
			'Lowe trained as a pilot in the 1980s, but a heart condition diagnosed in 1991 ended that career early.',
			'In 2019, talks in Bristol over the charity’s accounts took more than six months.',
			...filler
		];
		for (const source of ['those matters', 'ended that career', 'talks in Bristol']) {
			const stems = stemsFrom('Accountant jailed for charity theft', paragraphs, source);
			expect(stems.length).toBeGreaterThan(0);
			expect(stems.filter((s) => s.startsWith('OK'))).toEqual([]);
		}
	});

	it('refuses rivals of no one named, a city by its adjective and a prize by its amount alone', () => {
		const paragraphs = [
			'Shares of battery maker Korvan Energy fell 9% on Tuesday after it posted a wider quarterly loss.',
			'Shares of rivals Ostra Cells and Mirren Power fell 2.4% and 3.1% respectively.',
			'The Lindqvist Prize for Translation was awarded to "Salt Harbour" on Thursday.',
			'The £5,000 prize, shared between author and translator, was chosen from a shortlist of eight books.',
			'The novel also won the Golden Reed award, worth €40,000, at a ceremony in the Danish city on Friday.',
			...filler
		];
		const title = 'Korvan Energy shares slide';
		const stems = [...stemsFrom(title, paragraphs, 'Shares of rivals'), ...stemsFrom(title, paragraphs, 'The £5,000 prize'), ...stemsFrom(title, paragraphs, 'Danish city')];
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.startsWith('OK'))).toEqual([]);
		const derby = stemsFrom(
			'Harbour Town beat Millfield',
			['Harbour Town moved top of the Southern League on Saturday after a 2-0 win over county rivals Millfield Rovers at Quayside Park.', ...filler],
			'county rivals'
		);
		expect(derby.some((s) => s.startsWith('OK'))).toBe(true);
		const named = stemsFrom(
			'Lakeside quartet tours abroad',
			[
				'The Halvorsen quartet toured Sweden and, in 1977, Japan, where they recorded a live album in Osaka that sold unexpectedly well.',
				'Officials in Ghana opened the Akosombo dam gates last week after heavy rain in the south of that country.',
				'Tide Lines won the top prize at Rotterdam’s film festival at a ceremony in the Dutch city on Friday.',
				...filler
			],
			'Osaka'
		);
		expect(named.some((s) => s.startsWith('OK'))).toBe(true);
		expect(stemsFrom('Dam gates opened', ['Officials in Ghana opened the Akosombo dam gates on 14 August after heavy rain in the south of that country.', ...filler], 'Akosombo').some((s) => s.startsWith('OK'))).toBe(true);
		expect(stemsFrom('Film prize', ['Tide Lines, a debut by Mira Holt, won the €30,000 top prize at Rotterdam’s film festival at a ceremony in the Dutch city on Friday.', ...filler], 'Tide Lines').some((s) => s.startsWith('OK'))).toBe(true);
	});

	it('writes "the capital area" as "the Tallinn area", keeping its "the"', () => {
		const stems = written(
			reportOf('Tallinn council election ends in deadlock', [
				'The Reform Party won the most seats in Tallinn on Sunday but fell short of a majority on the 79-seat council.',
				'Turnout in Tallinn was 58%, up from 51% four years ago.',
				'House prices in the capital area have risen by about a third since 2018, according to the national statistics office.'
			])
		).map((w) => w.stem);
		const area = stems.filter((s) => /risen by about a third/.test(s));
		expect(area.length).toBeGreaterThan(0);
		expect(area.filter((s) => /in Tallinn area/.test(s))).toEqual([]);
		expect(area.some((s) => /in the Tallinn area/.test(s))).toBe(true);
	});

	it('asks a forecast’s closing year of an undated story among years after the ones it tells of', () => {
		const items = itemsOf('Norvik Shipyards posts record profit', [
			'Norvik Shipyards reported a record quarterly profit on Thursday as orders won during the 2021-22 boom reached its books.',
			'Its finance chief, Anders Moe, said he expected margins "near the top of the range" to hold through 2027.',
			'The company delivered 14 tankers last year, against nine a year earlier.'
		]);
		const through = items.filter((i) => i.stem.includes('to hold through _____'));
		expect(through.length).toBeGreaterThan(0);
		for (const item of through) expect(item.options.filter((o) => Number(o) <= 2022)).toEqual([]);
	});

	it('asks a past plan’s closing year of a dated story as a year gone by', () => {
		const article = {
			...parseArticleText(['Harwell Foods returns to profit', 'Harwell Foods returned to a full-year profit on Tuesday after three years of losses.', 'Its founder, Alan Harwell, expected bakery sales to keep growing through 2019.', ...filler].join('\n\n')),
			published: '2024-03-12'
		};
		const stems = written(generateWithReport(article, { seed: 1, maxItems: 15 })).filter((w) => w.stem.includes('keep growing through _____'));
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === '')).not.toEqual([]);
	});
});
