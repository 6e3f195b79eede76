import { error } from '@sveltejs/kit';
import { renderScoreCard } from '$lib/server/card';
import { getCardCache } from '$lib/server/card-cache';
import { getDatabase } from '$lib/server/db';
import { findQuiz } from '$lib/server/quizzes';
import { findResult } from '$lib/server/results';
import { maskedHeadline } from '$lib/quiz/masked-headline';
import type { RequestHandler } from './$types';

/**
 * The result's 1200×630 PNG score card, for link previews. A stored result never changes, so the
 * card is rendered once per result id (any query string is ignored: `?q=2` gets the same card
 * from memory) and may be cached for a year; a request whose `If-None-Match` holds the card's
 * ETag gets a 304. The headline on it has the keys it prints blanked (`maskedHeadline`), as
 * whoever sees the preview has most often not played the quiz.
 */
export const GET: RequestHandler = async ({ params, request }) => {
	const result = findResult(getDatabase(), params.id);
	if (!result) error(404, 'There is no result with this link.');
	const { png, etag } = await getCardCache().card(result.id, () => {
		const quiz = findQuiz(result.quizId);
		return renderScoreCard({ ...result, title: quiz ? maskedHeadline(quiz) : 'A newsquiz quiz', outcomes: result.items.map((i) => i.outcome) });
	});
	const cacheHeaders = { etag, 'cache-control': 'public, max-age=31536000, immutable' };
	const asked = request.headers.get('if-none-match');
	if (asked && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers: cacheHeaders });
	return new Response(new Uint8Array(png), {
		headers: { ...cacheHeaders, 'content-type': 'image/png', 'content-length': String(png.byteLength) }
	});
};
