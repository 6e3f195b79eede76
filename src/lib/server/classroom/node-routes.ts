import type { IncomingMessage, ServerResponse } from 'node:http';
import { attachStream, errorReply, STREAM_HEADERS, tokenOfHeaders, type JsonReply } from './http';
import { answerReply, streamTarget } from './player-api';

/**
 * The Node fast path of the two hot room routes, in front of SvelteKit's handler.
 *
 * At 2,000 players most of the server's work per answer was SvelteKit's request path (a WHATWG
 * Request built from the Node request, routing, a web stream piped back), not the room. So
 * `scripts/serve.js`, the one server entry of `npm start`, the e2e tests and `bench:room`, offers
 * each request to `handleRoomRequest` first; it serves a player's answer POST and a player's
 * event stream straight on Node's request and response, with the same functions as the
 * SvelteKit routes (`answerReply`, `streamTarget`, `attachStream`), and leaves every other
 * request to SvelteKit.
 *
 * It takes only requests it serves exactly as SvelteKit would: an answer with a JSON body of a
 * stated length up to `MAX_ANSWER_BYTES` (SvelteKit's CSRF check concerns form content types
 * only, and its body limit is far above this), and a stream that is not the host's (the host's
 * join URL needs the origin SvelteKit works out). Anything else (other content types, chunked or
 * large bodies, other methods, `?as=host`, a trailing slash, an encoded path) goes to SvelteKit.
 */

/** The key under which the server's `init` hook registers `handleRoomRequest` on `globalThis`. */
export const NODE_ROUTES_KEY = Symbol.for('newsquiz.classroom.nodeRoutes');

/** The largest answer body the fast path reads, in bytes; an answer is well under 1 KB. */
const MAX_ANSWER_BYTES = 16 * 1024;
const ANSWER_PATH = /^\/api\/rooms\/(\d{6})\/answer$/;
const EVENTS_PATH = /^\/api\/rooms\/(\d{6})\/events$/;
const decoder = new TextDecoder();

/**
 * Serves `req` on `res` when it is a player's answer POST or a player's event stream (see the
 * module comment) and returns true; returns false, untouched, for every other request, which
 * the caller hands to SvelteKit. Never throws: an unexpected failure is logged and answered
 * with 500 `{ message: "Internal Error" }`, as SvelteKit answers it.
 */
export function handleRoomRequest(req: IncomingMessage, res: ServerResponse): boolean {
	const url = req.url ?? '';
	const queryAt = url.indexOf('?');
	const path = queryAt < 0 ? url : url.slice(0, queryAt);
	if (req.method === 'POST') {
		const code = ANSWER_PATH.exec(path)?.[1];
		const length = Number(req.headers['content-length']);
		if (!code || !isJson(req.headers['content-type']) || !(length <= MAX_ANSWER_BYTES)) return false;
		serveAnswer(code, req, res);
		return true;
	}
	if (req.method === 'GET') {
		const code = EVENTS_PATH.exec(path)?.[1];
		if (!code || (queryAt >= 0 && new URLSearchParams(url.slice(queryAt + 1)).get('as') === 'host')) return false;
		serveStream(code, req, res);
		return true;
	}
	return false;
}

/** Makes `handleRoomRequest` reachable from `scripts/serve.js`, which cannot import the server bundle's modules. */
export function registerNodeRoutes(): void {
	(globalThis as Record<symbol, unknown>)[NODE_ROUTES_KEY] = handleRoomRequest;
}

function isJson(contentType: string | undefined): boolean {
	return contentType?.split(';', 1)[0].trim().toLowerCase() === 'application/json';
}

function serveAnswer(code: string, req: IncomingMessage, res: ServerResponse): void {
	const at = Date.now();
	const chunks: Buffer[] = [];
	req.on('data', (chunk: Buffer) => chunks.push(chunk));
	req.on('error', () => res.destroy());
	req.on('end', () => {
		let body: unknown = null;
		try {
			body = JSON.parse(decoder.decode(Buffer.concat(chunks)));
		} catch {
			// Not JSON: answerReply answers 400 bad-request, as the SvelteKit route does.
		}
		answerReply({ code, token: tokenOfHeaders(req.headers, 'player', code), body, at }).then(
			(reply) => sendJson(res, reply),
			(error: unknown) => internalError(res, error)
		);
	});
}

function serveStream(code: string, req: IncomingMessage, res: ServerResponse): void {
	try {
		const { room, audience } = streamTarget({ code, token: tokenOfHeaders(req.headers, 'player', code), host: false });
		res.writeHead(200, STREAM_HEADERS);
		let open = true;
		const sink = {
			send(chunk: Uint8Array) {
				if (open) res.write(chunk);
			},
			close() {
				if (!open) return;
				open = false;
				res.end();
			}
		};
		const lastEventId = req.headers['last-event-id'];
		const disconnect = attachStream(room, audience, sink, typeof lastEventId === 'string' ? lastEventId : null);
		res.on('close', () => {
			open = false;
			disconnect();
		});
	} catch (error) {
		try {
			sendJson(res, errorReply(error));
		} catch (unexpected) {
			internalError(res, unexpected);
		}
	}
}

function sendJson(res: ServerResponse, reply: JsonReply): void {
	const text = JSON.stringify(reply.body);
	res.writeHead(reply.status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(text),
		...reply.headers
	});
	res.end(text);
}

function internalError(res: ServerResponse, error: unknown): void {
	console.error(error);
	if (res.headersSent) res.destroy();
	else sendJson(res, { status: 500, body: { message: 'Internal Error' } });
}
