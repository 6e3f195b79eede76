import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { errorResponse, joinRoom } from '$lib/server/classroom/http';
import { readJsonBody } from '$lib/server/json-body';
import type { RequestHandler } from './$types';

const body = z.object({ nickname: z.string().max(200).optional(), note: z.string().max(400).optional() });

/**
 * Joins a room. Body `{ nickname?, note? }` (nickname absent or blank: a generated friendly one;
 * `note`: for the teacher's eyes only, in the report). Answers `{ playerId, nickname, token }`
 * and sets the player cookie; a device with a valid token for the room gets its player back.
 * Errors: 400 bad nickname or note too long, 403 removed, 404 no such room, 409
 * nickname taken, 410 game over, 429 too many attempts (with Retry-After).
 * 413 `{ error, reason: "too-large" }` for a body over the server's size limit (`readJsonBody`).
 */
export const POST: RequestHandler = async (event) => {
	const read = await readJsonBody(event.request, {});
	if (read instanceof Response) return read;
	const parsed = body.safeParse(read);
	if (!parsed.success) return json({ error: 'Send { "nickname": "...", "note": "..." }.', reason: 'bad-request' }, { status: 400 });
	try {
		const { player, token } = await joinRoom(event, event.params.code, parsed.data);
		return json({ playerId: player.id, nickname: player.nickname, token });
	} catch (error) {
		return errorResponse(error);
	}
};
