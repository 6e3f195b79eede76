import { json } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { openItem } from '$lib/server/homework';
import { homeworkErrorResponse, studentToken } from '$lib/server/homework-http';
import type { RequestHandler } from './$types';

/**
 * Hands the student whose token is in `Authorization: Bearer <token>` their next item (`openItem`):
 * the first not yet answered, sealed, with the time it has left by the server's clock. Answers
 * `{ index, item, remainingMs }` (`remainingMs` in ms, null in relaxed mode), or `{ done: true }`
 * once every item is answered. The server times the answer from the first such post of an item, so
 * asking again (a reload) gets the same item with less time. A POST, as it records the hand-out.
 * Errors `{ error }`: 403, 404, 410 (with `handedIn`).
 */
export const POST: RequestHandler = ({ request, params }) => {
	const token = studentToken(request);
	if (token instanceof Response) return token;
	try {
		return json(openItem(getDatabase(), { code: params.code, token }) ?? { done: true });
	} catch (error) {
		return homeworkErrorResponse(error);
	}
};
