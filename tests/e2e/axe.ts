import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

/**
 * Loads axe-core into every page of `context` before the page's own scripts. @axe-core/playwright
 * works with playwright-core too, but injects and configures axe for every frame on each
 * `analyze()`, about 10 s a screen on this machine; loading it once per page and calling
 * `axe.run` takes under a second.
 */
export async function enableAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: axe.source });
}

/**
 * A page in a new context of `browser` (its own cookies and storage, so no test sees another's
 * session) at `baseURL`, with axe-core loaded (`enableAxe`), at `viewport` (CSS px) when given,
 * else Playwright's default 1280×720.
 */
export async function newAxePage(browser: Browser, baseURL: string, viewport?: { width: number; height: number }): Promise<Page> {
	const context = await browser.newContext({ baseURL, ...(viewport ? { viewport } : {}) });
	await enableAxe(context);
	return context.newPage();
}

/**
 * The axe-core violations on the page as it is now, each as "rule: selectors", against
 * WCAG 2.0 to 2.2 levels A and AA, or only the named `rules`. Needs `enableAxe` on the context.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	const runOnly: axe.RunOptions['runOnly'] = rules
		? { type: 'rule', values: rules }
		: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };
	const violations = await page.evaluate(
		async (options) =>
			(await window.axe.run(document, options)).violations.map((v) => ({
				id: v.id,
				targets: v.nodes.map((n) => n.target.join(' '))
			})),
		{ runOnly }
	);
	return violations.map((v) => `${v.id}: ${v.targets.join(', ')}`);
}
