import { error } from '@sveltejs/kit';
import { findQuiz } from '$lib/server/quizzes';
import type { PageServerLoad } from './$types';

/**
 * Loads the quiz `params.id` for play: its id, title, article (to quote and to show) and items,
 * without the generator's sentence list and seed, which the page never uses.
 * Answers 404 with a message leading home when no quiz has that id.
 */
export const load: PageServerLoad = ({ params }) => {
	const quiz = findQuiz(params.id);
	if (!quiz) error(404, `There is no quiz called “${params.id}”. Choose one from the list of quizzes.`);
	return { quiz: { id: quiz.id, title: quiz.title, article: quiz.article, items: quiz.items } };
};
