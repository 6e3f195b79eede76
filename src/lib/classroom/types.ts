/**
 * The shapes a classroom room sends to browsers over Server-Sent Events and JSON (issue 7).
 * Shared by the server, which builds them, and the host and student pages, which render them;
 * pure types so client code can import them without reaching into `$lib/server`.
 *
 * A student's `RoomState` never carries an item's key before its reveal: the item travels as a
 * `LiveItem` (stem, options, bounds) and the key arrives only inside `Reveal`.
 */
import type { AnswerMode, ItemType, Response, ShownSource } from '$lib/quiz/types';

/** The room's phase: `paused` is a question whose timer the host stopped. */
export type RoomPhase = 'lobby' | 'question' | 'paused' | 'reveal' | 'leaderboard' | 'podium';

/**
 * An item as devices see it while it is open. `options` is empty for typed and estimate items
 * (their options may carry the key); `numeric` gives an estimate's bounds and unit only.
 */
export interface LiveItem {
	index: number;
	type: ItemType;
	answerMode: AnswerMode;
	stem: string;
	options: string[];
	numeric?: { min: number; max: number; unit?: string; scale?: number };
	/** The item's time limit, in ms. */
	limitMs: number;
}

/** What the reveal shows: how many chose each option, the key, and the source sentence with the key marked. */
export interface Reveal {
	key: number;
	keyText: string;
	/** Answers per option, in option order (choice items; zeros otherwise). */
	counts: number[];
	answered: number;
	correct: number;
	/** Answers that earned points without being right: estimates near the key, "close". */
	close: number;
	source: ShownSource;
	numericValue?: number;
}

/**
 * One line of the standings. Ranks are shared by equal points (competition ranking: 1, 2, 2, 4);
 * equal points are listed by nickname (case-insensitive), then by who joined first.
 */
export interface Standing {
	rank: number;
	nickname: string;
	points: number;
}

/** The state every device of a room receives, serialized once per change and sent to all. */
export interface RoomState {
	code: string;
	/** The quiz's headline, with the keys it prints blanked until the last item is revealed (`maskedHeadline`). */
	title: string;
	phase: RoomPhase;
	itemCount: number;
	/** The open, revealed or last item; null in the lobby. */
	item: LiveItem | null;
	/** Epoch ms (server clock) at which the running item's answers close; null otherwise. */
	deadline: number | null;
	/** Time left on a paused item, in ms. */
	remainingMs: number | null;
	/** The server's clock when this state was sent, so a device can correct for its own clock's offset. */
	serverNow: number;
	graceMs: number;
	/**
	 * Epoch ms (server clock) until which a question resumed after a server restart waits for
	 * answers kept through the lost connection, past its deadline; null when none is resumed.
	 */
	handInUntil: number | null;
	reveal: Reveal | null;
	/** The top five in the leaderboard and on the podium; empty otherwise. */
	top: Standing[];
}

/** One player's own view: sent only to that player's devices. */
export interface PlayerSelf {
	id: string;
	nickname: string;
	points: number;
	rank: number;
	playerCount: number;
	correct: number;
	/** The first item this player may answer (a late joiner plays from the next item). */
	firstItem: number;
	/** The index of the current item if this player has answered it, with the response they gave. */
	answered: { itemIndex: number; response: Response } | null;
	/** This player's result on the item just revealed; null before a reveal or if they did not answer. */
	last: { itemIndex: number; correct: boolean; points: number } | null;
	/** The player ranked just above with more points, and the gap. */
	ahead: { nickname: string; points: number } | null;
}

/** A player as the host sees them in the lobby and the player list. */
export interface HostPlayer {
	id: string;
	nickname: string;
	points: number;
	present: boolean;
	/**
	 * The first item this player may answer (a late joiner plays from the item after the one open
	 * as they joined): the host's count waits only for the players an item is open to.
	 */
	firstItem: number;
}

/** The host's view: the shared state plus the players and live answer counts. */
export interface HostState {
	room: RoomState;
	players: HostPlayer[];
	/** Answers to the current item so far from players present, and how many present players may answer it. */
	answered: number;
	eligible: number;
	joinUrl: string;
}

/** The JSON error body of every classroom endpoint: a message that says what to do. */
export interface RoomError {
	error: string;
	/** A stable reason for code to branch on, e.g. `already-answered`, `late`, `nickname-taken`. */
	reason: string;
}
