import { json } from '@sveltejs/kit';
import { MAX_PASTE_CHARS, overPasteLimit } from '$lib/limits';
import { bodyWordsRead } from '$lib/quiz/parse-article';
import { draftOf } from '$lib/quiz/review';
import { readPastedText } from '$lib/server/article-input';
import { RateLimiter } from '$lib/server/classroom/rate-limit';
import { ArticleInputError } from '$lib/server/errors';
import type { RequestHandler } from './$types';

/**
 * Counts per address: a burst of 30, then one every 2 s. The paste box asks once typing has
 * paused for 500 ms, so typing in bursts stays well within it, while a flood of large pages,
 * each extracted in the process that serves live classroom rooms, is refused.
 */
const counts = new RateLimiter(30, 0.5);
/** How often idle buckets of `counts` are forgotten, in ms. */
const SWEEP_MS = 60_000;
let sweptAt = 0;

/**
 * The largest body a paste within `MAX_PASTE_CHARS` can be: 3 bytes a character at most in UTF-8
 * (a character beyond the BMP is 4 bytes but 2 characters), so a larger one is refused unread.
 */
const MAX_BODY_BYTES = 3 * MAX_PASTE_CHARS;

/**
 * The length in words of the article a pasted text makes, as the next step ("Check the article")
 * counts its text and the word limit holds it: the paste box asks it for a web page's source,
 * whose own word count says little of the article in it, and for a text whose own count is over
 * the limit, of which the headline, byline and date lines are not read (`bodyWordsRead`); the
 * reading stays out of the browser's bundle. Body: the pasted text, as text/plain. Answers 200
 * `{ words }`, with `words` null when the text holds no readable article, or is over the paste
 * limit (told by a Content-Length over `MAX_BODY_BYTES` before the body is
 * read); 429 `{ error }` with Retry-After when the address is over its limit (`counts`); a body
 * over the server's `BODY_SIZE_LIMIT` is refused with 413. The paste box shows any answer but a
 * count as "counted at the next step".
 */
export const POST: RequestHandler = async ({ request, getClientAddress }) => {
	const now = Date.now();
	if (now - sweptAt > SWEEP_MS) {
		counts.sweep(now);
		sweptAt = now;
	}
	const wait = counts.take(getClientAddress(), now);
	if (wait) {
		const seconds = Math.ceil(wait / 1000);
		return json({ error: `Too many counts: wait ${seconds} s and try again.` }, { status: 429, headers: { 'retry-after': String(seconds) } });
	}
	if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) return json({ words: null });
	const text = await request.text();
	if (overPasteLimit(text)) return json({ words: null });
	try {
		return json({ words: bodyWordsRead(draftOf(readPastedText(text)).body) });
	} catch (error) {
		if (error instanceof ArticleInputError) return json({ words: null });
		throw error;
	}
};
