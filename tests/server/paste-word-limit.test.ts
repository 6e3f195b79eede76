import { describe, expect, it } from 'vitest';
import { articleWords, MAX_ARTICLE_WORDS } from '../../src/lib/limits';
import { bodyWordsRead } from '../../src/lib/quiz/parse-article';

const { actions } = await import('../../src/routes/new/+page.server');

type Answer = { status?: number; data?: { message: string }; stage?: string; article?: { body: string; byline: string; published: string } };

/** Sends `text` to the paste form's action as the page does (multipart, line breaks as CRLF). */
function paste(text: string): Promise<Answer> {
	const form = new FormData();
	form.set('text', text.replace(/\n/g, '\r\n'));
	const request = new Request('http://localhost/new?/paste', { method: 'POST', body: form });
	return (actions.paste as unknown as (event: { request: Request }) => Promise<Answer>)({ request });
}

/** `n` words of English prose in sentences of ten words, in paragraphs of 100 words. */
function prose(n: number): string {
	const sentence = 'The council said the new bridge would open next spring.'.split(' ');
	const words = Array.from({ length: n }, (_, i) => sentence[i % sentence.length]);
	const paragraphs: string[] = [];
	for (let i = 0; i < words.length; i += 100) paragraphs.push(words.slice(i, i + 100).join(' '));
	return paragraphs.join('\n\n');
}

// the box counted a web page's markup, which the server never did; and a paste under the limit was
// refused for its headline, byline and date lines, which the generator never reads (fresh users' reports)
describe('the paste form held to the 20,000-word limit by the words the generator reads', () => {
	it('takes a paste over the limit only by its headline, byline and date line', async () => {
		const text = `Council approves the new river bridge\n\nBy Jane Smith, The Courier\n\nUpdated 3 Feb 2026, 10:42\n\n${prose(MAX_ARTICLE_WORDS)}`;
		expect(articleWords(text)).toBeGreaterThan(MAX_ARTICLE_WORDS);
		const answer = await paste(text);
		expect(answer).toMatchObject({ stage: 'article', article: { byline: 'Jane Smith, The Courier', published: '2026-02-03' } });
		expect(bodyWordsRead(answer.article!.body)).toBe(MAX_ARTICLE_WORDS);
	});

	it('refuses a paste whose body is over the limit, saying how many words it read and how many to cut', async () => {
		const text = `Council approves the new river bridge\n\nBy Jane Smith, The Courier\n\n${prose(MAX_ARTICLE_WORDS + 3)}`;
		const answer = await paste(text);
		expect(answer.status).toBe(400);
		expect(answer.data?.message).toBe(
			'newsquiz reads 20,003 words in this article (its headline, byline and date lines not counted), more than the 20,000 it takes. Cut at least 3: keep only the article itself, or a part of it.'
		);
	});

	it('takes a paste the box counts as exactly at the limit, headline and byline included', async () => {
		const text = `Council approves the new river bridge\n\nBy Jane Smith, The Courier\n\n${prose(MAX_ARTICLE_WORDS - 11)}`;
		expect(articleWords(text)).toBe(MAX_ARTICLE_WORDS);
		expect(await paste(text)).toMatchObject({ stage: 'article' });
	});

	it("takes a web page's source whose markup is longer than the limit and whose text is not", async () => {
		const paragraphs = prose(15_000).split('\n\n').map((p) => `<p class="article-body__paragraph" data-component="text-block">${p}</p>`);
		const page = `<!doctype html><html><head><title>Bridge</title><style>p { margin: 0 auto; color: red }</style>
<script>${'window.track({ event: "view", section: "news", page: 1 });\n'.repeat(1_000)}</script></head><body><!-- the article starts here -->
<article><h1>Council approves the new river bridge</h1>${paragraphs.join('\n<div class="ad-slot" aria-hidden="true" data-size="300 250"></div>\n')}</article></body></html>`;
		expect(page.split(/\s+/).length).toBeGreaterThan(MAX_ARTICLE_WORDS);
		expect(articleWords(page)).toBe(15_000 + 7);
		expect(await paste(page)).toMatchObject({ stage: 'article' });
	});

	// the box counted 12 words and the refusal said 5, the words left after the headline and byline
	it('says a short paste has so many words besides its headline and byline, which the box counted', async () => {
		const text = 'Council approves the bridge\n\nBy Jane Smith\n\nThe council met on Tuesday.';
		expect(articleWords(text)).toBe(12);
		const answer = await paste(text);
		expect(answer.data?.message).toMatch(/^The article has 5 words besides its headline and byline; newsquiz needs at least 50/);
	});

	// a fresh user saw the paste's word count twice: under the box and again in the refusal
	it('refuses a short paste without saying again the count its box shows', async () => {
		const text = 'The council met on Tuesday to discuss the new road through the old market square.';
		expect(articleWords(text)).toBe(15);
		const answer = await paste(text);
		expect(answer.data?.message).toBe('The article is too short; newsquiz needs at least 50 words to write questions from. Add the rest of the article.');
	});
});
