import { bundledQuizzes } from '$lib/server/quizzes';
import type { PageServerLoad } from './$types';

/** The quizzes the home page lists: only what a list entry shows, not the items. */
export const load: PageServerLoad = () => ({
	quizzes: bundledQuizzes().map((quiz) => ({
		id: quiz.id,
		title: quiz.title,
		itemCount: quiz.items.length,
		published: quiz.article.published
	}))
});
