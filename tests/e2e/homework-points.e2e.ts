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

/** The points in `text`, the whole number after its last "·" if any ("Question 1 of 4 · 1,071 points" is 1071). */
function pointsIn(text: string | null): number {
	return Number((text ?? '').split('·').at(-1)!.replace(/[^\d]/g, ''));
}

/** Answers the item on screen by keyboard as soon as it shows, rightly; a typed item gets "Minsk". Resolves to the "+N points" shown for it. */
async function answerAtOnce(page: Page, index: number): Promise<number> {
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
	return pointsIn(await page.locator('.points').textContent());
}

describe('timed homework points', () => {
	// a fresh user answering within a second saw +N points summing to 7,080 while the Done card and
	// the report, scored by the server's clock, said 7,310
	it("shows the server's points for each answer, so they add up to the Done card's and the report's", { timeout: 120_000 }, async () => {
		await storeQuiz(baseURL, join(inject('dataDir'), 'newsquiz.db'), tinyQuiz);
		const teacher = await (await browser().newContext()).newPage();
		const code = await setHomeworkByForm(teacher, { baseURL, quizId: tinyQuiz.id, mode: 'Timed' });

		const kim = await (await browser().newContext()).newPage();
		await joinHomework(kim, { baseURL, code, nickname: 'Kim' });
		let sum = 0;
		for (let i = 0; i < tinyQuiz.items.length; i++) {
			sum += await answerAtOnce(kim, i);
			expect(pointsIn(await kim.locator('p.status').textContent())).toBe(sum);
			await kim.keyboard.press('Enter');
		}
		await kim.getByText('All your answers are handed in').waitFor();
		const doneCard = await kim.getByTestId('handed-in').locator('p').first().textContent();
		expect(pointsIn(doneCard)).toBe(sum);

		await teacher.reload();
		const row = teacher.getByTestId('students').locator('tbody tr', { hasText: 'Kim' });
		expect(pointsIn(await row.locator('td').nth(2).textContent())).toBe(sum);
		await expect.poll(() => teacher.getByTestId('time-note').textContent()).toMatch(/less 1\.5 s allowed\s+for the network/);
	});
});
