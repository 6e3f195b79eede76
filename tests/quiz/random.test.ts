import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32, shuffled } from '$lib/quiz/random';

describe('seeded randomness', () => {
	it('repeats the same sequence for the same seed', () => {
		const a = mulberry32(2026);
		const b = mulberry32(2026);
		const first = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(first);
		expect(Array.from({ length: 5 }, mulberry32(2027))).not.toEqual(first);
	});

	it('yields floats in [0, 1) spread evenly over ten bins', () => {
		const random = mulberry32(1);
		const bins = new Array(10).fill(0);
		let outside = 0;
		for (let i = 0; i < 100_000; i++) {
			const x = random();
			if (x < 0 || x >= 1) outside++;
			else bins[Math.floor(x * 10)]++;
		}
		expect(outside).toBe(0);
		for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(400);
	});

	it('derives different seeds for different labels and the same seed for the same label', () => {
		expect(deriveSeed(7, 'item-1')).toBe(deriveSeed(7, 'item-1'));
		expect(deriveSeed(7, 'item-1')).not.toBe(deriveSeed(7, 'item-2'));
		expect(deriveSeed(7, 'item-1')).not.toBe(deriveSeed(8, 'item-1'));
	});

	it('shuffles into a permutation without changing the input', () => {
		const input = ['a', 'b', 'c', 'd', 'e'];
		const out = shuffled(input, mulberry32(3));
		expect(input).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect([...out].sort()).toEqual(input);
	});
});
