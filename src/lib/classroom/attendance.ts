import type { HostPlayer } from './types';

/** The host's answer count for the open item: `answered` of the `expected` players here, and `away` players it is open to. */
export interface AnswerCount {
	answered: number;
	expected: number;
	away: number;
}

/**
 * The answer count the host sees for the item at `itemIndex`, from the server's live counts
 * (`answered`: answers of players present; `eligible`: the connected players the item is open
 * to) and the player list. Only players here are counted as awaited, as the item closes when
 * they have all answered; a player away is counted apart, and only when the item is open to
 * them (`firstItem`): a late joiner who left before their first item cannot answer this one.
 */
export function answerCount(counts: { answered: number; eligible: number }, players: HostPlayer[], itemIndex: number): AnswerCount {
	const away = players.filter((player) => !player.present && player.firstItem <= itemIndex).length;
	return { answered: counts.answered, expected: counts.eligible, away };
}

/**
 * Whether everyone here has answered while the item still waits for players away: the server
 * keeps it open for their absence grace (a few seconds, so that a player who reloads is not
 * shut out), and the host, who sees the class is done, may reveal the answer at once.
 */
export function allHereAnswered({ answered, expected, away }: AnswerCount): boolean {
	return away > 0 && expected > 0 && answered >= expected;
}

/**
 * The host's sentence for `count`: "1 of 3 have answered." with everyone here, "0 of 2 here
 * have answered · 1 away." otherwise, so the figures never count a closed tab as awaited; once
 * all here have answered (`allHereAnswered`) it says the item waits a moment for those away.
 */
export function answerCountText(count: AnswerCount): string {
	const { answered, expected, away } = count;
	if (away === 0) return `${answered} of ${expected} have answered.`;
	if (allHereAnswered(count)) return `All ${expected} here have answered · ${away} away, given a few seconds to come back.`;
	return `${answered} of ${expected} here have answered · ${away} away.`;
}
