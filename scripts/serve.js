/**
 * Serves the built app (`build/`): the one server entry of `npm start`, the end-to-end tests
 * (tests/e2e/server.ts) and `npm run bench:room`, so the tests cover what users run.
 *
 * It is adapter-node's documented custom server (`import { handler } from './build/handler.js'`)
 * with the classroom's fast path in front: importing the handler runs the server's `init` hook,
 * which registers `handleRoomRequest` (src/lib/server/classroom/node-routes.ts) on `globalThis`
 * under `Symbol.for('newsquiz.classroom.nodeRoutes')`. Each request goes to it first; it serves
 * a player's answer and event stream directly and returns false for everything else, which
 * SvelteKit's handler serves.
 *
 * Settings adapter-node needs to be told rather than guess:
 * - ORIGIN: without it adapter-node takes every request to be https, so the same-origin check
 *   on form posts refuses a plain http://localhost form with 403 (SvelteKit's CSRF protection).
 *   Default: http://localhost:PORT; set ORIGIN to the public URL when serving anywhere else.
 * - BODY_SIZE_LIMIT: adapter-node refuses bodies over 512K, and a saved news page can be over
 *   1 MB; 6M fits the 5 MB upload limit plus the form's overhead.
 * The server itself honours adapter-node's HOST (default 0.0.0.0), PORT (default 3000),
 * KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT (seconds) and SHUTDOWN_TIMEOUT (seconds, default 30):
 * on SIGINT or SIGTERM it stops taking connections, ends the rooms' event streams at once (their
 * browsers reconnect to the next server), emits `sveltekit:shutdown` once the open ones are done
 * and closes them all after SHUTDOWN_TIMEOUT. A Unix socket (SOCKET_PATH) and
 * systemd socket activation (LISTEN_FDS, IDLE_TIMEOUT) are not supported.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { endStream, shutdownOnce } from './shutdown.js';

process.env.PORT ||= '3000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.BODY_SIZE_LIMIT ||= '6M';

// generation runs on a worker thread (src/lib/server/generation.ts), so a long article being quizzed holds up no other request
const generationWorker = fileURLToPath(new URL('../build/generation-worker.js', import.meta.url));
if (!existsSync(generationWorker)) throw new Error(`${generationWorker} is missing: rebuild with \`npm run build\``);
process.env.NEWSQUIZ_GENERATION_WORKER ||= generationWorker;

const { handler } = await import('../build/handler.js');
/** @type {((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | undefined} */
const roomRoute = globalThis[Symbol.for('newsquiz.classroom.nodeRoutes')];
if (typeof roomRoute !== 'function') {
	throw new Error('the server init hook did not register the classroom routes: rebuild with `npm run build`');
}

/**
 * The rooms' open event streams. They never end by themselves, so a restart would leave every
 * class screen on a stream that says nothing until SHUTDOWN_TIMEOUT (a fresh user's screens froze
 * after a restart): at shutdown they end at once and the browsers reconnect to the next server.
 * @type {Set<http.ServerResponse>}
 */
const eventStreams = new Set();

/** Set once shutdown begins: a stream asked for then, on a connection kept alive, is ended at once too. */
let closing = false;

const server = http.createServer((req, res) => {
	if (req.method === 'GET' && /^\/api\/rooms\/[^/]+\/events(?:\?|$)/.test(req.url ?? '')) {
		if (closing) return void endStream(res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' }));
		eventStreams.add(res);
		res.on('close', () => eventStreams.delete(res));
	}
	if (!roomRoute(req, res)) handler(req, res, () => {
		res.writeHead(404).end('Not found');
	});
});
/** @param {string} name */
const seconds = (name) => (process.env[name] ? Number(process.env[name]) * 1000 : undefined);
server.keepAliveTimeout = seconds('KEEP_ALIVE_TIMEOUT') ?? server.keepAliveTimeout;
server.headersTimeout = seconds('HEADERS_TIMEOUT') ?? server.headersTimeout;

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT);
server.listen({ host, port }, () => process.stdout.write(`Listening on http://${host}:${port}\n`));

const shutdown = shutdownOnce({
	server,
	eventStreams,
	timeoutMs: (Number(process.env.SHUTDOWN_TIMEOUT) || 30) * 1000,
	emit: (reason) => process.emit('sveltekit:shutdown', reason)
});
/** @param {NodeJS.Signals} reason */
function onSignal(reason) {
	closing = true;
	shutdown(reason);
}
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);
