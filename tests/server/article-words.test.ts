import { describe, expect, it, vi } from 'vitest';
import { articleWords, MAX_PASTE_CHARS } from '../../src/lib/limits';
import { readPastedText } from '../../src/lib/server/article-input';
import { POST } from '../../src/routes/api/article-words/+server';

vi.mock('../../src/lib/server/article-input', async (original) => {
	const real = await original<typeof import('../../src/lib/server/article-input')>();
	return { ...real, readPastedText: vi.fn(real.readPastedText) };
});

const count = POST as unknown as (event: { request: Request; getClientAddress: () => string }) => Promise<Response>;

/** The server's answer to the paste box at `address` sending `text`, with `headers` besides its own. */
function send(text: string, address = '10.2.0.1', headers: Record<string, string> = {}): Promise<Response> {
	const request = new Request('http://localhost/api/article-words', { method: 'POST', body: text, headers: { 'content-type': 'text/plain;charset=utf-8', ...headers } });
	return count({ request, getClientAddress: () => address });
}

/** The words the server counts in `text`, sent from `address`. */
async function wordsOf(text: string, address?: string, headers?: Record<string, string>): Promise<number | null> {
	const response = await send(text, address, headers);
	expect(response.status).toBe(200);
	return ((await response.json()) as { words: number | null }).words;
}

const paragraphs = [
	'Crews finished repairing the harbour wall at Porthcove on Friday, three weeks after a winter storm tore a 40-metre gap in it and flooded the fish market.',
	'The council said the work cost £2.4 million, most of it paid from an emergency fund set up after the storm, and that the market would reopen on Monday.',
	'Fishing boats had moored at the neighbouring village while the gap was closed, adding an hour to each trip, the harbour master said.'
];
const menu = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section ${i} news and features</a></li>`).join('');
const page = `<!doctype html><html><head><title>Harbour wall repaired</title></head><body><nav><ul>${menu}</ul></nav><main><article><h1>Harbour wall repaired after winter storm</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><footer><ul>${menu}</ul></footer></body></html>`;

describe('/api/article-words', () => {
	// a fresh user's pasted page was counted as 1,867 words, where the article the quiz was made from had 976
	it('counts the words of the article taken from a pasted page, not the whole page', async () => {
		const words = await wordsOf(page);
		expect(words).toBe(articleWords(paragraphs.join('\n\n')));
		expect(articleWords(page)).toBeGreaterThan(3 * (words ?? 0));
	});

	// a paste under the limit was refused for the headline, byline and date lines its own count held
	it('counts the words read of a plain text, without its headline, byline and date lines', async () => {
		const text = `Harbour wall repaired\n\nBy Enid Marlow, The Cove Gazette\n\nPublished 6 March 2026\n\n${paragraphs.join('\n\n')}`;
		expect(await wordsOf(text, '10.2.0.4')).toBe(articleWords(paragraphs.join('\n\n')));
	});

	it('answers null for a page with no readable article', async () => {
		expect(await wordsOf('<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>')).toBeNull();
	});

	// each count is extracted in the process that serves live classroom rooms
	it('answers null without extracting a text over the paste limit, or one whose length says so unread', async () => {
		vi.mocked(readPastedText).mockClear();
		const over = page + ' '.repeat(MAX_PASTE_CHARS);
		expect(await wordsOf(over, '10.2.0.2')).toBeNull();
		expect(await wordsOf(page, '10.2.0.2', { 'content-length': String(3 * MAX_PASTE_CHARS + 1) })).toBeNull();
		expect(readPastedText).not.toHaveBeenCalled();
	});

	it('refuses an address over its limit with 429 and the wait, and still counts for another', async () => {
		let response = await send(page, '10.2.0.3');
		for (let i = 0; i < 40 && response.status === 200; i++) response = await send(page, '10.2.0.3');
		expect(response.status).toBe(429);
		expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(((await response.json()) as { error: string }).error).toMatch(/^Too many counts: wait \d+ s/);
		expect(await wordsOf(page, '10.2.0.4')).toBe(articleWords(paragraphs.join('\n\n')));
	});
});
