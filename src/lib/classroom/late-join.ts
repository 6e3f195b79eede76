/**
 * What a player who joined while item `index` (0-based) of `itemCount` was open is told, on the
 * question (`revealed` false) and on its reveal (`revealed` true): they play from the next item,
 * or, when this is the last one, they watch its answer and the final standings, as no item is
 * left for them (a fresh user's one-question game promised "the next one").
 */
export function lateJoinNotice({ index, itemCount, revealed }: { index: number; itemCount: number; revealed: boolean }): string {
	const when = revealed ? 'after this question started' : 'during this question';
	if (index + 1 < itemCount) return `You joined ${when}: you play from the next one.`;
	return itemCount === 1
		? `You joined ${when}, the game’s only one: watch its answer, then the game ends with the final standings.`
		: `You joined ${when}, the last one: watch its answer, then the game ends with the final standings.`;
}
