import { counted } from '$lib/plural';
import type { Outcome } from '$lib/game/selectors';

/** How an outcome is said and shown: its words, an icon (hidden from screen readers) and its tone. */
export interface Verdict {
	label: string;
	icon: string;
	tone: 'right' | 'close' | 'wrong';
}

const verdicts: Record<Outcome, Verdict> = {
	correct: { label: 'Right', icon: '✓', tone: 'right' },
	partial: { label: 'Close', icon: '≈', tone: 'close' },
	incorrect: { label: 'Wrong', icon: '✗', tone: 'wrong' },
	timedOut: { label: 'Time’s up', icon: '✗', tone: 'wrong' }
};

/** The verdict shown for an answer's outcome (see `Outcome` in the game's selectors). */
export function verdictOf(outcome: Outcome): Verdict {
	return verdicts[outcome];
}

/**
 * The outcome of an answer as a room or a homework stores it, by whether it was right and its
 * points: a wrong answer that earned points is an estimate near the key, "Close" as in solo play.
 */
export function recordedOutcome(answer: { correct: boolean; points: number; timedOut?: boolean }): Outcome {
	if (answer.timedOut) return 'timedOut';
	return answer.correct ? 'correct' : answer.points > 0 ? 'partial' : 'incorrect';
}

/**
 * What a class player reads of their last answer at the reveal: the verdict as solo play words it
 * and the points the answer earned, "Right. +850 points", "Close. +420 points" (an estimate near
 * the key earns part of the points), "Wrong. +0 points". Takes the room's record of the answer:
 * whether it was right, and its points. One vocabulary on every screen: the room said "Not this
 * time" of an estimate that earned points, which solo play calls "Close".
 */
export function liveVerdict(last: { correct: boolean; points: number }): string {
	const verdict = verdictOf(recordedOutcome(last));
	return `${verdict.label}. +${counted(last.points, 'point')}`;
}
