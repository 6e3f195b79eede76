import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCardCache } from '../../src/lib/server/card-cache';
import { tinyGame, tinyQuiz } from '../fixtures/tiny-quiz';

// The real renderer, wrapped so the route test can count how often it runs.
const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/lib/server/card', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/lib/server/card')>();
	return {
		...real,
		renderScoreCard: (card: Parameters<typeof real.renderScoreCard>[0]) => {
			renders.count++;
			return real.renderScoreCard(card);
		}
	};
});

describe('createCardCache', () => {
	it('renders a card once for two requests at the same time, and serves the next from memory', async () => {
		const cache = createCardCache();
		let calls = 0;
		const render = async () => {
			calls++;
			return Buffer.from('png bytes');
		};
		const [a, b] = await Promise.all([cache.card('abc', render), cache.card('abc', render)]);
		const c = await cache.card('abc', render);
		expect(calls).toBe(1);
		expect(b).toBe(a);
		expect(c).toBe(a);
		expect(a.etag).toMatch(/^"[\w-]{27}"$/);
	});

	it('never runs two renders at once, even for different ids', async () => {
		const cache = createCardCache();
		let running = 0;
		let most = 0;
		const render = async () => {
			running++;
			most = Math.max(most, running);
			await new Promise((resolve) => setTimeout(resolve, 5));
			running--;
			return Buffer.from('png');
		};
		await Promise.all(['a', 'b', 'c', 'd'].map((id) => cache.card(id, render)));
		expect(most).toBe(1);
		expect(cache.size).toBe(4);
	});

	it('keeps no failed render: its callers get the error and the next call renders again', async () => {
		const cache = createCardCache();
		await expect(cache.card('x', () => Promise.reject(new Error('font missing')))).rejects.toThrow('font missing');
		await expect(cache.card('x', async () => Buffer.from('png'))).resolves.toMatchObject({ png: Buffer.from('png') });
	});

	it('drops the least recently used card beyond its bound', async () => {
		const cache = createCardCache({ max: 2 });
		let calls = 0;
		const render = async () => Buffer.from(`png ${++calls}`);
		await cache.card('a', render);
		await cache.card('b', render);
		await cache.card('a', render);
		await cache.card('c', render);
		await cache.card('a', render);
		expect(calls).toBe(3);
		await cache.card('b', render);
		expect(calls).toBe(4);
	});
});

describe('GET /r/<id>/card.png', () => {
	let dir: string;
	let id: string;
	let GET: typeof import('../../src/routes/r/[id=resultid]/card.png/+server').GET;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'newsquiz-card-'));
		process.env.DATABASE_PATH = join(dir, 'newsquiz.db');
		const { getDatabase } = await import('../../src/lib/server/db');
		const { recordResult } = await import('../../src/lib/server/results');
		id = recordResult({ db: getDatabase(), json: tinyGame(), lookupQuiz: (quizId) => (quizId === tinyQuiz.id ? tinyQuiz : undefined) }).result.id;
		({ GET } = await import('../../src/routes/r/[id=resultid]/card.png/+server'));
	});
	afterAll(async () => {
		(await import('../../src/lib/server/db')).getDatabase().close();
		rmSync(dir, { recursive: true, force: true });
	});

	const get = (query: string, headers: Record<string, string> = {}) => {
		const url = new URL(`http://127.0.0.1/r/${id}/card.png${query}`);
		return GET({ params: { id }, url, request: new Request(url, { headers }) } as unknown as Parameters<typeof GET>[0]);
	};

	it('renders the card once for two requests and for another query string, with an ETag and a year of caching', async () => {
		const before = renders.count;
		const [first, second] = await Promise.all([get(''), get('?q=1')]);
		const third = await get('?q=2');
		expect(renders.count - before).toBe(1);
		expect(first.headers.get('content-type')).toBe('image/png');
		expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^".+"$/);
		expect(second.headers.get('etag')).toBe(etag);
		expect(third.headers.get('etag')).toBe(etag);
		const bytes = Buffer.from(await third.arrayBuffer());
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(Buffer.from(await first.arrayBuffer())).toEqual(bytes);
	});

	it('answers 304 with no body to a request that already holds the card', async () => {
		const etag = (await get('')).headers.get('etag') ?? '';
		const again = await get('?q=3', { 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect((await get('', { 'if-none-match': '"other"' })).status).toBe(200);
	});
});
