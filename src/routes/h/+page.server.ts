import { redirect } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { findHomework, homeworkCodeProblem, NO_SUCH_HOMEWORK } from '$lib/server/homework';
import type { PageServerLoad } from './$types';

/**
 * The form where a student types a homework code: `?code=ab cd ef` leads to `/h/ABCDEF` (spaces
 * dropped, upper-cased); a code of the wrong shape, or one no homework has, comes back with a
 * message saying what to do and the code as typed, where an unknown code led to a "Not found" page
 * to come back from (a fresh user's report; /join answers an unknown room code so). A class game's
 * six-digit room code typed here comes back with a link to join that game (`homeworkCodeProblem`).
 */
export const load: PageServerLoad = ({ url }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { typed: '', error: null };
	const code = typed.replace(/[\s-]/g, '').toUpperCase();
	const problem = homeworkCodeProblem(code);
	if (problem) return { typed, error: problem.message, roomCode: problem.roomCode };
	if (!findHomework(getDatabase(), code)) return { typed, error: NO_SUCH_HOMEWORK };
	redirect(303, `/h/${code}`);
};
