import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { errorResponse, roomOf, tokenOf } from '$lib/server/classroom/http';
import { RoomError } from '$lib/server/classroom/room';
import { readJsonBody } from '$lib/server/json-body';
import type { RequestHandler } from './$types';

const body = z.discriminatedUnion('action', [
	z.object({ action: z.enum(['start', 'pause', 'resume', 'skip', 'next', 'end']) }),
	z.object({ action: z.literal('remove'), playerId: z.string().min(1) })
]);

/**
 * A host action, with the host token only. Body `{ action }`: start, pause, resume, skip (the
 * timer), next, end; or `{ action: "remove", playerId }`. 200 `{ phase }`; 403 without the host
 * token; 409 when the action does not apply now.
 * 413 `{ error, reason: "too-large" }` for a body over the server's size limit (`readJsonBody`).
 */
export const POST: RequestHandler = async (event) => {
	try {
		const room = roomOf(event.params.code);
		if (!room.isHost(tokenOf(event, 'host', event.params.code))) {
			throw new RoomError(403, 'not-host', 'Only the teacher who opened this room can do that.');
		}
		const read = await readJsonBody(event.request);
		if (read instanceof Response) return read;
		const parsed = body.safeParse(read);
		if (!parsed.success) {
			return json({ error: 'Send { "action": "start" | "pause" | ... }.', reason: 'bad-request' }, { status: 400 });
		}
		await room.host(parsed.data, Date.now());
		return json({ phase: room.phase });
	} catch (error) {
		return errorResponse(error);
	}
};
