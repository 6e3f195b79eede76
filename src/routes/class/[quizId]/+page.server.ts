import { error, redirect } from '@sveltejs/kit';
import { getClassroom } from '$lib/server/classroom/classroom';
import { joinUrlOf, setRoomCookie } from '$lib/server/classroom/http';
import { findQuiz } from '$lib/server/quizzes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const quiz = findQuiz(params.quizId);
	if (!quiz) error(404, 'No quiz has that id.');
	return { id: quiz.id, title: quiz.title, itemCount: quiz.items.length };
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
