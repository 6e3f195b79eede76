import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Item } from '../../src/lib/quiz/types';
import { tinyQuiz } from '../fixtures/tiny-quiz';
import { useBrowser } from './browser';
import { storeQuiz } from './database';
import { joinHomework, setHomeworkByForm } from './homework';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Answers the item on screen by keyboard, rightly; a typed item gets "Minsk". */
async function answerRightly(page: Page, index: number): Promise<void> {
	const item: Item = tinyQuiz.items[index];
	await page.locator('.progress', { hasText: `Question ${index + 1} of ${tinyQuiz.items.length}` }).waitFor();
	if ((item.answerMode ?? 'choice') === 'choice') {
		const shown = (await page.locator('.options button > span').allTextContents()).map((t) => t.trim());
		await page.keyboard.press(String(shown.indexOf(item.options[item.key]) + 1));
	} else {
		await page.getByRole('textbox', { name: 'Your answer' }).fill('Minsk');
		await page.keyboard.press('Enter');
	}
	await page.locator('#verdict').waitFor();
}

/** The text of the element that has keyboard focus, `BODY` when focus fell to <body>. */
function focused(page: Page): Promise<string | undefined> {
	return page.evaluate(() => (document.activeElement === document.body ? 'BODY' : document.activeElement?.textContent?.trim()));
}

describe("homework's Done card", () => {
	// a fresh user's focus fell to <body> when the last Next gave way to the Done card
	it('takes keyboard focus when the last answer is handed in, and when the homework is opened again', { timeout: 120_000 }, async () => {
		await storeQuiz(baseURL, join(inject('dataDir'), 'newsquiz.db'), tinyQuiz);

		const teacher = await (await browser().newContext()).newPage();
		const code = await setHomeworkByForm(teacher, { baseURL, quizId: tinyQuiz.id, mode: 'Relaxed' });

		const kim = await (await browser().newContext()).newPage();
		await joinHomework(kim, { baseURL, code, nickname: 'Kim' });
		for (let i = 0; i < tinyQuiz.items.length; i++) {
			await answerRightly(kim, i);
			await kim.keyboard.press('Enter');
		}
		await kim.getByText('All your answers are handed in').waitFor();
		await expect.poll(() => focused(kim)).toBe('Done, Kim');

		await kim.reload();
		await kim.getByText('All your answers are handed in').waitFor();
		await expect.poll(() => focused(kim)).toBe('Done, Kim');
	});
});
