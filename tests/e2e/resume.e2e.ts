import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, enableAxe } from './axe';
import { useBrowser } from './browser';
import { answerByKeyboard, secondsLeft, seedPath, seedQuiz, verdict } from './play';

const baseURL = inject('baseURL');
const browser = useBrowser();
const total = seedQuiz.items.length;

async function status(page: Page): Promise<string> {
	return (await page.locator('.status').textContent())?.trim() ?? '';
}

/** The saved game as the page keeps it in `localStorage`, or null. */
async function savedGame(page: Page, mode: 'timed' | 'relaxed'): Promise<string | null> {
	return page.evaluate((key) => localStorage.getItem(key), `newsquiz:game:${seedQuiz.id}:${mode}`);
}

/** Starts the seed quiz in `mode` by keyboard, answers the first item right and goes on to the second. */
async function playToSecondItem(page: Page, mode: 'timed' | 'relaxed'): Promise<void> {
	await page.goto(baseURL + seedPath(mode), { waitUntil: 'networkidle' });
	await page.keyboard.press('Enter');
	await page.getByText(`Question 1 of ${total}`).waitFor();
	await answerByKeyboard(page, seedQuiz.items[0], true);
	await page.locator('#verdict').waitFor();
	await page.keyboard.press('Enter');
	await page.getByText(`Question 2 of ${total}`).waitFor();
}

/** Reloads the page and waits for the screen that offers the saved game, which takes focus. */
async function reloadToResumeScreen(page: Page): Promise<void> {
	await page.reload({ waitUntil: 'networkidle' });
	const heading = page.getByRole('heading', { name: 'Your game is saved' });
	await heading.waitFor();
	expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
}

/**
 * Runs in the page from the document's start (`addInitScript`): records in `introStartSeen`
 * whether the intro's Start button was visible in any frame the browser rendered.
 */
function watchIntroStart(): void {
	const seen = window as unknown as { introStartSeen: boolean };
	seen.introStartSeen = false;
	const check = () => {
		const button = document.querySelector('.intro button.start');
		if (button?.checkVisibility({ visibilityProperty: true })) seen.introStartSeen = true;
		requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
}

function introStartSeen(page: Page): Promise<boolean> {
	return page.evaluate(() => (window as unknown as { introStartSeen: boolean }).introStartSeen);
}

describe('resume and the Back button', () => {
	it('offers a reloaded relaxed game, keeps it saved until the player chooses, and continues at the same item and score', async () => {
		const context = await browser().newContext();
		await enableAxe(context);
		await context.addInitScript(watchIntroStart);
		const page = await context.newPage();
		await playToSecondItem(page, 'relaxed');
		// With nothing saved the page opened on the intro, and the watch saw its Start button.
		expect(await introStartSeen(page)).toBe(true);
		const before = { status: await status(page), saved: await savedGame(page, 'relaxed') };
		expect(before.status).toMatch(/^[1-9][\d,]* points · streak 1$/);

		await reloadToResumeScreen(page);
		// With a game saved, the intro's Start (which Enter would press) never showed, not even
		// for a frame before the resume screen.
		expect(await introStartSeen(page)).toBe(false);
		expect(await page.getByTestId('resume-where').textContent()).toBe(`You were on question 2 of ${total}.`);
		expect(await page.getByTestId('resume-score').textContent()).toBe(before.status);
		expect(await page.getByText(/seconds left/).count()).toBe(0);
		expect(await savedGame(page, 'relaxed')).toBe(before.saved);
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page, ['color-contrast'])).toEqual([]);

		await page.getByRole('button', { name: /Continue/ }).focus();
		await page.keyboard.press('Enter');
		await page.getByText(`Question 2 of ${total}`).waitFor();
		expect(await status(page)).toBe(before.status);
		await answerByKeyboard(page, seedQuiz.items[1], true);
		expect(await verdict(page)).toMatch(/^✓ Right/);
		expect(await status(page)).toMatch(/ · streak 2$/);
		await context.close();
	});

	it('starts over from the saved game at question 1 with 0 points, and saves the new game', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await playToSecondItem(page, 'relaxed');
		await reloadToResumeScreen(page);

		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start over');
		await page.keyboard.press('Enter');
		await page.getByText(`Question 1 of ${total}`).waitFor();
		expect(await status(page)).toBe('0 points · streak 0');
		const saved = JSON.parse((await savedGame(page, 'relaxed')) ?? 'null');
		expect(saved?.context).toMatchObject({ index: 0, answers: [] });

		await reloadToResumeScreen(page);
		expect(await page.getByTestId('resume-where').textContent()).toBe(`You were on question 1 of ${total}.`);
		expect(await page.getByTestId('resume-score').textContent()).toBe('0 points · streak 0');
		await context.close();
	});

	it('continues a reloaded timed game, by Enter, at the same item with the same points and the time it had left', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await playToSecondItem(page, 'timed');
		const before = { status: await status(page), seconds: await secondsLeft(page) };
		expect(before.status).toMatch(/^[1-9][\d,]* points · streak 1$/);
		await page.waitForTimeout(1_100);

		await reloadToResumeScreen(page);
		expect(await page.getByTestId('resume-score').textContent()).toBe(before.status);
		// The deadline is kept, not restarted: the time spent reloading is gone, on this screen too.
		expect(Number(await page.getByTestId('resume-seconds').textContent())).toBeLessThan(before.seconds);
		await page.keyboard.press('Enter');
		await page.getByText(`Question 2 of ${total}`).waitFor();
		expect(await status(page)).toBe(before.status);
		const after = await secondsLeft(page);
		expect(after).toBeLessThan(before.seconds);
		expect(after).toBeGreaterThanOrEqual(before.seconds - 5);
		await answerByKeyboard(page, seedQuiz.items[1], true);
		expect(await verdict(page)).toMatch(/^✓ Right/);
		await context.close();
	});

	it('brings back the feedback, not the item, when the player goes Back and Forward again', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(baseURL, { waitUntil: 'networkidle' });
		await page.getByRole('link', { name: 'Play without a timer' }).first().click();
		await page.getByRole('button', { name: /Start/ }).click();
		await page.getByText('Question 1 of').waitFor();
		await answerByKeyboard(page, seedQuiz.items[0], false);
		await page.locator('#verdict').waitFor();
		const first = await verdict(page);

		await page.goBack();
		await page.getByRole('heading', { name: 'Quizzes from real news' }).waitFor();
		await page.goForward();
		await page.getByRole('heading', { name: 'Your game is saved' }).waitFor();
		expect(await page.getByTestId('resume-where').textContent()).toBe(`You had answered question 1 of ${total}.`);
		await page.getByRole('button', { name: /Continue/ }).click();
		await page.locator('#verdict').waitFor();
		expect(await verdict(page)).toBe(first);
		await page.keyboard.press('T');
		await page.keyboard.press('F');
		expect(await verdict(page)).toBe(first);
		await context.close();
	});
});
