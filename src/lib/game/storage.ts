/**
 * Where a solo game is saved in the browser, and which saved game can resume, kept apart from
 * `game.svelte.ts` so that a page can read a saved game (to offer to resume it) without loading
 * the game machine (XState) first.
 */
import type { GameMode } from '$lib/quiz/types';
import type { GameContext, GameQuiz } from './machine';

/** The subset of the Web Storage API the game uses (tests pass a stand-in). */
export type GameStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The `localStorage` key of a game in progress: one per quiz and mode. */
export function storageKey(quizId: string, mode: GameMode): string {
	return `newsquiz:game:${quizId}:${mode}`;
}

/** The browser's `localStorage`, or null on the server or where storage is blocked. */
export function browserStorage(): GameStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Some browsers throw on access to storage when it is blocked; play on without resume.
		return null;
	}
}

/** Where a saved game stands: on an item, on the feedback after it, or on the results. */
export type SavedPhase = 'item' | 'feedback' | 'results';

/**
 * A saved game that can resume: the machine's persisted state `value` (XState's state value,
 * e.g. `{ item: 'timed' }`), its `phase`, and its `context` with the quiz as the page has it now.
 */
export interface SavedGame {
	value: unknown;
	phase: SavedPhase;
	context: GameContext;
}

/** What `readSavedGame` needs: the quiz and mode on the page, the seed and the test seam. */
export interface SavedGameQuery {
	quiz: GameQuiz;
	mode: GameMode;
	/** The seed a challenge must replay; checked only with `requireSeed`. */
	seed: number;
	/** Resume only a game played with `seed` (a challenge shows the challenger's option order). */
	requireSeed?: boolean;
	/** Defaults to `localStorage` in the browser, none on the server. */
	storage?: GameStorage | null;
}

function phaseOf(value: unknown): SavedPhase | null {
	const top = typeof value === 'string' ? value : value && typeof value === 'object' ? Object.keys(value)[0] : null;
	return top === 'item' || top === 'feedback' || top === 'results' ? top : null;
}

function isAnswer(answer: unknown): boolean {
	const elapsedMs = (answer as { elapsedMs?: unknown } | null)?.elapsedMs;
	return typeof elapsedMs === 'number' && Number.isFinite(elapsedMs) && elapsedMs >= 0;
}

/**
 * The game of `quiz` in `mode` saved in this browser, when it can resume: an active game past
 * the intro, of the same quiz (same item ids in the same order), on one of its items, with no more
 * answers than items (each with a time ≥ 0 ms), and played with `seed` when `requireSeed`. Null otherwise: nothing
 * saved, corrupt JSON, another version of the quiz, a game never started, on the server or where
 * storage is blocked. Never throws, and never changes storage.
 */
export function readSavedGame({ quiz, mode, seed, requireSeed = false, storage = browserStorage() }: SavedGameQuery): SavedGame | null {
	try {
		const raw = storage?.getItem(storageKey(quiz.id, mode));
		if (!raw) return null;
		const saved = JSON.parse(raw);
		const context = saved?.context;
		const savedIds: unknown[] = context?.quiz?.items?.map((i: { id: unknown }) => i.id) ?? [];
		const sameQuiz =
			context?.quiz?.id === quiz.id &&
			savedIds.length === quiz.items.length &&
			savedIds.every((id, i) => id === quiz.items[i].id);
		const phase = phaseOf(saved?.value);
		if (saved.status !== 'active' || !phase || context.mode !== mode || !sameQuiz) return null;
		if (!Number.isInteger(context.index) || context.index < 0 || context.index >= quiz.items.length) return null;
		if (!Array.isArray(context.answers) || context.answers.length > quiz.items.length) return null;
		if (!context.answers.every(isAnswer)) return null;
		if (requireSeed && context.seed !== seed >>> 0) return null;
		return { value: saved.value, phase, context: { ...context, quiz } };
	} catch {
		return null;
	}
}
