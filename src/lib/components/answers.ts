import { unitFor } from '$lib/plural';
import type { Item, ItemType, NumericAnswer, Response } from '$lib/quiz/types';

/**
 * The keys that pick an item's options, in display order: "T" and "F" for a true-false item,
 * "1", "2", … otherwise. Upper case; compare with `event.key.toUpperCase()`.
 */
export function shortcutsFor(item: Pick<Item, 'type' | 'options'>): string[] {
	if (item.type === 'true-false') return item.options.map((option) => option.charAt(0).toUpperCase());
	return item.options.map((_, index) => String(index + 1));
}

// one form for every type, so the heading says the kind of question alike whatever it is (a fresh
// user heard the type of every question but a multiple-choice one)
const prompts: Record<ItemType, string> = {
	mcq: 'Multiple choice',
	'true-false': 'True or false',
	cloze: 'Fill in the blank',
	numeric: 'Estimate',
	'who-said': 'Who said it',
	'which-first': 'Which came first'
};

/**
 * The kind of question an item of `type` is, said after "Question N of M" and before the stem
 * ("Question 2 of 7 · True or false"): the one wording of solo play, homework and the class game.
 */
export function promptFor(type: ItemType): string {
	return prompts[type];
}

/**
 * The index of the option (in display order) that key `key` (a `KeyboardEvent.key`) picks, or -1:
 * an option's shortcut from `shortcutsFor` ("T"/"F" in either case), or its position "1"–"9",
 * which also picks a true-false option (1 is the first shown), so the digits a player uses on
 * other items work everywhere. The one mapping of solo play, homework and the class answer pad.
 */
export function optionForKey(item: Pick<Item, 'type' | 'options'>, key: string): number {
	const shortcut = shortcutsFor(item).indexOf(key.toUpperCase());
	if (shortcut >= 0) return shortcut;
	const position = /^[1-9]$/.test(key) ? Number(key) - 1 : -1;
	return position < item.options.length ? position : -1;
}

const currencySymbols: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', INR: '₹' };
const scaleWords: Record<number, string> = { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' };

/**
 * The unit an estimate is typed in, as a reader says it: "£ million" for GBP at scale 1e6, "%"
 * for percent, the unit word otherwise ("people"); empty when the item has no unit or scale.
 */
export function estimateUnit(numeric: Pick<NumericAnswer, 'unit' | 'scale'>): string {
	const scale = numeric.scale ? scaleWords[numeric.scale] : undefined;
	const unit = numeric.unit === 'percent' ? '%' : (currencySymbols[numeric.unit ?? ''] ?? numeric.unit);
	return [unit, scale].filter(Boolean).join(' ');
}

/**
 * A number in a numeric item's own terms: `value` (in the key's units, e.g. 772600000) divided
 * by the item's scale and written with its unit ("£772.6 million", "80%", "774 people"), a unit
 * word agreeing with the number ("1 person", `unitFor`).
 */
export function numberText(value: number, numeric?: Pick<NumericAnswer, 'unit' | 'scale'>): string {
	const scale = numeric?.scale ?? 1;
	const number = (value / scale).toLocaleString('en-GB', { maximumFractionDigits: 2 });
	const scaled = scaleWords[scale] ? ` ${scaleWords[scale]}` : '';
	const unit = numeric?.unit;
	if (unit && currencySymbols[unit]) return `${currencySymbols[unit]}${number}${scaled}`;
	if (unit === 'percent') return `${number}%${scaled}`;
	// "1 million people" counts millions, so only a bare number makes the unit agree with it ("1 charge", "1.5 km")
	return unit ? `${number}${scaled} ${scaled ? unit : unitFor(value / scale, unit)}` : `${number}${scaled}`;
}

/**
 * A response as the player gave it, in words: the option's text (`item.options` in the order the
 * response uses), the typed text, or the number with the item's unit. Null for no response.
 */
export function responseText(item: { options: string[]; numeric?: Pick<NumericAnswer, 'unit' | 'scale'> }, response: Response | null): string | null {
	if (!response) return null;
	if (response.kind === 'choice') return item.options[response.option] ?? null;
	if (response.kind === 'text') return response.text;
	return numberText(response.value, item.numeric);
}
