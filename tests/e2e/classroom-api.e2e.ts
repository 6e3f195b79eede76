import { join as joinPath } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keys } from '../server/classroom/fixture';
import { EventReader, post, seedQuiz } from './classroom';

const baseURL = inject('baseURL');
const databasePath = joinPath(inject('dataDir'), 'newsquiz.db');

async function openRoom(): Promise<{ code: string; hostToken: string }> {
	const { status, body } = await post(baseURL, '/api/rooms', { quizId: 'room-fixture' });
	expect(status).toBe(201);
	expect(body.code).toMatch(/^\d{6}$/);
	return { code: body.code as string, hostToken: body.hostToken as string };
}

async function join(code: string, nickname?: string) {
	return post(baseURL, `/api/rooms/${code}/join`, nickname === undefined ? {} : { nickname });
}

async function joined(code: string, nickname: string): Promise<{ id: string; token: string }> {
	const { status, body } = await join(code, nickname);
	expect(status, JSON.stringify(body)).toBe(200);
	return { id: body.playerId as string, token: body.token as string };
}

const readers: EventReader[] = [];
function listen(code: string, token: string, host = false): EventReader {
	const reader = new EventReader(`${baseURL}/api/rooms/${code}/events${host ? '?as=host' : ''}`, token);
	readers.push(reader);
	return reader;
}

describe('classroom HTTP API', () => {
	beforeAll(() => {
		seedQuiz(databasePath);
	});
	afterAll(() => readers.forEach((r) => r.close()));

	it('refuses to open a room for an unknown quiz', async () => {
		const { status, body } = await post(baseURL, '/api/rooms', { quizId: 'no-such-quiz' });
		expect(status).toBe(404);
		expect(body.reason).toBe('no-such-quiz');
	});

	it('applies the nickname rules on join and generates a friendly nickname when none is given', async () => {
		const { code } = await openRoom();
		await joined(code, 'Ana');
		expect((await join(code, 'ANA')).body.reason).toBe('nickname-taken');
		expect((await join(code, 'A')).status).toBe(400);
		expect((await join(code, 'Bo\u200bb')).body.reason).toBe('bad-nickname');
		expect((await join(code, '\u2800\u2800')).status).toBe(400);
		const generated = await join(code);
		expect(generated.status).toBe(200);
		expect(generated.body.nickname).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+( \d+)?$/);
		expect((await join('999999')).status).toBe(404);
	});

	it('counts an answer once, never sends the key before the reveal, and reveals counts, key and source', async () => {
		const { code, hostToken } = await openRoom();
		const ann = await joined(code, 'Ann');
		const bob = await joined(code, 'Bob');
		const annEvents = listen(code, ann.token);
		const bobEvents = listen(code, bob.token);
		const host = listen(code, hostToken, true);
		await host.waitFor((e) => e.event === 'host' && (e.data.eligible as number) === 0);
		await annEvents.waitFor((e) => e.event === 'state');
		await bobEvents.waitFor((e) => e.event === 'state');
		expect((await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken)).status).toBe(200);
		const question = await annEvents.waitFor((e) => e.event === 'state' && e.data.phase === 'question');
		expect(JSON.stringify(question.data)).not.toMatch(/"key"|keySpan|source/);
		expect((question.data.item as { options: string[] }).options).toHaveLength(4);

		const answer = (token: string, option: number) =>
			post(baseURL, `/api/rooms/${code}/answer`, { itemIndex: 0, response: { kind: 'choice', option } }, token);
		expect((await answer(ann.token, keys[0])).body).toEqual({ status: 'accepted' });
		const again = await answer(ann.token, 0);
		expect(again.status).toBe(409);
		expect(again.body.reason).toBe('already-answered');
		expect(annEvents.events.some((e) => JSON.stringify(e.data).includes('"key"'))).toBe(false);

		expect((await answer(bob.token, 3)).status).toBe(200);
		const reveal = await bobEvents.waitFor((e) => e.event === 'state' && e.data.phase === 'reveal');
		expect(reveal.data.reveal).toMatchObject({
			key: keys[0],
			keyText: 'Sochi',
			counts: [0, 1, 0, 1],
			answered: 2,
			correct: 1,
			source: { text: 'Alexander Lukashenko met Vladimir Putin in Sochi on Friday.' }
		});
		const bobSelf = await bobEvents.waitFor((e) => e.event === 'self' && e.data.last !== null);
		expect(bobSelf.data).toMatchObject({ rank: 2, ahead: { nickname: 'Ann' }, last: { correct: false, points: 0 } });

		const db = new Database(databasePath, { readonly: true });
		const rows = db
			.prepare('SELECT COUNT(*) AS n FROM room_answers a JOIN rooms r ON r.id = a.room_id WHERE r.code = ?')
			.get(code) as { n: number };
		db.close();
		expect(rows.n).toBe(2);
	});

	it('refuses a forged player token and a forged host token, and lets a player act only as themself', async () => {
		const { code, hostToken } = await openRoom();
		const ann = await joined(code, 'Ann');
		const forgedHost = await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, ann.token);
		expect(forgedHost.status).toBe(403);
		expect((await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, 'x'.repeat(32))).status).toBe(403);
		const events = await fetch(`${baseURL}/api/rooms/${code}/events?as=host`, { headers: { authorization: `Bearer ${ann.token}` } });
		expect(events.status).toBe(403);
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken);
		const forged = await post(
			baseURL,
			`/api/rooms/${code}/answer`,
			{ itemIndex: 0, response: { kind: 'choice', option: 0 } },
			'forged-token-forged-token-forged'
		);
		expect(forged.status).toBe(401);
		const other = await openRoom();
		const elsewhere = await post(
			baseURL,
			`/api/rooms/${other.code}/answer`,
			{ itemIndex: 0, response: { kind: 'choice', option: 0 } },
			ann.token
		);
		expect(elsewhere.status).toBe(401);
	});

	it('removes a player on the server: their token can neither answer nor rejoin', async () => {
		const { code, hostToken } = await openRoom();
		const ann = await joined(code, 'Ann');
		const cy = await joined(code, 'Cy');
		const cyEvents = listen(code, cy.token);
		await cyEvents.waitFor((e) => e.event === 'state');
		const removal = await post(baseURL, `/api/rooms/${code}/host`, { action: 'remove', playerId: cy.id }, hostToken);
		expect(removal.status).toBe(200);
		await cyEvents.waitFor((e) => e.event === 'removed');
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken);
		const answer = await post(
			baseURL,
			`/api/rooms/${code}/answer`,
			{ itemIndex: 0, response: { kind: 'choice', option: 0 } },
			cy.token
		);
		expect(answer.status).toBe(403);
		const rejoin = await fetch(`${baseURL}/api/rooms/${code}/join`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: baseURL, cookie: `nq_player_${code}=${cy.token}` },
			body: JSON.stringify({ nickname: 'Cy again' })
		});
		expect(rejoin.status).toBe(403);
		expect((await post(baseURL, `/api/rooms/${code}/answer`, { itemIndex: 0, response: { kind: 'choice', option: 1 } }, ann.token)).status).toBe(200);
	});

	it('gives a rejoining device its own player back, and a late joiner plays from the next item', async () => {
		const { code, hostToken } = await openRoom();
		const ann = await joined(code, 'Ann');
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken);
		const again = await fetch(`${baseURL}/api/rooms/${code}/join`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: baseURL, cookie: `nq_player_${code}=${ann.token}` },
			body: JSON.stringify({ nickname: 'Someone else' })
		});
		expect(await again.json()).toMatchObject({ playerId: ann.id, nickname: 'Ann' });
		const late = await joined(code, 'Late');
		const early = await post(baseURL, `/api/rooms/${code}/answer`, { itemIndex: 0, response: { kind: 'choice', option: 1 } }, late.token);
		expect(early.body.reason).toBe('joined-late');
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'skip' }, hostToken);
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'next' }, hostToken);
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'next' }, hostToken);
		const next = await post(baseURL, `/api/rooms/${code}/answer`, { itemIndex: 1, response: { kind: 'choice', option: keys[1] } }, late.token);
		expect(next.body).toEqual({ status: 'accepted' });
	});

	it('accepts an answer until the deadline plus the grace and refuses one after it', { timeout: 60_000 }, async () => {
		const { code, hostToken } = await openRoom();
		const ann = await joined(code, 'Ann');
		const bob = await joined(code, 'Bob');
		const annEvents = listen(code, ann.token);
		await annEvents.waitFor((e) => e.event === 'state');
		await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken);
		const question = await annEvents.waitFor((e) => e.event === 'state' && e.data.phase === 'question');
		const deadline = question.data.deadline as number;
		const graceMs = question.data.graceMs as number;
		// Inside the grace: after the deadline, before the close.
		await new Promise((r) => setTimeout(r, deadline - Date.now() + graceMs / 4));
		const inGrace = await post(baseURL, `/api/rooms/${code}/answer`, { itemIndex: 0, response: { kind: 'choice', option: keys[0] } }, ann.token);
		expect(inGrace.body).toEqual({ status: 'accepted' });
		await new Promise((r) => setTimeout(r, deadline + graceMs - Date.now() + 50));
		const late = await post(baseURL, `/api/rooms/${code}/answer`, { itemIndex: 0, response: { kind: 'choice', option: keys[0] } }, bob.token);
		expect(late.status).toBe(409);
		expect(late.body.reason).toBe('late');
		expect((await annEvents.waitFor((e) => e.event === 'state' && e.data.phase === 'reveal')).data.reveal).toMatchObject({ answered: 1 });
	});

	it('answers alike through the Node fast path (JSON) and through the SvelteKit route (text/plain)', async () => {
		const { code, hostToken } = await openRoom();
		const [ann, bob] = [await joined(code, 'Ann'), await joined(code, 'Bob'), await joined(code, 'Cy')];
		expect((await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken)).status).toBe(200);
		// serve.js hands only JSON answers to the fast path; a same-origin text/plain body goes to SvelteKit.
		const send = async (contentType: string, body: string, token?: string) => {
			const response = await fetch(`${baseURL}/api/rooms/${code}/answer`, {
				method: 'POST',
				headers: { 'content-type': contentType, origin: baseURL, ...(token ? { authorization: `Bearer ${token}` } : {}) },
				body
			});
			return { status: response.status, body: await response.json() };
		};
		const both = async (body: unknown, token?: string) => {
			const text = typeof body === 'string' ? body : JSON.stringify(body);
			return { fast: await send('application/json', text, token), kit: await send('text/plain', text, token) };
		};
		const cases = [
			await both({ itemIndex: 0, response: { kind: 'choice', option: 0 } }),
			await both({ itemIndex: 0, response: { kind: 'choice', option: 0 } }, 'forged-token-forged-token-forged'),
			await both('{ not json', ann.token),
			await both({ itemIndex: 0, response: { kind: 'guess' } }, ann.token),
			await both({ itemIndex: 1, response: { kind: 'choice', option: 0 } }, ann.token),
			await both({ itemIndex: 0, response: { kind: 'choice', option: 9 } }, ann.token)
		];
		expect(cases.map((c) => c.fast.status)).toEqual([401, 401, 400, 400, 409, 400]);
		for (const { fast, kit } of cases) expect(fast).toEqual(kit);
		const choice = (option: number) => JSON.stringify({ itemIndex: 0, response: { kind: 'choice', option } });
		const first = { fast: await send('application/json', choice(keys[0]), ann.token), kit: await send('text/plain', choice(0), bob.token) };
		expect(first.fast).toEqual({ status: 200, body: { status: 'accepted' } });
		expect(first.kit).toEqual(first.fast);
		const again = await both({ itemIndex: 0, response: { kind: 'choice', option: 2 } }, ann.token);
		expect(again.fast.body.reason).toBe('already-answered');
		expect(again.kit).toEqual(again.fast);
		const db = new Database(databasePath, { readonly: true });
		const stored = db.prepare('SELECT COUNT(*) AS n FROM room_answers a JOIN rooms r ON r.id = a.room_id WHERE r.code = ?').get(code);
		db.close();
		expect(stored).toEqual({ n: 2 });
	});
});
