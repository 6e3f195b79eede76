import { error } from '@sveltejs/kit';
import { timeLimitMs } from '$lib/quiz/scoring';
import { getDatabase } from '$lib/server/db';
import { findQuiz } from '$lib/server/quizzes';
import { findChallenge, playedOnItems } from '$lib/server/results';
import { quizEditedAt } from '$lib/server/saved-quizzes';
import { maskedHeadline } from '$lib/quiz/masked-headline';
import type { PageServerLoad } from './$types';

/**
 * Loads the quiz `params.id` for play: its id, title, article (to quote and to show) and items,
 * without the generator's sentence list and seed, which the page never uses.
 * Answers 404 with a message leading home when no quiz has that id. `?challenge=<result id>`
 * adds that result (`challenge`), whose mode and seed the game then replays unless `?mode=` asks for the other mode (the page then says the scores cannot be compared); a link to a missing
 * result or another quiz's result loads no challenge, nor does a result played before the quiz was
 * edited (`outdatedChallenge` then names its player, for the page to say why). `seconds` is the shortest and longest time
 * limit of its items in timed mode (s), worked out here so the intro needs no scoring code;
 * `maskedTitle` is the headline with the keys it prints blanked (`maskedHeadline`), worked out
 * here for the same reason, shown until the player has answered the last item.
 */
export const load: PageServerLoad = ({ params, url }) => {
	const quiz = findQuiz(params.id);
	if (!quiz) error(404, `There is no quiz called “${params.id}”. Choose one from the list of quizzes.`);
	const limits = quiz.items.map(timeLimitMs);
	const found = findChallenge(getDatabase(), quiz.id, url.searchParams.get('challenge'));
	const current = found !== null && playedOnItems(found, quiz.items.map((item) => item.id), quizEditedAt(getDatabase(), quiz.id));
	return {
		seconds: { min: Math.min(...limits) / 1000, max: Math.max(...limits) / 1000 },
		quiz: { id: quiz.id, title: quiz.title, article: quiz.article, items: quiz.items },
		maskedTitle: maskedHeadline(quiz),
		challenge: current ? found : null,
		// a result played before the quiz was edited: said so, and played as an ordinary game
		outdatedChallenge: found !== null && !current ? { name: found.name } : null
	};
};
