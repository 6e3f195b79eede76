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

	// a fresh user answered item 1 at once (+1,000 points), closed the tab and reopened it: the saved
	// screen said "959 points · streak 1", scored again on the device, while the game and the report
	// said 1,000; so it did when item 2 ran out while they were away
	it("shows the server's points on the saved game's screen, after an answer and after a time-up while away", { timeout: 120_000 }, async () => {
		await storeQuiz(baseURL, join(inject('dataDir'), 'newsquiz.db'), tinyQuiz);
		const teacher = await (await browser().newContext()).newPage();
		const code = await setHomeworkByForm(teacher, { baseURL, quizId: tinyQuiz.id, mode: 'Timed' });
		const device = await browser().newContext();
		let tab = await device.newPage();
		await joinHomework(tab, { baseURL, code, nickname: 'Ola' });
		const first = await answerAtOnce(tab, 0);
		await expect.poll(async () => pointsIn(await tab.locator('p.status').textContent())).toBe(first);

		/**
		 * Closes the tab, runs `away` on a new tab of the same device (on the home page), then opens the
		 * homework there; resolves to the saved screen's score line once it shows points.
		 */
		const reopen = async (away?: (page: Page) => Promise<void>): Promise<string> => {
			await tab.close();
			tab = await device.newPage();
			if (away) {
				await tab.goto(baseURL);
				await away(tab);
			}
			await tab.goto(`${baseURL}/h/${code}`);
			await tab.getByRole('heading', { name: 'Your game is saved' }).waitFor();
			await expect.poll(() => tab.getByTestId('resume-score').textContent(), { timeout: 10_000 }).toMatch(/points · streak/);
			return (await tab.getByTestId('resume-score').textContent())!.trim();
		};
		expect(await reopen()).toBe(`${first.toLocaleString('en')} points · streak 1`);
		await tab.getByRole('button', { name: /^Continue/ }).click();
		await tab.locator('#verdict').waitFor();
		expect(pointsIn(await tab.locator('p.status').textContent())).toBe(first);

		// item 2 is handed out, and its time runs out while the tab is closed
		await tab.getByRole('button', { name: 'Next question' }).click();
		await tab.locator('.progress', { hasText: `Question 2 of ${tinyQuiz.items.length}` }).waitFor();
		const timeRunsOut = (page: Page) =>
			page.evaluate((key) => {
				const saved = JSON.parse(localStorage.getItem(key)!);
				saved.context.deadline = Date.now() - 1_000;
				localStorage.setItem(key, JSON.stringify(saved));
			}, `newsquiz:game:homework-${code}:timed`);
		expect(await reopen(timeRunsOut)).toBe(`${first.toLocaleString('en')} points · streak 0`);
		expect(await tab.getByTestId('resume-where').textContent()).toMatch(/^Question 2 of 4 ran out of time/);

		await teacher.reload();
		const row = teacher.getByTestId('students').locator('tbody tr', { hasText: 'Ola' });
		expect(pointsIn(await row.locator('td').nth(2).textContent())).toBe(first);
	});

	// a fresh user answered items 1 and 2 right and reloaded: the saved screen said "2,073 points ·
	// streak 0" (the page posted item 1 again, was told both were in, and knew only item 1's score),
	// and after Continue item 2 showed "+1,059 points" scored on the device, where it had shown +1,100
	it("shows the server's streak and last answer's points after a reload with several answers in", { timeout: 120_000 }, async () => {
		await storeQuiz(baseURL, join(inject('dataDir'), 'newsquiz.db'), tinyQuiz);
		const teacher = await (await browser().newContext()).newPage();
		const code = await setHomeworkByForm(teacher, { baseURL, quizId: tinyQuiz.id, mode: 'Timed' });
		const tab = await (await browser().newContext()).newPage();
		await joinHomework(tab, { baseURL, code, nickname: 'Ines' });
		const first = await answerAtOnce(tab, 0);
		await tab.keyboard.press('Enter');
		const second = await answerAtOnce(tab, 1);
		const total = first + second;
		await expect.poll(async () => pointsIn(await tab.locator('p.status').textContent())).toBe(total);

		await tab.reload();
		await tab.getByRole('heading', { name: 'Your game is saved' }).waitFor();
		await expect.poll(() => tab.getByTestId('resume-score').textContent(), { timeout: 10_000 }).toMatch(/points · streak/);
		expect.soft((await tab.getByTestId('resume-score').textContent())!.trim()).toBe(`${total.toLocaleString('en')} points · streak 2`);

		await tab.getByRole('button', { name: /^Continue/ }).click();
		await tab.locator('#verdict').waitFor();
		expect(pointsIn(await tab.locator('.points').textContent())).toBe(second);
		expect(pointsIn(await tab.locator('p.status').textContent())).toBe(total);
	});
});
