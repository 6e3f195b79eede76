import { describe, expect, it } from 'vitest';
import { articleWords } from '../../src/lib/limits';
import { draftOf } from '../../src/lib/quiz/review';
import { readPastedText } from '../../src/lib/server/article-input';
import { POST } from '../../src/routes/api/article-words/+server';

const count = POST as unknown as (event: { request: Request }) => Promise<Response>;

/** The server's answer to the paste box sending `text`. */
async function wordsOf(text: string): Promise<number | null> {
	const request = new Request('http://localhost/api/article-words', { method: 'POST', body: text, headers: { 'content-type': 'text/plain;charset=utf-8' } });
	const response = await count({ request });
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

// a fresh user's pasted page was counted as 1,867 words, where the article the quiz was made from had 976
describe('/api/article-words', () => {
	it('counts the words of the article taken from a pasted page, as the next step counts its text, not the whole page', async () => {
		const words = await wordsOf(page);
		expect(words).toBe(articleWords(draftOf(readPastedText(page)).body));
		expect(words).toBe(articleWords(paragraphs.join('\n\n')));
		expect(articleWords(page)).toBeGreaterThan(3 * (words ?? 0));
	});

	it('answers null for a page with no readable article', async () => {
		expect(await wordsOf('<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>')).toBeNull();
	});
});
