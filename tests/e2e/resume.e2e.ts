import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { answerByKeyboard, secondsLeft, seedPath, seedQuiz, verdict } from './play';

const baseURL = inject('baseURL');
const browser = useBrowser();

async function status(page: Page): Promise<string> {
	return (await page.locator('.status').textContent())?.trim() ?? '';
}

describe('resume and the Back button', () => {
	it('resumes a reloaded timed game at the same item with the same points and the time it had left', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(baseURL + seedPath('timed'), { waitUntil: 'networkidle' });
		await page.keyboard.press('Enter');
		await page.getByText('Question 1 of').waitFor();
		await answerByKeyboard(page, seedQuiz.items[0], true);
		await page.locator('#verdict').waitFor();
		await page.keyboard.press('Enter');
		await page.getByText('Question 2 of').waitFor();
		const before = { status: await status(page), seconds: await secondsLeft(page) };
		expect(before.status).toMatch(/^[1-9]\d* points · streak 1$/);
		await page.waitForTimeout(1_100);

		await page.reload();
		await page.getByText('Question 2 of').waitFor();
		expect(await status(page)).toBe(before.status);
		const after = await secondsLeft(page);
		// The deadline is kept, not restarted: the time spent reloading is gone.
		expect(after).toBeLessThan(before.seconds);
		expect(after).toBeGreaterThanOrEqual(before.seconds - 4);
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
		await page.locator('#verdict').waitFor();
		expect(await verdict(page)).toBe(first);
		await page.keyboard.press('T');
		await page.keyboard.press('F');
		expect(await verdict(page)).toBe(first);
		await context.close();
	});
});
