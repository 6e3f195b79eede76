import { unitFor } from '$lib/plural';
import type { Item } from './types';

/**
 * The key of an item as a player is told it ("The answer: …", "Right answer"): the option the key
 * names, with an estimate's unit where the option is a bare number ("2.5" of "adds about _____
 * miles" → "2.5 miles", "2,340" of "to cover _____ properties" → "2,340 properties", "1" of
 * "_____ charges" → "1 charge"), as a
 * player's own estimate is written back to them (components/answers.ts `numberText`). A key that
 * carries its unit already ("£772.6 million", "80%", "34 cents") is as the article writes it.
 * Takes the item (its options, key and numeric answer); returns '' when the key names no option.
 */
export function keyTextOf(item: Pick<Item, 'options' | 'key' | 'numeric'>): string {
	const key = item.options[item.key] ?? '';
	const unit = item.numeric?.unit;
	// a percentage and a currency are written with their sign or symbol, never their name
	if (key === '' || !unit || unit === 'percent' || /^[A-Z]{3}$/.test(unit) || !/^[\d.,]+$/.test(key)) return key;
	return `${key} ${unitFor(Number(key.replaceAll(',', '')), unit, 20)}`;
}
