import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

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

describe('the built server’s generation worker (build/generation-worker.js)', () => {
	it('writes the quiz of a long article and of the next one, as the same worker thread takes each in turn', async () => {
		const generate = (words: number) => {
			const form = new FormData();
			form.set('title', title.trim());
			form.set('body', longBody(words));
			for (const name of ['byline', 'published', 'url']) form.set(name, '');
			return fetch(`${baseURL}/new?/generate`, { method: 'POST', body: form, headers: { origin: baseURL, 'x-sveltekit-action': 'true', accept: 'application/json' } });
		};
		const responses = await Promise.all([generate(4_000), generate(600)]);
		for (const response of responses) {
			expect(response.status).toBe(200);
			const result = await response.json();
			expect(result.type).toBe('success');
			expect(result.data).toMatch(/"review"/);
			expect(result.data).toMatch(/items? written/);
		}
	}, 120_000);
});
