import { describe, expect, it } from 'vitest';
import { createPrng, hashString } from '$lib/quiz/prng';

describe('seeded randomness (mulberry32)', () => {
	it('repeats the same sequence for the same seed', () => {
		const first = Array.from({ length: 5 }, createPrng(2026).next);
		expect(Array.from({ length: 5 }, createPrng(2026).next)).toEqual(first);
		expect(Array.from({ length: 5 }, createPrng(2027).next)).not.toEqual(first);
	});

	it('yields floats in [0, 1) spread evenly over ten bins', () => {
		const prng = createPrng(1);
		const bins = new Array(10).fill(0);
		let outside = 0;
		for (let i = 0; i < 100_000; i++) {
			const x = prng.next();
			if (x < 0 || x >= 1) outside++;
			else bins[Math.floor(x * 10)]++;
		}
		expect(outside).toBe(0);
		for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(400);
	});

	it('hashes the same label and seed to the same seed, and others apart', () => {
		expect(hashString('item-1', 7)).toBe(hashString('item-1', 7));
		expect(hashString('item-1', 7)).not.toBe(hashString('item-2', 7));
		expect(hashString('item-1', 7)).not.toBe(hashString('item-1', 8));
	});

	it('shuffles into a permutation without changing the input', () => {
		const input = ['a', 'b', 'c', 'd', 'e'];
		const out = createPrng(3).shuffle(input);
		expect(input).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect([...out].sort()).toEqual(input);
	});
});
