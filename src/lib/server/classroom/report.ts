/**
 * The teacher's side of a live room outside the live game (issue 8): its secret report link, the
 * teacher-only notes of its players, the report over its stored answers, and its deletion. Reads
 * and writes SQLite only, never the live `Room`, so a note cannot reach a device's stream and a
 * report still opens after the room has left the server's memory.
 */
import { createHmac } from 'node:crypto';
import { buildReport, type Report } from '$lib/report/report';
import type { RoomPhase } from '$lib/classroom/types';
import { parseQuiz } from '$lib/quiz/schema';
import type { Quiz, Response } from '$lib/quiz/types';
import type { Db } from '../db';
import { hashToken } from './room';

/** A room as its report needs it, read from its stored row. Times are epoch ms. */
export interface RoomRecord {
	id: string;
	code: string;
	quiz: Quiz;
	phase: RoomPhase;
	createdAt: number;
	expiresAt: number;
}

interface RoomRow {
	id: string;
	code: string;
	quiz_body: string;
	phase: RoomPhase;
	created_at: number;
	expires_at: number;
}

const toRecord = (r: RoomRow): RoomRecord => ({
	id: r.id,
	code: r.code,
	quiz: parseQuiz(JSON.parse(r.quiz_body)),
	phase: r.phase,
	createdAt: r.created_at,
	expiresAt: r.expires_at
});

/**
 * The report token of the room hosted with `hostToken`: HMAC-SHA256 of a fixed label keyed by
 * the host token, base64url (43 characters). Distinct from the host token, which it does not
 * reveal, yet the host screen can always derive it again, so only its hash need be stored.
 */
export function roomReportToken(hostToken: string): string {
	return createHmac('sha256', hostToken).update('newsquiz live room report').digest('base64url');
}

/**
 * Stores the hash of the report token of room `roomId` (hosted with `hostToken`) unless it is
 * already there, and returns the token. Call it only with a host token the room accepted.
 */
export function registerRoomReport(db: Db, roomId: string, hostToken: string): string {
	const token = roomReportToken(hostToken);
	db.prepare('INSERT OR IGNORE INTO room_reports (room_id, report_token_hash) VALUES (?, ?)').run(roomId, hashToken(token));
	return token;
}

/** The room whose report token is `token`, or undefined (unknown token, or the room was deleted). */
export function findRoomByReportToken(db: Db, token: string): RoomRecord | undefined {
	const row = db
		.prepare(
			`SELECT rooms.* FROM room_reports JOIN rooms ON rooms.id = room_reports.room_id
			 WHERE room_reports.report_token_hash = ?`
		)
		.get(hashToken(token)) as RoomRow | undefined;
	return row && toRecord(row);
}

/** Whether the room's game may still change: not at its podium and not expired at `now` (epoch ms). */
export function isLive(room: RoomRecord, now = Date.now()): boolean {
	return room.phase !== 'podium' && room.expiresAt > now;
}

/**
 * Keeps a player's teacher-only note (already cleaned by `cleanTeacherNote`; null keeps
 * nothing). The player's row must be stored first.
 */
export function saveTeacherNote(db: Db, playerId: string, note: string | null): void {
	if (note === null) return;
	db.prepare('INSERT OR REPLACE INTO room_player_notes (player_id, teacher_note) VALUES (?, ?)').run(playerId, note);
}

interface AnswerRow {
	player_id: string;
	item_index: number;
	response: string;
	elapsed_ms: number;
	correct: number;
	points: number;
}

/**
 * The teacher's report of a live room: `buildReport` over its players in join order (those the
 * host removed are left out, with their answers) with their notes, and every stored answer,
 * the open item's included. A player who did not answer an item in time has no answer to it.
 */
export function roomReport(db: Db, room: RoomRecord): Report {
	const players = db
		.prepare(
			`SELECT p.id, p.nickname, n.teacher_note AS note FROM room_players p
			 LEFT JOIN room_player_notes n ON n.player_id = p.id
			 WHERE p.room_id = ? AND p.removed = 0 ORDER BY p.joined_at, p.id`
		)
		.all(room.id) as { id: string; nickname: string; note: string | null }[];
	const answers = db.prepare('SELECT * FROM room_answers WHERE room_id = ?').all(room.id) as AnswerRow[];
	return buildReport({
		items: room.quiz.items,
		students: players,
		answers: answers.map((a) => ({
			studentId: a.player_id,
			itemIndex: a.item_index,
			response: JSON.parse(a.response) as Response,
			elapsedMs: a.elapsed_ms,
			correct: a.correct === 1,
			points: a.points
		}))
	});
}

/**
 * Deletes the stored room `roomId` with its players, answers, notes and report token (ON DELETE
 * CASCADE). The live room must be closed first: use `Classroom.deleteRoom`, which does both.
 */
export function deleteRoomRows(db: Db, roomId: string): void {
	db.prepare('DELETE FROM rooms WHERE id = ?').run(roomId);
}
