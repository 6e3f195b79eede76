import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** A rendered score card as served: the PNG bytes and the strong ETag (quoted) derived from them. */
export interface CachedCard {
	png: Buffer;
	etag: string;
}

/** Rendered score cards by result id, rendering each at most once while it stays in memory. */
export interface CardCache {
	/**
	 * The card for result `id`: from memory when it was rendered before, else from `render()`.
	 * Renders run one at a time (satori and resvg block the event loop for 0.7–1 s under load,
	 * so parallel renders only stall every other request); a caller asking for an id already being
	 * rendered waits for the same promise. A failed render is not cached: its callers get the
	 * error and the next call tries again.
	 */
	card(id: string, render: () => Promise<Buffer>): Promise<CachedCard>;
	/** How many rendered cards are held in memory. */
	readonly size: number;
}

/**
 * Creates an empty card cache bounded by `max` cards and `maxBytes` of PNG (least recently used
 * cards leave first). Defaults: 500 cards, 32 MB; a card is about 40 KB.
 */
export function createCardCache({ max = 500, maxBytes = 32 * 1024 * 1024 }: { max?: number; maxBytes?: number } = {}): CardCache {
	const cards = new LRUCache<string, CachedCard>({ max, maxSize: maxBytes, sizeCalculation: (card) => card.png.byteLength || 1 });
	const pending = new Map<string, Promise<CachedCard>>();
	let queue: Promise<unknown> = Promise.resolve();
	return {
		card(id, render) {
			const cached = cards.get(id);
			if (cached) return Promise.resolve(cached);
			const running = pending.get(id);
			if (running) return running;
			const job = queue
				.then(render)
				.then((png) => {
					const card = { png, etag: `"${createHash('sha256').update(png).digest('base64url').slice(0, 27)}"` };
					cards.set(id, card);
					return card;
				})
				.finally(() => pending.delete(id));
			queue = job.catch(() => undefined);
			pending.set(id, job);
			return job;
		},
		get size() {
			return cards.size;
		}
	};
}

let shared: CardCache | undefined;

/**
 * The server's one card cache, created on first use. Shared by every visitor on purpose: a
 * stored result is public through its link and never changes, so its card is the same for all.
 */
export function getCardCache(): CardCache {
	shared ??= createCardCache();
	return shared;
}
