import { describe, expect, it } from 'vitest';
import { written, stemsMatching } from './report';

const TITLE = 'Harwick Town battle back to sink Millbrook as late header seals it';
const MATCH = [
	'Harwick Town came from a goal down to beat Millbrook Athletic 2-1 at Crane Lane on Saturday, with defender Owen Tarrant heading the winner six minutes from time.',
	'Millbrook had led through a first-half penalty from striker Dario Voss, awarded after a handball in the box.',
	'Substitute Kieran Blyth levelled with a low shot on the hour before Tarrant rose highest at a corner.',
	'The win lifts Harwick Town to fourth in the table on 38 points, three behind leaders Castlegate.',
	'Harwick Town travel to Penrose on Tuesday night.'
];

describe('y34a: a bare "the win" is the lead’s one match, won by a score (R4)', () => {
	it('"The win lifts" is written "The win over Millbrook Athletic lifts" and kept', () => {
		const stems = stemsMatching(TITLE, MATCH, /lifts Harwick Town/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^The win over Millbrook Athletic lifts Harwick Town/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('stays unnamed where the body tells of another win, which it may mean', () => {
		const body = [...MATCH.slice(0, 3), 'Castlegate were held at home, a week after a narrow win away at Penrose.', ...MATCH.slice(3)];
		const stems = stemsMatching(TITLE, body, /lifts Harwick Town/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /Millbrook/.test(w.stem))).toEqual([]);
	});

	it('stays unnamed where the lead beats two sides by a score', () => {
		const lead = 'Harwick Town beat Millbrook Athletic 2-1 at Crane Lane on Saturday, a week after they beat Castlegate 3-0 away.';
		const stems = stemsMatching(TITLE, [lead, ...MATCH.slice(1)], /lifts Harwick Town/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /win over/.test(w.stem))).toEqual([]);
	});
});
