/** Two items of one quiz that carry the same id, by their 1-based places in play order. */
export interface SharedItemId {
	id: string;
	first: number;
	second: number;
}

/**
 * The first pair of items sharing an id, or undefined when every id is distinct. Each item's
 * fields, the review page's list and its focus are all found by the item's id, so two items with
 * one id cannot be reviewed, saved or played apart.
 */
export function sharedItemId(items: readonly { id: string }[]): SharedItemId | undefined {
	const seen = new Map<string, number>();
	for (const [i, item] of items.entries()) {
		const first = seen.get(item.id);
		if (first !== undefined) return { id: item.id, first, second: i + 1 };
		seen.set(item.id, i + 1);
	}
	return undefined;
}

/** What is wrong when two items share an id, and what to do about it. */
export function sharedItemIdMessage({ id, first, second }: SharedItemId): string {
	return `items ${first} and ${second} have the same id "${id}"; give each item an id of its own`;
}
