import { z } from 'zod';
import { errorReply, roomOf, type JsonReply } from './http';
import { RoomError, type Audience, type Room } from './room';

/**
 * The bodies of the two hot room endpoints, the answer POST and the event stream. The SvelteKit
 * routes under `src/routes/api/rooms/[code]/` and the Node fast path (`node-routes.ts`) both call
 * these, so a request gets the same checks and the same messages whichever way it came in.
 */

const answerBody = z.object({
	itemIndex: z.number().int().nonnegative(),
	givenAt: z.number().finite().optional(),
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
	paused: [409, 'The teacher has paused the game: answer when it goes on.'],
	'wrong-item': [409, 'That item is no longer open: the game has moved on.'],
	'joined-late': [409, 'You joined during this item, so it does not count for you: your game starts with the next one, if there is one.'],
	'not-open': [409, 'No item is open for answers right now.'],
	'invalid-response': [400, 'That answer does not fit this item: choose one of its options.'],
	'not-a-player': [401, 'Join the room first.'],
	removed: [403, 'The host removed you from this room.']
} as const;

/**
 * A player's answer in room `code`, as the owner of `token` only. `body` is the parsed JSON
 * body (null when it was not JSON), `{ itemIndex, response, givenAt? }` (`givenAt`: when the
 * player gave an answer kept through a lost connection, epoch ms in server time, the device's claim: it decides
 * only whether such an answer was in time, see `answerVerdict`); `at` is the server's clock when
 * the request arrived (epoch ms), which alone times the answer for its speed points. Resolves once the answer is stored:
 * 200 `{ status: "accepted" }`; else `{ error, reason }` with 404 (no such room), 401/403 (not a
 * player, removed), 400 (`bad-request`, or `invalid-response` for an option the item lacks),
 * 409 for `already-answered`, `late`, `wrong-item`, `joined-late`, `not-open`. Rejects only on an
 * unexpected failure (the database), which the caller turns into a 500.
 */
export async function answerReply({
	code,
	token,
	body,
	at
}: {
	code: string;
	token: string | undefined;
	body: unknown;
	at: number;
}): Promise<JsonReply> {
	try {
		const room = roomOf(code);
		const player = room.playerFor(token);
		const parsed = answerBody.safeParse(body);
		if (!parsed.success) {
			return { status: 400, body: { error: 'Send { "itemIndex": n, "response": {...} }.', reason: 'bad-request' } };
		}
		const verdict = await room.answer(player.id, parsed.data.itemIndex, parsed.data.response, at, parsed.data.givenAt);
		if (verdict === 'accepted') return { status: 200, body: { status: 'accepted' } };
		const [status, message] = refusals[verdict];
		return { status, body: { error: message, reason: verdict } };
	} catch (error) {
		return errorReply(error);
	}
}

/**
 * Who may open the event stream of room `code`: with `host`, the host (their token must be the
 * room's host token; `host.joinUrl()` gives the room its join URL the first time, see
 * `joinUrlOf`); otherwise
 * the player who owns `token`. Returns the room and the audience to connect. Throws `RoomError`:
 * 404 for no such room, 403 `not-host` for a wrong host token, 401/403 for a player token
 * that is unknown or removed.
 */
export function streamTarget({
	code,
	token,
	host
}: {
	code: string;
	token: string | undefined;
	host: false | { joinUrl: () => string };
}): { room: Room; audience: Audience } {
	const room = roomOf(code);
	if (host) {
		if (!room.isHost(token)) {
			throw new RoomError(403, 'not-host', 'Only the teacher who opened this room can host it.');
		}
		room.joinUrl ||= host.joinUrl();
		return { room, audience: { kind: 'host' } };
	}
	return { room, audience: { kind: 'player', id: room.playerFor(token).id } };
}
