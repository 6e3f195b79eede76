/**
 * A token-bucket rate limiter keyed by string (an address, a room code): each key holds up to
 * `capacity` tokens, refilled at `perSecond`; an attempt takes one. Buckets that have refilled
 * completely are forgotten by `sweep`, so memory stays bounded by recent activity.
 */
export class RateLimiter {
	private readonly buckets = new Map<string, { tokens: number; at: number }>();

	/** `capacity`: the burst allowed; `perSecond`: the sustained rate. */
	constructor(
		readonly capacity: number,
		readonly perSecond: number
	) {}

	/**
	 * Takes a token for `key` at `now` (epoch ms). Returns 0 when allowed, else the ms to wait
	 * before the next attempt can succeed.
	 */
	take(key: string, now: number): number {
		const bucket = this.refilled(key, now);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		return Math.ceil(((1 - bucket.tokens) / this.perSecond) * 1000);
	}

	/** Whether `key` has a token now, without taking it. */
	allows(key: string, now: number): boolean {
		return this.refilled(key, now).tokens >= 1;
	}

	/** Forgets every bucket that is full again at `now`. */
	sweep(now: number): void {
		for (const key of [...this.buckets.keys()]) {
			if (this.refilled(key, now).tokens >= this.capacity) this.buckets.delete(key);
		}
	}

	private refilled(key: string, now: number): { tokens: number; at: number } {
		let bucket = this.buckets.get(key);
		if (!bucket) {
			bucket = { tokens: this.capacity, at: now };
			this.buckets.set(key, bucket);
		}
		bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
		bucket.at = now;
		return bucket;
	}
}
