import { describe, expect, it } from 'vitest';
import { DATELINE, extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, reportOf, written } from './report';

/** Every stem a report on the paragraphs (with `filler` after them) wrote that passed every check. */
function passed(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, [...paragraphs, ...filler]))
		.filter((w) => w.check === '')
		.map((w) => w.stem);
}

/** Every stem a report on the paragraphs (with `filler` after them) wrote, kept or refused. */
function all(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, [...paragraphs, ...filler])).map((w) => w.stem);
}

describe('wire datelines of every common form are no part of a stem', () => {
	it('reads the dateline of each form up to its dash or colon', () => {
		expect(DATELINE.exec('Paris (AFP) - Astronomers said they had found a planet.')?.[0]).toBe('Paris (AFP) - ');
		expect(DATELINE.exec('Nairobi, Kenya (AP) — Floods killed 30 people.')?.[0]).toBe('Nairobi, Kenya (AP) — ');
		expect(DATELINE.exec('BEIJING, Dec. 1 (Xinhua) -- China said it would act.')?.[0]).toBe('BEIJING, Dec. 1 (Xinhua) -- ');
		expect(DATELINE.exec('PERTH: A spinner took five wickets on Monday.')?.[0]).toBe('PERTH: ');
	});

	it('never reads a place in ordinary case without its agency as a dateline', () => {
		expect(DATELINE.exec('Paris - the city said it would act.')).toBeNull();
		expect(DATELINE.exec('Leeds: a guide to the new fares.')).toBeNull();
	});

	it('drops the dateline from the main clause', () => {
		const sentence = 'PERTH: Left-arm spinner Tom Ellis finished with five for 61 as Western Australia won by 102 runs.';
		expect(simplify(sentence, extractFacts(sentence))[0].text).toBe('Left-arm spinner Tom Ellis finished with five for 61 as Western Australia won by 102 runs');
	});

	it('asks the lead of a datelined story without its dateline', () => {
		const stems = all('Astronomers find rocky planet near the Sun', [
			'Paris (AFP) - Astronomers in Chile said on Wednesday they had found a rocky planet circling a small star 14.2 light-years away.',
			'The planet takes nine days to go round its star, the team said.'
		]);
		expect(stems.filter((s) => /light-years/.test(s)).length).toBeGreaterThan(0);
		expect(stems.filter((s) => /^Paris\b|^_____ -/.test(s))).toEqual([]);
	});
});
