import { error } from '@sveltejs/kit';
import { renderScoreCard } from '$lib/server/card';
import { getDatabase } from '$lib/server/db';
import { findQuiz } from '$lib/server/quizzes';
import { findResult } from '$lib/server/results';
import type { RequestHandler } from './$types';

/**
 * The result's 1200×630 PNG score card, for link previews. A stored result never changes, so the
 * card may be cached for a year.
 */
export const GET: RequestHandler = async ({ params }) => {
	const result = findResult(getDatabase(), params.id);
	if (!result) error(404, 'There is no result with this link.');
	const title = findQuiz(result.quizId)?.title ?? 'A newsquiz quiz';
	const png = await renderScoreCard({ ...result, title, outcomes: result.items.map((i) => i.outcome) });
	return new Response(new Uint8Array(png), {
		headers: {
			'content-type': 'image/png',
			'content-length': String(png.byteLength),
			'cache-control': 'public, max-age=31536000, immutable'
		}
	});
};
