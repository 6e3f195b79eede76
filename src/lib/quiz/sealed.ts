/**
 * Items sent to a student before they answer them (homework): each with its key left out, so a
 * student who reads the page's data learns nothing the question does not show. The server hands
 * the whole item back once the answer is in (`recordAnswer`), and the feedback is built from it.
 */
import { answerModeOf } from './scoring';
import type { Item } from './types';

/** The `key` of a sealed item: no option's index. */
export const SEALED_KEY = -1;

/**
 * `item` as a student may see it before answering: no key (`SEALED_KEY`), no accepted spellings,
 * no options for an item answered by typing or an estimate (its key is among them; only a choice
 * item shows its options), an estimate's range and unit without its value (0), and no source
 * sentence (its text and key span are the explanation). Everything the item's screen and its time
 * limit (`timeLimitMs`) read is kept.
 */
export function sealItem(item: Item): Item {
	const choice = answerModeOf(item) === 'choice';
	const { accepted: _accepted, numeric, ...rest } = item;
	return {
		...rest,
		options: choice ? item.options : [],
		key: SEALED_KEY,
		...(numeric ? { numeric: { ...numeric, value: 0 } } : {}),
		source: { sentence: 0, paragraph: 0, start: 0, end: 0, text: '', keySpan: { start: 0, end: 0 } }
	};
}

/** Whether `item` was sent sealed (`sealItem`) and its key is not known yet. */
export function isSealed(item: Pick<Item, 'key'>): boolean {
	return item.key === SEALED_KEY;
}
