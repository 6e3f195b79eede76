/**
 * The one Svelte-aware file of the game: a small class that runs the game machine, exposes its
 * snapshot and view data reactively, and keeps the game in `localStorage` so a reload resumes at
 * the same item with the same answers, points and time left. It follows the pattern of
 * svelte.dev's own `Persisted` class: `createSubscriber` connects the actor to Svelte's
 * reactivity only while something reads it.
 *
 * SSR-safe: on the server (no `localStorage`, no `document`) it neither reads nor writes storage.
 */
import { createContext } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';
import { createActor, type Actor, type StateValue } from 'xstate';
import type { GameMode, Item, Response } from '$lib/quiz/types';
import type { AnswerInput, GameScore } from '$lib/quiz/scoring';
import { browserStorage, readSavedGame, storageKey, type GameStorage, type SavedGameQuery } from './storage';
import { gameMachine, type GameEvent, type GameQuiz, type GameSnapshot } from './machine';
import {
	selectAnswerInputs,
	selectCurrentItem,
	selectFeedback,
	selectOutcome,
	selectRemainingMs,
	selectResults,
	selectScore,
	type CurrentItem,
	type Feedback,
	type Outcome,
	type Results
} from './selectors';

/** Options of a `Game`: the quiz, the mode, the seed of the option order, and test seams. */
export interface GameOptions {
	quiz: GameQuiz;
	mode: GameMode;
	/** The seed of the option order for a new game; a resumed game keeps its own. */
	seed: number;
	/**
	 * Resume a saved game of this quiz and mode (the default), or start afresh and overwrite it
	 * (false: a new game started from the intro).
	 */
	resume?: boolean;
	/**
	 * Resume a saved game only if it was played with `seed` (a challenge must show the
	 * challenger's option order); otherwise start afresh. Defaults to false.
	 */
	requireSeed?: boolean;
	/** Defaults to `localStorage` in the browser, none on the server. */
	storage?: GameStorage | null;
	/** The clock for event timestamps (epoch ms); defaults to `Date.now`. */
	now?: () => number;
	/** How often `remainingMs` updates while read, in ms; defaults to 250. */
	tickMs?: number;
}

/** How often a visible countdown refreshes: four times a second keeps whole seconds on time. */
const DEFAULT_TICK_MS = 250;

/**
 * The saved game of this quiz and mode as a machine snapshot, when `readSavedGame` says it can
 * resume; anything else (nothing saved, corrupt JSON, another version of the quiz) is ignored.
 */
function restorable(storage: GameStorage | null, options: Omit<SavedGameQuery, 'storage'>): GameSnapshot | undefined {
	const saved = readSavedGame({ ...options, storage });
	if (!saved) return undefined;
	try {
		return gameMachine.resolveState({ value: saved.value as StateValue, context: saved.context });
	} catch {
		return undefined;
	}
}

/**
 * A game in progress, reactive in Svelte 5. Create it in a component's script, call `stop()` in
 * `onDestroy`. Methods send events stamped with `now()`; getters return view data (see
 * `selectors.ts`) and update the component when the game changes.
 */
export class Game {
	/** The `localStorage` key this game is saved under. */
	readonly key: string;
	readonly #actor: Actor<typeof gameMachine>;
	readonly #storage: GameStorage | null;
	readonly #now: () => number;
	readonly #subscribe: () => void;
	readonly #tick: () => void;
	/**
	 * When this page last began to show the game (epoch ms): its start (a reload resumes here) or
	 * the tab shown again. A countdown already running then is joined part-way (`joinedWithMs`).
	 */
	#joinedAt: number;
	readonly #onVisibility = () => {
		if (document.visibilityState === 'visible') {
			this.#joinedAt = this.#now();
			this.#send({ type: 'game.resumed', at: this.#joinedAt });
		}
	};

	/** Starts the game, resumed from storage when a saved game of this quiz and mode exists. */
	constructor({
		quiz,
		mode,
		seed,
		resume = true,
		requireSeed = false,
		storage = browserStorage(),
		now = Date.now,
		tickMs = DEFAULT_TICK_MS
	}: GameOptions) {
		this.key = storageKey(quiz.id, mode);
		this.#storage = storage;
		this.#now = now;
		this.#joinedAt = now();
		const snapshot = resume ? restorable(storage, { quiz, mode, seed, requireSeed }) : undefined;
		this.#actor = createActor(gameMachine, { input: { quiz, mode, seed }, snapshot });
		this.#actor.subscribe(() => this.#save());
		this.#actor.start();
		if (snapshot) this.#send({ type: 'game.resumed', at: this.#now() });
		if (typeof document !== 'undefined') {
			document.addEventListener('visibilitychange', this.#onVisibility);
		}

		this.#subscribe = createSubscriber((update) => {
			const subscription = this.#actor.subscribe(() => update());
			return () => subscription.unsubscribe();
		});
		this.#tick = createSubscriber((update) => {
			const id = setInterval(update, tickMs);
			return () => clearInterval(id);
		});
	}

	#send(event: GameEvent) {
		this.#actor.send(event);
	}

	#save() {
		if (!this.#storage) return;
		try {
			this.#storage.setItem(this.key, JSON.stringify(this.#actor.getPersistedSnapshot()));
		} catch {
			// A full or blocked storage costs only the resume after a reload, never the game.
		}
	}

	/** The machine snapshot: ask it `matches(...)`, `hasTag(...)`, `can(...)`. */
	get snapshot(): GameSnapshot {
		this.#subscribe();
		return this.#actor.getSnapshot();
	}

	/** The item being answered or reviewed, options in display order; null otherwise. */
	get item(): CurrentItem | null {
		return selectCurrentItem(this.snapshot);
	}

	/** The ms left on the countdown, refreshed every `tickMs` while read; null without one. */
	get remainingMs(): number | null {
		const snapshot = this.snapshot;
		if (!snapshot.hasTag('countdown')) return null;
		this.#tick();
		return selectRemainingMs(snapshot, this.#now());
	}

	/**
	 * The ms that were left on the open item's countdown when this page began to show it, when it
	 * was already running then (a reload mid-item, the tab shown again), so what a screen reader is
	 * told matches the timer on screen (`announcement`); null when the page showed the item from
	 * its start, or without a countdown.
	 */
	get joinedWithMs(): number | null {
		const snapshot = this.snapshot;
		const { shownAt } = snapshot.context;
		if (!snapshot.hasTag('countdown') || shownAt === null || shownAt >= this.#joinedAt) return null;
		return selectRemainingMs(snapshot, this.#joinedAt);
	}

	/** The last answer's outcome while reviewing it, else null. */
	get outcome(): Outcome | null {
		return selectOutcome(this.snapshot);
	}

	/** The feedback on the item just answered, or null. */
	get feedback(): Feedback | null {
		return selectFeedback(this.snapshot);
	}

	/** The score so far: right out of total, points, streak and best streak. */
	get score(): GameScore {
		return selectScore(this.snapshot);
	}

	/** The results once the game is over, or null. */
	get results(): Results | null {
		return selectResults(this.snapshot);
	}

	/** Every answer given so far, in item order: what the server needs to score the game again. */
	get answerInputs(): AnswerInput[] {
		return selectAnswerInputs(this.snapshot);
	}

	/** Starts play at the first item (from the intro). */
	start(): void {
		this.#send({ type: 'quiz.started', at: this.#now() });
	}

	/** Answers the current item; a choice response's `option` is in display order. */
	answer(response: Response): void {
		this.#send({ type: 'answer.submitted', response, at: this.#now() });
	}

	/**
	 * Gives the game the first items of a quiz sent sealed (homework) whole, keys included, as the
	 * server hands them back with each answer; the feedback on an answer waits for its item.
	 */
	reveal(items: Item[]): void {
		this.#send({ type: 'keys.revealed', at: this.#now(), items });
	}

	/**
	 * Sets the current timed item's countdown to the server's: `remainingMs` (ms) left from now, as
	 * the server that handed the item out says (timed homework, `openItem`); a relaxed item ignores it.
	 */
	served(remainingMs: number): void {
		this.#send({ type: 'item.served', at: this.#now(), remainingMs });
	}

	/** Moves on from feedback to the next item, or to the results after the last. */
	next(): void {
		this.#send({ type: 'next.requested', at: this.#now() });
	}

	/** Plays the quiz again from the results, with a new option order (`seed`, or one derived). */
	replay(seed?: number): void {
		this.#send({ type: 'replay.requested', at: this.#now(), seed });
	}

	/** Forgets the saved game (e.g. before a fresh start elsewhere); the game on screen goes on. */
	forget(): void {
		this.#storage?.removeItem(this.key);
	}

	/** Stops the actor and its timer and the visibility listener; call it in `onDestroy`. */
	stop(): void {
		if (typeof document !== 'undefined') {
			document.removeEventListener('visibilitychange', this.#onVisibility);
		}
		this.#actor.stop();
	}
}

/**
 * Shares one `Game` with the components below the page that owns it:
 * `setGameContext(game)` in the page, `getGameContext()` in a child (during initialisation).
 */
export const [getGameContext, setGameContext] = createContext<Game>();
