import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { errorResponse, roomOf, tokenOf } from '$lib/server/classroom/http';
import { readJsonBody } from '$lib/server/json-body';
import type { RequestHandler } from './$types';

const body = z.object({
	itemIndex: z.number().int().nonnegative(),
	response: z.discriminatedUnion('kind', [
		z.object({ kind: z.literal('choice'), option: z.number().int().nonnegative() }),
		z.object({ kind: z.literal('text'), text: z.string().max(200) }),
		z.object({ kind: z.literal('number'), value: z.number().finite() })
	])
});

/** What each refusal tells the player, with its HTTP status. */
const refusals = {
	'already-answered': [409, 'You already answered this item: your first answer counts.'],
	late: [409, 'Too late: this item has closed.'],
	'wrong-item': [409, 'That item is no longer open: the game has moved on.'],
	'joined-late': [409, 'You joined during this item: you play from the next one.'],
	'not-open': [409, 'No item is open for answers right now.'],
	'invalid-response': [400, 'That answer does not fit this item: choose one of its options.'],
	'not-a-player': [401, 'Join the room first.'],
	removed: [403, 'The host removed you from this room.']
} as const;

/**
 * A player's answer, as themself only (their token). Body `{ itemIndex, response }`. The server's
 * clock times it; 200 `{ status: "accepted" }` once stored, else `{ error, reason }` with 409 for
 * `already-answered`, `late`, `wrong-item`, `joined-late`, `not-open`, 400 for a bad response.
 * 413 `{ error, reason: "too-large" }` for a body over the server's size limit (`readJsonBody`).
 */
export const POST: RequestHandler = async (event) => {
	const at = Date.now();
	try {
		const room = roomOf(event.params.code);
		const player = room.playerFor(tokenOf(event, 'player', event.params.code));
		const read = await readJsonBody(event.request);
		if (read instanceof Response) return read;
		const parsed = body.safeParse(read);
		if (!parsed.success) {
			return json({ error: 'Send { "itemIndex": n, "response": {...} }.', reason: 'bad-request' }, { status: 400 });
		}
		const verdict = await room.answer(player.id, parsed.data.itemIndex, parsed.data.response, at);
		if (verdict === 'accepted') return json({ status: 'accepted' });
		const [status, message] = refusals[verdict];
		return json({ error: message, reason: verdict }, { status });
	} catch (error) {
		return errorResponse(error);
	}
};
