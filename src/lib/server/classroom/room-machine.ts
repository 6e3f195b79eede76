import { assign, setup } from 'xstate';
import { scoreAnswer, timeLimitMs } from '$lib/quiz/scoring';
import type { Item, Response } from '$lib/quiz/types';
import { Table } from './table';

/**
 * How long after an item's deadline an answer is still accepted, in ms: the time a tap made just
 * before the deadline may need to cross a classroom's Wi-Fi. The item closes (and its key is
 * revealed) only when this grace has passed too, so a late-but-accepted answer never sees the key.
 */
export const ANSWER_GRACE_MS = 1000;

/** One player of a room as the machine knows them; `firstItem` is the first item they may answer. */
export interface RoomPlayer {
	id: string;
	nickname: string;
	/** Epoch ms of the join; breaks ties in the standings after points and nickname. */
	joinedAt: number;
	firstItem: number;
	points: number;
	streak: number;
	correct: number;
	/** Whether a device of theirs is connected now (not persisted: everyone is absent after a restart). */
	present: boolean;
	removed: boolean;
}

/** An accepted answer to the current item, scored by `scoreAnswer` when it arrived. */
export interface RoomAnswer {
	playerId: string;
	itemIndex: number;
	response: Response;
	/** Epoch ms at which the server received it. */
	at: number;
	/**
	 * Time taken to answer, in ms: from the item's opening to `at`, at most the time limit; an answer handed in after a
	 * restart, received after the deadline, counts the whole limit (see `elapsedMs`).
	 */
	elapsedMs: number;
	correct: boolean;
	credit: number;
	points: number;
	/** The player's streak after this answer. */
	streak: number;
}

/**
 * A player's answer as the server received it: to item `itemIndex`, at `at` (epoch ms, the server's clock), with
 * `givenAt` when the device kept it through a lost connection (see `RoomEvent`).
 */
export interface AnswerSubmission {
	playerId: string;
	itemIndex: number;
	response: Response;
	at: number;
	givenAt?: number;
}

/** Who the current item waits for: `present` eligible players, of whom `waiting` have not answered. */
export interface Attendance {
	present: number;
	waiting: number;
}

/**
 * The room's data. `deadline` (epoch ms) is set while an item runs, `remainingMs` while it is
 * paused; `players` holds every player and `answers` the current item's answers, both by player
 * id in immutable tables that update without copying every entry. `attendance` is kept up to
 * date by every action that changes it, so closing early costs O(1) per answer, not O(players);
 * `countAttendance` computes it from scratch (for a context built outside the machine).
 */
export interface RoomContext {
	items: Item[];
	graceMs: number;
	itemIndex: number;
	deadline: number | null;
	remainingMs: number | null;
	/**
	 * Epoch ms at which the current item opened, by the server's clock; null before the first item, or for an item
	 * stored before this was kept. Not `deadline` minus the time limit: resuming from a pause moves the deadline on.
	 */
	openedAt: number | null;
	/**
	 * Epoch ms until which a resumed item takes answers handed in from devices that kept them
	 * while the server was down (see `room.restored`); null when no item was resumed.
	 */
	handInUntil: number | null;
	players: Table<RoomPlayer>;
	answers: Table<RoomAnswer>;
	attendance: Attendance;
}

/** What a room machine starts from: the quiz's items in play order, and the grace (default `ANSWER_GRACE_MS`). */
export interface RoomInput {
	items: Item[];
	graceMs?: number;
}

/**
 * The facts a room reacts to. Every event that opens or re-times an item carries `at`, the
 * server's clock reading (epoch ms) when it happened: the server's clock decides, not a device's.
 * `answers.submitted` carries the answers received in one turn of the server's event loop, in the
 * order they arrived, each judged in turn as if sent alone: one event for a class answering at once
 * costs the machine's step once, not 2,000 times. An answer may carry `givenAt`, the moment the
 * player gave it by the device's clock corrected to the server's (epoch ms): it counts only for an
 * answer handed in after a restart, and only to decide whether it was given in time (see
 * `answerVerdict`), never for its speed points.
 * `room.restored` carries `handInUntil`, the end of that hand-in window.
 */
export type RoomEvent =
	| { type: 'player.joined'; player: { id: string; nickname: string; joinedAt: number } }
	| { type: 'player.removed'; playerId: string }
	| { type: 'player.connected'; playerId: string }
	| { type: 'player.disconnected'; playerId: string }
	| { type: 'room.started'; at: number }
	| { type: 'answers.submitted'; answers: AnswerSubmission[] }
	| { type: 'room.paused'; at: number }
	| { type: 'room.resumed'; at: number }
	| { type: 'timer.skipped' }
	| { type: 'next.requested'; at: number }
	| { type: 'room.ended' }
	| { type: 'room.restored'; at: number; handInUntil: number };

/**
 * Why an answer is or is not accepted. `late`: received after the deadline plus the grace;
 * `joined-late`: the player joined after this item opened and plays from the next one;
 * `paused`: the host has paused the item, which takes answers again when resumed.
 */
export type AnswerVerdict =
	| 'accepted'
	| 'not-a-player'
	| 'removed'
	| 'wrong-item'
	| 'joined-late'
	| 'already-answered'
	| 'late'
	| 'paused'
	| 'invalid-response';

/** The longest typed answer kept, in characters. */
const MAX_TEXT = 200;

function responseFits(item: Item, response: Response): boolean {
	const mode = item.answerMode ?? 'choice';
	if (mode === 'choice') {
		return response.kind === 'choice' && Number.isInteger(response.option) && response.option >= 0 &&
			response.option < item.options.length;
	}
	if (mode === 'typed') {
		return response.kind === 'text' && response.text.trim().length > 0 && response.text.length <= MAX_TEXT;
	}
	return response.kind === 'number' && Number.isFinite(response.value);
}

/**
 * Judges an answer against the current item while the room is in its `question` state: the
 * player exists and was not removed, answers the item now open, joined before it opened, has not
 * answered it yet, is on time (deadline + grace; a paused item has no running deadline) and gives
 * a response of the item's kind. Used by the machine's guard and by the server to say why.
 *
 * After a restart that outlasted the item's time, an answer arriving late is still on time when it
 * is handed in within the item's hand-in window and was given (`givenAt`) while the item was open
 * by the server's own record: a student who answered in time while the server was down is not
 * told they did not answer. The item is not revealed until the window ends, so no answer can
 * follow the key; a device's clock that lies gains at most the outage, never a look at the key,
 * and no speed points: such an answer scores as one received at the deadline (see `elapsedMs`).
 */
export function answerVerdict(context: RoomContext, event: AnswerSubmission): AnswerVerdict {
	const player = context.players.get(event.playerId);
	if (!player) return 'not-a-player';
	if (player.removed) return 'removed';
	if (event.itemIndex !== context.itemIndex) return 'wrong-item';
	if (player.firstItem > context.itemIndex) return 'joined-late';
	if (context.answers.has(event.playerId)) return 'already-answered';
	if (context.deadline !== null && event.at > context.deadline + context.graceMs && !handedInInTime(context, event)) return 'late';
	const item = context.items[context.itemIndex];
	if (!item || !responseFits(item, event.response)) return 'invalid-response';
	return 'accepted';
}

/**
 * Whether a late answer is one kept through a restart: handed in within the window, given while the item was open.
 * An item stored before its opening was recorded has no lower bound: its deadline less its time limit is not when it
 * opened once a pause has moved the deadline on, and a claimed early moment earns nothing (see `elapsedMs`).
 */
function handedInInTime(context: RoomContext, event: { at: number; givenAt?: number }): boolean {
	if (context.handInUntil === null || context.deadline === null || event.givenAt === undefined) return false;
	const opened = context.openedAt === null || event.givenAt >= context.openedAt;
	return event.at <= context.handInUntil && opened && event.givenAt <= context.deadline + context.graceMs;
}

/** Whether a player must answer the current item for it to close early. */
export function isEligible(context: Pick<RoomContext, 'itemIndex'>, player: RoomPlayer): boolean {
	return !player.removed && player.firstItem <= context.itemIndex;
}

/** Whether `player` counts towards the current item's attendance: present and eligible. */
function attends(context: Pick<RoomContext, 'itemIndex'>, player: RoomPlayer): boolean {
	return player.present && isEligible(context, player);
}

/**
 * Counts the attendance of the current item from the players and answers, in O(players): for
 * a context built outside the machine (a room restored from SQLite) and when an item opens.
 */
export function countAttendance(context: Pick<RoomContext, 'itemIndex' | 'players' | 'answers'>): Attendance {
	let present = 0;
	let waiting = 0;
	for (const player of context.players.values()) {
		if (!attends(context, player)) continue;
		present += 1;
		if (!context.answers.has(player.id)) waiting += 1;
	}
	return { present, waiting };
}

/**
 * The time an answer took for its speed points, in ms, by the server's clock only: from the item's opening to when the
 * answer arrived, clamped to the limit. An answer handed in after a restart arrived after the deadline and so counts
 * the whole limit, the fewest speed points a right answer earns: the `givenAt` it carries is the device's word, and
 * timed from it anyone could hand in during the window an answer claiming the opening moment for the top speed credit.
 */
function elapsedMs(context: RoomContext, event: { at: number }): number {
	const limit = timeLimitMs(context.items[context.itemIndex]);
	const left = context.deadline !== null ? context.deadline - event.at : (context.remainingMs ?? 0);
	return Math.min(limit, Math.max(0, limit - left));
}

/** An accepted answer of `player`'s, scored by `scoreAnswer` in timed mode against the open item. */
function scoredAnswer(context: RoomContext, player: RoomPlayer, submitted: AnswerSubmission): RoomAnswer {
	const item = context.items[context.itemIndex];
	const elapsed = elapsedMs(context, submitted);
	const score = scoreAnswer({
		item,
		response: submitted.response,
		elapsedMs: elapsed,
		limitMs: timeLimitMs(item),
		mode: 'timed',
		streak: player.streak
	});
	return {
		playerId: submitted.playerId,
		itemIndex: context.itemIndex,
		response: submitted.response,
		at: submitted.at,
		elapsedMs: elapsed,
		correct: score.correct,
		credit: score.credit,
		points: score.points,
		streak: score.streak
	};
}

/** Adds each eligible player's result for the item just closed to their totals; a missed item ends a streak. */
function withItemScores(context: RoomContext): Table<RoomPlayer> {
	return Table.of([...context.players.entries()].map(([id, player]) => [id, scored(context, player)]));
}

function scored(context: RoomContext, player: RoomPlayer): RoomPlayer {
	if (!isEligible(context, player)) return player;
	const answer = context.answers.get(player.id);
	return answer
		? {
				...player,
				points: player.points + answer.points,
				streak: answer.streak,
				correct: player.correct + (answer.correct ? 1 : 0)
			}
		: { ...player, streak: 0 };
}

function at(event: RoomEvent): number {
	if ('at' in event) return event.at;
	throw new Error(`${event.type} carries no time`);
}

/**
 * The classroom room machine (issue 7): lobby → question (running ⇄ paused) → reveal →
 * leaderboard → the next question, or the podium after the last item. The host's `room.ended`
 * goes to the podium from anywhere. An item closes at its deadline plus the grace, when the host
 * skips the timer, or early when every present eligible player has answered. Scores come from
 * `scoreAnswer` in `$lib/quiz/scoring`, the same as solo play, in timed mode.
 *
 * Pending `after` timers are not restored from a persisted snapshot (statelyai/xstate#5331), so
 * a room resumed after a restart receives `room.restored`, which re-enters `running` and re-arms
 * the close timer from the stored deadline.
 */
export const roomMachine = setup({
	types: {
		context: {} as RoomContext,
		events: {} as RoomEvent,
		input: {} as RoomInput
	},
	guards: {
		hasPlayers: ({ context }) => [...context.players.values()].some((p) => !p.removed),
		hasMoreItems: ({ context }) => context.itemIndex + 1 < context.items.length,
		everyoneAnswered: ({ context }) => context.attendance.present > 0 && context.attendance.waiting === 0
	},
	delays: {
		itemClose: ({ context, event }) =>
			Math.max(0, Math.max((context.deadline ?? 0) + context.graceMs, context.handInUntil ?? 0) - at(event as RoomEvent))
	},
	actions: {
		addPlayer: assign({
			players: ({ context, event }) => {
				if (event.type !== 'player.joined') return context.players;
				const { id, nickname, joinedAt } = event.player;
				return context.players.with(id, {
					id,
					nickname,
					joinedAt,
					firstItem: context.itemIndex + 1,
					points: 0,
					streak: 0,
					correct: 0,
					present: false,
					removed: false
				});
			}
		}),
		markPlayer: assign(({ context }, params: { playerId: string; present?: boolean; removed?: boolean }) => {
			const player = context.players.get(params.playerId);
			if (!player) return {};
			const marked = {
				...player,
				present: params.present ?? player.present,
				removed: params.removed ?? player.removed
			};
			const before = attends(context, player) ? 1 : 0;
			const after = attends(context, marked) ? 1 : 0;
			const unanswered = context.answers.has(player.id) ? 0 : 1;
			return {
				players: context.players.with(params.playerId, marked),
				attendance: {
					present: context.attendance.present + after - before,
					waiting: context.attendance.waiting + (after - before) * unanswered
				}
			};
		}),
		openNextItem: assign(({ context, event }) => {
			const itemIndex = context.itemIndex + 1;
			const answers = Table.of<RoomAnswer>();
			return {
				itemIndex,
				deadline: at(event) + timeLimitMs(context.items[itemIndex]),
				remainingMs: null,
				openedAt: at(event),
				handInUntil: null,
				answers,
				attendance: countAttendance({ itemIndex, players: context.players, answers })
			};
		}),
		recordAnswers: assign(({ context, event }) => {
			if (event.type !== 'answers.submitted') return {};
			// each is judged against the answers recorded before it, those of this batch included
			const current = { ...context };
			for (const submitted of event.answers) {
				if (answerVerdict(current, submitted) !== 'accepted') continue;
				const player = current.players.get(submitted.playerId)!;
				current.answers = current.answers.with(submitted.playerId, scoredAnswer(current, player, submitted));
				if (attends(current, player)) current.attendance = { ...current.attendance, waiting: current.attendance.waiting - 1 };
			}
			return { answers: current.answers, attendance: current.attendance };
		}),
		suspendDeadline: assign(({ context, event }) => ({
			remainingMs: Math.max(0, (context.deadline ?? 0) - at(event)),
			deadline: null
		})),
		resumeDeadline: assign(({ context, event }) => ({
			deadline: at(event) + (context.remainingMs ?? 0),
			remainingMs: null
		})),
		applyItemScores: assign(({ context }) => ({
			players: withItemScores(context),
			deadline: null,
			remainingMs: null,
			handInUntil: null
		})),
		openHandIn: assign(({ event }) => ({ handInUntil: event.type === 'room.restored' ? event.handInUntil : null }))
	}
}).createMachine({
	id: 'room',
	context: ({ input }) => ({
		items: input.items,
		graceMs: input.graceMs ?? ANSWER_GRACE_MS,
		itemIndex: -1,
		deadline: null,
		remainingMs: null,
		openedAt: null,
		handInUntil: null,
		players: Table.of(),
		answers: Table.of(),
		attendance: { present: 0, waiting: 0 }
	}),
	initial: 'lobby',
	on: {
		'player.joined': { actions: 'addPlayer' },
		'player.removed': {
			actions: { type: 'markPlayer', params: ({ event }) => ({ playerId: event.playerId, removed: true }) }
		},
		'player.connected': {
			actions: { type: 'markPlayer', params: ({ event }) => ({ playerId: event.playerId, present: true }) }
		},
		'player.disconnected': {
			actions: { type: 'markPlayer', params: ({ event }) => ({ playerId: event.playerId, present: false }) }
		}
	},
	states: {
		lobby: {
			on: {
				'room.started': { guard: 'hasPlayers', target: 'question', actions: 'openNextItem' },
				'room.ended': { target: 'podium' }
			}
		},
		question: {
			initial: 'running',
			tags: ['answering'],
			on: {
				'timer.skipped': { target: 'reveal', actions: 'applyItemScores' },
				'room.ended': { target: 'podium', actions: 'applyItemScores' }
			},
			states: {
				running: {
					always: { guard: 'everyoneAnswered', target: '#room.reveal', actions: 'applyItemScores' },
					after: { itemClose: { target: '#room.reveal', actions: 'applyItemScores' } },
					on: {
						// a paused item takes no answers: the pause would give whoever uses it more time to think
						'answers.submitted': { actions: 'recordAnswers' },
						'room.paused': { target: 'paused', actions: 'suspendDeadline' },
						'room.restored': { target: 'running', reenter: true, actions: 'openHandIn' }
					}
				},
				paused: {
					on: { 'room.resumed': { target: 'running', actions: 'resumeDeadline' } }
				}
			}
		},
		reveal: {
			on: {
				'next.requested': { target: 'leaderboard' },
				'room.ended': { target: 'podium' }
			}
		},
		leaderboard: {
			on: {
				'next.requested': [
					{ guard: 'hasMoreItems', target: 'question', actions: 'openNextItem' },
					{ target: 'podium' }
				],
				'room.ended': { target: 'podium' }
			}
		},
		podium: { type: 'final' }
	}
});
