import { jsonResponse, tokenOf } from '$lib/server/classroom/http';
import { answerReply } from '$lib/server/classroom/player-api';
import { readJsonBody } from '$lib/server/json-body';
import type { RequestHandler } from './$types';

/**
 * A player's answer, as themself only (their token). Body `{ itemIndex, response, givenAt? }` (see `answerReply`). The server's
 * clock times it; 200 `{ status: "accepted" }` once stored, else `{ error, reason }` with 409 for
 * `already-answered`, `late`, `wrong-item`, `joined-late`, `not-open`, 400 for a bad response
 * (see `answerReply`; the Node fast path of `node-routes.ts` serves the same function).
 * 413 `{ error, reason: "too-large" }` for a body over the server's size limit (`readJsonBody`).
 */
export const POST: RequestHandler = async (event) => {
	const at = Date.now();
	const { code } = event.params;
	const body = await readJsonBody(event.request);
	if (body instanceof Response) return body;
	return jsonResponse(await answerReply({ code, token: tokenOf(event, 'player', code), body, at }));
};
