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
 * The text changes only at those moments, so a screen reader hears them and not every tick.
 */
export function announcement(
	feedback: Pick<Feedback, 'outcome' | 'keyText' | 'score'> | null,
	remainingMs: number | null
): string {
	if (feedback) {
		const key = feedback.outcome === 'correct' ? '' : ` The answer is ${feedback.keyText}.`;
		return `${verdictOf(feedback.outcome).label}.${key} ${counted(feedback.score.points, 'point')}.`;
	}
	if (remainingMs === null) return '';
	return warnings.find((w) => remainingMs <= w.withinMs)?.text ?? '';
}
