import { counted } from '$lib/plural';
import type { Feedback } from '$lib/game/selectors';
import { verdictOf } from './verdict';

/** The time warnings a countdown announces, in ms left, latest first. */
const warnings = [
	{ withinMs: 5_000, text: '5 seconds left' },
	{ withinMs: 10_000, text: '10 seconds left' }
];

/**
 * What the polite live region says now: the verdict on the last answer (with the key when it was
 * not right, and the points), else a time warning when 10 or 5 seconds are left, else nothing.
 * The text changes only at those moments, so a screen reader hears them and not every tick
 * (WCAG 2.2 4.1.3, status messages).
 * `joinedWithMs` is the time that was left when this page began to show the open item part-way
 * down (a reload, the tab shown again: `Game.joinedWithMs`), null when it showed it from the
 * start. A warning whose moment passed before then was never heard, and its words would not match
 * the timer on screen ("10 seconds left" under a 7): the whole seconds left on arrival are said
 * instead, until the next warning.
 */
export function announcement(
	feedback: Pick<Feedback, 'outcome' | 'keyText' | 'score'> | null,
	remainingMs: number | null,
	joinedWithMs: number | null = null
): string {
	if (feedback) {
		const key = feedback.outcome === 'correct' ? '' : ` The answer is ${feedback.keyText}.`;
		return `${verdictOf(feedback.outcome).label}.${key} ${counted(feedback.score.points, 'point')}.`;
	}
	if (remainingMs === null) return '';
	const warning = warnings.find((w) => remainingMs <= w.withinMs);
	if (!warning) return '';
	if (joinedWithMs !== null && joinedWithMs < warning.withinMs) return `${counted(Math.ceil(joinedWithMs / 1000), 'second')} left`;
	return warning.text;
}
