import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureQuiz, keys } from './fixture';

type Routes = typeof import('../../../src/lib/server/classroom/node-routes');
type Http = typeof import('../../../src/lib/server/classroom/http');

/** What the stand-in for SvelteKit answers, so a test sees which requests the fast path left alone. */
const PASSED_ON = 418;

describe('the classroom Node fast path', () => {
	const dir = mkdtempSync(join(tmpdir(), 'newsquiz-node-routes-'));
	let server: http.Server;
	let base = '';
	let code = '';
	let token = '';
	let close: () => void;
	let tokenOfHeaders: Http['tokenOfHeaders'];

	beforeAll(async () => {
		// getClassroom() opens DATABASE_PATH on first use, as in the server.
		process.env.DATABASE_PATH = join(dir, 'newsquiz.db');
		const routes: Routes = await import('../../../src/lib/server/classroom/node-routes');
		({ tokenOfHeaders } = await import('../../../src/lib/server/classroom/http'));
		const { getClassroom } = await import('../../../src/lib/server/classroom/classroom');
		const { room } = await getClassroom().create(fixtureQuiz());
		code = room.code;
		token = (await room.join({ nickname: 'Ann', at: Date.now() })).token;
		await room.join({ nickname: 'Bob', at: Date.now() });
		await room.host({ action: 'start' }, Date.now());
		close = () => getClassroom().close();
		server = http.createServer((req, res) => {
			if (!routes.handleRoomRequest(req, res)) res.writeHead(PASSED_ON).end();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		close?.();
		server?.closeAllConnections();
		await new Promise((resolve) => server?.close(resolve));
		rmSync(dir, { recursive: true, force: true });
	});

	const answer = (body: string, headers: Record<string, string> = { authorization: `Bearer ${token}` }, path = `/api/rooms/${code}/answer`) =>
		fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
	const choice = (option: number) => JSON.stringify({ itemIndex: 0, response: { kind: 'choice', option } });

	it('answers as the player of the token, once, with the endpoint messages', async () => {
		expect(await (await answer(JSON.stringify({ itemIndex: 0 }))).json()).toEqual({
			error: 'Send { "itemIndex": n, "response": {...} }.',
			reason: 'bad-request'
		});
		expect((await answer('not json')).status).toBe(400);
		const forged = await answer(choice(keys[0]), { authorization: 'Bearer forged' });
		expect(forged.status).toBe(401);
		expect((await forged.json()).reason).toBe('not-a-player');
		const accepted = await answer(choice(keys[0]));
		expect(accepted.status).toBe(200);
		expect(await accepted.json()).toEqual({ status: 'accepted' });
		const again = await answer(choice(0));
		expect(again.status).toBe(409);
		expect(await again.json()).toEqual({ error: 'You already answered this item: your first answer counts.', reason: 'already-answered' });
		const missing = await answer(choice(0), { authorization: `Bearer ${token}` }, '/api/rooms/000000/answer');
		expect(missing.status).toBe(404);
	});

	it('takes the player token from the room cookie as SvelteKit reads it', async () => {
		const cookie = `theme=dark; nq_player_${code}=${encodeURIComponent(token)}`;
		const reply = await answer(choice(0), { cookie });
		expect(reply.status).toBe(409);
		expect((await reply.json()).reason).toBe('already-answered');
		expect(tokenOfHeaders({ cookie: `nq_player_${code}=a%2Fb` }, 'player', code)).toBe('a/b');
		expect(tokenOfHeaders({ authorization: 'Bearer  tok ', cookie: `nq_player_${code}=other` }, 'player', code)).toBe('tok');
		expect(tokenOfHeaders({ cookie: `nq_host_${code}=other` }, 'player', code)).toBeUndefined();
	});

	it("streams a player's events, and refuses a forged token as JSON", async () => {
		const controller = new AbortController();
		const stream = await fetch(`${base}/api/rooms/${code}/events`, {
			headers: { authorization: `Bearer ${token}` },
			signal: controller.signal
		});
		expect(stream.status).toBe(200);
		expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
		const reader = stream.body!.getReader();
		let text = '';
		while (!text.includes('event: self')) text += new TextDecoder().decode((await reader.read()).value);
		expect(text.startsWith('retry: 1000\n\n')).toBe(true);
		expect(text).toMatch(new RegExp(`event: state\ndata: \\{"code":"${code}"`));
		controller.abort();
		const forged = await fetch(`${base}/api/rooms/${code}/events`, { headers: { authorization: 'Bearer forged' } });
		expect(forged.status).toBe(401);
		expect((await forged.json()).reason).toBe('not-a-player');
	});

	it('leaves every other request to SvelteKit', async () => {
		const passed = async (request: Promise<Response>) => (await request).status;
		expect(await passed(answer(choice(0), { 'content-type': 'text/plain', authorization: `Bearer ${token}` }))).toBe(PASSED_ON);
		expect(await passed(answer(choice(0), undefined, `/api/rooms/${code}/answer/`))).toBe(PASSED_ON);
		expect(await passed(answer('x'.repeat(20_000)))).toBe(PASSED_ON);
		const chunked = new ReadableStream({
			start(c) {
				c.enqueue(new TextEncoder().encode(choice(0)));
				c.close();
			}
		});
		const streamed = fetch(`${base}/api/rooms/${code}/answer`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
			body: chunked,
			duplex: 'half'
		} as RequestInit);
		expect(await passed(streamed)).toBe(PASSED_ON);
		expect(await passed(fetch(`${base}/api/rooms/${code}/events?as=host`))).toBe(PASSED_ON);
		expect(await passed(fetch(`${base}/api/rooms/${code}/answer`))).toBe(PASSED_ON);
		expect(await passed(fetch(`${base}/api/rooms`, { method: 'POST' }))).toBe(PASSED_ON);
	});
});
