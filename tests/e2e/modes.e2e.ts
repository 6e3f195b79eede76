import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { answerByKeyboard, secondsLeft, seedPath, seedQuiz } from './play';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Answers every item of the seed quiz rightly by keyboard, from the first item to the results. */
async function playAllRight(page: Page): Promise<void> {
	for (const [index, item] of seedQuiz.items.entries()) {
		await page.getByText(`Question ${index + 1} of ${seedQuiz.items.length}`).waitFor();
		await answerByKeyboard(page, item, true);
		await page.locator('#verdict').waitFor();
		await page.keyboard.press('Enter');
	}
	await page.getByRole('heading', { name: 'Results' }).waitFor();
}

describe('timed and relaxed games', () => {
	it('plays a timed game with a visible countdown that runs down, to the results of a timed round', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(baseURL + seedPath(), { waitUntil: 'networkidle' });
		expect(await page.getByRole('radio', { name: /Timed/ }).isChecked()).toBe(true);
		await page.keyboard.press('Enter');
		const timer = page.getByRole('timer', { name: 'Time left' });
		await timer.waitFor();
		const first = await secondsLeft(page);
		await page.waitForTimeout(1_600);
		const later = await secondsLeft(page);
		expect(later).toBeLessThan(first);
		expect(later).toBeGreaterThan(0);
		await playAllRight(page);
		expect(await page.getByTestId('right-count').textContent()).toBe(`${seedQuiz.items.length} of ${seedQuiz.items.length}`);
		expect(await page.getByText('Timed round').count()).toBe(1);
		expect(Number((await page.getByTestId('points').textContent())?.replace(/,/g, ''))).toBeGreaterThan(0);
		await context.close();
	});

	it('shows the keyboard shortcuts behind a disclosure that looks like one, opened by Enter without starting', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(baseURL + seedPath(), { waitUntil: 'networkidle' });
		const summary = page.locator('summary', { hasText: 'Keyboard shortcuts' });
		// a summary shown as anything but a list item loses its disclosure triangle
		expect(await summary.evaluate((element) => getComputedStyle(element).display)).toBe('list-item');
		await summary.focus();
		await page.keyboard.press('Enter');
		await page.getByText('close the article').waitFor();
		expect(await page.getByRole('button', { name: /Start/ }).isVisible()).toBe(true);
		await context.close();
	});

	it('plays a relaxed game from a relaxed link: no timer, no time-up, and the mode stays in the URL', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(baseURL + seedPath(), { waitUntil: 'networkidle' });
		await page.getByRole('radio', { name: /Relaxed/ }).check();
		await page.waitForURL(/\?mode=relaxed$/);
		await page.goto(baseURL + seedPath('relaxed'), { waitUntil: 'networkidle' });
		expect(await page.getByRole('radio', { name: /Relaxed/ }).isChecked()).toBe(true);
		await page.getByRole('button', { name: /Start/ }).click();
		await page.getByText(`Question 1 of ${seedQuiz.items.length}`).waitFor();
		expect(await page.getByRole('timer').count()).toBe(0);
		await page.waitForTimeout(1_200);
		expect(await page.locator('#verdict').count()).toBe(0);
		await playAllRight(page);
		expect(await page.getByText('Relaxed round: no timer, no speed points').count()).toBe(1);
		expect(await page.getByTestId('right-count').textContent()).toBe(`${seedQuiz.items.length} of ${seedQuiz.items.length}`);
		await context.close();
	});

	it('plays again from the results, from the first item with the score reset', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(baseURL + seedPath('relaxed'), { waitUntil: 'networkidle' });
		await page.keyboard.press('Enter');
		await playAllRight(page);
		await page.getByRole('button', { name: 'Play again' }).click();
		await page.getByText(`Question 1 of ${seedQuiz.items.length}`).waitFor();
		expect(await page.getByText('0 points · streak 0').count()).toBe(1);
		await context.close();
	});
});
