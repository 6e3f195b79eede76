import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/server/db';
import { answerCount } from '../../../src/lib/classroom/attendance';
import { Classroom } from '../../../src/lib/server/classroom/classroom';
import { RoomStore } from '../../../src/lib/server/classroom/store';
import { parseQuiz } from '../../../src/lib/quiz/schema';
import { fixtureQuiz, keys } from './fixture';

describe('Classroom', () => {
	const cleanups: (() => void)[] = [];
	afterEach(() => cleanups.splice(0).forEach((c) => c()));

	function open(path: string) {
		const db = openDatabase(path);
		const classroom = new Classroom(db);
		cleanups.push(() => {
			classroom.close();
			db.close();
		});
		return { db, classroom };
	}

	function tempPath() {
		const dir = mkdtempSync(join(tmpdir(), 'newsquiz-room-'));
		cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
		return join(dir, 'newsquiz.db');
	}

	it('refuses an answer while the host has paused the item, with the reason, and takes it once resumed', async () => {
		const { classroom, db } = open(tempPath());
		const { room } = await classroom.create(fixtureQuiz());
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		await room.join({ nickname: 'Bob', at: Date.now() });
		await room.host({ action: 'start' }, Date.now());
		await room.host({ action: 'pause' }, Date.now());
		expect(await room.answer(ann.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('paused');
		await room.host({ action: 'resume' }, Date.now());
		expect(await room.answer(ann.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('accepted');
		classroom.close();
		db.close();
	});

	it('sends every device the headline with its printed key blanked until the last item is revealed, then whole', async () => {
		const { classroom } = open(tempPath());
		const quiz = fixtureQuiz();
		const masked = 'Lukashenko meets Putin in _____';
		expect(quiz.title).toBe('Lukashenko meets Putin in Sochi');
		const { room } = await classroom.create(quiz);
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		expect(room.state().title).toBe(masked);
		await room.host({ action: 'start' }, Date.now());
		for (let index = 0; index < quiz.items.length; index++) {
			expect(room.state().title).toBe(masked);
			await room.host({ action: 'skip' }, Date.now());
			const last = index === quiz.items.length - 1;
			expect(room.state().phase).toBe('reveal');
			expect(room.state().title).toBe(last ? quiz.title : masked);
			expect(room.results(ann.player.id).title).toBe(last ? quiz.title : masked);
			await room.host({ action: 'next' }, Date.now());
			expect(room.state().title).toBe(last ? quiz.title : masked);
			if (!last) await room.host({ action: 'next' }, Date.now());
		}
	});

	it('scores a game the host ended early out of the items played, and marks those a late joiner never saw', async () => {
		const { classroom } = open(tempPath());
		const { room } = await classroom.create(fixtureQuiz());
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		await room.join({ nickname: 'Bob', at: Date.now() });
		await room.host({ action: 'start' }, Date.now());
		expect(await room.answer(ann.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('accepted');
		await room.host({ action: 'skip' }, Date.now());
		const cy = await room.join({ nickname: 'Cy', at: Date.now() });
		await room.host({ action: 'end' }, Date.now());

		const ended = room.results(ann.player.id);
		expect(ended).toMatchObject({ finished: true, correct: 1, played: 1, itemCount: 3 });
		expect(ended.items.map((i) => [i.index, i.joinedAfter])).toEqual([[0, false]]);
		const late = room.results(cy.player.id);
		expect(late).toMatchObject({ played: 0 });
		expect(late.items.map((i) => [i.index, i.joinedAfter, i.given])).toEqual([[0, true, null]]);
	});

	it('reveals an estimate near the key as close, apart from the right answers, as each player\'s verdict says', async () => {
		const { classroom } = open(tempPath());
		const seedQuiz = parseQuiz(JSON.parse(readFileSync('questions/belarus-lukashenko-putin-sochi.json', 'utf8')));
		const estimate = seedQuiz.items.findIndex((item) => item.numeric?.value === 80);
		const { room } = await classroom.create(seedQuiz);
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		const bob = await room.join({ nickname: 'Bob', at: Date.now() });
		await room.host({ action: 'start' }, Date.now());
		for (let i = 0; i < estimate; i++) {
			// the timer skipped to the reveal, then on past the leaderboard to the next question
			await room.host({ action: 'skip' }, Date.now());
			await room.host({ action: 'next' }, Date.now());
			await room.host({ action: 'next' }, Date.now());
		}
		expect(await room.answer(ann.player.id, estimate, { kind: 'number', value: 96 }, Date.now())).toBe('accepted');
		expect(await room.answer(bob.player.id, estimate, { kind: 'number', value: 80 }, Date.now())).toBe('accepted');
		await room.host({ action: 'skip' }, Date.now());
		expect(room.state().reveal).toMatchObject({ answered: 2, correct: 1, close: 1 });
	});

	it('resumes a room mid-item after a restart with its players, answers and deadline', async () => {
		const path = tempPath();
		const first = open(path);
		const { room, hostToken } = await first.classroom.create(fixtureQuiz());
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		const bob = await room.join({ nickname: 'Bob', at: Date.now() });
		await room.host({ action: 'start' }, Date.now());
		expect(await room.answer(ann.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('accepted');
		const deadline = room.state().deadline;
		first.classroom.close();
		first.db.close();

		const second = open(path);
		const resumed = second.classroom.find(room.code)!;
		expect(resumed.isHost(hostToken)).toBe(true);
		expect(resumed.phase).toBe('question');
		expect(resumed.state().deadline).toBe(deadline);
		expect(resumed.playerFor(bob.token).nickname).toBe('Bob');
		expect(await resumed.answer(ann.player.id, 0, { kind: 'choice', option: 0 }, Date.now())).toBe('already-answered');
		expect(await resumed.answer(bob.player.id, 0, { kind: 'choice', option: 3 }, Date.now())).toBe('accepted');
		// Both players count as present until they fail to reconnect, so the item closes early.
		expect(resumed.phase).toBe('reveal');
		expect(resumed.self(ann.player.id)).toMatchObject({ rank: 1, correct: 1 });
		expect(resumed.self(bob.player.id).ahead?.nickname).toBe('Ann');
		const stored = second.db.prepare('SELECT player_id FROM room_answers WHERE room_id = ? ORDER BY player_id').all(resumed.id);
		expect(stored).toHaveLength(2);
	});

	it('acknowledges each answer of a burst only once its row is committed, each stored once', async () => {
		const path = tempPath();
		const { classroom } = open(path);
		const { room } = await classroom.create(fixtureQuiz());
		const players = await Promise.all(Array.from({ length: 40 }, (_, i) => room.join({ nickname: `Player ${i}`, at: Date.now() })));
		await room.host({ action: 'start' }, Date.now());
		// A second connection sees only what is committed, as a restarted server would.
		const reader = openDatabase(path);
		const stored = reader.prepare('SELECT count(*) AS n FROM room_answers WHERE room_id = ?');
		const storedOf = reader.prepare('SELECT count(*) AS n FROM room_answers WHERE room_id = ? AND player_id = ?');
		const count = () => (stored.get(room.id) as { n: number }).n;
		const answers = players.map(({ player }, i) =>
			room.answer(player.id, 0, { kind: 'choice', option: i % 4 }, Date.now()).then((verdict) => ({
				verdict,
				committed: (storedOf.get(room.id, player.id) as { n: number }).n
			}))
		);
		const again = room.answer(players[0].player.id, 0, { kind: 'choice', option: 0 }, Date.now());
		expect(count()).toBe(0);
		expect(await Promise.all(answers)).toEqual(players.map(() => ({ verdict: 'accepted', committed: 1 })));
		expect(await again).toBe('already-answered');
		expect(count()).toBe(players.length);
		reader.close();
	});

	it("tells a player's devices their answer is in only once it is committed", async () => {
		const path = tempPath();
		const { classroom } = open(path);
		const { room } = await classroom.create(fixtureQuiz());
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		const bob = await room.join({ nickname: 'Bob', at: Date.now() });
		// Bob is here and has not answered, so the item stays open after Ann's answer
		room.connect({ kind: 'player', id: bob.player.id }, { send() {}, close() {} });
		const reader = openDatabase(path);
		const stored = reader.prepare('SELECT count(*) AS n FROM room_answers WHERE room_id = ? AND player_id = ?');
		const told: { answered: boolean; committed: number }[] = [];
		const decoder = new TextDecoder();
		room.connect({ kind: 'player', id: ann.player.id }, {
			send(chunk) {
				const self = /event: self\ndata: (.*)\n/.exec(decoder.decode(chunk))?.[1];
				if (self) told.push({ answered: JSON.parse(self).answered !== null, committed: (stored.get(room.id, ann.player.id) as { n: number }).n });
			},
			close() {}
		});
		await room.host({ action: 'start' }, Date.now());
		expect(await room.answer(ann.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('accepted');
		await new Promise((resolve) => setImmediate(resolve));
		expect(told.filter((t) => t.answered)).toEqual([{ answered: true, committed: 1 }]);
		reader.close();
	});

	it('reveals an item its last answers closed only once they are stored and acknowledged', async () => {
		const path = tempPath();
		const { classroom } = open(path);
		const { room } = await classroom.create(fixtureQuiz());
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		const bob = await room.join({ nickname: 'Bob', at: Date.now() });
		const reader = openDatabase(path);
		const stored = reader.prepare('SELECT count(*) AS n FROM room_answers WHERE room_id = ?');
		const decoder = new TextDecoder();
		let bobAcknowledged = false;
		const revealed: { acknowledged: boolean; stored: number; answered: number }[] = [];
		room.connect({ kind: 'player', id: bob.player.id }, { send() {}, close() {} });
		room.connect({ kind: 'player', id: ann.player.id }, {
			send(chunk) {
				const state = /event: state\ndata: (.*)\n/.exec(decoder.decode(chunk))?.[1];
				const reveal = state ? JSON.parse(state).reveal : null;
				if (reveal) revealed.push({ acknowledged: bobAcknowledged, stored: (stored.get(room.id) as { n: number }).n, answered: reveal.answered });
			},
			close() {}
		});
		await room.host({ action: 'start' }, Date.now());
		expect(await room.answer(ann.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('accepted');
		// Bob's is the last answer awaited: it closes the item
		const bobs = room.answer(bob.player.id, 0, { kind: 'choice', option: 3 }, Date.now()).then((verdict) => {
			bobAcknowledged = true;
			return verdict;
		});
		expect(await bobs).toBe('accepted');
		expect(room.phase).toBe('reveal');
		await new Promise((resolve) => setImmediate(resolve));
		expect(revealed).toEqual([{ acknowledged: true, stored: 2, answered: 2 }]);
		reader.close();
	});

	it('stores the other writes of a group commit when one of its answers is refused by the database', async () => {
		const { classroom, db } = open(tempPath());
		const { room } = await classroom.create(fixtureQuiz());
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		const bob = await room.join({ nickname: 'Bob', at: Date.now() });
		const store = new RoomStore(db);
		const answer = (playerId: string, option: number) => ({ playerId, itemIndex: 0, response: { kind: 'choice' as const, option }, at: 1, elapsedMs: 1, correct: false, credit: 0, points: 0, streak: 0 });
		// the three share one commit: the second repeats the first's primary key
		const writes = [
			store.insertAnswer(room.id, answer(ann.player.id, 0)),
			store.insertAnswer(room.id, answer(ann.player.id, 1)),
			store.insertAnswer(room.id, answer(bob.player.id, 2))
		].map((write) => write.then(() => 'stored', (error: Error) => error.message));
		expect(await Promise.all(writes)).toEqual(['stored', expect.stringMatching(/UNIQUE constraint failed/), 'stored']);
		const rows = db.prepare('SELECT player_id AS player, response FROM room_answers WHERE room_id = ? ORDER BY response').all(room.id);
		expect(rows).toEqual([
			{ player: ann.player.id, response: '{"kind":"choice","option":0}' },
			{ player: bob.player.id, response: '{"kind":"choice","option":2}' }
		]);
	});

	it('refuses a join once the last item has closed, and takes one while items are left', async () => {
		const { classroom } = open(tempPath());
		const { room } = await classroom.create(fixtureQuiz());
		await room.join({ nickname: 'Ann', at: Date.now() });
		await room.host({ action: 'start' }, Date.now());
		for (let item = 0; item < 2; item++) {
			await room.host({ action: 'skip' }, Date.now());
			await room.join({ nickname: `Reveal ${item}`, at: Date.now() });
			await room.host({ action: 'next' }, Date.now());
			await room.join({ nickname: `Board ${item}`, at: Date.now() });
			await room.host({ action: 'next' }, Date.now());
		}
		await room.host({ action: 'skip' }, Date.now());
		await expect(room.join({ nickname: 'Late', at: Date.now() })).rejects.toMatchObject({ status: 410, reason: 'finished' });
		await room.host({ action: 'next' }, Date.now());
		expect(room.phase).toBe('leaderboard');
		await expect(room.join({ nickname: 'Later', at: Date.now() })).rejects.toMatchObject({ status: 410, reason: 'finished' });
	});

	it('refuses a taken nickname regardless of case, and a removed player', async () => {
		const { classroom, db } = open(tempPath());
		const { room } = await classroom.create(fixtureQuiz());
		const sam = await room.join({ nickname: 'Sam', at: Date.now() });
		await expect(room.join({ nickname: 'sAM', at: Date.now() })).rejects.toMatchObject({ reason: 'nickname-taken' });
		await room.host({ action: 'remove', playerId: sam.player.id }, Date.now());
		expect(() => room.playerFor(sam.token)).toThrow(/removed/);
	});

	// a fresh user's host screen counted a late joiner who had gone as awaited, though the open question was not theirs to answer
	it("tells the host each player's first item, so the answer count waits only for those the open item is open to", async () => {
		const { classroom } = open(tempPath());
		const { room } = await classroom.create(fixtureQuiz());
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		await room.join({ nickname: 'Bob', at: Date.now() });
		await room.host({ action: 'start' }, Date.now());
		await room.join({ nickname: 'Cy', at: Date.now() });
		room.connect({ kind: 'player', id: ann.player.id }, { send: () => undefined, close: () => undefined });
		expect(await room.answer(ann.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('accepted');
		const host = room.hostState();
		expect(host.players.map((p) => [p.nickname, p.firstItem])).toEqual([['Ann', 0], ['Bob', 0], ['Cy', 1]]);
		expect(host.answered).toBe(1);
		// Ann is connected, Bob and Cy are away: Bob is awaited on item 1, Cy only from item 2 on
		const players = host.players.map((p) => ({ ...p, present: p.nickname === 'Ann' }));
		expect(answerCount({ answered: 1, eligible: 1 }, players, 0)).toEqual({ answered: 1, expected: 1, away: 1 });
		expect(answerCount({ answered: 0, eligible: 1 }, players, 1)).toEqual({ answered: 0, expected: 1, away: 2 });
	});

	it('limits wrong codes per address', async () => {
		const { classroom } = open(tempPath());
		for (let i = 0; i < 10; i++) expect(() => classroom.roomToJoin('000000', '10.0.0.1')).toThrow(/No open room/);
		expect(() => classroom.roomToJoin('000000', '10.0.0.1')).toThrow(/Too many attempts/);
		expect(() => classroom.roomToJoin('000000', '10.0.0.2')).toThrow(/No open room/);
	});

	// a class behind one school address reloading a closed room's tab had used up the joins of everyone there
	it('looks a code up for the join page without counting it against the wrong-code limit of joins, under a page-view limit of its own', async () => {
		const { classroom } = open(tempPath());
		const { room } = await classroom.create(fixtureQuiz());
		const wrong = room.code === '000000' ? '000001' : '000000';
		const now = Date.now();
		expect(classroom.isOpenRoom(room.code, '10.0.0.3', now)).toBe(true);
		for (let i = 0; i < 119; i++) expect(classroom.isOpenRoom(wrong, '10.0.0.3', now)).toBe(false);
		expect(classroom.isOpenRoom(wrong, '10.0.0.3', now)).toBeUndefined();
		expect(classroom.isOpenRoom(wrong, '10.0.0.4', now)).toBe(false);
		expect(classroom.roomToJoin(room.code, '10.0.0.3', now)).toBe(room);
		for (let i = 0; i < 10; i++) expect(() => classroom.roomToJoin(wrong, '10.0.0.3', now)).toThrow(/No open room/);
		expect(() => classroom.roomToJoin(room.code, '10.0.0.3', now)).toThrow(/Too many attempts/);
	});
});
