import type { Quiz, Response } from '$lib/quiz/types';
import type { Db } from '../db';
import type { RoomAnswer, RoomPlayer } from './room-machine';
import type { RoomPhase } from '$lib/classroom/types';

/** A room's row as stored: what a restarted server needs to rebuild it. Times are epoch ms. */
export interface StoredRoom {
	id: string;
	code: string;
	quizId: string;
	quiz: Quiz;
	hostTokenHash: string;
	phase: RoomPhase;
	itemIndex: number;
	deadline: number | null;
	remainingMs: number | null;
	/** When the current item opened; null before the first item, or for one opened before this was stored. */
	openedAt: number | null;
	createdAt: number;
	expiresAt: number;
}

/** A player's row: the machine's player (absent, since presence is not stored) and their token hash. */
export interface StoredPlayer {
	player: RoomPlayer;
	tokenHash: string;
}

/** The phase fields saved on every phase change. */
export interface PhaseRecord {
	phase: RoomPhase;
	itemIndex: number;
	deadline: number | null;
	remainingMs: number | null;
	openedAt: number | null;
	expiresAt: number;
}

interface PlayerRow {
	id: string;
	nickname: string;
	token_hash: string;
	joined_at: number;
	first_item: number;
	points: number;
	streak: number;
	correct: number;
	removed: number;
}

interface AnswerRow {
	player_id: string;
	item_index: number;
	response: string;
	answered_at: number;
	elapsed_ms: number;
	correct: number;
	credit: number;
	points: number;
	streak: number;
}

/**
 * How long the first queued write waits for others to share its commit, in ms. A commit costs
 * far more than a row (the WAL write and its sync), and answers spread over a class's think time
 * arrive a few ms apart: waiting 2 ms lets them share commits, for 2 ms more to acknowledge.
 */
const GROUP_COMMIT_MS = 2;

/**
 * The classroom's SQLite persistence. Every write goes through `write`, which queues it and
 * commits everything queued within `GROUP_COMMIT_MS` in one transaction (group commit): 2,000
 * answers arriving together cost a handful of commits, and a caller's promise resolves only
 * once its write is committed, so an acknowledged answer survives a restart.
 */
export class RoomStore {
	/** Queued writes; `single` marks one SQL statement, which needs no savepoint of its own (see `write`). */
	private pending: { run: () => void; single: boolean; resolve: () => void; reject: (e: unknown) => void }[] = [];
	private scheduled = false;
	private readonly statements;
	/**
	 * The group commit's transaction and each write's savepoint within it, made once: better-sqlite3's
	 * `db.transaction` builds a new wrapper (four variants, their properties) on every call, which made
	 * up most of the commit's cost per answer in a burst of 2,000; a transaction function takes arguments.
	 */
	private readonly commit;
	private readonly savepoint;
	private readonly db: Db;

	/** Wraps an open database whose migrations include `004-rooms.sql` and `008-room-opened-at.sql`. */
	constructor(db: Db) {
		this.db = db;
		this.statements = {
			insertRoom: db.prepare(
				`INSERT INTO rooms (id, code, quiz_id, quiz_body, host_token_hash, phase, item_index, deadline,
				 remaining_ms, opened_at, created_at, expires_at)
				 VALUES (@id, @code, @quizId, @quizBody, @hostTokenHash, @phase, @itemIndex, @deadline, @remainingMs,
				 @openedAt, @createdAt, @expiresAt)`
			),
			savePhase: db.prepare(
				`UPDATE rooms SET phase = @phase, item_index = @itemIndex, deadline = @deadline,
				 remaining_ms = @remainingMs, opened_at = @openedAt, expires_at = @expiresAt WHERE id = @id`
			),
			insertPlayer: db.prepare(
				`INSERT INTO room_players (id, room_id, nickname, nickname_key, token_hash, joined_at, first_item)
				 VALUES (?, ?, ?, ?, ?, ?, ?)`
			),
			saveTotals: db.prepare('UPDATE room_players SET points = ?, streak = ?, correct = ? WHERE id = ?'),
			removePlayer: db.prepare('UPDATE room_players SET removed = 1 WHERE id = ?'),
			insertAnswer: db.prepare(
				`INSERT INTO room_answers (room_id, item_index, player_id, response, answered_at, elapsed_ms, correct,
				 credit, points, streak) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			),
			openRooms: db.prepare('SELECT * FROM rooms WHERE expires_at > ?'),
			players: db.prepare('SELECT * FROM room_players WHERE room_id = ? ORDER BY joined_at, id'),
			answers: db.prepare('SELECT * FROM room_answers WHERE room_id = ? AND item_index = ?'),
			playerAnswers: db.prepare(
				'SELECT * FROM room_answers WHERE room_id = ? AND player_id = ? ORDER BY item_index'
			)
		};
		this.savepoint = db.transaction((run: () => void) => run());
		this.commit = db.transaction((batch: { run: () => void; single: boolean }[], failures: Map<number, unknown>) =>
			batch.forEach((w, i) => {
				try {
					if (w.single) w.run();
					else this.savepoint(w.run);
				} catch (error) {
					// an error that ended the transaction (SQLite rolls back on a full disk, say) took
					// the batch's earlier writes with it: the whole batch fails, as none of it was kept
					if (!this.db.inTransaction) throw error;
					failures.set(i, error);
				}
			})
		);
	}

	/**
	 * Queues `run` (synchronous SQL) for the next group commit. Resolves once committed; rejects
	 * with the driver's error when the transaction fails, in which case nothing of it was kept.
	 * With `single`, `run` is one SQL statement, which SQLite undoes alone when it fails (a
	 * constraint error backs out that statement and keeps the transaction: sqlite.org/lang_conflict.html,
	 * ABORT), so it runs without the savepoint that isolates a write of several statements: the
	 * savepoint and its release were about half of the commit's work per answer in a burst of 2,000.
	 */
	write(run: () => void, single = false): Promise<void> {
		return new Promise((resolve, reject) => {
			this.pending.push({ run, single, resolve, reject });
			if (!this.scheduled) {
				this.scheduled = true;
				setTimeout(() => this.flush(), GROUP_COMMIT_MS);
			}
		});
	}

	/**
	 * Commits every queued write now, in one transaction, rather than at the group commit's
	 * timer: at shutdown, so that an answer acknowledged or a move the host made is in the
	 * database the next server resumes from, and when answers close an item, whose reveal waits
	 * for their commit (see `Room.takeAnswers`). Returns nothing; each write's promise settles.
	 */
	flush(): void {
		// the group commit's timer may still fire after a shutdown's flush, on a database since closed
		if (this.pending.length === 0) return void (this.scheduled = false);
		const batch = this.pending;
		this.pending = [];
		this.scheduled = false;
		// Each write runs in its own savepoint, so one refused write (a duplicate answer, say)
		// rolls back alone and the rest of the batch still commits.
		const failures = new Map<number, unknown>();
		try {
			this.commit(batch, failures);
		} catch (error) {
			batch.forEach((w) => w.reject(error));
			return;
		}
		batch.forEach((w, i) => (failures.has(i) ? w.reject(failures.get(i)) : w.resolve()));
	}

	/** Stores a new room. */
	insertRoom(room: StoredRoom): Promise<void> {
		return this.write(() =>
			this.statements.insertRoom.run({
				id: room.id,
				code: room.code,
				quizId: room.quizId,
				quizBody: JSON.stringify(room.quiz),
				hostTokenHash: room.hostTokenHash,
				phase: room.phase,
				itemIndex: room.itemIndex,
				deadline: room.deadline,
				remainingMs: room.remainingMs,
				openedAt: room.openedAt,
				createdAt: room.createdAt,
				expiresAt: room.expiresAt
			})
		);
	}

	/** Stores a player who joined; `nicknameKey` is unique in the room (the database refuses a second one). */
	insertPlayer(roomId: string, player: RoomPlayer, nicknameKey: string, tokenHash: string): Promise<void> {
		return this.write(() =>
			this.statements.insertPlayer.run(
				player.id,
				roomId,
				player.nickname,
				nicknameKey,
				tokenHash,
				player.joinedAt,
				player.firstItem
			),
			true
		);
	}

	/** Marks a player removed: their token no longer acts in the room. */
	removePlayer(playerId: string): Promise<void> {
		return this.write(() => this.statements.removePlayer.run(playerId), true);
	}

	/** Stores an accepted answer; the primary key (room, item, player) refuses a second one. */
	insertAnswer(roomId: string, answer: RoomAnswer): Promise<void> {
		return this.write(() =>
			this.statements.insertAnswer.run(
				roomId,
				answer.itemIndex,
				answer.playerId,
				JSON.stringify(answer.response),
				answer.at,
				answer.elapsedMs,
				answer.correct ? 1 : 0,
				answer.credit,
				answer.points,
				answer.streak
			),
			true
		);
	}

	/** Saves a phase change and, when given (after an item closes), every player's totals, together. */
	savePhase(roomId: string, record: PhaseRecord, totals?: RoomPlayer[]): Promise<void> {
		return this.write(() => {
			this.statements.savePhase.run({ id: roomId, ...record });
			for (const p of totals ?? []) this.statements.saveTotals.run(p.points, p.streak, p.correct, p.id);
		});
	}

	/** Every room not yet expired at `now` (epoch ms), as stored. */
	openRooms(now: number): StoredRoom[] {
		return (this.statements.openRooms.all(now) as Record<string, unknown>[]).map((r) => ({
			id: r.id as string,
			code: r.code as string,
			quizId: r.quiz_id as string,
			quiz: JSON.parse(r.quiz_body as string) as Quiz,
			hostTokenHash: r.host_token_hash as string,
			phase: r.phase as RoomPhase,
			itemIndex: r.item_index as number,
			deadline: r.deadline as number | null,
			remainingMs: r.remaining_ms as number | null,
			openedAt: r.opened_at as number | null,
			createdAt: r.created_at as number,
			expiresAt: r.expires_at as number
		}));
	}

	/** A room's players in join order, all marked absent. */
	players(roomId: string): StoredPlayer[] {
		return (this.statements.players.all(roomId) as PlayerRow[]).map((r) => ({
			tokenHash: r.token_hash,
			player: {
				id: r.id,
				nickname: r.nickname,
				joinedAt: r.joined_at,
				firstItem: r.first_item,
				points: r.points,
				streak: r.streak,
				correct: r.correct,
				present: false,
				removed: r.removed === 1
			}
		}));
	}

	/** The stored answers to one item of a room. */
	answers(roomId: string, itemIndex: number): RoomAnswer[] {
		return (this.statements.answers.all(roomId, itemIndex) as AnswerRow[]).map(toAnswer);
	}

	/** One player's stored answers in item order (for their result page). */
	playerAnswers(roomId: string, playerId: string): RoomAnswer[] {
		return (this.statements.playerAnswers.all(roomId, playerId) as AnswerRow[]).map(toAnswer);
	}
}

function toAnswer(r: AnswerRow): RoomAnswer {
	return {
		playerId: r.player_id,
		itemIndex: r.item_index,
		response: JSON.parse(r.response) as Response,
		at: r.answered_at,
		elapsedMs: r.elapsed_ms,
		correct: r.correct === 1,
		credit: r.credit,
		points: r.points,
		streak: r.streak
	};
}
