import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/**
 * The form where a student types a homework code: `?code=ab cd ef` leads to `/h/ABCDEF` (spaces
 * dropped, upper-cased); a code of the wrong shape comes back with a message saying what to type.
 */
export const load: PageServerLoad = ({ url }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { typed: '', error: null };
	const code = typed.replace(/[\s-]/g, '').toUpperCase();
	if (/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/.test(code)) redirect(303, `/h/${code}`);
	return { typed, error: 'A homework code has six letters and digits, like K7M2QP. Check it and try again.' };
};
