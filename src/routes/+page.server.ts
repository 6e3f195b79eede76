import { bundledQuizzes } from '$lib/server/quizzes';
import { maskedHeadline } from '$lib/quiz/masked-headline';
import type { PageServerLoad } from './$types';

/**
 * The quizzes the home page lists: only what a list entry shows, not the items. The title is the
 * headline with the keys it prints blanked (`maskedHeadline`): the list is where a player picks a
 * quiz before playing it, and the same blanked title greets them on its start screen.
 */
export const load: PageServerLoad = () => ({
	quizzes: bundledQuizzes().map((quiz) => ({
		id: quiz.id,
		title: maskedHeadline(quiz),
		itemCount: quiz.items.length,
		published: quiz.article.published
	}))
});
