import type { Outcome } from '$lib/game/selectors';

/** How an outcome is said and shown: its words, an icon (hidden from screen readers) and its tone. */
export interface Verdict {
	label: string;
	icon: string;
	tone: 'right' | 'wrong';
}

const verdicts: Record<Outcome, Verdict> = {
	correct: { label: 'Right', icon: '✓', tone: 'right' },
	partial: { label: 'Close', icon: '≈', tone: 'wrong' },
	incorrect: { label: 'Wrong', icon: '✗', tone: 'wrong' },
	timedOut: { label: 'Time’s up', icon: '✗', tone: 'wrong' }
};

/** The verdict shown for an answer's outcome (see `Outcome` in the game's selectors). */
export function verdictOf(outcome: Outcome): Verdict {
	return verdicts[outcome];
}
