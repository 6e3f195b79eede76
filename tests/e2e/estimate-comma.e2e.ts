import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Quiz } from '../../src/lib/quiz/types';
import { useBrowser } from './browser';
import { answerByKeyboard, verdict } from './play';

const baseURL = inject('baseURL');
const quiz: Quiz = JSON.parse(readFileSync('questions/belarus-lukashenko-putin-sochi.json', 'utf8'));

// a fresh user's "12,4" was refused as 124 by Chromium's number box, and "12.4.1" taken as 12.41
describe('an estimate typed as most of Europe writes it', () => {
	const browser = useBrowser();

	it('reads a decimal comma in the real browser, and refuses text that is not one number saying how to write it', async () => {
		const page = await (await browser().newContext({ baseURL })).newPage();
		await page.goto(`/play/${quiz.id}?mode=relaxed`);
		await page.getByRole('button', { name: /Start/ }).click();
		// the last estimate of the seed quiz asks for £ million between 300 and 1,300; its key is 772.6
		const last = quiz.items.findLastIndex((item) => item.answerMode === 'estimate');
		expect(quiz.items[last].numeric).toMatchObject({ value: 772_600_000, scale: 1_000_000 });
		for (const [index, item] of quiz.items.slice(0, last).entries()) {
			await page.locator('.progress', { hasText: `Question ${index + 1} of ${quiz.items.length}` }).waitFor();
			await answerByKeyboard(page, item, true);
			await page.locator('#verdict').waitFor();
			await page.keyboard.press('Enter');
		}
		await page.locator('.progress', { hasText: `Question ${last + 1} of ${quiz.items.length}` }).waitFor();
		await page.keyboard.press('Tab');
		await page.keyboard.type('772.6.1');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByRole('alert').textContent()).toBe('Type one number, with a point or a comma before its decimals: 12.4 or 12,4.');
		await page.getByRole('textbox', { name: /^Your estimate/ }).fill('772,6');
		await page.keyboard.press('Enter');
		await page.locator('#verdict').waitFor();
		expect(await verdict(page)).toMatch(/^✓ Right/);
	});
});
