/**
 * The spoiler-free summary of a played quiz that players share: one square per item and the
 * score, never an answer. Pure, so the server (result page, score card) and the browser (share
 * button) write the same text.
 */

import type { AnswerScore } from '$lib/quiz/scoring';

/**
 * How one item ended for the player: answered right, close (an estimate that earned part of the
 * points), answered wrong, or timed out unanswered.
 */
export type ItemOutcome = 'right' | 'close' | 'wrong' | 'timeout';

/** Every outcome, best first: the order a tally lists them in. */
export const itemOutcomes: readonly ItemOutcome[] = ['right', 'close', 'wrong', 'timeout'];

/** The square shown for each outcome, in the manner of Wordle's shared grid (yellow: nearly). */
export const outcomeEmoji: Record<ItemOutcome, string> = {
	right: '🟩',
	close: '🟨',
	wrong: '🟥',
	timeout: '⬜'
};

/** Words for each outcome, for screen readers and the comparison table. */
export const outcomeLabel: Record<ItemOutcome, string> = {
	right: 'right',
	close: 'close',
	wrong: 'wrong',
	timeout: 'timed out'
};

/**
 * The outcome of a scored answer: the game's own feedback calls an answer that earned part of
 * the credit "Close", so every summary of the game must too, not count it wrong.
 */
export function outcomeOf(score: Pick<AnswerScore, 'correct' | 'credit' | 'timedOut'>): ItemOutcome {
	if (score.timedOut) return 'timeout';
	if (score.correct) return 'right';
	return score.credit > 0 ? 'close' : 'wrong';
}

/** How many items ended each way, best first, naming only the outcomes that occur: "5 right, 1 close, 1 wrong". */
export function outcomeTally(outcomes: readonly ItemOutcome[]): string {
	return itemOutcomes
		.map((o) => [outcomes.filter((x) => x === o).length, outcomeLabel[o]] as const)
		.filter(([n]) => n > 0)
		.map(([n, label]) => `${n} ${label}`)
		.join(', ');
}

/** How many of `outcomes` are close. */
export function closeCount(outcomes: readonly ItemOutcome[]): number {
	return outcomes.filter((o) => o === 'close').length;
}

/** The row of squares for `outcomes`, in play order, with nothing between them. */
export function emojiRow(outcomes: readonly ItemOutcome[]): string {
	return outcomes.map((o) => outcomeEmoji[o]).join('');
}

/** What a shared result says: the quiz, the score and the squares, without the link. */
export interface ShareSummary {
	title: string;
	right: number;
	total: number;
	outcomes: readonly ItemOutcome[];
	/**
	 * Whose score it is, when the one sharing it is not its player (a friend's result page): the
	 * name they gave, or "Someone". Left out, the score is the sharer's own.
	 */
	player?: string;
}

/**
 * The headline and squares, as "newsquiz · <title> · 8/10" (or "· Ann got 8/10" for another
 * player's score) then the emoji row on the next line.
 */
export function shareHeadline({ title, right, total, outcomes, player }: ShareSummary): string {
	return `newsquiz · ${title} · ${player ? `${player} got ` : ''}${right}/${total}\n${emojiRow(outcomes)}`;
}

/**
 * The whole text a player shares: the headline, the emoji row and the absolute link to the
 * result, each on its own line. It names no answer, so it spoils nothing for a friend.
 */
export function shareText(summary: ShareSummary & { url: string }): string {
	return `${shareHeadline(summary)}\n${summary.url}`;
}
