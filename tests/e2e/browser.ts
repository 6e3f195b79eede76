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
