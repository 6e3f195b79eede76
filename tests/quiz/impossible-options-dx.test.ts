import { describe, expect, it } from 'vitest';
import { narrativeYearFloor, pastYearCeiling, winningShareFloor } from '../../src/lib/quiz/plausible';
import { partOfWholeCeiling } from '../../src/lib/quiz/changes';
import { itemsOf, wrongOf } from './report';

describe('a past part of a year after the report', () => {
	it('caps a late, mid or quarter year that would fall after publication at the year before', () => {
		expect(pastYearCeiling('The bakery chain ceased trading in late ', '2026-03-19', 2026)).toBe(2025);
		expect(pastYearCeiling('The depot closed in the third quarter of ', '2026-03-19', 2026)).toBe(2025);
		expect(pastYearCeiling('The depot closed in mid-', '2026-03-19', 2026)).toBe(2025);
		expect(pastYearCeiling('The depot closed in the autumn of ', '2026-03-19', 2026)).toBe(2025);
		expect(pastYearCeiling('The depot closed in late ', '2026-11-02', 2026)).toBe(2026);
		expect(pastYearCeiling('The depot closed in early ', '2026-03-19', 2026)).toBe(2026);
	});
});

describe('an ordinal joined to a part of a bounded whole', () => {
	it('stops a quarter at the fourth, a half at the second and a period at the third', () => {
		expect(partOfWholeCeiling('-quarter results on 22 July.')).toBe(4);
		expect(partOfWholeCeiling('-half goal from close range.')).toBe(2);
		expect(partOfWholeCeiling('-period power play.')).toBe(3);
		expect(partOfWholeCeiling(' annual report.')).toBeUndefined();
	});

	it('offers no fifth quarter', () => {
		const results = [
			'Shares in Danish toolmaker Holmvik fell 9% in Copenhagen on Tuesday after the company reported a sharp drop in first-quarter profit.',
			'Chief executive Anna Berg said demand for garden tools had weakened across northern Europe.',
			'The company cut its forecast for the year and said 120 jobs would go at its plant in Odense.',
			'Holmvik will publish its second-quarter results on 19 July.'
		];
		const options = wrongOf(itemsOf('Holmvik shares fall after profit drop', results, 10, '2026-04-28'), 'second-quarter');
		expect(options.length).toBeGreaterThan(0);
		expect(options.filter((o) => /\b(?:fifth|sixth|seventh|eighth)\b/i.test(o))).toEqual([]);
	});
});

describe('a year an obituary’s own order rules out', () => {
	it('keeps a later event’s year no earlier than the years its paragraph told before it', () => {
		expect(narrativeYearFloor(['She moved to Glasgow in the spring of 1971, and taught in a primary school.'], 1978)).toBe(1971);
		expect(narrativeYearFloor(['She had first sung there in 1985.'], 1978)).toBeUndefined();
		expect(narrativeYearFloor(['She loved the sea.'], 1978)).toBeUndefined();
	});
});

describe('a false share for a winner', () => {
	it('keeps a winning majority’s options above half', () => {
		expect(winningShareFloor('while Okafor carried the north ward with ', 58)).toBe(50);
		expect(winningShareFloor('Okafor won the seat with about ', 53)).toBe(50);
		expect(winningShareFloor('Okafor carried the north ward with ', 44)).toBeUndefined();
		expect(winningShareFloor('Turnout was about ', 61)).toBeUndefined();
	});

	it('never says a winner carried a ward with under half', () => {
		const race = [
			'Councillor Grace Okafor was elected mayor of Brackley on Tuesday, defeating former deputy mayor Paul Renshaw.',
			'With nearly all ballots counted, Okafor had 55.1% of the vote to 39.2% for Renshaw, and independent candidate Tom Hale took 5.7%.',
			'Ward results showed Okafor winning 63% of the vote in the harbour ward, while Renshaw carried the north ward with 53%.',
			'Turnout was about 48%, the highest for a mayoral election in the town since 2008.'
		];
		const options = wrongOf(itemsOf('Okafor wins Brackley mayoral race', race, 10, '2026-05-06'), 'carried the north ward');
		const shares = options.map((o) => Number(/carried the north ward with (\d+)%/.exec(o)?.[1] ?? /^(\d+)%$/.exec(o)?.[1]));
		expect(shares.length).toBeGreaterThan(0);
		expect(shares.filter((v) => !(v > 50))).toEqual([]);
	});
});
