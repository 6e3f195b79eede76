import { json } from '@sveltejs/kit';
import { HomeworkError, NicknameError } from './homework';

/**
 * Turns a refusal into its JSON answer `{ error }` (and `handedIn` on a student's 410) with the refusal's status (400 for a nickname
 * that breaks a rule). Rethrows anything else, which SvelteKit answers with a 500.
 */
export function homeworkErrorResponse(error: unknown): Response {
	if (error instanceof HomeworkError) return json({ error: error.message, handedIn: error.handedIn }, { status: error.status });
	if (error instanceof NicknameError) return json({ error: error.message }, { status: 400 });
	throw error;
}

/**
 * The student token a homework request presents in `Authorization: Bearer <token>` (the page sends
 * it so, from what joining stored on the device), or the 403 `{ error }` answer to send when it
 * presents none. Shared by every route a joined student posts to, so they read it and refuse it alike.
 */
export function studentToken(request: Request): string | Response {
	// Headers come trimmed: an empty `Bearer ` arrives as `Bearer`, which is no token either.
	const token = request.headers.get('authorization')?.replace(/^Bearer(\s|$)/, '').trim();
	return token || json({ error: 'Join the homework first: this device has no student token.' }, { status: 403 });
}
