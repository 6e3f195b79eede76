import type { GameMode } from '$lib/quiz/types';
import type { ItemOutcome } from './share-text';

/** How one item of a stored result ended, keyed by the item's id so results compare item by item. */
export interface ResultItem {
	itemId: string;
	outcome: ItemOutcome;
}

/**
 * A stored result as the browser may see it: everything on the result page and nothing that
 * gives an answer away (no responses). `seed` and `mode` let a friend replay the same option
 * order; `challengeOf` is the result this one answered, if any. `points` and `right` were
 * computed on the server.
 */
export interface ResultSummary {
	id: string;
	quizId: string;
	mode: GameMode;
	seed: number;
	name: string | null;
	right: number;
	total: number;
	points: number;
	bestStreak: number;
	items: ResultItem[];
	challengeOf: string | null;
	createdAt: string;
}
