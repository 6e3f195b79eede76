import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that moves keyboard focus to its element when the element appears, so each new
 * item, feedback and results screen is announced from its start (WCAG 2.4.3 focus order). The
 * browser scrolls the element into view as it takes focus.
 */
export const focusOnMount: Attachment<HTMLElement> = (element) => {
	element.focus();
};
