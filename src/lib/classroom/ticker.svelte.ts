import { createSubscriber } from 'svelte/reactivity';

/**
 * The time now (epoch ms), re-read every `intervalMs` while something reactive reads `now`,
 * and not at all otherwise (the interval starts and stops with its readers).
 */
export class Ticker {
	#subscribe: () => void;

	constructor(intervalMs = 250) {
		this.#subscribe = createSubscriber((update) => {
			const id = setInterval(update, intervalMs);
			return () => clearInterval(id);
		});
	}

	/** Epoch ms, this device's clock. */
	get now(): number {
		this.#subscribe();
		return Date.now();
	}
}
