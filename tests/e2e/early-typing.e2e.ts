import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { seedQuiz, verdict } from './play';

const baseURL = inject('baseURL');
const browser = useBrowser();

/**
 * Opens `path` with the page's scripts held back, types into each field as a person on a slow
 * phone would before the page has hydrated, then lets the scripts run and waits for them.
 */
async function typeBeforeHydration(path: string, fill: (page: Page) => Promise<void>): Promise<Page> {
	const page = await (await browser().newContext()).newPage();
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await gate;
		await route.continue();
	});
	await page.goto(`${baseURL}${path}`, { waitUntil: 'domcontentloaded' });
	await fill(page);
	release();
	// the scripts hydrate the page as soon as they have loaded: nothing is fetched after that
	await page.waitForLoadState('networkidle');
	return page;
}

describe('what a player types before the page has loaded its scripts', () => {
	it('is kept on the join form: code, nickname and real name', async () => {
		const page = await typeBeforeHydration('/join', async (p) => {
			await p.getByLabel('Room code').fill('123456');
			await p.getByLabel('Nickname').fill('Ann');
			await p.getByLabel(/Real name/).fill('Ann Lee');
		});
		expect(await page.getByLabel('Room code').inputValue()).toBe('123456');
		expect(await page.getByLabel('Nickname').inputValue()).toBe('Ann');
		expect(await page.getByLabel(/Real name/).inputValue()).toBe('Ann Lee');
	});

	it('is kept in the homework code field', async () => {
		const page = await typeBeforeHydration('/h', async (p) => {
			await p.getByLabel('Homework code').fill('ABC123');
		});
		expect(await page.getByLabel('Homework code').inputValue()).toBe('ABC123');
	});

	it('is kept on the form that sets homework: mode and deadline', async () => {
		const page = await typeBeforeHydration('/homework/new', async (p) => {
			await p.getByLabel(/Relaxed/).check();
			await p.getByLabel(/Deadline/).fill('2031-05-04T17:30');
		});
		expect(await page.getByLabel(/Relaxed/).isChecked()).toBe(true);
		expect(await page.getByLabel(/Deadline/).inputValue()).toBe('2031-05-04T17:30');
	});
});

// a fresh user pressed Enter as the play page appeared, before its scripts had run, and nothing started
describe('Enter pressed on the play page before its scripts have run', () => {
	it('starts the game once they have, as Enter after them does', async () => {
		const page = await typeBeforeHydration(`/play/${seedQuiz.id}?mode=relaxed`, async (p) => {
			await p.keyboard.press('Enter');
		});
		await page.getByText(`Question 1 of ${seedQuiz.items.length}`).first().waitFor({ timeout: 10_000 });
		await page.context().close();
	});

	it('is no start when it was pressed on a link, which does what it does', async () => {
		const page = await typeBeforeHydration(`/play/${seedQuiz.id}?mode=relaxed`, async (p) => {
			await p.getByRole('link', { name: 'Skip to content' }).focus();
			await p.keyboard.press('Enter');
		});
		await page.getByRole('button', { name: /Start/ }).waitFor();
		expect(new URL(page.url()).hash).toBe('#main');
		expect(await page.getByText('Question 1 of').count()).toBe(0);
		await page.context().close();
	});
});

// a fresh user pressed Enter as the page loaded, then T before question 1 appeared: the T was lost
describe('an answer key pressed while the game is still loading', () => {
	it('answers nothing, starts no second game, and the first question waits for its answer', async () => {
		const page = await (await browser().newContext()).newPage();
		// The route is in place before the page opens and holds scripts only from Start on: routed
		// once the page was up, a game chunk got through unheld in one CI run (the question showed).
		let holding = false;
		const held: string[] = [];
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**', async (route) => {
			if (holding) {
				held.push(route.request().url());
				await gate;
			}
			await route.continue();
		});
		await page.goto(`${baseURL}/play/${seedQuiz.id}?mode=relaxed`);
		await page.waitForLoadState('networkidle');
		await page.getByRole('button', { name: /Start/ }).waitFor();
		// hold back the game's scripts (the machine and the question screen load on Start)
		holding = true;
		await page.keyboard.press('Enter');
		await page.keyboard.press('t');
		await page.keyboard.press('Enter');
		await page.keyboard.press('t');
		await expect.poll(() => held.length).toBeGreaterThan(0);
		expect(await page.getByText('Question 1 of').count()).toBe(0);
		release();
		await page.getByText(`Question 1 of ${seedQuiz.items.length}`).first().waitFor({ timeout: 10_000 });
		await page.waitForLoadState('networkidle');
		// the item a player has not seen is not answered for them: no verdict until they answer it
		expect(await page.locator('#verdict').count()).toBe(0);
		expect(await page.getByRole('button', { name: /True/ }).isEnabled()).toBe(true);
		// T answers it once it is on screen (the first item is a true-or-false one, keyed True)
		expect(seedQuiz.items[0].type).toBe('true-false');
		await page.keyboard.press('t');
		await page.locator('#verdict').waitFor();
		expect(await verdict(page)).toMatch(/Right/);
		expect(await page.getByText(`Question 1 of ${seedQuiz.items.length}`).count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it("answers nothing either when pressed before the page's scripts have run, after an Enter that starts the game", async () => {
		const page = await typeBeforeHydration(`/play/${seedQuiz.id}?mode=relaxed`, async (p) => {
			await p.keyboard.press('Enter');
			await p.keyboard.press('t');
		});
		await page.getByText(`Question 1 of ${seedQuiz.items.length}`).first().waitFor({ timeout: 10_000 });
		expect(await page.locator('#verdict').count()).toBe(0);
		await page.keyboard.press('t');
		await page.locator('#verdict').waitFor();
		expect(await verdict(page)).toMatch(/Right/);
		await page.context().close();
	});
});
