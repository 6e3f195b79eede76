import { describe, expect, it } from 'vitest';
import { counted, singularOf, unitFor } from '../../src/lib/plural';

describe('counted', () => {
	it('writes one thing in the singular and any other count in the plural', () => {
		expect(counted(1, 'item')).toBe('1 item');
		expect(counted(0, 'item')).toBe('0 items');
		expect(counted(2, 'item')).toBe('2 items');
	});

	it('takes an irregular plural and separates thousands', () => {
		expect(counted(2, 'child', 'children')).toBe('2 children');
		expect(counted(20000, 'word')).toBe('20,000 words');
	});
});

// a fresh user's estimate slider labelled its low end "1 charges"
describe('unitFor', () => {
	it('makes a plural unit singular for one and keeps it for 0, 1.5 and more', () => {
		const units = ['people', 'charges', 'votes', 'km', 'job cuts', 'tonnes of grain', 'countries', 'matches', 'buses', 'mph'];
		expect(units.map((unit) => unitFor(1, unit))).toEqual(['person', 'charge', 'vote', 'km', 'job cut', 'tonne of grain', 'country', 'match', 'bus', 'mph']);
		for (const count of [0, 1.5, 2, 1000]) expect(units.map((unit) => unitFor(count, unit))).toEqual(units);
	});

	it('reads the number as shown, so a value shown as "1" agrees with it', () => {
		expect(unitFor(1.001, 'votes')).toBe('vote');
		expect(unitFor(1.001, 'votes', 3)).toBe('votes');
	});

	it('keeps a word with no plural ending as it is', () => {
		expect(['news', 'series', 'status', 'sheep', 'movies', 'Calories'].map(singularOf)).toEqual(['news', 'series', 'status', 'sheep', 'movie', 'Calorie']);
	});
});
