import { redirect } from '@sveltejs/kit';
import { getClassroom } from '$lib/server/classroom/classroom';
import { getDatabase } from '$lib/server/db';
import { classGameCodeMessage, findHomework, homeworkCodeProblem, NO_SUCH_HOMEWORK } from '$lib/server/homework';
import type { PageServerLoad } from './$types';

/**
 * The form where a student types a homework code: `?code=ab cd ef` leads to `/h/ABCDEF` (spaces
 * dropped, upper-cased); a code of the wrong shape, or one no homework has, comes back with a
 * message saying what to do and the code as typed, where an unknown code led to a "Not found" page
 * to come back from (a fresh user's report; /join answers an unknown room code so). A class game's
 * six-digit room code typed here comes back with a link to join that game (`homeworkCodeProblem`),
 * unless no class game is open with it: a fresh user's /h/000000 offered to join a game that was not
 * there (`isOpenRoom`, under its page-view limit; over it the link stays and the join says the rest).
 */
export const load: PageServerLoad = ({ url, getClientAddress }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { typed: '', error: null };
	const code = typed.replace(/[\s-]/g, '').toUpperCase();
	const problem = homeworkCodeProblem(code);
	if (!problem && findHomework(getDatabase(), code)) redirect(303, `/h/${code}`);
	// six digits are a class game's code, and some (no 0 or 1 in them) a homework code's shape too
	if (/^\d{6}$/.test(code)) {
		if (getClassroom().isOpenRoom(code, getClientAddress()) === false) {
			return { typed, error: `${code} is six digits, like a class game's code, but no class game is open with it; a homework code has letters in it, like K7M2QP. Check the code your teacher gave.` };
		}
		return { typed, error: classGameCodeMessage(code), roomCode: code };
	}
	if (problem) return { typed, error: problem.message, roomCode: problem.roomCode };
	return { typed, error: NO_SUCH_HOMEWORK };
};
