import { describe, expect, it } from 'vitest';
import { checksOf, stemsMatching } from './report';

// a results story whose body writes the company by its first word alone, its shares by "Its shares" beside an
// upper-case index, its net loss with no owner, and its revenue with "the Busan-based firm said"
const RESULTS: [string, string[]] = [
	'South Korea’s Hanmaru Cathode Works swings to loss as EV demand slows; shares drop',
	[
		'SEOUL, March 3 (Reuters) - South Korean battery materials maker Hanmaru Cathode Works reported its first quarterly operating loss in four years on Tuesday, hurt by weak electric vehicle demand in Europe.',
		'The company, which supplies cathodes to Japanese carmakers, posted an operating loss of 88.4 billion won for the October-December quarter, compared with a profit of 61.2 billion won a year earlier.',
		'Revenue fell 17.6% from a year earlier to 2.31 trillion won, the Busan-based firm said in a regulatory filing.',
		'Its shares closed down 6.3% at 118,200 won, their lowest level since August 2021, while the benchmark KOSPI index ended 0.8% higher.',
		'Hanmaru said it would delay the start of production at a new plant in Poland to 2028.',
		'Hanmaru’s shares have lost about a third of their value this year, wiping roughly 910 billion won off the company’s market value.',
		'Net loss attributable to shareholders was 52.7 billion won, compared with a net profit of 40.3 billion won a year earlier.'
	]
];

describe('y42b: a results story’s own figures with the company written in (R4)', () => {
	it('"Its shares closed down 6.3%" is asked as the company’s share fall, not left to the index beside it', () => {
		const stems = stemsMatching(...RESULTS, /closed down _____/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^Shares in Hanmaru Cathode Works closed down _____/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('the net loss takes the company’s name, as revenue does', () => {
		const stems = stemsMatching(...RESULTS, /net loss attributable/i);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^Hanmaru Cathode Works’ net loss attributable to shareholders was/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('"the Busan-based firm said" after the company’s own name says which firm', () => {
		const stems = stemsMatching(...RESULTS, /revenue fell/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((w) => w.check === '' && /^Hanmaru Cathode Works’ revenue fell .*, the Busan-based firm said/.test(w.stem))).toBe(true);
	});

	it('"the company’s market value" after the short name the body writes alone is the company’s', () => {
		const stems = stemsMatching(...RESULTS, /off the company’s market value/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('"the business" bought after the short name is another business, still refused', () => {
		const stems = stemsMatching(RESULTS[0], [...RESULTS[1], 'The company said the Gdańsk Lithium business had grown sales by 12%. Hanmaru paid 310 billion won for the business.'], /for the business/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.check === 'R4')).toBe(true);
	});

	it('a based firm after another company’s name is still refused', () => {
		const stems = stemsMatching(
			'South Korea’s Hanmaru Cathode Works swings to loss as EV demand slows; shares drop',
			[
				...RESULTS[1].slice(0, 2),
				'Rival Dongil Materials said its revenue rose 4.2% to 1.12 trillion won, the Ulsan-based firm said in a filing.',
				...RESULTS[1].slice(3)
			],
			/Ulsan-based firm/
		);
		expect(stems.every((w) => w.check !== '')).toBe(true);
	});
});

// an election report: placings told with seats, and a seat count beside a span back in time
const ELECTION: [string, string[]] = [
	'Centre-right wins Madeira regional vote but falls short of majority',
	[
		'FUNCHAL, May 12 - The centre-right Madeira Alliance won a regional election in Portugal’s Madeira archipelago on Sunday but again fell short of an absolute majority, official results showed on Monday.',
		'The Madeira Alliance took 38.6% of the vote and won 21 of the assembly’s 47 seats, up from 19 four years ago, according to the regional election commission.',
		'The Workers’ Front came second with 27.4% and 14 seats.',
		'The Island Greens came third with 9.1% and five seats, their best result in the archipelago.',
		'The remaining seven seats went to four smaller parties.'
	]
];

describe('y42b: an election’s result sentences (R1, R4)', () => {
	it('a placing told with a party’s seats is a vote’s, and asked', () => {
		for (const party of [/^The Workers’ Front came second/, /^The Island Greens came third/]) {
			const stems = stemsMatching(...ELECTION, party);
			expect(stems.length).toBeGreaterThan(0);
			expect(stems.some((w) => w.check === '')).toBe(true);
		}
	});

	it('a placing with no seats and no event is still refused', () => {
		const checks = checksOf(
			'Rowers from Tarn club finish on podium',
			['TOULOUSE - The Tarn Rowing Club crew came third with a time of 6 minutes 12 seconds on Sunday, its coach said.', 'The crew of eight trained for 14 months for the regatta.'],
			/came third/
		);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c === 'R4')).toBe(true);
	});

	it('"up from 19 four years ago" is no slip of two numbers in a row', () => {
		const stems = stemsMatching(...ELECTION, /up from 19 four years ago/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === 'R1')).toEqual([]);
	});

	it('a blank before the span is not asked: the span would read as its counted noun', () => {
		const stems = stemsMatching(...ELECTION, /up from _____ four years ago/);
		expect(stems.every((w) => w.check !== '')).toBe(true);
	});
});

// a study story whose main finding is told through "They found that ...", with a dash aside in it
const STUDY: [string, string[]] = [
	'Cold snaps linked to rise in asthma admissions, Dutch study finds',
	[
		'Sudden cold spells are associated with a clear rise in emergency hospital visits for asthma among children, according to a large study of Dutch hospital records published on Thursday.',
		'Researchers at Utrecht University analysed more than 1.4 million emergency visits across the Netherlands between 2008 and 2023. They found that on days when the maximum temperature fell below 2C – known locally as "ijsdagen", or ice days – visits for childhood asthma rose by 9 per cent over the following two days compared with days of average temperature for the season.',
		'The effect was largest among children under five.',
		'"Parents should keep inhalers close when the cold arrives," said Dr. Marleen Kuipers, a paediatrician who led the work.'
	]
];

describe('y42b: a study’s finding told through its researchers (R4)', () => {
	it('"They found that ..." after the researchers’ sentence is asked with the study written in, its lost comma put back', () => {
		const stems = stemsMatching(...STUDY, /visits for childhood asthma rose by _____/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.stem.startsWith('In the Dutch study, on days when the maximum temperature fell below 2C, visits for childhood asthma rose by _____'))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('"They found" with no researchers before it is left to R4', () => {
		const paragraphs = [...STUDY[1]];
		paragraphs[1] = paragraphs[1].replace('Researchers at Utrecht University analysed', 'Utrecht University holds records of');
		const stems = stemsMatching(STUDY[0], paragraphs, /childhood asthma rose by _____/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.check === 'R4' && /^They found/.test(w.stem))).toBe(true);
	});
});
