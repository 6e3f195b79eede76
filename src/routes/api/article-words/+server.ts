import { json } from '@sveltejs/kit';
import { articleWords, overPasteLimit } from '$lib/limits';
import { draftOf } from '$lib/quiz/review';
import { readPastedText } from '$lib/server/article-input';
import { ArticleInputError } from '$lib/server/errors';
import type { RequestHandler } from './$types';

/**
 * The length in words of the article a pasted text makes, as the next step ("Check the article")
 * counts its text: the paste box asks it for a web page's source, whose own word count (the
 * one the word limit holds) says little of the article in it, and the extraction stays out of
 * the browser's bundle. Body: the pasted text, as text/plain. Answers 200 `{ words }`, with
 * `words` null when the text holds no readable article or is over the paste limit; a body over
 * the server's `BODY_SIZE_LIMIT` is refused with 413.
 */
export const POST: RequestHandler = async ({ request }) => {
	const text = await request.text();
	if (overPasteLimit(text)) return json({ words: null });
	try {
		return json({ words: articleWords(draftOf(readPastedText(text)).body) });
	} catch (error) {
		if (error instanceof ArticleInputError) return json({ words: null });
		throw error;
	}
};
