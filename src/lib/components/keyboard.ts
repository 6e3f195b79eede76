import type { Game } from '$lib/game/game.svelte';
import type { Response } from '$lib/quiz/types';
import { shortcutsFor } from './answers';

/** What a key press asks of a solo game: start it, go on to the next item, or answer. */
export type KeyCommand = { kind: 'start' } | { kind: 'next' } | { kind: 'answer'; response: Response };

/**
 * The command a window-level key press stands for in a solo game (`game` null before it
 * starts), or null when the key is not the game's: Enter starts or goes on, and an option's
 * shortcut (1–4, T/F from `shortcutsFor`) answers a choice item. Keys with a modifier, repeats,
 * and keys typed into a field are left to the browser; so is Enter on a focused button, link or
 * summary, which already acts on it.
 */
export function keyCommand(event: KeyboardEvent, game: Game | null): KeyCommand | null {
	if (event.repeat || event.altKey || event.ctrlKey || event.metaKey) return null;
	const target = event.target as HTMLElement;
	const typing = target.closest('textarea, select, input:not([type="radio"])') !== null;
	if (event.key === 'Enter') {
		if (typing || target.closest('button, a, summary')) return null;
		if (!game) return { kind: 'start' };
		return game.snapshot.hasTag('reviewing') ? { kind: 'next' } : null;
	}
	const current = game?.item;
	if (typing || !current || !game?.snapshot.hasTag('answering')) return null;
	if ((current.item.answerMode ?? 'choice') !== 'choice') return null;
	const option = shortcutsFor(current.item).indexOf(event.key.toUpperCase());
	return option < 0 ? null : { kind: 'answer', response: { kind: 'choice', option } };
}
