import { randomBytes, randomInt } from 'node:crypto';
import type { Quiz } from '$lib/quiz/types';
import { getDatabase, scrubDeleted, type Db } from '../db';
import { RateLimiter } from './rate-limit';
import { deleteRoomRows } from './report';
import { hashToken, newToken, Room, ROOM_LIFETIME_MS, RoomError } from './room';
import { RoomStore } from './store';

/** How often every open stream gets a heartbeat comment, in ms. */
const HEARTBEAT_MS = 15_000;
/** How often expired rooms and idle rate-limit buckets are swept, in ms. */
const SWEEP_MS = 60_000;

/**
 * Join limits. Wrong codes: 10 attempts per address, refilled at 10 a minute, so guessing one
 * of the million codes takes months. Join attempts per room code and per address: a burst of
 * 300, then `CLASSROOM_JOINS_PER_SECOND` (default 30) a second, which seats a 2,000-student
 * lecture hall behind one school address in about a minute while stopping a flood of bots.
 * Join page views that look a code up: 120 a minute per address, apart from the wrong-code
 * limit, so that a class behind one address reloading an old room's tab leaves every join its
 * budget, while looking codes up stays far too slow to find a room by guessing.
 */
function limits() {
	const perSecond = Number(process.env.CLASSROOM_JOINS_PER_SECOND) || 30;
	return {
		wrongCode: new RateLimiter(10, 10 / 60),
		pageView: new RateLimiter(120, 2),
		perCode: new RateLimiter(Math.max(300, perSecond * 10), perSecond),
		perAddress: new RateLimiter(Math.max(300, perSecond * 10), perSecond)
	};
}

/** What a student who typed or opened a code of no open room is told, saying what to do. */
export const NO_SUCH_ROOM = 'No open room has that code: check the six digits on the board.';

/** What a student who typed or opened a code that is not six digits ("12ab") is told: what a room code is, then what to do. */
export const NOT_A_ROOM_CODE = 'A room code has six digits: type the six digits on the board.';

/** The refusal of a join over a rate limit, `ms` before the next attempt is let through. */
function tooManyAttempts(ms: number): RoomError {
	return new RoomError(429, 'rate-limited', `Too many attempts: wait ${Math.ceil(ms / 1000)} s and try again.`);
}

/**
 * The classroom service: every open room of this server, by code, rebuilt from SQLite when it
 * is created so a restarted server resumes each room (deadlines included). It is server-wide
 * infrastructure like the database connection, not per-user state: rooms are shared by their
 * players by design, and everything a player owns is keyed by their secret token. One instance
 * per process, from `getClassroom()`.
 */
export class Classroom {
	private readonly db: Db;
	private readonly store: RoomStore;
	private readonly rooms = new Map<string, Room>();
	private readonly limits = limits();
	private readonly timers: ReturnType<typeof setInterval>[];

	/** Opens the service over `db` and resumes every room stored there that has not expired. */
	constructor(db: Db, now = Date.now()) {
		this.db = db;
		this.store = new RoomStore(db);
		for (const stored of this.store.openRooms(now)) {
			const room = new Room({
				stored,
				players: this.store.players(stored.id),
				answers: stored.itemIndex >= 0 ? this.store.answers(stored.id, stored.itemIndex) : [],
				store: this.store,
				now
			});
			this.rooms.set(room.code, room);
		}
		this.timers = [
			setInterval(() => this.rooms.forEach((room) => room.heartbeat()), HEARTBEAT_MS),
			setInterval(() => this.sweep(Date.now()), SWEEP_MS)
		];
		this.timers.forEach((t) => t.unref());
	}

	/**
	 * Opens a room for `quiz` with a fresh 6-digit code unique among open rooms. Returns the room
	 * and the host's secret token (shown once; only its hash is kept).
	 */
	async create(quiz: Quiz, now = Date.now()): Promise<{ room: Room; hostToken: string }> {
		let code: string;
		do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
		while (this.rooms.has(code));
		const hostToken = newToken();
		const stored = {
			id: randomBytes(9).toString('base64url'),
			code,
			quizId: quiz.id,
			quiz,
			hostTokenHash: hashToken(hostToken),
			phase: 'lobby' as const,
			itemIndex: -1,
			deadline: null,
			remainingMs: null,
			openedAt: null,
			createdAt: now,
			expiresAt: now + ROOM_LIFETIME_MS
		};
		const room = new Room({ stored, players: [], answers: [], store: this.store, now });
		this.rooms.set(code, room);
		await this.store.insertRoom(stored);
		return { room, hostToken };
	}

	/** The open room with `code`, or undefined. */
	find(code: string): Room | undefined {
		return this.rooms.get(code);
	}

	/**
	 * Whether `code` names an open room, for the join page opened with it from `address` (a room's
	 * link, or the address of a room that is gone), so that the page says at once that no room has
	 * it. Held to the page-view limit of `limits`, never to the wrong-code limit of a join: a page
	 * view is no attempt to join, and a class behind one address reloading a closed room's tab had
	 * used up the joins of everyone there. Returns undefined when the address is over its limit,
	 * as the page then says nothing of the code and a join sent says what became of it.
	 */
	isOpenRoom(code: string, address: string, now = Date.now()): boolean | undefined {
		if (this.limits.pageView.take(address, now)) return undefined;
		return /^\d{6}$/.test(code) && this.rooms.has(code);
	}

	/**
	 * The room a join attempt from `address` names, after the rate limits. Throws `RoomError`
	 * 429 (with the wait in the message) when the address or the code is over its limit, and 404
	 * for a code that names no open room, which also counts against the address.
	 */
	roomToJoin(code: string, address: string, now = Date.now()): Room {
		if (!this.limits.wrongCode.allows(address, now)) throw tooManyAttempts(this.limits.wrongCode.take(address, now));
		const room = /^\d{6}$/.test(code) ? this.rooms.get(code) : undefined;
		if (!room) {
			this.limits.wrongCode.take(address, now);
			throw new RoomError(404, 'no-such-room', NO_SUCH_ROOM);
		}
		const byAddress = this.limits.perAddress.take(address, now);
		if (byAddress) throw tooManyAttempts(byAddress);
		const byCode = this.limits.perCode.take(code, now);
		if (byCode) throw tooManyAttempts(byCode);
		return room;
	}

	/**
	 * Deletes the room `roomId` with everything in it (players, answers, notes, tokens): its open
	 * streams are told so and closed, then its rows go after any write already queued for it, and
	 * the deleted bytes are scrubbed from the database file (`scrubDeleted`). Resolves once
	 * committed; a room no longer in memory (expired) is deleted from the database alike.
	 */
	async deleteRoom(roomId: string): Promise<void> {
		for (const [code, room] of this.rooms) {
			if (room.id !== roomId) continue;
			room.deleted();
			this.rooms.delete(code);
		}
		await this.store.write(() => deleteRoomRows(this.db, roomId));
		scrubDeleted(this.db);
	}

	/**
	 * Stops the timers, every room's machine (its item deadline's timer with it) and streams, and
	 * commits the writes still queued (tests, shutdown). A room's state is in the database as
	 * of its last change, deadline included, so the next server resumes it where it stood.
	 */
	close(): void {
		this.timers.forEach((t) => clearInterval(t));
		this.rooms.forEach((room) => room.close());
		this.rooms.clear();
		this.store.flush();
	}

	private sweep(now: number): void {
		for (const [code, room] of this.rooms) {
			if (room.expiresAt <= now) {
				room.close();
				this.rooms.delete(code);
			}
		}
		Object.values(this.limits).forEach((limiter) => limiter.sweep(now));
	}
}

let classroom: Classroom | undefined;

/**
 * The server's one classroom service, created on first use over `getDatabase()`; creating it
 * resumes the rooms stored there. See `Classroom` for why one per process is right.
 */
export function getClassroom(): Classroom {
	classroom ??= new Classroom(getDatabase());
	return classroom;
}
