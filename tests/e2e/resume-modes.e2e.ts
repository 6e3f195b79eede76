import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { answerByKeyboard, seedPath, seedQuiz } from './play';

const baseURL = inject('baseURL');
const browser = useBrowser();
const total = seedQuiz.items.length;

describe('a game saved in the other mode', () => {
	// a fresh user opened the Timed link of a quiz they had begun Relaxed and was offered only a new game
	it('is offered on the intro of the other mode, and continues in its own mode where it stood', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(baseURL + seedPath('relaxed'), { waitUntil: 'networkidle' });
		await page.keyboard.press('Enter');
		await page.getByText(`Question 1 of ${total}`).waitFor();
		await answerByKeyboard(page, seedQuiz.items[0], true);
		await page.locator('#verdict').waitFor();
		await page.keyboard.press('Enter');
		await page.getByText(`Question 2 of ${total}`).waitFor();

		await page.goto(baseURL + seedPath('timed'), { waitUntil: 'networkidle' });
		await page.getByText(`You have a relaxed game of this quiz saved at question 2 of ${total}.`).waitFor();
		await page.getByRole('button', { name: 'Continue the relaxed game' }).click();
		await page.getByRole('heading', { level: 1, name: `Question 2 of ${total}` }).waitFor();
		expect(new URL(page.url()).searchParams.get('mode')).toBe('relaxed');
		expect(await page.getByRole('timer').count()).toBe(0);
		expect((await page.locator('.status').textContent())?.trim()).toMatch(/^[1-9][\d,]* points · streak 1$/);
		await context.close();
	});
});
