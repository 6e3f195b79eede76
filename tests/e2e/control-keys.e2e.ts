import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { answerByKeyboard, seedPath, seedQuiz } from './play';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Presses Tab until the button named `name` has focus, as a keyboard user reaches it; throws after 20 presses. */
async function tabTo(page: Page, name: string): Promise<void> {
	const button = page.getByRole('button', { name, exact: true });
	for (let presses = 0; presses < 20; presses++) {
		if (await button.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached "${name}"`);
}

/** Whether the button named `name` has keyboard focus. */
function hasFocus(page: Page, name: string): Promise<boolean> {
	return page.getByRole('button', { name, exact: true }).evaluate((element) => element === document.activeElement);
}

// a fresh user tabbed to "Show in article", opened it with Enter, closed it with Esc and pressed
// Enter again on the button focus came back to: the page went on to the next question
describe('Enter and Space on a focused control of the play page', () => {
	it('do what the control does, and the page-wide Enter goes on only from outside a control', async () => {
		const page = await (await browser().newContext({ baseURL })).newPage();
		await page.goto(seedPath('relaxed'), { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: /Start/ }).waitFor();
		await page.keyboard.press('Enter');
		await page.getByText('Question 1 of').waitFor();
		await answerByKeyboard(page, seedQuiz.items[0], true);
		await page.locator('#verdict').waitFor();

		await tabTo(page, 'Show in article');
		for (const key of ['Enter', 'Enter', ' ']) {
			await page.keyboard.press(key);
			await page.getByRole('dialog', { name: 'In the article' }).waitFor({ timeout: 5000 });
			await page.keyboard.press('Escape');
			await page.locator('dialog').waitFor({ state: 'detached' });
			expect(await hasFocus(page, 'Show in article')).toBe(true);
			expect(await page.getByText('Question 2 of').count()).toBe(0);
		}

		// With focus on no control, Enter is the page's: on to the next question.
		await page.evaluate(() => (document.activeElement as HTMLElement).blur());
		await page.keyboard.press('Enter');
		await page.getByText('Question 2 of').waitFor({ timeout: 5000 });
		await page.context().close();
	});
});
