import type { Game } from '$lib/game/game.svelte';
import type { Response } from '$lib/quiz/types';
import type { Item } from '$lib/quiz/types';
import { optionForKey } from './answers';

/** What a key press asks of a solo game: start it, go on to the next item, or answer. */
export type KeyCommand = { kind: 'start' } | { kind: 'next' } | { kind: 'answer'; response: Response };

/**
 * The command a window-level key press stands for in a solo game (`game` null before it
 * starts), or null when the key is not the game's: Enter starts or goes on, and an option's
 * shortcut (1–4, and T/F on a true-false item: `optionForKey`) answers a choice item. Keys with a
 * modifier, repeats, and keys typed into a field are left to the browser; so is Enter on any
 * focused control (button, link, summary, field), which does what that control does: Enter on
 * the "Show in article" that focus went back to when the article closed reopened nothing but
 * went on to the next question, a page-wide shortcut beating the control the player was on.
 */
export function keyCommand(event: KeyboardEvent, game: Game | null): KeyCommand | null {
	if (ignored(event)) return null;
	if (event.key === 'Enter') {
		if (onControl(event)) return null;
		if (!game) return { kind: 'start' };
		return game.snapshot.hasTag('reviewing') ? { kind: 'next' } : null;
	}
	const current = game?.item;
	if (!current || !game?.snapshot.hasTag('answering')) return null;
	const option = choiceForKey(event, current.item);
	return option === null ? null : { kind: 'answer', response: { kind: 'choice', option } };
}

/**
 * The option (index in display order) a window-level key press picks on a choice item, by the
 * mapping of `optionForKey` (1–4 by position, T/F on a true-false item), or null: the item is
 * not answered by choice, the key picks nothing, it has a modifier or repeats, or it was typed
 * into a field. Used by solo play (through `keyCommand`) and by the class answer pad.
 */
export function choiceForKey(event: KeyboardEvent, item: Pick<Item, 'type' | 'options' | 'answerMode'>): number | null {
	if (ignored(event) || isTyping(event)) return null;
	if ((item.answerMode ?? 'choice') !== 'choice') return null;
	const option = optionForKey(item, event.key);
	return option < 0 ? null : option;
}

function ignored(event: KeyboardEvent): boolean {
	return event.repeat || event.altKey || event.ctrlKey || event.metaKey;
}

/** The controls whose own Enter or Space (a click, a submit, a toggle, a newline) no page-wide key may take over. */
const CONTROLS = 'button, a[href], summary, input, select, textarea, [role="button"], [role="link"], [contenteditable]:not([contenteditable="false"])';

function onControl(event: KeyboardEvent): boolean {
	return event.target instanceof Element && event.target.closest(CONTROLS) !== null;
}

function isTyping(event: KeyboardEvent): boolean {
	return event.target instanceof Element && event.target.closest('textarea, select, input:not([type="radio"])') !== null;
}
