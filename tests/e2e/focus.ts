import type { Page } from 'playwright-core';

/**
 * The element that has keyboard focus, as a screen-reader user hears it: "tag: text", a group's
 * legend for a fieldset, and 'body' when nothing has focus. Used by the review page's focus tests.
 */
export function focused(page: Page): Promise<string> {
	return page.evaluate(() => {
		const element = document.activeElement;
		if (!element || element === document.body) return 'body';
		const legend = element.tagName === 'FIELDSET' ? element.querySelector('legend')?.textContent : undefined;
		return `${element.tagName.toLowerCase()}: ${(legend ?? element.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
	});
}
