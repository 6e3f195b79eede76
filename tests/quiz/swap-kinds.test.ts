import { describe, expect, it } from 'vitest';
import { itemsOf, reportOf, written } from './report';

describe('a false statement stays a believable one (QUALITY.md R8)', () => {
	it('never turns a goal of "at least" a share into a goal of "less than" one', () => {
		const paragraphs = [
			'The Kenyan government opened a solar panel plant outside Nakuru on Monday, the first of three it plans to build by 2030.',
			'The energy ministry has said it wants at least 60% of the panels installed in Kenya to be made in the country by 2030.',
			'The plant will employ 1,400 people and make 2 million panels a year, the ministry said.'
		];
		const stems = [...itemsOf('Kenya opens first solar panel plant', paragraphs).map((i) => i.stem), ...written(reportOf('Kenya opens first solar panel plant', paragraphs)).map((w) => w.stem)];
		expect(stems.some((s) => /wants at least/.test(s))).toBe(true);
		expect(stems.filter((s) => /wants (?:less|fewer|no more) than/.test(s))).toEqual([]);
	});
});
