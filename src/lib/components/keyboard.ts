import type { Game } from '$lib/game/game.svelte';
import type { Response } from '$lib/quiz/types';
import type { Item } from '$lib/quiz/types';
import { optionForKey } from './answers';

/** What a key press asks of a solo game: start it, go on to the next item, or answer. */
export type KeyCommand = { kind: 'start' } | { kind: 'next' } | { kind: 'answer'; response: Response };

/**
 * The command a window-level key press stands for in a solo game (`game` null before it
 * starts), or null when the key is not the game's: Enter starts or goes on, and an option's
 * shortcut (1–4, and T/F on a true-false item: `optionForKey`) answers a choice item. Keys with a modifier, repeats,
 * and keys typed into a field are left to the browser; so is Enter on a focused button, link or
 * summary, which already acts on it, except on the control focus went back to when the article
 * closed (`markReturnedFocus`).
 */
export function keyCommand(event: KeyboardEvent, game: Game | null): KeyCommand | null {
	if (ignored(event)) return null;
	const target = event.target as HTMLElement;
	const typing = isTyping(event);
	if (event.key === 'Enter') {
		if (typing || (target.closest('button, a, summary') && target.dataset[RETURNED] === undefined)) return null;
		if (!game) return { kind: 'start' };
		return game.snapshot.hasTag('reviewing') ? { kind: 'next' } : null;
	}
	const current = game?.item;
	if (!current || !game?.snapshot.hasTag('answering')) return null;
	const option = choiceForKey(event, current.item);
	return option === null ? null : { kind: 'answer', response: { kind: 'choice', option } };
}

const RETURNED = 'focusReturned';

/**
 * Marks the control focus has just gone back to as the article dialog closed (the "Show in
 * article" that opened it, WCAG 2.4.3), until it loses focus, so that Enter there goes on to the
 * next question as the README's shortcuts say. Focus landed there without the player choosing it,
 * and they have just read the article: opening it again on Enter left a keyboard-only player
 * looping between Enter and Esc. A control the player tabs to themselves keeps its own Enter.
 */
export function markReturnedFocus(): void {
	const back = document.activeElement;
	if (!(back instanceof HTMLElement) || back === document.body) return;
	back.dataset[RETURNED] = '';
	back.addEventListener('blur', () => delete back.dataset[RETURNED], { once: true });
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

function isTyping(event: KeyboardEvent): boolean {
	return event.target instanceof Element && event.target.closest('textarea, select, input:not([type="radio"])') !== null;
}
