/** How many buckets a table spreads its keys over: an update copies one bucket and this many slots. */
const BUCKETS = 64;

function bucketOf(key: string): number {
	// FNV-1a: cheap and spreads short random ids evenly.
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % BUCKETS;
}

/**
 * An immutable map from string keys (player ids) to values, for the room machine's context.
 *
 * XState's context must be treated as immutable (stately.ai/docs/context: "Do not mutate the
 * context object"), and copying a record of 2,000 players or answers on every answer or
 * connection made a live room O(n²) per item (the copy of a 2,000-key record measured 1–3 ms).
 * A table spreads its keys over 64 buckets and `with` copies only the slot array and the one
 * bucket it changes, about n/64 entries: no table is ever changed after it is made, so every
 * older snapshot keeps exactly what it had. Iteration order is by bucket, not by insertion.
 */
export class Table<V> {
	private constructor(
		private readonly buckets: readonly (ReadonlyMap<string, V> | undefined)[],
		/** How many keys the table holds. */
		readonly size: number
	) {}

	/** A table of `entries`; a later entry for the same key replaces an earlier one. */
	static of<V>(entries: Iterable<readonly [string, V]> = []): Table<V> {
		const buckets: Map<string, V>[] = Array.from({ length: BUCKETS }, () => new Map());
		for (const [key, value] of entries) buckets[bucketOf(key)].set(key, value);
		return new Table(buckets, buckets.reduce((n, b) => n + b.size, 0));
	}

	/** The value under `key`, or undefined. */
	get(key: string): V | undefined {
		return this.buckets[bucketOf(key)]?.get(key);
	}

	/** Whether `key` is in the table. */
	has(key: string): boolean {
		return this.buckets[bucketOf(key)]?.has(key) ?? false;
	}

	/** A table with `key` set to `value`; this one is unchanged. */
	with(key: string, value: V): Table<V> {
		const index = bucketOf(key);
		const bucket = new Map(this.buckets[index]);
		const added = bucket.has(key) ? 0 : 1;
		bucket.set(key, value);
		const buckets = this.buckets.slice();
		buckets[index] = bucket;
		return new Table(buckets, this.size + added);
	}

	/** Every value, bucket by bucket. */
	*values(): IterableIterator<V> {
		for (const bucket of this.buckets) if (bucket) yield* bucket.values();
	}

	/** Every key and value, bucket by bucket. */
	*entries(): IterableIterator<[string, V]> {
		for (const bucket of this.buckets) if (bucket) yield* bucket.entries();
	}
}
