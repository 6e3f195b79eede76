import { error, json } from '@sveltejs/kit';
import { findQuiz } from '$lib/server/quizzes';
import type { RequestHandler } from './$types';

/**
 * Exports a quiz, bundled or saved, as a JSON file in the schema of `questions/` (the file
 * `/new` imports). 404 when no quiz has the id.
 */
export const GET: RequestHandler = ({ params }) => {
	const quiz = findQuiz(params.id);
	if (!quiz) error(404, 'No quiz has this id.');
	return json(quiz, {
		headers: { 'content-disposition': `attachment; filename="newsquiz-${quiz.id}.json"` }
	});
};
