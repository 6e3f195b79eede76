import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { findQuiz } from '$lib/server/quizzes';
import { findResult } from '$lib/server/results';
import { maskedHeadline } from '$lib/quiz/masked-headline';
import type { PageServerLoad } from './$types';

/**
 * A stored result, the quiz it was played on and, for a challenge, the result it answered.
 * Absolute URLs come from `url.origin`, which adapter-node takes from the `ORIGIN` setting
 * behind a proxy. `title` is the quiz's headline with the keys it prints blanked
 * (`maskedHeadline`): whoever opens the link has most often not played the quiz yet.
 * 404 when there is no such result.
 */
export const load: PageServerLoad = ({ params, url }) => {
	const db = getDatabase();
	const result = findResult(db, params.id);
	if (!result) error(404, 'There is no result with this link. It may have been mistyped.');
	const quiz = findQuiz(result.quizId);
	const challenged = result.challengeOf ? (findResult(db, result.challengeOf) ?? null) : null;
	const stems = Object.fromEntries((quiz?.items ?? []).map((item) => [item.id, item.stem]));
	return {
		result,
		challenged,
		title: quiz ? maskedHeadline(quiz) : 'A quiz that is no longer available',
		playable: quiz !== undefined,
		stems: challenged ? stems : {},
		url: new URL(`/r/${result.id}`, url.origin).href,
		cardUrl: new URL(`/r/${result.id}/card.png`, url.origin).href,
		playPath: `/play/${encodeURIComponent(result.quizId)}?challenge=${result.id}`
	};
};
