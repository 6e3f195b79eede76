import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureQuiz, keys } from '../server/classroom/fixture';
import { useBrowser } from './browser';
import { EventReader, post, seedQuiz, type ReceivedEvent } from './classroom';
import { freePort, startServer, stopServer } from './server';

const quiz = fixtureQuiz();

/** Joins room `code` as `nickname` on `page` through /join, and waits for the lobby. */
async function joinInBrowser(page: Page, baseURL: string, code: string, nickname: string): Promise<void> {
	await page.goto(`${baseURL}/join?code=${code}`);
	await page.getByLabel('Nickname').fill(nickname);
	await page.getByLabel('Nickname').press('Enter');
	await page.waitForURL(`${baseURL}/room/${code}`);
	await page.getByRole('heading', { name: "You're in!" }).waitFor();
}

describe('classroom across a server restart', () => {
	const browser = useBrowser();
	const dir = mkdtempSync(join(tmpdir(), 'newsquiz-restart-'));
	const databasePath = join(dir, 'newsquiz.db');
	const readers: EventReader[] = [];
	let server: ChildProcess | undefined;
	afterAll(async () => {
		readers.forEach((r) => r.close());
		if (server) await stopServer(server);
		rmSync(dir, { recursive: true, force: true });
	});

	/** The answers stored in the database file for room `code`. */
	function storedAnswers(code: string): number {
		const db = new Database(databasePath, { readonly: true });
		const { n } = db.prepare('SELECT COUNT(*) AS n FROM room_answers WHERE room_id = (SELECT id FROM rooms WHERE code = ?)').get(code) as { n: number };
		db.close();
		return n;
	}

	/**
	 * A room stopped by SIGTERM mid-question: (re)starts the server on a free port with this file's database,
	 * opens a room of the fixture quiz with the host's event stream, joins `nicknames` over the API (each with
	 * its stream), runs `joined` (a browser joining), starts the first item, runs `beforeStop` once it is
	 * open, and stops the server by SIGTERM. Resolves to the room, its players, the item's deadline (epoch ms),
	 * how long the stop took (ms), `restart()`, which starts the next server on the same port and database and
	 * resolves to how long that took (ms), and `after(reader, test, ms)`, which waits for an event that reader
	 * received after the stop.
	 */
	async function roomStoppedBySigterm({
		nicknames,
		joined,
		beforeStop
	}: {
		nicknames: string[];
		joined?: (room: { baseURL: string; code: string }) => Promise<void>;
		beforeStop?: (room: { players: { token: string; reader: EventReader }[] }) => Promise<void>;
	}) {
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
		const players = [];
		for (const nickname of nicknames) {
			const { body } = await post(baseURL, `/api/rooms/${code}/join`, { nickname });
			const reader = new EventReader(`${baseURL}/api/rooms/${code}/events`, body.token as string);
			readers.push(reader);
			await reader.waitFor((e) => e.event === 'state');
			players.push({ token: body.token as string, reader });
		}
		await joined?.({ baseURL, code });
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken);
		const question = await host.waitFor((e) => e.event === 'host' && (e.data.room as { phase: string }).phase === 'question');
		const deadline = (question.data.room as { deadline: number }).deadline;
		await beforeStop?.({ players });

		const stopping = Date.now();
		await stopServer(server, 'SIGTERM');
		const stopMs = Date.now() - stopping;
		const marks = new Map(readers.map((r) => [r, r.events.length]));
		return {
			baseURL,
			code,
			host,
			players,
			deadline,
			stopMs,
			restart: async () => {
				const starting = Date.now();
				server = await startServer(port, databasePath);
				return Date.now() - starting;
			},
			after: (reader: EventReader, test: (e: ReceivedEvent) => boolean, ms?: number) =>
				reader.waitFor((e) => reader.events.indexOf(e) >= (marks.get(reader) ?? 0) && test(e), ms)
		};
	}

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
		const stopped = await roomStoppedBySigterm({ nicknames: ['Dee'] });
		expect(stopped.stopMs).toBeLessThan(2_000);
		expect(await stopped.restart()).toBeLessThan(5_000);
		const [dee] = stopped.players;
		const resumed = await stopped.after(dee.reader, (e) => e.event === 'state', 15_000);
		expect(resumed.data).toMatchObject({ phase: 'question', deadline: stopped.deadline, item: { index: 0 } });
	});

	// the host's early "Reveal the answer" waited about 10 s after a restart for a player who had left before it
	it('shows the host a player who left before a SIGTERM restart away at once, so all here have answered as soon as they have', async () => {
		const stopped = await roomStoppedBySigterm({ nicknames: ['Ivo', 'Jun'], beforeStop: async ({ players }) => players[1].reader.close() });
		const { baseURL, code, host } = stopped;
		const [ivo] = stopped.players;
		await stopped.restart();
		await stopped.after(ivo.reader, (e) => e.event === 'state', 15_000);
		await stopped.after(host, (e) => e.event === 'host', 15_000);
		expect((await post(baseURL, `/api/rooms/${code}/answer`, { itemIndex: 0, response: { kind: 'choice', option: keys[0] } }, ivo.token)).body).toEqual({ status: 'accepted' });
		// well within the restart's 10 s grace, in which the item itself still waits for Jun
		const done = await stopped.after(host, (e) => e.event === 'host' && e.data.answered === 1 && e.data.eligible === 1, 4_000);
		expect(done.data.room).toMatchObject({ phase: 'question' });
		const roster = host.events.filter((e) => e.event === 'host' && Array.isArray(e.data.players)).at(-1)!;
		expect(roster.data.players).toEqual(expect.arrayContaining([expect.objectContaining({ nickname: 'Jun', present: false }), expect.objectContaining({ nickname: 'Ivo', present: true })]));
	});

	// a fresh user's find: a student who answered in time while the server was down was told they did not answer,
	// because the new server came up after the question's time and revealed it before the kept answer arrived
	it('counts an answer given in time while the server was down when the restart outlasts the question, and says how it went', async () => {
		const page = await (await browser().newContext()).newPage();
		page.setDefaultTimeout(20_000);
		const stopped = await roomStoppedBySigterm({
			nicknames: [],
			joined: ({ baseURL, code }) => joinInBrowser(page, baseURL, code, 'Rosa'),
			beforeStop: () => page.getByRole('heading', { name: quiz.items[0].stem }).waitFor().then(() => undefined)
		});
		await page.getByText(/^Connection to the game lost: reconnecting…/).waitFor();
		await page.keyboard.press(String(keys[0] + 1));
		await page.getByRole('status').filter({ hasText: 'Your answer is kept' }).waitFor();
		// the server stays down past the question's time and its grace
		await new Promise((resolve) => setTimeout(resolve, Math.max(0, stopped.deadline + 2_000 - Date.now())));
		await stopped.restart();
		const verdict = page.locator('.verdict');
		await verdict.waitFor();
		expect(await verdict.textContent()).toMatch(/^Right\. \+[\d,]+ points?$/);
		expect(await page.getByText('You did not answer this question.').count()).toBe(0);
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(storedAnswers(stopped.code)).toBe(1);
		await page.context().close();
	});

	// a kept answer lived only in the page's memory: a reload while reconnecting lost it (a fresh user's find)
	it('hands in once an answer kept through a reload while the connection was still down, and never again', async () => {
		const page = await (await browser().newContext()).newPage();
		page.setDefaultTimeout(20_000);
		const stopped = await roomStoppedBySigterm({
			nicknames: [],
			joined: ({ baseURL, code }) => joinInBrowser(page, baseURL, code, 'Oskar'),
			beforeStop: () => page.getByRole('heading', { name: quiz.items[0].stem }).waitFor().then(() => undefined)
		});
		await page.getByText(/^Connection to the game lost: reconnecting…/).waitFor();
		await page.keyboard.press(String(keys[0] + 1));
		await page.getByRole('status').filter({ hasText: 'Your answer is kept' }).waitFor();
		// the server is back but this phone's connection to the game is not: it reloads the page meanwhile
		const cutOff = /\/api\/rooms\/\d{6}\/(events|answer)$/;
		await page.route(cutOff, (route) => route.abort());
		await stopped.restart();
		await page.reload();
		await page.getByRole('status').filter({ hasText: 'Your answer is kept: it is handed in when the connection is back.' }).waitFor();
		const handedIn: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST' && request.url().endsWith('/answer')) handedIn.push(request.url());
		});
		await page.unroute(cutOff);
		await page.locator('.verdict').or(page.getByText('Answer sent. Wait for the others…')).waitFor();
		expect(handedIn).toHaveLength(1);
		await page.reload();
		await page.locator('.verdict').or(page.getByText('Answer sent. Wait for the others…')).waitFor();
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		expect(handedIn).toHaveLength(1);
		expect(storedAnswers(stopped.code)).toBe(1);
		await page.context().close();
	});

	it('tells a student whose kept answer reached the game only after the reveal that it does not count, not that they did not answer', async () => {
		const page = await (await browser().newContext()).newPage();
		page.setDefaultTimeout(20_000);
		const stopped = await roomStoppedBySigterm({
			nicknames: [],
			joined: ({ baseURL, code }) => joinInBrowser(page, baseURL, code, 'Wren'),
			beforeStop: () => page.getByRole('heading', { name: quiz.items[0].stem }).waitFor().then(() => undefined)
		});
		await page.getByText(/^Connection to the game lost: reconnecting…/).waitFor();
		await page.keyboard.press(String(keys[0] + 1));
		await page.getByRole('status').filter({ hasText: 'Your answer is kept' }).waitFor();
		// this phone stays cut off from the game until the next server has revealed the question
		const cutOff = /\/api\/rooms\/\d{6}\/(events|answer)$/;
		await page.route(cutOff, (route) => route.abort());
		await stopped.restart();
		await stopped.after(stopped.host, (e) => e.event === 'host' && (e.data.room as { phase: string }).phase === 'reveal', 40_000);
		await page.unroute(cutOff);
		await page.getByText('Your answer to question 1, given while the connection was lost, reached the game after that question had closed: it does not count.').waitFor();
		expect(await page.getByText('You did not answer this question.').count()).toBe(0);
		expect(storedAnswers(stopped.code)).toBe(0);
		await page.context().close();
	}, 90_000);

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
