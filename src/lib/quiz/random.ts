/**
 * Seeded randomness for everything that must replay exactly: the same seed gives the same
 * numbers on every machine, so a shared challenge shows the same items in the same option order.
 * Nothing here reads `Math.random` or the clock.
 */

/**
 * Returns mulberry32, a 32-bit seeded PRNG (Tommy Ettinger, 2017; public domain), as a function
 * yielding floats in [0, 1). Chosen for its one-line state, full 2^32 period over seeds and speed;
 * it is not cryptographic. The seed is taken modulo 2^32, so any integer works.
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Mixes a seed with a label (such as an item id) into a new 32-bit unsigned seed, so each item
 * gets its own stream that does not shift when items are added or removed elsewhere. FNV-1a over
 * the label's UTF-16 code units, started from the seed (Fowler, Noll & Vo).
 */
export function deriveSeed(seed: number, label: string): number {
	let hash = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
	for (let i = 0; i < label.length; i++) {
		hash ^= label.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/**
 * Returns a new array with the elements of `items` in a random order drawn from `random` (a
 * function like the one `mulberry32` returns). Fisher–Yates (Durstenfeld's in-place form), so
 * every order is equally likely; the input is not changed.
 */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
