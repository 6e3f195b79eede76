/**
 * A seeded pseudo-random generator: mulberry32 (Tommy Ettinger, public domain), a 32-bit state
 * whose output passes gjrand's tests at this size. The generator uses it instead of Math.random
 * so that the same article and seed always give the same quiz.
 */
export interface Prng {
	/** The next float in [0, 1). */
	next(): number;
	/** An integer in [0, n). */
	int(n: number): number;
	/** One element of a non-empty array. */
	pick<T>(items: readonly T[]): T;
	/** A shuffled copy (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[];
}

/** Makes a mulberry32 generator from an integer seed (any 32-bit value; others are truncated). */
export function createPrng(seed: number): Prng {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number): number => Math.floor(next() * n);
	return {
		next,
		int,
		pick: (items) => items[int(items.length)],
		shuffle: (items) => {
			const out = items.slice();
			for (let i = out.length - 1; i > 0; i--) {
				const j = int(i + 1);
				[out[i], out[j]] = [out[j], out[i]];
			}
			return out;
		}
	};
}

/** A 32-bit FNV-1a hash of a string, to derive per-item seeds from the quiz seed. */
export function hashString(text: string, seed = 0x811c9dc5): number {
	let h = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}
