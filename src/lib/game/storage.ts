/**
 * Where a solo game is saved in the browser, kept apart from `game.svelte.ts` so that a page can
 * ask whether a game is waiting to resume without loading the game machine (XState) first.
 */
import type { GameMode } from '$lib/quiz/types';

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

/**
 * Whether this browser holds a saved game of quiz `quizId` in `mode` (any content: `Game` decides
 * whether it can resume it). False on the server and where storage is blocked.
 */
export function hasSavedGame(quizId: string, mode: GameMode, storage = browserStorage()): boolean {
	try {
		return storage?.getItem(storageKey(quizId, mode)) != null;
	} catch {
		return false;
	}
}
