import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { timeLimitMs } from '../../../src/lib/quiz/scoring';
import { openDatabase, type Db } from '../../../src/lib/server/db';
import { Classroom } from '../../../src/lib/server/classroom/classroom';
import {
	findRoomByReportToken,
	isLive,
	registerRoomReport,
	roomReport,
	roomReportToken,
	saveTeacherNote
} from '../../../src/lib/server/classroom/report';
import type { Room } from '../../../src/lib/server/classroom/room';
import { studentsCsv } from '../../../src/lib/server/report-csv';
import { sweepExpired } from '../../../src/lib/server/retention';
import { cleanTeacherNote, MAX_NOTE_LENGTH } from '../../../src/lib/server/teacher-note';
import { fixtureQuiz, keys } from './fixture';

const quiz = fixtureQuiz();
const [L0, L1, L2] = quiz.items.map(timeLimitMs);
const choice = (option: number) => ({ kind: 'choice' as const, option });

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function open() {
	const dir = mkdtempSync(join(tmpdir(), 'newsquiz-room-report-'));
	const path = join(dir, 'newsquiz.db');
	const db = openDatabase(path);
	const classroom = new Classroom(db);
	cleanups.push(() => {
		classroom.close();
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});
	return { path, db, classroom };
}

async function seat(db: Db, room: Room, nickname: string, note?: string) {
	const { player, token } = await room.join({ nickname, at: Date.now() });
	saveTeacherNote(db, player.id, cleanTeacherNote(note));
	return { id: player.id, token };
}

/** Answers item `index` (already open) `elapsed` ms after it opened, by the room's own deadline. */
async function answerAfter(room: Room, playerId: string, index: number, option: number, elapsed: number) {
	const deadline = room.state().deadline!;
	const limit = timeLimitMs(quiz.items[index]);
	expect(await room.answer(playerId, index, choice(option), deadline - limit + elapsed)).toBe('accepted');
}

/** Closes the open item (the players in these tests hold no stream, so none counts as present), then moves on. */
async function next(room: Room) {
	await room.host({ action: 'skip' }, Date.now());
	await room.host({ action: 'next' }, Date.now());
	await room.host({ action: 'next' }, Date.now());
}

/**
 * A game of three items (keys 1, 0, 2) in timed mode, where a right answer after t of a limit T
 * earns round(1000 × (1 − t/T/2)) (1000 within 0.5 s) plus 100 per step of a streak beyond the
 * first. Ann: right at 0 (1000), right at T/2 (750 + 100), wrong. Bob: wrong, right at 0 (1000),
 * right at T (500 + 100). Cy: right at T/2 (750), no answer, wrong. Dee is removed in the lobby.
 * `stopMidGame` returns while item 2 (the second) is open with Ann's and Bob's answers in.
 */
async function playGame(db: Db, classroom: Classroom, { stopMidGame = false } = {}) {
	const { room, hostToken } = await classroom.create(quiz);
	const ann = await seat(db, room, 'Annwyl', '  Annwyl Quokkason ');
	const bob = await seat(db, room, 'Bobbington');
	const cy = await seat(db, room, 'Cyrilla', 'Cyrilla Zanzibarova');
	const dee = await seat(db, room, 'Deeandra', 'Deeandra Removed');
	await room.host({ action: 'remove', playerId: dee.id }, Date.now());
	const token = registerRoomReport(db, room.id, hostToken);
	await room.host({ action: 'start' }, Date.now());

	await answerAfter(room, ann.id, 0, keys[0], 0);
	await answerAfter(room, bob.id, 0, 0, L0 / 2);
	await answerAfter(room, cy.id, 0, keys[0], L0 / 2);
	await next(room);

	await answerAfter(room, ann.id, 1, keys[1], L1 / 2);
	await answerAfter(room, bob.id, 1, keys[1], 0);
	const midItem = roomReport(db, findRoomByReportToken(db, token)!);
	const players = { ann, bob, cy, dee };
	if (stopMidGame) return { room, hostToken, token, midItem, players };
	await next(room);

	await answerAfter(room, ann.id, 2, 0, L2 / 4);
	await answerAfter(room, bob.id, 2, keys[2], L2);
	await answerAfter(room, cy.id, 2, 3, L2 / 2);
	await next(room);
	expect(room.phase).toBe('podium');
	return { room, hostToken, token, midItem, players };
}

describe('the live room’s report', () => {
	it('gives a secret link distinct from the host token, stored only as a hash', async () => {
		const { db, classroom } = open();
		const { room, hostToken } = await classroom.create(quiz);
		const token = registerRoomReport(db, room.id, hostToken);
		expect(token).toBe(roomReportToken(hostToken));
		expect(token).not.toBe(hostToken);
		expect(registerRoomReport(db, room.id, hostToken)).toBe(token);
		expect(findRoomByReportToken(db, token)).toMatchObject({ id: room.id, code: room.code, phase: 'lobby' });
		expect(findRoomByReportToken(db, hostToken)).toBeUndefined();
		expect(findRoomByReportToken(db, `${token}x`)).toBeUndefined();
		const stored = JSON.stringify(db.prepare('SELECT * FROM room_reports').all());
		expect(stored).not.toContain(token);
		expect(stored).not.toContain(hostToken);
	});

	it('matches hand-computed figures over the stored answers, during the game and at the podium', async () => {
		const { db, classroom } = open();
		const { token, midItem } = await playGame(db, classroom);

		// During item 2, before the timer was skipped: item 1 complete, item 2 with two answers in.
		expect(midItem.items.map((i) => [i.answered, i.right])).toEqual([[3, 2], [2, 2], [0, 0]]);
		expect(midItem.students.map((s) => s.answered)).toEqual([2, 2, 1]);

		const record = findRoomByReportToken(db, token)!;
		expect(record.phase).toBe('podium');
		expect(isLive(record)).toBe(false);
		const report = roomReport(db, record);
		expect(report.students.map(({ nickname, note, points, right, answered, total, timeMs }) => [
			nickname, note, points, right, answered, total, timeMs
		])).toEqual([
			['Annwyl', 'Annwyl Quokkason', 1000 + 850 + 0, 2, 3, 3, 0 + L1 / 2 + L2 / 4],
			['Bobbington', null, 0 + 1000 + 600, 2, 3, 3, L0 / 2 + 0 + L2],
			['Cyrilla', 'Cyrilla Zanzibarova', 750 + 0, 1, 2, 3, L0 / 2 + L2 / 2]
		]);
		expect(report.students[0].answers.map((a) => a?.answer)).toEqual(['Sochi', 'More than five hours', '$500 million']);
		expect(report.students[2].answers[1]).toBeNull();

		const [i0, i1, i2] = report.items;
		expect([i0.answered, i0.right, i0.timedOut]).toEqual([3, 2, 0]);
		expect(i0.shareRight).toBeCloseTo(2 / 3, 10);
		expect(i0.meanMs).toBeCloseTo(L0 / 3, 10);
		expect(i0.choices.map((c) => [c.label, c.count, c.key])).toEqual([
			['Minsk', 1, false],
			['Sochi', 2, true],
			['Moscow', 0, false],
			['Kyiv', 0, false]
		]);
		expect([i1.answered, i1.right, i1.shareRight, i1.meanMs]).toEqual([2, 2, 1, L1 / 4]);
		expect(i2.choices.map((c) => c.count)).toEqual([1, 0, 1, 1]);
		expect(i2.shareRight).toBeCloseTo(1 / 3, 10);
		expect(i2.meanMs).toBeCloseTo((L2 / 4 + L2 + L2 / 2) / 3, 10);
		// Item 1 everyone answered right: no miss, so not listed.
		expect(report.mostMissed.map((i) => i.index)).toEqual([2, 0]);
		expect(report.sentences.map((s) => [s.items, s.answered])).toEqual([[[0], 3], [[1], 2], [[2], 3]]);

		const rows = parse(studentsCsv(report), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((r) => [r.Nickname, r['Real name'], r.Points, r.Right])).toEqual([
			['Annwyl', 'Annwyl Quokkason', '1850', '2'],
			['Bobbington', '', '1600', '2'],
			['Cyrilla', 'Cyrilla Zanzibarova', '750', '1']
		]);
	});
});

describe('the teacher-only note', () => {
	it('is cleaned, limited, and kept apart from everything the live room sends', async () => {
		expect(cleanTeacherNote('  Zoe\u0007 Martin  ')).toBe('Zoe Martin');
		expect(cleanTeacherNote('   ')).toBeNull();
		expect(cleanTeacherNote(undefined)).toBeNull();
		expect(() => cleanTeacherNote('n'.repeat(MAX_NOTE_LENGTH + 1))).toThrow(/80 characters or fewer/);

		const { db, classroom } = open();
		const { room, players } = await playGame(db, classroom);
		const seen = [
			JSON.stringify(room.hostState()),
			JSON.stringify(room.state()),
			...Object.values(players).filter((p) => p !== players.dee).map((p) => JSON.stringify(room.results(p.id)))
		].join('\n');
		expect(seen).toContain('Annwyl');
		expect(seen).not.toMatch(/Quokkason|Zanzibarova/);
	});
});

/** Every row of every table, as JSON text. */
function dumpAll(db: Db): string {
	const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
	return tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())).join('\n');
}

describe('deleting a live room', () => {
	it('leaves nothing of it in the database file, tells its devices, and keeps other rooms', async () => {
		const { path, db, classroom } = open();
		const { room, token, players } = await playGame(db, classroom, { stopMidGame: true });
		const other = await classroom.create(fixtureQuiz());
		const keeper = await seat(db, other.room, 'Keeper', 'Keeper Note');

		const received: string[] = [];
		let closed = 0;
		const sink = { send: (chunk: Uint8Array) => received.push(new TextDecoder().decode(chunk)), close: () => (closed += 1) };
		room.connect({ kind: 'host' }, sink);
		room.connect({ kind: 'player', id: players.ann.id }, sink);

		await classroom.deleteRoom(room.id);

		expect(received.filter((r) => r.startsWith('event: deleted'))).toHaveLength(2);
		expect(received.at(-1)).toContain('Your teacher deleted this room');
		expect(closed).toBe(2);
		expect(classroom.find(room.code)).toBeUndefined();
		expect(findRoomByReportToken(db, token)).toBeUndefined();

		const dump = dumpAll(db);
		for (const trace of [room.id, players.ann.id, players.dee.id, 'Annwyl', 'Bobbington', 'Quokkason', 'Zanzibarova', 'Deeandra']) {
			expect(dump).not.toContain(trace);
		}
		expect(dump).toContain(keeper.id);
		expect(dump).toContain('Keeper Note');
		expect(classroom.find(other.room.code)?.playerFor(keeper.token).nickname).toBe('Keeper');

		// Not even in the file's free pages or the write-ahead log.
		const bytes = Buffer.concat([readFileSync(path), existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0)]);
		for (const trace of ['Annwyl', 'annwyl', 'Bobbington', 'Quokkason', 'Zanzibarova', 'Deeandra']) {
			expect(bytes.includes(Buffer.from(trace)), trace).toBe(false);
		}
		expect(bytes.includes(Buffer.from('Keeper Note'))).toBe(true);
	});

	it('goes with its notes and report link when the retention sweep deletes the room', async () => {
		const { db, classroom } = open();
		const { token, room } = await playGame(db, classroom);
		const day = 24 * 3600_000;
		expect(sweepExpired(db, { now: room.createdAt + 89 * day, days: 90 }).rooms).toBe(0);
		expect(findRoomByReportToken(db, token)).toBeDefined();
		expect(sweepExpired(db, { now: room.createdAt + 91 * day, days: 90 }).rooms).toBe(1);
		expect(findRoomByReportToken(db, token)).toBeUndefined();
		for (const table of ['room_players', 'room_answers', 'room_player_notes', 'room_reports']) {
			expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
		}
	});
});
