import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium binary the tests drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Launches headless Chromium without the background services that would try to reach the
 * network (this machine reaches only the package registries). Playwright's `launch` gives every
 * browser a fresh temporary user-data-dir and removes it on close.
 */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

/**
 * One browser for the tests of a file or `describe`: launched in `beforeAll`, closed in
 * `afterAll`. Call it at the top of the file (or block); the getter it returns gives the browser
 * inside tests (it throws before `beforeAll` has run).
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('The browser is not launched yet: use it inside a test.');
		return browser;
	};
}
