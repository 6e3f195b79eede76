/**
 * Pure functions from a game snapshot to the data a view shows, so no component re-implements a
 * rule: the current item with its options in display order, progress, the time left, the
 * feedback on the last answer and the results. Responses come out in display order, the order
 * the player saw.
 */
import {
	scoreGame,
	shuffleOptions,
	timeLimitMs,
	type AnswerInput,
	type GameScore,
	type ScoredAnswer
} from '$lib/quiz/scoring';
import { keyTextOf } from '$lib/quiz/key-text';
import type { Item, Response } from '$lib/quiz/types';
import { timeUpAnswer } from './answers';
import type { GameContext, GameSnapshot } from './machine';
import type { SavedGame, SavedPhase } from './storage';

/** The item on screen: shown with options in display order, its position and its time limit. */
export interface CurrentItem {
	/** The item with `options` in display order and `key` re-indexed to match. */
	item: Item;
	/** `order[shown] = original` option index. */
	order: number[];
	/** 0-based position in the quiz. */
	index: number;
	total: number;
	/** The item's limit in ms in timed mode, null in relaxed mode. */
	limitMs: number | null;
}

/** How the last answer went, for the feedback screen. */
export type Outcome = 'correct' | 'partial' | 'incorrect' | 'timedOut';

/** The feedback on the current item's answer: outcome, the key, the response and its score. */
export interface Feedback extends CurrentItem {
	outcome: Outcome;
	/** The key as the article writes it. */
	keyText: string;
	/** The player's response in display order; null for a time-up. */
	response: Response | null;
	score: ScoredAnswer;
	/** Points of the whole game so far, including this answer. */
	totalPoints: number;
}

/** One row of the results: the item as shown, the response in display order, its score and outcome. */
export interface ResultRow {
	item: Item;
	response: Response | null;
	score: ScoredAnswer;
	outcome: Outcome;
}

/** The results: the headline (right out of total), points, best streak, and each item. */
export interface Results {
	right: number;
	total: number;
	points: number;
	bestStreak: number;
	rows: ResultRow[];
}

/** The outcome of a scored answer, as the feedback states name it. */
function outcomeOf(score: ScoredAnswer): Outcome {
	if (score.timedOut) return 'timedOut';
	if (score.correct) return 'correct';
	return score.credit > 0 ? 'partial' : 'incorrect';
}

function toDisplayOrder(response: Response | null, order: number[]): Response | null {
	if (response?.kind !== 'choice') return response;
	return { kind: 'choice', option: order.indexOf(response.option) };
}

function shownItem(context: GameContext, index: number): CurrentItem {
	const shuffled = shuffleOptions(context.quiz.items[index], context.seed);
	return {
		...shuffled,
		index,
		total: context.quiz.items.length,
		limitMs: context.mode === 'timed' ? timeLimitMs(context.quiz.items[index]) : null
	};
}

/** The score of the answers given so far (see `scoreGame`). */
export function selectScore(snapshot: GameSnapshot): GameScore {
	const { quiz, mode, answers } = snapshot.context;
	return scoreGame({ quiz, mode, answers });
}

/**
 * The answers given so far as the server's `scoreGame` takes them (responses in the quiz's own
 * option order, times in ms), for posting a result that the server scores again. Takes a game
 * snapshot or a `SavedGame` (its context is the same), so the homework page can hand in a saved
 * game's answers before the game machine loads.
 */
export function selectAnswerInputs(snapshot: { context: Pick<GameContext, 'answers'> }): AnswerInput[] {
	return snapshot.context.answers.map(({ response, elapsedMs }) => ({ response, elapsedMs }));
}

/** The item being answered or reviewed, or null on the intro and results screens. */
export function selectCurrentItem(snapshot: GameSnapshot): CurrentItem | null {
	if (!snapshot.hasTag('in-play')) return null;
	return shownItem(snapshot.context, snapshot.context.index);
}

/**
 * The ms left to answer at time `now` (epoch ms), never below 0; null when no countdown runs
 * (relaxed mode, or not answering).
 */
export function selectRemainingMs(snapshot: GameSnapshot, now: number): number | null {
	const { deadline } = snapshot.context;
	if (!snapshot.hasTag('countdown') || deadline === null) return null;
	return Math.max(0, deadline - now);
}

/** The mode of play. */
export function selectMode(snapshot: GameSnapshot): GameContext['mode'] {
	return snapshot.context.mode;
}

/** The outcome of the last answer while reviewing it, else null. */
export function selectOutcome(snapshot: GameSnapshot): Outcome | null {
	if (!snapshot.hasTag('reviewing')) return null;
	for (const outcome of ['correct', 'partial', 'incorrect', 'timedOut'] as const) {
		if (snapshot.matches({ feedback: outcome })) return outcome;
	}
	return null;
}

/** The feedback on the item just answered, or null when not reviewing. */
export function selectFeedback(snapshot: GameSnapshot): Feedback | null {
	const outcome = selectOutcome(snapshot);
	if (!outcome) return null;
	const shown = shownItem(snapshot.context, snapshot.context.index);
	const game = selectScore(snapshot);
	const score = game.perItem[snapshot.context.index];
	return {
		...shown,
		outcome,
		keyText: keyTextOf(shown.item),
		response: toDisplayOrder(score.response, shown.order),
		score,
		totalPoints: game.points
	};
}

/** The results once the game is over, else null. */
export function selectResults(snapshot: GameSnapshot): Results | null {
	if (!snapshot.hasTag('finished')) return null;
	const game = selectScore(snapshot);
	return {
		right: game.right,
		total: game.total,
		points: game.points,
		bestStreak: game.bestStreak,
		rows: game.perItem.map((score) => {
			const shown = shownItem(snapshot.context, score.index);
			return {
				item: shown.item,
				response: toDisplayOrder(score.response, shown.order),
				score,
				outcome: outcomeOf(score)
			};
		})
	};
}

/**
 * Where a saved game stands, for the screen that offers to resume it before the game machine
 * loads: its phase, the item's 1-based `number` out of `total`, the score so far, and the
 * item's `deadline` (epoch ms) when a timed item is open, whose clock kept running while the
 * game was closed (a reload gains no time); null otherwise.
 */
export interface SavedProgress {
	phase: SavedPhase;
	number: number;
	total: number;
	score: GameScore;
	deadline: number | null;
}

/** The progress of a saved game (see `readSavedGame`), scored with `scoreGame` as in play. */
export function selectSavedProgress(saved: SavedGame): SavedProgress {
	const { quiz, mode, index, deadline, answers } = saved.context;
	return {
		phase: saved.phase,
		number: index + 1,
		total: quiz.items.length,
		score: scoreGame({ quiz, mode, answers }),
		deadline: saved.phase === 'item' && mode === 'timed' ? deadline : null
	};
}

/**
 * The saved game `saved` as it stands at `now` (epoch ms): when it is on a timed item whose
 * deadline has passed (the tab was closed, or the time ran out while the student was away), with
 * that item's time-up recorded, as the machine records it on resume (`timeUpAnswer`: no response,
 * the item's whole limit elapsed) and on its feedback; else `saved` as it is. The homework page
 * hands that time-up in and shows it as soon as the student comes back, before the machine loads,
 * so it counts even if they never press Continue. Never changes storage.
 */
export function savedGameAt(saved: SavedGame, now: number): SavedGame {
	const { context } = saved;
	if (saved.phase !== 'item' || context.mode !== 'timed' || context.deadline === null || now < context.deadline) return saved;
	return { value: { feedback: 'timedOut' }, phase: 'feedback', context: { ...context, answers: [...context.answers, timeUpAnswer(context)] } };
}
