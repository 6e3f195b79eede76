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
