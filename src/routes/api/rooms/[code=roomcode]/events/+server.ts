import { errorResponse, eventStream, joinUrlOf, roomOf, tokenOf } from '$lib/server/classroom/http';
import { RoomError } from '$lib/server/classroom/room';
import type { RequestHandler } from './$types';

/**
 * The room's Server-Sent Events stream. `?as=host` with the host token: `host` events (the
 * state, players, live answer counts). Otherwise a player's token: `state` events (shared, no
 * key before the reveal, with ids for Last-Event-ID), `self` events (their own rank and answer)
 * and `removed`. Every stream gets `deleted` when the teacher deletes the room. 401/403/404 as
 * JSON when the token or room is wrong.
 */
export const GET: RequestHandler = (event) => {
	const { params, url, request } = event;
	try {
		const room = roomOf(params.code);
		if (url.searchParams.get('as') === 'host') {
			if (!room.isHost(tokenOf(event, 'host', params.code))) {
				throw new RoomError(403, 'not-host', 'Only the teacher who opened this room can host it.');
			}
			room.joinUrl ||= joinUrlOf(url, room.code);
			return eventStream(room, { kind: 'host' }, request);
		}
		const player = room.playerFor(tokenOf(event, 'player', params.code));
		return eventStream(room, { kind: 'player', id: player.id }, request);
	} catch (error) {
		return errorResponse(error);
	}
};
