/**
 * The spoiler-free summary of a played quiz that players share: one square per item and the
 * score, never an answer. Pure, so the server (result page, score card) and the browser (share
 * button) write the same text.
 */

/** How one item ended for the player: answered right, answered wrong, or timed out unanswered. */
export type ItemOutcome = 'right' | 'wrong' | 'timeout';

/** The square shown for each outcome, in the manner of Wordle's shared grid. */
export const outcomeEmoji: Record<ItemOutcome, string> = {
	right: '🟩',
	wrong: '🟥',
	timeout: '⬜'
};

/** Words for each outcome, for screen readers and the comparison table. */
export const outcomeLabel: Record<ItemOutcome, string> = {
	right: 'right',
	wrong: 'wrong',
	timeout: 'timed out'
};

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
}

/** The headline and squares, as "newsquiz · <title> · 8/10" then the emoji row on the next line. */
export function shareHeadline({ title, right, total, outcomes }: ShareSummary): string {
	return `newsquiz · ${title} · ${right}/${total}\n${emojiRow(outcomes)}`;
}

/**
 * The whole text a player shares: the headline, the emoji row and the absolute link to the
 * result, each on its own line. It names no answer, so it spoils nothing for a friend.
 */
export function shareText(summary: ShareSummary & { url: string }): string {
	return `${shareHeadline(summary)}\n${summary.url}`;
}
