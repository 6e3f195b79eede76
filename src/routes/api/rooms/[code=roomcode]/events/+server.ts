import { errorResponse, eventStream, joinUrlOf, tokenOf } from '$lib/server/classroom/http';
import { streamTarget } from '$lib/server/classroom/player-api';
import type { RequestHandler } from './$types';

/**
 * The room's Server-Sent Events stream. `?as=host` with the host token: `host` events (the
 * state, players, live answer counts). Otherwise a player's token: `state` events (shared, no
 * key before the reveal, with ids for Last-Event-ID), `self` events (their own rank and answer)
 * and `removed`. Every stream gets `deleted` when the teacher deletes the room. 401/403/404 as
 * JSON when the token or room is wrong (see `streamTarget`; the Node fast path of
 * `node-routes.ts` serves players' streams with the same function).
 */
export const GET: RequestHandler = (event) => {
	const { params, url, request } = event;
	const asHost = url.searchParams.get('as') === 'host';
	try {
		const { room, audience } = streamTarget({
			code: params.code,
			token: tokenOf(event, asHost ? 'host' : 'player', params.code),
			host: asHost && { joinUrl: () => joinUrlOf(url, params.code) }
		});
		return eventStream(room, audience, request);
	} catch (error) {
		return errorResponse(error);
	}
};
