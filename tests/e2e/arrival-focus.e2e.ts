import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { maskedTitle, seedPath, seedQuiz } from './play';

const baseURL = inject('baseURL');
const browser = useBrowser();

async function newPage(): Promise<Page> {
	const page = await (await browser().newContext({ baseURL })).newPage();
	page.setDefaultTimeout(15_000);
	return page;
}

/** The element with keyboard focus, as its tag and text, or "BODY". */
function focused(page: Page): Promise<string> {
	return page.evaluate(() => {
		const element = document.activeElement;
		return !element || element === document.body ? 'BODY' : `${element.tagName.toLowerCase()}: ${element.textContent?.trim()}`;
	});
}

/** Follows a link to `path` from within the page, as the app's own links are followed (a navigation without a page load). */
async function followLink(page: Page, path: string): Promise<void> {
	await page.evaluate((href) => {
		const link = document.createElement('a');
		link.href = href;
		link.textContent = 'Go';
		document.querySelector('main')?.append(link);
		link.click();
	}, path);
	await page.waitForURL(`**${path}`);
}

// a fresh user found focus left on <body> as these pages opened: a screen reader said nothing of where they were
describe('the page heading takes focus on arrival', () => {
	it('on the form that sets homework, opened by its address or by a link in the app', async () => {
		const page = await newPage();
		await page.goto('/homework/new', { waitUntil: 'networkidle' });
		await expect.poll(() => focused(page)).toBe('h1: Set a quiz as homework');
		await page.goto(seedPath(), { waitUntil: 'networkidle' });
		await followLink(page, `/homework/new?quiz=${seedQuiz.id}`);
		await expect.poll(() => focused(page)).toBe('h1: Set a quiz as homework');
		// a Tab goes on from the heading to the form, not from the top of the page
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('form') !== null)).toBe(true);
	});

	it('on the not-found page, opened by its address or by a link in the app', async () => {
		const page = await newPage();
		await page.goto('/no-such-page', { waitUntil: 'networkidle' });
		await expect.poll(() => focused(page)).toBe('h1: Not found');
		await page.goto('/', { waitUntil: 'networkidle' });
		await followLink(page, '/play/no-such-quiz');
		await expect.poll(() => focused(page)).toBe('h1: Not found');
	});

	it("on the host's lobby, reached by opening a room and by reloading it", async () => {
		const page = await newPage();
		await page.goto(`/class/${seedQuiz.id}`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Open a room' }).click();
		await page.waitForURL(/\/host\/\d{6}$/);
		await expect.poll(() => focused(page)).toBe(`h1: ${maskedTitle(seedQuiz).text}`);
		await page.reload({ waitUntil: 'networkidle' });
		await expect.poll(() => focused(page)).toBe(`h1: ${maskedTitle(seedQuiz).text}`);
	});
});
