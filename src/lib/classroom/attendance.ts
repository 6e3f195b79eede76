import type { HostPlayer } from './types';

/** The host's answer count for the open item: `answered` of `expected` players, `away` of them not connected. */
export interface AnswerCount {
	answered: number;
	expected: number;
	away: number;
}

/**
 * The answer count the host sees for the item at `itemIndex`, from the server's live counts
 * (`answered`, and `eligible`: the connected players the item is open to) and the player list.
 * A player away is counted only when the item is open to them (`firstItem`): a late joiner who
 * left before their first item cannot answer this one, where a fresh user's host screen counted
 * such players as awaited and away.
 */
export function answerCount(counts: { answered: number; eligible: number }, players: HostPlayer[], itemIndex: number): AnswerCount {
	const away = players.filter((player) => !player.present && player.firstItem <= itemIndex).length;
	return { answered: counts.answered, expected: counts.eligible + away, away };
}
