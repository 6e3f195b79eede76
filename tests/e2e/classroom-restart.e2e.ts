import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { keys } from '../server/classroom/fixture';
import { EventReader, post, seedQuiz } from './classroom';
import { freePort, startServer, stopServer } from './server';

describe('classroom across a server restart', () => {
	const dir = mkdtempSync(join(tmpdir(), 'newsquiz-restart-'));
	const databasePath = join(dir, 'newsquiz.db');
	const readers: EventReader[] = [];
	let server: ChildProcess | undefined;
	afterAll(async () => {
		readers.forEach((r) => r.close());
		if (server) await stopServer(server);
		rmSync(dir, { recursive: true, force: true });
	});

	it('resumes a room killed mid-item: clients reconnect by themselves and no answer is lost', async () => {
		const port = await freePort();
		const baseURL = `http://127.0.0.1:${port}`;
		server = await startServer(port, databasePath);
		seedQuiz(databasePath);
		const opened = await post(baseURL, '/api/rooms', { quizId: 'room-fixture' });
		const code = opened.body.code as string;
		const hostToken = opened.body.hostToken as string;
		const players = [];
		for (const nickname of ['Ann', 'Bob', 'Cy']) {
			const { body } = await post(baseURL, `/api/rooms/${code}/join`, { nickname });
			const reader = new EventReader(`${baseURL}/api/rooms/${code}/events`, body.token as string);
			readers.push(reader);
			players.push({ token: body.token as string, reader });
		}
		await Promise.all(players.map((p) => p.reader.waitFor((e) => e.event === 'state')));
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken);
		const question = await players[0].reader.waitFor((e) => e.event === 'state' && e.data.phase === 'question');
		const deadline = question.data.deadline;
		const answer = (token: string, option: number) =>
			post(baseURL, `/api/rooms/${code}/answer`, { itemIndex: 0, response: { kind: 'choice', option } }, token);
		expect((await answer(players[0].token, keys[0])).body).toEqual({ status: 'accepted' });
		expect((await answer(players[1].token, 0)).body).toEqual({ status: 'accepted' });

		await stopServer(server, 'SIGKILL');
		const before = players.map((p) => p.reader.events.length);
		server = await startServer(port, databasePath);

		// Each client reconnects on its own and receives the same item with the same deadline.
		await Promise.all(
			players.map((p, i) =>
				p.reader.waitFor((e) => p.reader.events.indexOf(e) >= before[i] && e.event === 'state', 15_000)
			)
		);
		for (const p of players) {
			const state = p.reader.latest('state')!;
			expect(state).toMatchObject({ phase: 'question', deadline, item: { index: 0 } });
		}
		expect(players[0].reader.latest('self')).toMatchObject({ answered: { itemIndex: 0 } });
		expect((await answer(players[0].token, 0)).body.reason).toBe('already-answered');
		expect((await answer(players[2].token, keys[0])).body).toEqual({ status: 'accepted' });
		const reveal = await players[2].reader.waitFor((e) => e.event === 'state' && e.data.phase === 'reveal');
		expect(reveal.data.reveal).toMatchObject({ answered: 3, correct: 2 });

		const db = new Database(databasePath, { readonly: true });
		const stored = db.prepare('SELECT COUNT(*) AS n FROM room_answers').get() as { n: number };
		db.close();
		expect(stored.n).toBe(3);
	});

	it('stops within 2 s of SIGTERM with a question open and streams connected, and the next server resumes that question', async () => {
		const port = await freePort();
		const baseURL = `http://127.0.0.1:${port}`;
		if (server) await stopServer(server);
		server = await startServer(port, databasePath);
		seedQuiz(databasePath);
		const opened = await post(baseURL, '/api/rooms', { quizId: 'room-fixture' });
		const code = opened.body.code as string;
		const hostToken = opened.body.hostToken as string;
		const { body } = await post(baseURL, `/api/rooms/${code}/join`, { nickname: 'Dee' });
		const reader = new EventReader(`${baseURL}/api/rooms/${code}/events`, body.token as string);
		readers.push(reader);
		await reader.waitFor((e) => e.event === 'state');
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken);
		const question = await reader.waitFor((e) => e.event === 'state' && e.data.phase === 'question');

		const stopping = Date.now();
		await stopServer(server, 'SIGTERM');
		expect(Date.now() - stopping).toBeLessThan(2_000);
		const before = reader.events.length;
		const starting = Date.now();
		server = await startServer(port, databasePath);
		expect(Date.now() - starting).toBeLessThan(5_000);

		const resumed = await reader.waitFor((e) => reader.events.indexOf(e) >= before && e.event === 'state', 15_000);
		expect(resumed.data).toMatchObject({ phase: 'question', deadline: question.data.deadline, item: { index: 0 } });
	});

	// the host's early "Reveal the answer" waited about 10 s after a restart for a player who had left before it
	it('shows the host a player who left before a SIGTERM restart away at once, so all here have answered as soon as they have', async () => {
		const port = await freePort();
		const baseURL = `http://127.0.0.1:${port}`;
		if (server) await stopServer(server);
		server = await startServer(port, databasePath);
		seedQuiz(databasePath);
		const opened = await post(baseURL, '/api/rooms', { quizId: 'room-fixture' });
		const code = opened.body.code as string;
		const hostToken = opened.body.hostToken as string;
		const host = new EventReader(`${baseURL}/api/rooms/${code}/events?as=host`, hostToken);
		readers.push(host);
		await host.waitFor((e) => e.event === 'host');
		const joined = [];
		for (const nickname of ['Ivo', 'Jun']) {
			const { body } = await post(baseURL, `/api/rooms/${code}/join`, { nickname });
			const reader = new EventReader(`${baseURL}/api/rooms/${code}/events`, body.token as string);
			readers.push(reader);
			await reader.waitFor((e) => e.event === 'state');
			joined.push({ token: body.token as string, reader });
		}
		const [ivo, jun] = joined;
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken);
		await ivo.reader.waitFor((e) => e.event === 'state' && e.data.phase === 'question');
		jun.reader.close();

		await stopServer(server, 'SIGTERM');
		const before = { ivo: ivo.reader.events.length, host: host.events.length };
		server = await startServer(port, databasePath);
		await ivo.reader.waitFor((e) => ivo.reader.events.indexOf(e) >= before.ivo && e.event === 'state', 15_000);
		await host.waitFor((e) => host.events.indexOf(e) >= before.host && e.event === 'host', 15_000);
		expect((await post(baseURL, `/api/rooms/${code}/answer`, { itemIndex: 0, response: { kind: 'choice', option: keys[0] } }, ivo.token)).body).toEqual({ status: 'accepted' });
		// well within the restart's 10 s grace, in which the item itself still waits for Jun
		const done = await host.waitFor((e) => host.events.indexOf(e) >= before.host && e.event === 'host' && e.data.answered === 1 && e.data.eligible === 1, 4_000);
		expect(done.data.room).toMatchObject({ phase: 'question' });
		const roster = host.events.filter((e) => e.event === 'host' && Array.isArray(e.data.players)).at(-1)!;
		expect(roster.data.players).toEqual(expect.arrayContaining([expect.objectContaining({ nickname: 'Jun', present: false }), expect.objectContaining({ nickname: 'Ivo', present: true })]));
	});

	it('rate-limits join attempts with wrong codes per address, so codes cannot be guessed', async () => {
		const port = await freePort();
		const baseURL = `http://127.0.0.1:${port}`;
		if (server) await stopServer(server);
		server = await startServer(port, databasePath);
		const opened = await post(baseURL, '/api/rooms', { quizId: 'room-fixture' });
		const wrong = (opened.body.code as string) === '000000' ? '000001' : '000000';
		for (let i = 0; i < 10; i++) {
			expect((await post(baseURL, `/api/rooms/${wrong}/join`, { nickname: 'Guess' })).status).toBe(404);
		}
		const limited = await fetch(`${baseURL}/api/rooms/${opened.body.code}/join`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: baseURL },
			body: JSON.stringify({ nickname: 'Guess' })
		});
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
	});
});
