import { error, redirect } from '@sveltejs/kit';
import { getClassroom } from '$lib/server/classroom/classroom';
import { joinUrlOf, setRoomCookie } from '$lib/server/classroom/http';
import { maskedHeadline } from '$lib/quiz/masked-headline';
import { findQuiz } from '$lib/server/quizzes';
import type { Actions, PageServerLoad } from './$types';

/**
 * The quiz a teacher is about to play with a class: its id, its headline with the keys it prints
 * blanked (`maskedHeadline`), and its number of items. The page may be on the projector before
 * the room opens, and a fresh user's showed "... for six hours" over an item whose key was six.
 */
export const load: PageServerLoad = ({ params }) => {
	const quiz = findQuiz(params.quizId);
	if (!quiz) error(404, 'No quiz has that id.');
	return { id: quiz.id, title: maskedHeadline(quiz), itemCount: quiz.items.length };
};

export const actions: Actions = {
	default: async ({ params, cookies, url }) => {
		const quiz = findQuiz(params.quizId);
		if (!quiz) error(404, 'No quiz has that id.');
		const { room, hostToken } = await getClassroom().create(quiz);
		room.joinUrl = joinUrlOf(url, room.code);
		setRoomCookie(cookies, url, 'host', room.code, hostToken);
		redirect(303, `/host/${room.code}`);
	}
};
