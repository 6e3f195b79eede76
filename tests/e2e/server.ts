import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The server entry users run (`npm start`): adapter-node's handler behind the classroom's fast path. */
const SERVE = fileURLToPath(new URL('../../scripts/serve.js', import.meta.url));

/** A free TCP port on 127.0.0.1 (the kernel picks it; it is free when this resolves). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
			);
		});
	});
}

/**
 * Starts the built server (`scripts/serve.js`, as `npm start` does, or another `entry` such as
 * adapter-node's own `build`) on 127.0.0.1:`port` with its database at `databasePath`, `ORIGIN`
 * set to its own URL and `BODY_SIZE_LIMIT` as `npm start` sets it; `env` adds or overrides variables. Resolves once it answers any request below 500. Throws when
 * it exits first or does not answer within 20 s (and then kills it).
 */
export async function startServer(
	port: number,
	databasePath: string,
	env: Record<string, string> = {},
	stdio: 'inherit' | 'ignore' = 'inherit',
	entry: string = SERVE
): Promise<ChildProcess> {
	const baseURL = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [entry], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			DATABASE_PATH: databasePath,
			BODY_SIZE_LIMIT: '6M',
			...env
		},
		stdio: ['ignore', stdio, 'inherit']
	});
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
		try {
			if ((await fetch(baseURL)).status < 500) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`the server did not answer at ${baseURL} within 20 s`);
}

/**
 * Stops a server started by `startServer` (SIGKILL unless told) and waits for it to exit; one
 * already gone resolves at once. A child ended by a signal keeps `exitCode` null and sets
 * `signalCode` (Node's child_process docs), so both are read: waiting on `exit` for a child
 * stopped before would wait for ever.
 */
export function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		child.once('exit', () => resolve());
		child.kill(signal);
	});
}
