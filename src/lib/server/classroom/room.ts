import { hash, randomBytes } from 'node:crypto';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { keyTextOf } from '$lib/quiz/key-text';
import { maskedHeadline } from '$lib/quiz/masked-headline';
import { timeLimitMs } from '$lib/quiz/scoring';
import type { Item, Quiz, Response } from '$lib/quiz/types';
import type {
	HostPlayer,
	HostState,
	LiveItem,
	PlayerSelf,
	Reveal,
	RoomPhase,
	RoomState
} from '$lib/classroom/types';
import {
	ANSWER_GRACE_MS,
	answerVerdict,
	countAttendance,
	isEligible,
	roomMachine,
	type AnswerSubmission,
	type AnswerVerdict,
	type RoomContext,
	type RoomAnswer,
	type RoomEvent,
	type RoomPlayer
} from './room-machine';
import { Table } from './table';
import { checkNickname, friendlyNickname } from './nickname';
import { rankPlayers, type RankedPlayer } from './standings';
import type { PhaseRecord, RoomStore, StoredPlayer, StoredRoom } from './store';

/** The most players one room takes. */
export const ROOM_MAX_PLAYERS = 5000;
/** How long a room stays open after it is created, and after its podium, in ms. */
export const ROOM_LIFETIME_MS = 24 * 3600_000;
export const ROOM_AFTERLIFE_MS = 6 * 3600_000;
/**
 * How long a player counts as present after their last stream closed, in ms, and after a
 * restart before anyone reconnected: a reload or a phone waking up must not close an item
 * early for everyone else.
 */
const ABSENCE_GRACE_MS = 5000;
const RESTART_GRACE_MS = 10_000;
/**
 * How long after a player's last stream closed the host's screen counts them away, in ms, while
 * their absence grace runs on: the host's count follows a closed tab within a second (it lagged
 * by the whole grace, a fresh user's find), yet a reload, back within it, never shows as away.
 * Only the grace decides when an item closes early.
 */
const AWAY_SHOWN_MS = 600;
/** The longest the host's live counts wait before they are sent, in ms (bursts of answers coalesce). */
const HOST_THROTTLE_MS = 200;

/** What a player's result page shows (see `Room.results`). */
export interface PlayerResults extends PlayerSelf {
	title: string;
	finished: boolean;
	/** The quiz's items, played or not (a host may end the game early). */
	itemCount: number;
	/** The items revealed so far that this player could answer: those from `firstItem` on. A score is out of these. */
	played: number;
	/** The items revealed so far; `joinedAfter` marks one that closed before this player joined. */
	items: {
		index: number;
		stem: string;
		keyText: string;
		given: string | null;
		correct: boolean;
		points: number;
		joinedAfter: boolean;
	}[];
}

/** A refusal a person can act on: `reason` is stable for code, `message` says what to do, `status` is the HTTP status. */
export class RoomError extends Error {
	constructor(
		readonly status: number,
		readonly reason: string,
		message: string
	) {
		super(message);
	}
}

/** Where a connected device's Server-Sent Events go: `send` writes bytes, `close` ends the stream. */
export interface Sink {
	send(chunk: Uint8Array): void;
	close(): void;
}

/** Who a connection or an action belongs to. */
export type Audience = { kind: 'host' } | { kind: 'player'; id: string };

/** What the host may do, as posted to the host endpoint. */
export type HostAction =
	| { action: 'start' | 'pause' | 'resume' | 'skip' | 'next' | 'end' }
	| { action: 'remove'; playerId: string };

/** SHA-256 of a token, hex: tokens are stored and compared only as hashes. */
export function hashToken(token: string): string {
	// The one-shot hash: every answer and stream request hashes its token, and a Hash object costs 4x more.
	return hash('sha256', token, 'hex');
}

/** A new random secret (24 bytes, base64url). */
export function newToken(): string {
	return randomBytes(24).toString('base64url');
}

const encoder = new TextEncoder();
const HOST = '#host';
/** Distinguishes event ids across server restarts, so a resumed stream never mistakes an old id for the current one. */
const BOOT = Date.now().toString(36);

function frame(event: string, data: unknown, id?: string): Uint8Array {
	return encoder.encode(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function phaseOf(snapshot: SnapshotFrom<typeof roomMachine>): RoomPhase {
	if (snapshot.matches({ question: 'paused' })) return 'paused';
	if (snapshot.matches('question')) return 'question';
	return snapshot.value as RoomPhase;
}

/**
 * Whether `snapshot`'s room takes `submission` now: `accepted`, or why not (see `Room.answer`).
 */
function verdictOf(snapshot: SnapshotFrom<typeof roomMachine>, submission: AnswerSubmission): AnswerVerdict | 'not-open' {
	const { context } = snapshot;
	if (!snapshot.hasTag('answering')) {
		if (submission.itemIndex === context.itemIndex && context.answers.has(submission.playerId)) return 'already-answered';
		return submission.itemIndex === context.itemIndex && phaseOf(snapshot) !== 'lobby' ? 'late' : 'not-open';
	}
	const verdict = answerVerdict(context, submission);
	return verdict === 'accepted' && snapshot.matches({ question: 'paused' }) ? 'paused' : verdict;
}

function liveItem(item: Item, index: number): LiveItem {
	const answerMode = item.answerMode ?? 'choice';
	return {
		index,
		type: item.type,
		answerMode,
		stem: item.stem,
		// Typed and estimate items may carry the key as their only option: never send those.
		options: answerMode === 'choice' ? item.options : [],
		numeric:
			answerMode === 'estimate' && item.numeric
				? { min: item.numeric.min, max: item.numeric.max, unit: item.numeric.unit, scale: item.numeric.scale }
				: undefined,
		limitMs: timeLimitMs(item)
	};
}

/**
 * One live classroom room: the room machine's actor, its persistence and its connected devices.
 * Every change of phase is saved (with the players' totals when an item closes), every accepted
 * answer is saved before it is acknowledged, and every device receives the shared state
 * (serialized once per change) plus its own view. Create rooms through `Classroom`.
 */
export class Room {
	readonly id: string;
	readonly code: string;
	readonly quiz: Quiz;
	/** The quiz's headline with the keys it prints blanked (`maskedHeadline`), worked out once. */
	readonly maskedTitle: string;
	readonly createdAt: number;
	expiresAt: number;
	private readonly hostTokenHash: string;
	private readonly store: RoomStore;
	private readonly actor: Actor<typeof roomMachine>;
	private readonly tokens = new Map<string, string>();
	private readonly nicknameKeys = new Set<string>();
	private readonly sinks = new Map<string, Set<Sink>>();
	private saved: PhaseRecord;
	private version = 0;
	private ranked: RankedPlayer[] = [];
	private rankIndex = new Map<string, number>();
	private hostTimer: ReturnType<typeof setTimeout> | null = null;
	private rosterChanged = true;
	/** Answers received this turn, for the machine to take together (see `takeAnswers`). */
	private submitted: { submission: AnswerSubmission; resolve: (verdict: Promise<'accepted'> | AnswerVerdict | 'not-open') => void }[] = [];
	/** Set while the machine takes a turn's answers: a change of phase they make waits for their acknowledgements (see `takeAnswers`). */
	private takingAnswers = false;
	/** The state frame of a change made by answers, to be broadcast once they are acknowledged. */
	private heldState: Uint8Array | null = null;
	/** Players whose own view is to be sent at the end of this turn (see `sendSelfSoon`). */
	private selfDue = new Set<string>();
	private playerCount = 0;
	private readonly absences = new Map<string, ReturnType<typeof setTimeout>>();
	/**
	 * Players the host is shown away whose absence grace still runs (the machine counts them present until it ends):
	 * those whose last stream closed `AWAY_SHOWN_MS` ago, and after a restart all not yet reconnected.
	 */
	private readonly leaving = new Set<string>();
	/** The public URL a student opens to join; set by the first host request that knows the origin. */
	joinUrl = '';

	/**
	 * Builds a room from its stored row, players and the current item's answers (a new room has
	 * none). A room stored mid-item resumes its close timer from the stored deadline.
	 */
	constructor({
		stored,
		players,
		answers,
		store,
		now
	}: {
		stored: StoredRoom;
		players: StoredPlayer[];
		answers: RoomAnswer[];
		store: RoomStore;
		now: number;
	}) {
		this.id = stored.id;
		this.code = stored.code;
		this.quiz = stored.quiz;
		this.maskedTitle = maskedHeadline(stored.quiz);
		this.createdAt = stored.createdAt;
		this.expiresAt = stored.expiresAt;
		this.hostTokenHash = stored.hostTokenHash;
		this.store = store;
		for (const { player, tokenHash } of players) {
			this.tokens.set(tokenHash, player.id);
			this.nicknameKeys.add(checkNickname(player.nickname).key);
			if (!player.removed) this.playerCount += 1;
		}
		const base = {
			items: stored.quiz.items,
			graceMs: ANSWER_GRACE_MS,
			itemIndex: stored.itemIndex,
			deadline: stored.deadline,
			remainingMs: stored.remainingMs,
			openedAt: stored.openedAt,
			handInUntil: null,
			// Until they reconnect or RESTART_GRACE_MS passes, players count as present as they were.
			players: Table.of(players.map(({ player }) => [player.id, { ...player, present: !player.removed }])),
			answers: Table.of(answers.map((a) => [a.playerId, a]))
		};
		const context: RoomContext = { ...base, attendance: countAttendance(base) };
		const value =
			stored.phase === 'question'
				? { question: 'running' }
				: stored.phase === 'paused'
					? { question: 'paused' }
					: stored.phase;
		this.actor = createActor(roomMachine, {
			input: { items: stored.quiz.items },
			snapshot: roomMachine.resolveState({ value, context })
		});
		this.saved = this.record(this.actor.getSnapshot());
		this.rerank();
		this.actor.subscribe((snapshot) => this.changed(snapshot));
		this.actor.start();
		// The item waits RESTART_GRACE_MS for those not yet back, but the host is shown them away at once: the server
		// kept no record of who had left before it stopped, and counted so, one gone before a restart held the host's
		// early "Reveal the answer" back for the whole grace. Each is counted here again as their stream reconnects.
		for (const { player } of players) {
			if (player.removed) continue;
			this.markAbsentLater(player.id, RESTART_GRACE_MS);
			this.leaving.add(player.id);
		}
		// answers given in time on devices that lost the server are handed in as they reconnect, which takes the retry
		// plus a request: the item waits as long as for players not yet back before it may close (see answerVerdict)
		if (stored.phase === 'question') this.actor.send({ type: 'room.restored', at: now, handInUntil: now + RESTART_GRACE_MS });
	}

	/** The room's phase now. */
	get phase(): RoomPhase {
		return phaseOf(this.actor.getSnapshot());
	}

	/** Whether `token` is this room's host token. */
	isHost(token: string | undefined): boolean {
		return !!token && hashToken(token) === this.hostTokenHash;
	}

	/**
	 * The player a token belongs to. Throws `RoomError` 401 for an unknown token and 403 for a
	 * removed player.
	 */
	playerFor(token: string | undefined): RoomPlayer {
		const id = token ? this.tokens.get(hashToken(token)) : undefined;
		const player = id ? this.actor.getSnapshot().context.players.get(id) : undefined;
		if (!player) throw new RoomError(401, 'not-a-player', 'Join the room first: this device is not one of its players.');
		if (player.removed) throw new RoomError(403, 'removed', 'The host removed you from this room.');
		return player;
	}

	/**
	 * Adds a player under `nickname`, or a generated friendly one when it is absent or blank.
	 * Returns the player and their new secret token. Throws `RoomError`: 400 for a nickname that
	 * breaks a rule (the message says which), 409 when it is taken in this room, 410 when the
	 * game is over or its last item has closed (nothing is left to play), 403 when the room is full.
	 */
	async join({ nickname, at }: { nickname?: string; at: number }): Promise<{ player: RoomPlayer; token: string }> {
		const { itemIndex, items } = this.actor.getSnapshot().context;
		// the last item's answer and leaderboard show while nothing is left to play: a player
		// joining then would only stand in the class's report at nought (a fresh user's find)
		const lastClosed = (this.phase === 'reveal' || this.phase === 'leaderboard') && itemIndex >= items.length - 1;
		if (this.phase === 'podium' || lastClosed) throw new RoomError(410, 'finished', 'This game is over: ask your teacher for a new code.');
		if (this.playerCount >= ROOM_MAX_PLAYERS) throw new RoomError(403, 'full', 'This room is full.');
		const chosen = nickname?.trim() ? nickname : friendlyNickname((key) => this.nicknameKeys.has(key));
		const { nickname: name, key } = checkNickname(chosen);
		if (this.nicknameKeys.has(key)) {
			throw new RoomError(409, 'nickname-taken', 'Someone in this room has or had that nickname (a removed player keeps theirs): pick another.');
		}
		const id = randomBytes(9).toString('base64url');
		const token = newToken();
		const tokenHash = hashToken(token);
		this.nicknameKeys.add(key);
		this.tokens.set(tokenHash, id);
		this.actor.send({ type: 'player.joined', player: { id, nickname: name, joinedAt: at } });
		const player = this.actor.getSnapshot().context.players.get(id)!;
		this.playerCount += 1;
		this.rosterChanged = true;
		this.scheduleHost();
		await this.store.insertPlayer(this.id, player, key, tokenHash);
		return { player, token };
	}

	/**
	 * Takes a player's answer to item `itemIndex`, timed by the server's clock `at` (epoch ms),
	 * and resolves once it is stored. Returns `accepted`, or why not: a repeated answer is
	 * `already-answered` and changes nothing; one after the deadline plus the grace is `late`;
	 * one while the host has paused the item is `paused`. `givenAt` (epoch ms, server time as the
	 * device reckons it) is when the player gave an answer kept through a lost connection: after a
	 * restart it lets one given in time be handed in late (see `answerVerdict`), scored as received at the
	 * deadline: the device's claim decides whether it was in time, never its speed points.
	 *
	 * An answer that may be accepted is judged again with the others received in the same turn of
	 * the event loop, in the order they came (see `takeAnswers`).
	 */
	answer(
		playerId: string,
		itemIndex: number,
		response: Response,
		at: number,
		givenAt?: number
	): Promise<AnswerVerdict | 'not-open'> {
		const submission = { playerId, itemIndex, response, at, givenAt };
		const verdict = verdictOf(this.actor.getSnapshot(), submission);
		if (verdict !== 'accepted') return Promise.resolve(verdict);
		return new Promise((resolve) => {
			this.submitted.push({ submission, resolve });
			if (this.submitted.length === 1) setImmediate(() => this.takeAnswers());
		});
	}

	/**
	 * Hands the machine every answer received this turn as one event and settles each caller: an
	 * accepted answer once it is stored, a refused one with why. A class answering at once costs
	 * one step of the machine a turn rather than one an answer, which at 2,000 players answering
	 * at once was the largest part of the room's own work per answer (bench:room's profile).
	 *
	 * When these answers close the item (the last player present answered), the reveal goes to
	 * the devices after their acknowledgements: it was written to 2,000 devices first, and the
	 * closing turn's answers, up to the pool of connections a class shares, waited behind it
	 * (bench:room's burst; the phase and the players' totals are still saved in the same commit).
	 */
	private takeAnswers(): void {
		const submitted = this.submitted;
		this.submitted = [];
		if (submitted.length === 0) return;
		this.takingAnswers = true;
		try {
			this.actor.send({ type: 'answers.submitted', answers: submitted.map((s) => s.submission) });
		} finally {
			this.takingAnswers = false;
		}
		const snapshot = this.actor.getSnapshot();
		const acknowledged: Promise<unknown>[] = [];
		for (const { submission, resolve } of submitted) {
			const answer = snapshot.context.answers.get(submission.playerId);
			// the machine records the response it was given: the same object is this submission's answer
			if (answer?.response === submission.response) {
				const stored = this.store.insertAnswer(this.id, answer).then(() => {
					this.sendSelfSoon(submission.playerId);
					return 'accepted' as const;
				});
				resolve(stored);
				acknowledged.push(stored);
				continue;
			}
			const verdict = verdictOf(snapshot, submission);
			// refused by a machine that has stopped (the room closed): the answer was not taken
			resolve(verdict === 'accepted' ? 'not-open' : verdict);
		}
		if (this.heldState) {
			// the item closed: everyone waits for the reveal, so these answers are committed now, not after the group commit's wait
			this.store.flush();
			// after the callers' continuations (the acknowledgements), which run before setImmediate's
			void Promise.allSettled(acknowledged).then(() => setImmediate(() => this.releaseHeld()));
		}
		this.scheduleHost();
	}

	/**
	 * Carries out a host action at server time `at`. Throws `RoomError` 409 when the action does
	 * not apply now (starting with no players, pausing a reveal...), 404 for an unknown player.
	 */
	async host(action: HostAction, at: number): Promise<void> {
		if (action.action === 'remove') {
			const player = this.actor.getSnapshot().context.players.get(action.playerId);
			if (!player) throw new RoomError(404, 'no-such-player', 'That player is not in this room.');
			if (player.removed) return;
			this.actor.send({ type: 'player.removed', playerId: player.id });
			this.playerCount -= 1;
			for (const sink of this.sinks.get(player.id) ?? []) {
				sink.send(frame('removed', { message: 'The host removed you from this room.' }));
				sink.close();
			}
			this.sinks.delete(player.id);
			this.rosterChanged = true;
			this.scheduleHost();
			await this.store.removePlayer(player.id);
			return;
		}
		const events: Record<typeof action.action, RoomEvent> = {
			start: { type: 'room.started', at },
			pause: { type: 'room.paused', at },
			resume: { type: 'room.resumed', at },
			skip: { type: 'timer.skipped' },
			next: { type: 'next.requested', at },
			end: { type: 'room.ended' }
		};
		const event = events[action.action];
		if (!this.actor.getSnapshot().can(event)) {
			const why = action.action === 'start' ? ' Wait until at least one player has joined.' : '';
			throw new RoomError(409, 'not-now', `"${action.action}" does not apply while the room is in its ${this.phase}.${why}`);
		}
		this.actor.send(event);
		await this.store.write(() => undefined);
	}

	/**
	 * Connects a device's event stream. Sends the current state at once (unless `lastEventId` is
	 * already the current state's id) and the audience's own view, then every change. Returns the
	 * function that disconnects it.
	 */
	connect(audience: Audience, sink: Sink, lastEventId?: string | null): () => void {
		const key = audience.kind === 'host' ? HOST : audience.id;
		let set = this.sinks.get(key);
		if (!set) this.sinks.set(key, (set = new Set()));
		set.add(sink);
		if (audience.kind === 'host') {
			this.rosterChanged = true;
			sink.send(this.hostFrame());
		} else {
			this.cancelAbsence(audience.id);
			if (set.size === 1) this.actor.send({ type: 'player.connected', playerId: audience.id });
			// A fresh frame, not the cached one: its serverNow lets the device correct its clock now.
			if (lastEventId !== this.eventId()) sink.send(frame('state', this.state(), this.eventId()));
			sink.send(frame('self', this.self(audience.id)));
			this.rosterChanged = true;
			this.scheduleHost();
		}
		return () => {
			const current = this.sinks.get(key);
			if (!current?.delete(sink) || current.size > 0) return;
			this.sinks.delete(key);
			if (audience.kind === 'player') this.markAbsentLater(audience.id, ABSENCE_GRACE_MS, AWAY_SHOWN_MS);
		};
	}

	/**
	 * Marks a player absent `ms` from now unless a stream of theirs connects first; with `shownMs`
	 * (a stream that closed), the host is shown them away after that, while the grace runs on.
	 */
	private markAbsentLater(playerId: string, ms: number, shownMs?: number): void {
		this.cancelAbsence(playerId);
		const later = (wait: number, then: () => void) => {
			const timer = setTimeout(then, wait);
			timer.unref();
			this.absences.set(playerId, timer);
		};
		const absent = () => {
			this.absences.delete(playerId);
			this.leaving.delete(playerId);
			if (this.sinks.has(playerId)) return;
			this.actor.send({ type: 'player.disconnected', playerId });
			this.rosterChanged = true;
			this.scheduleHost();
		};
		if (shownMs === undefined) return later(ms, absent);
		later(shownMs, () => {
			this.leaving.add(playerId);
			this.rosterChanged = true;
			this.scheduleHost();
			later(ms - shownMs, absent);
		});
	}

	private cancelAbsence(playerId: string): void {
		const timer = this.absences.get(playerId);
		if (timer) clearTimeout(timer);
		this.absences.delete(playerId);
		this.leaving.delete(playerId);
	}

	/** Writes an SSE comment to every connected device, so proxies and phones keep the streams open. */
	heartbeat(): void {
		const ping = encoder.encode(': ping\n\n');
		for (const set of this.sinks.values()) for (const sink of set) sink.send(ping);
	}

	/**
	 * Tells every connected device that the teacher deleted the room (a `deleted` event with a
	 * message to show), then closes like `close`.
	 */
	deleted(): void {
		const chunk = frame('deleted', { message: 'Your teacher deleted this room and everything in it: the game is over.' });
		for (const set of this.sinks.values()) for (const sink of set) sink.send(chunk);
		this.close();
	}

	/**
	 * Closes every stream and stops the actor (the room expired or the server is stopping). The
	 * answers received this turn are taken first, so the commit at shutdown stores them.
	 */
	close(): void {
		this.takeAnswers();
		for (const set of this.sinks.values()) for (const sink of set) sink.close();
		this.sinks.clear();
		if (this.hostTimer) clearTimeout(this.hostTimer);
		this.absences.forEach((timer) => clearTimeout(timer));
		this.absences.clear();
		this.leaving.clear();
		this.actor.stop();
	}

	/**
	 * The headline as this room's devices show it: with the keys it prints blanked until the last
	 * item's answer is revealed, as no one in the room has finished the quiz before then.
	 */
	private get shownTitle(): string {
		const { itemIndex, items } = this.actor.getSnapshot().context;
		const closedLast = (this.phase === 'reveal' || this.phase === 'leaderboard') && itemIndex >= items.length - 1;
		return this.phase === 'podium' || closedLast ? this.quiz.title : this.maskedTitle;
	}

	/** The state every device sees now (no key before the reveal). */
	state(now = Date.now()): RoomState {
		const snapshot = this.actor.getSnapshot();
		const { context } = snapshot;
		const phase = phaseOf(snapshot);
		const item = context.items[context.itemIndex];
		return {
			code: this.code,
			title: this.shownTitle,
			phase,
			itemCount: context.items.length,
			item: item ? liveItem(item, context.itemIndex) : null,
			deadline: context.deadline,
			remainingMs: context.remainingMs,
			serverNow: now,
			graceMs: context.graceMs,
			handInUntil: context.handInUntil,
			reveal: phase === 'reveal' && item ? this.reveal(item, context) : null,
			top:
				phase === 'leaderboard' || phase === 'podium'
					? this.ranked.slice(0, 5).map(({ rank, nickname, points }) => ({ rank, nickname, points }))
					: []
		};
	}

	/**
	 * One player's own view: rank, points, the player just ahead, their answer to the open item.
	 * Throws `RoomError` 404 for a player not in this room.
	 */
	self(playerId: string): PlayerSelf {
		return this.selfIn(this.actor.getSnapshot().context, this.closed(), playerId);
	}

	/** Whether the current item has closed (its answer shown, or the game over). */
	private closed(): boolean {
		return ['reveal', 'leaderboard', 'podium'].includes(this.phase);
	}

	/**
	 * `self` with the room's context and `closed` worked out by the caller: a broadcast works them
	 * out once, not for each of 2,000 players (the phase takes several state-machine matches).
	 */
	private selfIn(context: RoomContext, closed: boolean, playerId: string): PlayerSelf {
		const player = context.players.get(playerId);
		if (!player) throw new RoomError(404, 'no-such-player', 'That player is not in this room.');
		const index = this.rankIndex.get(playerId);
		const line = index === undefined ? undefined : this.ranked[index];
		const answer = context.answers.get(playerId);
		return {
			id: player.id,
			nickname: player.nickname,
			points: player.points,
			rank: line?.rank ?? this.rankOfNewcomer(),
			playerCount: this.playerCount,
			correct: player.correct,
			firstItem: player.firstItem,
			answered: answer ? { itemIndex: answer.itemIndex, response: answer.response } : null,
			last: closed && answer ? { itemIndex: answer.itemIndex, correct: answer.correct, points: answer.points } : null,
			ahead: line?.ahead ? { nickname: line.ahead.nickname, points: line.ahead.points } : null
		};
	}

	/**
	 * A player's own result page: their totals and rank, and each revealed item with the answer
	 * they gave (as text), the key, whether it was right and the points it earned. Items still
	 * open are left out, so the page never shows a key early.
	 */
	results(playerId: string): PlayerResults {
		const self = this.self(playerId);
		const { context } = this.actor.getSnapshot();
		const revealedUpTo = this.phase === 'question' || this.phase === 'paused' ? context.itemIndex - 1 : context.itemIndex;
		const given = new Map(this.store.playerAnswers(this.id, playerId).map((a) => [a.itemIndex, a]));
		const items = context.items.slice(0, Math.max(0, revealedUpTo + 1)).map((item, index) => {
			const answer = given.get(index);
			const response = answer?.response;
			return {
				index,
				stem: item.stem,
				keyText: keyTextOf(item),
				given:
					response === undefined
						? null
						: response.kind === 'choice'
							? (item.options[response.option] ?? '')
							: response.kind === 'text'
								? response.text
								: String(response.value),
				correct: answer?.correct ?? false,
				points: answer?.points ?? 0,
				joinedAfter: index < self.firstItem
			};
		});
		const played = items.filter((item) => !item.joinedAfter).length;
		return { ...self, title: this.shownTitle, finished: this.phase === 'podium', itemCount: context.items.length, played, items };
	}

	/**
	 * The host's view; `players` is the full list in join order (the stream sends it only when it
	 * changed). A player whose stream closed is away in it from `AWAY_SHOWN_MS` on.
	 */
	hostState(): HostState {
		const { context } = this.actor.getSnapshot();
		const players: HostPlayer[] = [...context.players.values()]
			.filter((p) => !p.removed)
			.sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
			.map((p) => ({ id: p.id, nickname: p.nickname, points: p.points, present: p.present && !this.leaving.has(p.id), firstItem: p.firstItem }));
		return { ...this.hostCounts(), players };
	}

	/** The host's view without the player list: the live answer counts and the shared state. */
	private hostCounts(): Omit<HostState, 'players'> {
		const { context } = this.actor.getSnapshot();
		// the host's count is of players here: an answer of one shown away counts with them in the away figure
		let answered = 0;
		for (const answer of context.answers.values()) {
			const player = context.players.get(answer.playerId);
			if (player?.present && !player.removed && !this.leaving.has(player.id)) answered += 1;
		}
		// those shown away are no longer awaited on the host's screen, though the item still waits out their grace
		let eligible = context.attendance.present;
		for (const id of this.leaving) {
			const player = context.players.get(id);
			if (player?.present && isEligible(context, player)) eligible -= 1;
		}
		return { room: this.state(), answered, eligible, joinUrl: this.joinUrl };
	}

	private reveal(item: Item, context: RoomContext): Reveal {
		const counts = item.options.map(() => 0);
		let answered = 0;
		let correct = 0;
		let close = 0;
		for (const answer of context.answers.values()) {
			answered += 1;
			if (answer.correct) correct += 1;
			else if (answer.points > 0) close += 1;
			if (answer.response.kind === 'choice') counts[answer.response.option] += 1;
		}
		return {
			key: item.key,
			keyText: keyTextOf(item),
			counts: (item.answerMode ?? 'choice') === 'choice' ? counts : counts.map(() => 0),
			answered,
			correct,
			close,
			source: { text: item.source.text, keySpan: item.source.keySpan, sentence: item.source.sentence, ...(item.source.speaker ? { speaker: item.source.speaker } : {}) },
			numericValue: item.numeric?.value
		};
	}

	/** The rank of a player who joined since the last ranking: they have 0 points. */
	private rankOfNewcomer(): number {
		const ahead = this.ranked.findIndex((r) => r.points <= 0);
		return (ahead === -1 ? this.ranked.length : ahead) + 1;
	}

	private eventId(): string {
		return `${BOOT}.${this.version}`;
	}

	private hostFrame(): Uint8Array {
		// The full list only when it changed: at 2,000 players it is most of the frame.
		const body = this.rosterChanged ? this.hostState() : { ...this.hostCounts(), players: null };
		this.rosterChanged = false;
		return frame('host', body);
	}

	private record(snapshot: SnapshotFrom<typeof roomMachine>): PhaseRecord {
		const phase = phaseOf(snapshot);
		return {
			phase,
			itemIndex: snapshot.context.itemIndex,
			deadline: snapshot.context.deadline,
			remainingMs: snapshot.context.remainingMs,
			openedAt: snapshot.context.openedAt,
			expiresAt: phase === 'podium' ? Date.now() + ROOM_AFTERLIFE_MS : this.expiresAt
		};
	}

	private rerank(): void {
		this.ranked = rankPlayers(this.actor.getSnapshot().context.players.values());
		this.rankIndex = new Map(this.ranked.map((r, i) => [r.player.id, i]));
	}

	/** Saves and broadcasts a change of phase, item or deadline; other changes only reach the host. */
	private changed(snapshot: SnapshotFrom<typeof roomMachine>): void {
		const next = this.record(snapshot);
		const prev = this.saved;
		if (
			next.phase === prev.phase &&
			next.itemIndex === prev.itemIndex &&
			next.deadline === prev.deadline &&
			next.remainingMs === prev.remainingMs
		) {
			return;
		}
		this.saved = next;
		this.expiresAt = next.expiresAt;
		const closed = (prev.phase === 'question' || prev.phase === 'paused') && next.phase !== 'paused' && next.phase !== 'question';
		void this.store
			.savePhase(this.id, next, closed ? [...snapshot.context.players.values()] : undefined)
			.catch((error) => console.error(`room ${this.code}: could not save its phase`, error));
		this.rerank();
		// a change held for answers' acknowledgements goes out before this one, so no device misses it
		this.releaseHeld();
		this.version += 1;
		const state = frame('state', this.state(), this.eventId());
		if (this.takingAnswers) this.heldState = state;
		else this.broadcast(state);
	}

	/** Broadcasts the change held while answers were acknowledged (see `takeAnswers`), if any. */
	private releaseHeld(): void {
		const state = this.heldState;
		this.heldState = null;
		if (state) this.broadcast(state);
	}

	/** Sends every device the shared `state` frame with its own view, and the host its view. */
	private broadcast(state: Uint8Array): void {
		const { context } = this.actor.getSnapshot();
		const closed = this.closed();
		for (const [key, set] of this.sinks) {
			if (key === HOST) continue;
			// One write per device, not two: with 2,000 devices the writes are the broadcast's cost.
			const chunk = Buffer.concat([state, frame('self', this.selfIn(context, closed, key))]);
			for (const sink of set) sink.send(chunk);
		}
		this.flushHost();
	}

	/**
	 * Sends `playerId` their own view once the answers now being acknowledged are: their devices
	 * are told "answered" only once it is stored, and the acknowledgements of a burst of 2,000
	 * are written before the 2,000 stream frames (which came first when each was sent as its answer
	 * arrived). A player's devices get one frame a turn, of their view as it then is.
	 */
	private sendSelfSoon(playerId: string): void {
		this.selfDue.add(playerId);
		if (this.selfDue.size === 1) setImmediate(() => this.sendSelves());
	}

	private sendSelves(): void {
		const due = this.selfDue;
		this.selfDue = new Set();
		// the held change's broadcast, due next, carries every device's own view
		if (this.heldState) return;
		const { context } = this.actor.getSnapshot();
		const closed = this.closed();
		for (const playerId of due) {
			const set = this.sinks.get(playerId);
			if (!set) continue;
			const self = frame('self', this.selfIn(context, closed, playerId));
			for (const sink of set) sink.send(self);
		}
	}

	private scheduleHost(): void {
		if (this.hostTimer || !this.sinks.has(HOST)) return;
		this.hostTimer = setTimeout(() => this.flushHost(), HOST_THROTTLE_MS);
	}

	private flushHost(): void {
		if (this.hostTimer) clearTimeout(this.hostTimer);
		this.hostTimer = null;
		const set = this.sinks.get(HOST);
		if (!set) return;
		const chunk = this.hostFrame();
		for (const sink of set) sink.send(chunk);
	}
}
