import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freePort, startServer, stopServer } from './server';

const baseURL = inject('baseURL');

const [title, ...paragraphs] = readFileSync('questions/articles/00-belarus-lukashenko-putin-sochi.txt', 'utf8').split(/\n\s*\n/);

/** The seed article's paragraphs written out again and again, up to about `words` words. */
function longBody(words: number): string {
	const out: string[] = [];
	let count = 0;
	for (let i = 0; count < words; i++) {
		const paragraph = paragraphs[i % paragraphs.length];
		out.push(paragraph);
		count += paragraph.split(/\s+/).length;
	}
	return out.join('\n\n');
}

/** Posts `/new?/generate` to the server at `url` with `words` words of the seed article, as the make page's script does. */
function generate(url: string, words: number): Promise<Response> {
	const form = new FormData();
	form.set('title', title.trim());
	form.set('body', longBody(words));
	for (const name of ['byline', 'published', 'url']) form.set(name, '');
	return fetch(`${url}/new?/generate`, { method: 'POST', body: form, headers: { origin: url, 'x-sveltekit-action': 'true', accept: 'application/json' } });
}

describe('the built server’s generation worker (build/generation-worker.js)', () => {
	it('writes the quiz of a long article and of the next one, as the same worker thread takes each in turn', async () => {
		const responses = await Promise.all([generate(baseURL, 4_000), generate(baseURL, 600)]);
		for (const response of responses) {
			expect(response.status).toBe(200);
			const result = await response.json();
			expect(result.type).toBe('success');
			expect(result.data).toMatch(/"review"/);
			expect(result.data).toMatch(/items? written/);
		}
	}, 120_000);

	it('writes a quiz under adapter-node’s own `node build` too, which no one tells where the worker is', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'newsquiz-node-build-'));
		const port = await freePort();
		const url = `http://127.0.0.1:${port}`;
		const server = await startServer(port, join(dir, 'newsquiz.db'), { NEWSQUIZ_GENERATION_WORKER: '' }, 'inherit', 'build');
		try {
			const response = await generate(url, 600);
			expect(response.status).toBe(200);
			const result = await response.json();
			expect(result.type).toBe('success');
			expect(result.data).toMatch(/items? written/);
		} finally {
			await stopServer(server);
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);
});
