/**
 * The shutdown of `scripts/serve.js`, apart so that it can be run on a server of a test's own.
 *
 * `shutdownOnce({ server, eventStreams, timeoutMs, emit })` returns the handler for SIGINT and
 * SIGTERM: it stops taking connections, ends the rooms' open event streams at once (their browsers
 * reconnect to the next server), calls `emit(reason)` once the open connections are done, and
 * closes them all after `timeoutMs` milliseconds. A second signal while it runs does nothing.
 * `emit` is called whether or not `server.close` calls back with an error (it does when the
 * server was not listening, ERR_SERVER_NOT_RUNNING): the app's shutdown (`sveltekit:shutdown`,
 * src/hooks.server.ts) stops the rooms' timers, which would otherwise hold the process open.
 */

/**
 * Ends an event stream and its connection, so the browser's EventSource reconnects (after the
 * stream's `retry`) on a new connection, to the next server, not on this one kept alive.
 * @param {import('node:http').ServerResponse} res
 */
export function endStream(res) {
	res.end(() => res.socket?.destroy());
}

/**
 * Makes the server's one shutdown: see the module's comment.
 * @param {{ server: import('node:http').Server, eventStreams: Set<import('node:http').ServerResponse>, timeoutMs: number, emit: (reason: NodeJS.Signals) => void }} options
 * @returns {(reason: NodeJS.Signals) => void}
 */
export function shutdownOnce({ server, eventStreams, timeoutMs, emit }) {
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	return (reason) => {
		if (timer) return;
		// Idle keep-alive connections would otherwise hold close() until they time out.
		server.closeIdleConnections();
		for (const stream of eventStreams) endStream(stream);
		server.close((error) => {
			clearTimeout(timer);
			if (error) process.stderr.write(`shutdown: ${error.message}\n`);
			emit(reason);
		});
		timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
		server.on('request', (req) => req.on('close', () => server.closeIdleConnections()));
	};
}
