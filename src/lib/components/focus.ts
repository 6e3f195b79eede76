import type { Attachment } from 'svelte/attachments';
import { tick } from 'svelte';

/**
 * An attachment that moves keyboard focus to its element when the element appears, so each new
 * item, feedback and results screen is announced from its start (WCAG 2.4.3 focus order). The
 * browser scrolls the element into view as it takes focus.
 */
export const focusOnMount: Attachment<HTMLElement> = (element) => {
	element.focus();
};

/** The heading of the step a page shows, marked `data-step-heading`, which takes focus when the step changes. */
export function stepHeading(): HTMLElement | null {
	return document.querySelector<HTMLElement>('[data-step-heading]');
}

/**
 * After the next update, moves focus to `target()` when the update left it nowhere: on <body>,
 * or on a control now disabled, where the browser leaves a keyboard user with no place to go
 * on from (WCAG 2.4.3), or on `from`, the button that sent a form the answer refused, so that
 * the user lands on the field to correct, which names the refusal (WCAG 3.3.1). Focus the user
 * has moved elsewhere stays where it is.
 */
export async function catchLostFocus(target: () => HTMLElement | null | undefined, from?: HTMLElement | null): Promise<void> {
	await tick();
	const active = document.activeElement;
	const lost = !active || active === document.body || active === from || (active as HTMLButtonElement).disabled === true;
	if (lost) target()?.focus();
}

/**
 * Puts focus back after an enhanced form's successful answer has been applied: SvelteKit's
 * `applyAction` sends focus to <body> after every successful action (its `reset_focus`), after
 * the new step has mounted and focused its own heading, so a keyboard user's next Tab would
 * start again at the top of the page (WCAG 2.4.3). `target` is read once the page has updated;
 * without one, the step's heading takes focus.
 */
export async function refocus(target: () => HTMLElement | null | undefined = stepHeading): Promise<void> {
	await tick();
	const element = target() ?? stepHeading();
	element?.focus();
}
