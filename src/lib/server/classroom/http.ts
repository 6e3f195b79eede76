import { json, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { RoomError as RoomErrorBody } from '$lib/classroom/types';
import { getDatabase } from '../db';
import { cleanTeacherNote, TeacherNoteError } from '../teacher-note';
import { getClassroom } from './classroom';
import { NicknameError } from './nickname';
import { saveTeacherNote } from './report';
import { RoomError, type Audience, type Room, type Sink } from './room';
import type { RoomPlayer } from './room-machine';

/** How long the host's and players' cookies last, in seconds: a school day and then some. */
const COOKIE_AGE_S = 24 * 3600;

/** The cookie that carries a room's host token or a player's token in the browser. */
export function cookieName(kind: 'host' | 'player', code: string): string {
	return `nq_${kind}_${code}`;
}

/** Sets a room cookie: HTTP-only, same-site, Secure when the site is served over HTTPS. */
export function setRoomCookie(cookies: Cookies, url: URL, kind: 'host' | 'player', code: string, token: string): void {
	cookies.set(cookieName(kind, code), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: COOKIE_AGE_S
	});
}

/**
 * The token a request presents: `Authorization: Bearer <token>` (scripts, the load bench) or
 * the room's cookie (browsers, whose EventSource cannot set headers).
 */
export function tokenOf(event: Pick<RequestEvent, 'request' | 'cookies'>, kind: 'host' | 'player', code: string): string | undefined {
	return bearerOr(event.request.headers.get('authorization'), () => event.cookies.get(cookieName(kind, code)));
}

/**
 * The token of a bare Node request (the fast path of `node-routes.ts`), by the rule of
 * `tokenOf`: the bearer token of `authorization`, else the room's cookie in the `cookie` header,
 * URI-decoded as SvelteKit's `cookies.get` decodes it (undefined when it does not decode).
 */
export function tokenOfHeaders(
	headers: { authorization?: string; cookie?: string },
	kind: 'host' | 'player',
	code: string
): string | undefined {
	return bearerOr(headers.authorization ?? null, () => {
		const name = `${cookieName(kind, code)}=`;
		for (const part of (headers.cookie ?? '').split(';')) {
			const pair = part.trim();
			if (!pair.startsWith(name)) continue;
			let value = pair.slice(name.length).trim();
			if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
			try {
				return decodeURIComponent(value);
			} catch {
				return value;
			}
		}
		return undefined;
	});
}

function bearerOr(authorization: string | null, cookie: () => string | undefined): string | undefined {
	if (authorization?.startsWith('Bearer ')) return authorization.slice(7).trim();
	return cookie();
}

/** The open room with `code`; throws `RoomError` 404 when there is none. */
export function roomOf(code: string): Room {
	const room = getClassroom().find(code);
	if (!room) throw new RoomError(404, 'no-such-room', 'No open room has that code.');
	return room;
}

/** The URL students open to join a room, shown on the host screen and in its QR code. */
export function joinUrlOf(url: URL, code: string): string {
	return `${url.origin}/join?code=${code}`;
}

/**
 * Joins the room `code` as the request's address, after the rate limits, with `nickname` and an
 * optional teacher-only `note` (kept apart from the live room, see `saveTeacherNote`). A device
 * that already holds a valid player token for this room gets its own player back (a reload or a
 * second tab), whatever it sends, with `rejoined` true; a device whose token was removed is refused. Sets the player
 * cookie and returns the player and token. Throws `RoomError` (400 `bad-note`, 404, 409, 410,
 * 429...) or `NicknameError` for a nickname that breaks a rule.
 */
export async function joinRoom(
	event: Pick<RequestEvent, 'request' | 'cookies' | 'url' | 'getClientAddress'>,
	code: string,
	{ nickname, note }: { nickname?: string; note?: string }
): Promise<{ room: Room; player: RoomPlayer; token: string; rejoined: boolean }> {
	const room = getClassroom().roomToJoin(code, event.getClientAddress());
	const held = tokenOf(event, 'player', code);
	if (held) {
		try {
			return { room, player: room.playerFor(held), token: held, rejoined: true };
		} catch (error) {
			if (error instanceof RoomError && error.reason === 'removed') throw error;
		}
	}
	let cleanNote: string | null;
	try {
		cleanNote = cleanTeacherNote(note);
	} catch (error) {
		if (error instanceof TeacherNoteError) throw new RoomError(400, 'bad-note', error.message);
		throw error;
	}
	const { player, token } = await room.join({ nickname, at: Date.now() });
	saveTeacherNote(getDatabase(), player.id, cleanNote);
	setRoomCookie(event.cookies, event.url, 'player', code, token);
	return { room, player, token, rejoined: false };
}

/** A JSON answer of the room API before it is sent: HTTP status, body, extra headers. */
export interface JsonReply {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
}

/**
 * The reply to a classroom failure: `{ error, reason }` with the right status (and `retry-after`
 * on 429); rethrows anything else, so an unexpected failure stays a 500 of the server.
 */
export function errorReply(error: unknown): JsonReply {
	if (error instanceof RoomError) {
		return {
			status: error.status,
			body: { error: error.message, reason: error.reason } satisfies RoomErrorBody,
			headers: error.status === 429 ? { 'retry-after': error.message.match(/(\d+) s/)?.[1] ?? '60' } : undefined
		};
	}
	if (error instanceof NicknameError) {
		return { status: 400, body: { error: error.message, reason: 'bad-nickname' } satisfies RoomErrorBody };
	}
	throw error;
}

/** `reply` as a SvelteKit JSON response. */
export function jsonResponse(reply: JsonReply): Response {
	return json(reply.body, { status: reply.status, headers: reply.headers });
}

/** A JSON error response for a classroom failure (see `errorReply`); rethrows anything else. */
export function errorResponse(error: unknown): Response {
	return jsonResponse(errorReply(error));
}

const encoder = new TextEncoder();

/** The headers of every room event stream: never cached, never buffered by a proxy. */
export const STREAM_HEADERS = {
	'content-type': 'text/event-stream; charset=utf-8',
	'cache-control': 'no-store',
	'x-accel-buffering': 'no'
} as const;

/**
 * Starts a room event stream on `sink`: a `retry` hint that makes EventSource reconnect after
 * 1 s, then `room.connect` (the current state unless `lastEventId` shows the device has it, and
 * every change). Returns the function that detaches the stream from the room.
 */
export function attachStream(room: Room, audience: Audience, sink: Sink, lastEventId: string | null | undefined): () => void {
	sink.send(encoder.encode('retry: 1000\n\n'));
	return room.connect(audience, sink, lastEventId);
}

/**
 * A Server-Sent Events response for `audience` in `room` (see `attachStream`), with the room's
 * heartbeat comments; the stream is detached from the room when the client goes away.
 */
export function eventStream(room: Room, audience: Audience, request: Request): Response {
	let disconnect: (() => void) | undefined;
	let open = true;
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const sink = {
				send(chunk: Uint8Array) {
					if (open) controller.enqueue(chunk);
				},
				close() {
					if (!open) return;
					open = false;
					controller.close();
				}
			};
			disconnect = attachStream(room, audience, sink, request.headers.get('last-event-id'));
			request.signal.addEventListener('abort', () => {
				open = false;
				disconnect?.();
			});
		},
		cancel() {
			open = false;
			disconnect?.();
		}
	});
	return new Response(stream, { headers: STREAM_HEADERS });
}
