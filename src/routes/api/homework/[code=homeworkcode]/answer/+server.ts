import { json } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { answerPostSchema, recordAnswer } from '$lib/server/homework';
import { homeworkErrorResponse, studentToken } from '$lib/server/homework-http';
import { readJsonBody } from '$lib/server/json-body';
import type { RequestHandler } from './$types';

/**
 * Records one answer of the student whose token is in `Authorization: Bearer <token>`. Body
 * `{ itemIndex, response }` (response in the quiz's option order, null for a time-up; an
 * `elapsedMs` is ignored: the server times the answer from the item's hand-out, `openItem`). Answers `{ score: { correct, points, streak }, scores, answered, revealed, title? }` (`scores`: the
 * stored score of every item answered so far, in item order; `revealed`: the
 * answered items whole, keys included, which the page was sent without; `title`: the whole headline,
 * sent masked, once every item is answered; `handedIn`: the server's count so far; `contexts`: each revealed item's paragraph, `articleContext`; `refused`: why
 * an answer it will never accept as given was handed in as no answer instead); re-posting an answered
 * item returns its stored score. Errors `{ error }`: 400, 403, 404, 409, 410 (see `recordAnswer`).
 * 413 `{ error, reason: "too-large" }` for a body over the server's size limit (`readJsonBody`).
 */
export const POST: RequestHandler = async ({ request, params }) => {
	const token = studentToken(request);
	if (token instanceof Response) return token;
	const read = await readJsonBody(request);
	if (read instanceof Response) return read;
	const parsed = answerPostSchema.safeParse(read);
	if (!parsed.success) {
		return json({ error: 'Send { "itemIndex": n, "response": {...} or null }.' }, { status: 400 });
	}
	try {
		return json(recordAnswer(getDatabase(), { code: params.code, token, post: parsed.data }));
	} catch (error) {
		return homeworkErrorResponse(error);
	}
};
