import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequest } from '@sveltejs/kit/node';
import { afterEach, describe, expect, it } from 'vitest';
import { whileConnected } from '../../src/lib/server/client-signal';

/** What the server saw of one request: the signal `whileConnected` gave, SvelteKit's own, and the socket's 'close' listeners before and after. */
interface Seen {
	signal: AbortSignal;
	kitSignal: AbortSignal;
	listeners: { before: number; after: number };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/**
 * A real HTTP server that handles each request as adapter-node does (SvelteKit's `getRequest`,
 * `platform.req`): reads the whole body, then runs `whileConnected` with work that lasts until the
 * signal aborts or `holdMs` passes, and answers. Resolves to its URL and the requests it saw.
 */
async function serve(holdMs: number): Promise<{ url: string; seen: Promise<Seen> }> {
	let report!: (seen: Seen) => void;
	const seen = new Promise<Seen>((resolve) => (report = resolve));
	server = createServer(async (req: IncomingMessage, res) => {
		const request = await getRequest({ request: req, base: 'http://localhost' });
		await request.text();
		let signal!: AbortSignal;
		const before = req.socket.listenerCount('close');
		await whileConnected({ request, platform: { req } }, async (given) => {
			signal = given;
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, holdMs);
				given.addEventListener('abort', () => (clearTimeout(timer), resolve()));
			});
		});
		report({ signal, kitSignal: request.signal, listeners: { before, after: req.socket.listenerCount('close') } });
		if (!res.destroyed) res.end('done');
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, seen };
}

describe('whileConnected under adapter-node', () => {
	it('aborts when the client leaves after its whole body was read, which SvelteKit’s request.signal does not tell', async () => {
		const { url, seen } = await serve(30_000);
		const leaving = new AbortController();
		const asked = fetch(url, { method: 'POST', body: 'an article', signal: leaving.signal }).catch((error: Error) => error.name);
		// the body is read by then: the work has begun
		await new Promise((resolve) => setTimeout(resolve, 300));
		leaving.abort();
		expect(await asked).toBe('AbortError');
		const { signal, kitSignal, listeners } = await seen;
		expect(signal.aborted).toBe(true);
		expect((signal.reason as Error).name).toBe('AbortError');
		// if this fails, SvelteKit now aborts request.signal itself (sveltejs/kit#16793) and whileConnected can rely on it
		expect(kitSignal.aborted).toBe(false);
		expect(listeners.after).toBe(listeners.before);
	});

	it('never aborts a request answered in full, and leaves no listener on the kept-alive socket', async () => {
		const { url, seen } = await serve(50);
		const agent = new Agent({ keepAlive: true });
		const answer = await new Promise<string>((resolve, reject) => {
			const req = httpRequest(url, { method: 'POST', agent }, (res) => {
				let text = '';
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () => resolve(text));
			});
			req.on('error', reject);
			req.end('an article');
		});
		expect(answer).toBe('done');
		agent.destroy();
		const { signal, listeners } = await seen;
		expect(signal.aborted).toBe(false);
		expect(listeners.after).toBe(listeners.before);
	});
});
