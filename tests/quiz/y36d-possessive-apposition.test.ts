import { describe, expect, it } from 'vitest';
import { filler, stemsMatching } from './report';

/** `stemsMatching` with `filler` after the paragraphs. */
const padded = (title: string, paragraphs: string[], pattern: RegExp) => stemsMatching(title, [...paragraphs, ...filler], pattern);

const PANELS_TITLE = 'Vietnam’s Minh Quang Electronics to cut 900 jobs after loss';
const PANELS = [
	'HANOI (Reuters) — Minh Quang Electronics, Vietnam’s second-largest maker of circuit boards, said on Monday it would cut about 900 jobs after a quarterly loss.',
	'The Haiphong-based company reported a net loss of 310 billion dong for the three months to June, against a profit a year earlier.',
	'The company said the cuts would fall mostly on its older assembly lines in the north.'
];

describe('y36d: a company introduced by a place’s possessive ("X, Vietnam’s largest maker") is the one "the company" means (R4)', () => {
	it('writes the lead’s company for "The Haiphong-based company reported"', () => {
		const stems = padded(PANELS_TITLE, PANELS, /reported a net loss of/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('Minh Quang Electronics reported') && s.check === ''), JSON.stringify(stems)).toBe(true);
	});
});

describe('y36d: more ways a story names the company "the company" means (R4)', () => {
	it('"port operator KTL" is a company', () => {
		const stems = padded('Kelang terminal opens two new berths', [
			'Port operator KTL opened two new berths at its Selat terminal on Monday, a month ahead of schedule.',
			'KTL said the berths would be run by remote-controlled cranes.',
			'The company has spent more than 4 billion ringgit at Selat since building began in 2017.'
		], /has spent more than/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('KTL has spent')), JSON.stringify(stems)).toBe(true);
		expect(stems.some((s) => s.check === ''), JSON.stringify(stems)).toBe(true);
	});

	it('"the municipal water company, Vodokanal Ostrava," names the company between commas', () => {
		const stems = padded('Ostrava to replace lead pipes by 2030', [
			'The Czech city of Ostrava will replace all of its remaining lead water pipes by 2030 under a plan approved on Thursday.',
			'The municipal water company, Vodokanal Ostrava, said the work would cost about 1.2 billion koruna.',
			'The company expects the work to cut leaks across the network by about 30% from today’s level.'
		], /cut leaks across the network/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('Vodokanal Ostrava expects') && s.check === ''), JSON.stringify(stems)).toBe(true);
	});

	it('keeps "the company, Novak said," from naming a person as the company', () => {
		const stems = padded('Ostrava to replace lead pipes by 2030', [
			'The Czech city of Ostrava will replace all of its remaining lead water pipes by 2030 under a plan approved on Thursday.',
			'The work will be done by the company, Novak said, and will cost about 1.2 billion koruna.',
			'The company expects the work to cut leaks across the network by about 30% from today’s level.'
		], /cut leaks across the network/);
		expect(stems.every((s) => !s.stem.startsWith('Novak')), JSON.stringify(stems)).toBe(true);
	});

	it('a name ending in "Power" that says things is a company', () => {
		const stems = padded('Shetland wave project wins £20m', [
			'A wave energy project off Shetland has won £20m to add four machines, its developer said on Monday.',
			'Yell Sound Power said the money would come mostly from private investors.',
			'The company said its four new machines would supply around 9,000 homes once they are installed in 2029.'
		], /supply around/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('Yell Sound Power said')), JSON.stringify(stems)).toBe(true);
		expect(stems.some((s) => s.check === ''), JSON.stringify(stems)).toBe(true);
	});
});
