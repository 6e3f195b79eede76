import { describe, expect, it } from 'vitest';
import { written, reportOf } from './report';

// a fresh user's R1: "two short of the club record" was written "two short of Riverside United record"
describe('a club or company written in before a noun it modifies keeps that noun’s "the"', () => {
	it('"the club record" becomes "the Kelham Rovers record", never "of Kelham Rovers record"', () => {
		const stems = written(
			reportOf('Kelham Rovers reach FA Trophy quarter-finals', [
				'Kelham Rovers beat Ashby Town 2-1 on Saturday to reach the quarter-finals of the FA Trophy for the first time.',
				'Striker Dean Moss scored both goals, in the 31st and 77th minutes.',
				'Moss now has 26 goals this season, three short of the club record set by Alan Price in 1994.'
			])
		).map((w) => w.stem);
		const record = stems.filter((s) => /short of/.test(s));
		expect(record.length).toBeGreaterThan(0);
		expect(record.filter((s) => /of Kelham Rovers record/.test(s))).toEqual([]);
		expect(record.every((s) => /the (?:club|Kelham Rovers) record/.test(s))).toBe(true);
	});
});
