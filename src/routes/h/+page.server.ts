import { redirect } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { findHomework } from '$lib/server/homework';
import type { PageServerLoad } from './$types';

/**
 * The form where a student types a homework code: `?code=ab cd ef` leads to `/h/ABCDEF` (spaces
 * dropped, upper-cased); a code of the wrong shape, or one no homework has, comes back with a
 * message saying what to do and the code as typed, where an unknown code led to a "Not found" page
 * to come back from (a fresh user's report; /join answers an unknown room code so).
 */
export const load: PageServerLoad = ({ url }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { typed: '', error: null };
	const code = typed.replace(/[\s-]/g, '').toUpperCase();
	if (!/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/.test(code)) return { typed, error: 'A homework code has six letters and digits, like K7M2QP. Check it and try again.' };
	if (!findHomework(getDatabase(), code)) return { typed, error: 'No homework has that code: check the six characters your teacher gave.' };
	redirect(303, `/h/${code}`);
};
