import { unflatten } from 'devalue';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counted } from '../../src/lib/plural';
import { maskedHeadline } from '../../src/lib/quiz/masked-headline';
import type { Item } from '../../src/lib/quiz/types';
import { tinyQuiz } from '../fixtures/tiny-quiz';
import { useBrowser } from './browser';
import { storeQuiz, withDatabase } from './database';
import { setHomeworkByForm } from './homework';

const baseURL = inject('baseURL');
const browser = useBrowser();
const databasePath = join(inject('dataDir'), 'newsquiz.db');

/** Sets the tiny quiz as homework in `mode`, due tomorrow; returns its code. */
async function setHomework(mode: 'Timed' | 'Relaxed'): Promise<string> {
	await storeQuiz(baseURL, databasePath, tinyQuiz);
	const teacher = await (await browser().newContext()).newPage();
	const code = await setHomeworkByForm(teacher, { baseURL, quizId: tinyQuiz.id, mode });
	await teacher.close();
	return code;
}

/** Joins homework `code` as `nickname` on a page of its own context (its own storage). */
async function joinAs(code: string, nickname: string): Promise<Page> {
	const page = await (await browser().newContext()).newPage();
	await page.goto(`${baseURL}/h/${code}`, { waitUntil: 'networkidle' });
	await page.getByLabel(/Nickname/).fill(nickname);
	await page.getByRole('button', { name: 'Join' }).click();
	await page.getByRole('button', { name: 'Start' }).waitFor();
	return page;
}

/** The stored answer rows of `nickname` in homework `code`, in item order. */
function storedAnswers(code: string, nickname: string): { item_index: number; response: string | null; points: number }[] {
	return withDatabase(
		databasePath,
		(db) =>
			db
				.prepare(
					`SELECT a.item_index, a.response, a.points FROM homework_answers a JOIN homework_students s ON s.id = a.student_id
					 JOIN homework h ON h.id = a.homework_id WHERE h.code = ? AND s.nickname = ? ORDER BY a.item_index`
				)
				.all(code, nickname) as { item_index: number; response: string | null; points: number }[]
	);
}

/**
 * Joins homework `code` in `mode` as `nickname`, starts it, leaves the first item open by closing the tab, and
 * comes back `awayMs` later on a new tab of the same browser: the server's hand-out time and the saved game's times are moved back by `awayMs`
 * (its item's clock ran while the tab was closed), and the page is read again. Resolves to the page come back to.
 */
async function leaveFirstItemOpen(code: string, mode: 'timed' | 'relaxed', nickname: string, awayMs: number): Promise<Page> {
	const page = await joinAs(code, nickname);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.locator('.progress', { hasText: `Question 1 of ${tinyQuiz.items.length}` }).waitFor();
	const context = page.context();
	await page.close();
	withDatabase(databasePath, (db) =>
		db.prepare('UPDATE homework_handouts SET handed_out_at = handed_out_at - ? WHERE homework_id = (SELECT id FROM homework WHERE code = ?)').run(awayMs, code)
	);

	const back = await context.newPage();
	await back.goto(`${baseURL}/h/${code}`, { waitUntil: 'networkidle' });
	await back.evaluate(
		({ key, awayMs }) => {
			const saved = JSON.parse(localStorage.getItem(key)!);
			saved.context.shownAt -= awayMs;
			if (saved.context.deadline !== null) saved.context.deadline -= awayMs;
			localStorage.setItem(key, JSON.stringify(saved));
		},
		{ key: `newsquiz:game:homework-${code}:${mode}`, awayMs }
	);
	await back.reload({ waitUntil: 'networkidle' });
	return back;
}

describe('timed homework left on an open item', () => {
	it('counts an item whose time ran out while the student was away as a time-up as soon as they come back: on the server, the resume screen’s score and words, and the feedback', { timeout: 120_000 }, async () => {
		const code = await setHomework('Timed');
		// The student comes back a minute later: the item's clock kept running while the tab was closed.
		const back = await leaveFirstItemOpen(code, 'timed', 'Robin', 60_000);
		// Counted as soon as the student is back, before (or without) Continue: on the server, and on screen.
		await expect.poll(() => storedAnswers(code, 'Robin')).toEqual([{ item_index: 0, response: null, points: 0 }]);
		expect(await back.getByTestId('resume-where').textContent()).toBe(
			`Question 1 of ${tinyQuiz.items.length} ran out of time: it counts as a time-up, 0 points.`
		);
		expect(await back.getByTestId('resume-score').textContent()).toBe('0 points · streak 0');
		await back.getByRole('button', { name: /Continue/ }).click();
		await expect.poll(async () => (await back.locator('#verdict').textContent())?.replace(/\s+/g, ' ').trim()).toMatch(/Time’s up/);
		await back.keyboard.press('Enter');
		await back.locator('.progress', { hasText: `Question 2 of ${tinyQuiz.items.length}` }).waitFor();
		expect(storedAnswers(code, 'Robin')).toHaveLength(1);
	});
});

describe('an answer the server will never accept', () => {
	// It was refused (400) on every "Send again", its feedback waited for a key that never came,
	// and the student could go no further.
	it('is handed in as no answer: the page says so, shows the feedback and goes on, and the Done card gives the server’s count', { timeout: 120_000 }, async () => {
		const code = await setHomework('Relaxed');
		// The student comes back to the open question more than a day later, by the server's clock, which
		// times the answer from the item's hand-out: past MAX_RELAXED_ITEM_MS.
		const back = await leaveFirstItemOpen(code, 'relaxed', 'Sam', 25 * 3600_000);
		await back.getByRole('button', { name: /Continue/ }).click();
		await back.locator('.progress', { hasText: `Question 1 of ${tinyQuiz.items.length}` }).waitFor();
		const first = tinyQuiz.items[0];
		const shown = (await back.locator('.options button > span').allTextContents()).map((t) => t.trim());
		await back.keyboard.press(String(shown.indexOf(first.options[first.key]) + 1));
		await back.locator('#verdict').waitFor();
		expect((await back.getByTestId('refused').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
			'Your answer to question 1 was not counted: it came more than 24 hours after the question opened. It is handed in as no answer, 0 points.'
		);
		await expect.poll(() => storedAnswers(code, 'Sam')).toEqual([{ item_index: 0, response: null, points: 0 }]);

		await back.keyboard.press('Enter');
		await back.locator('.progress', { hasText: `Question 2 of ${tinyQuiz.items.length}` }).waitFor();
		await back.keyboard.press('t');
		await back.locator('#verdict').waitFor();
		await expect.poll(() => storedAnswers(code, 'Sam')).toHaveLength(2);
		expect(await back.getByTestId('refused').count()).toBe(0);
		expect(await back.getByRole('button', { name: 'Send again' }).count()).toBe(0);
		for (const [index, key] of [[2, '1']] as const) {
			await back.keyboard.press('Enter');
			await back.locator('.progress', { hasText: `Question ${index + 1} of ${tinyQuiz.items.length}` }).waitFor();
			await back.keyboard.press(key);
			await back.locator('#verdict').waitFor();
		}
		await back.keyboard.press('Enter');
		await back.getByRole('textbox').fill('Minsk');
		await back.keyboard.press('Enter');
		await back.locator('#verdict').waitFor();
		await back.keyboard.press('Enter');
		await expect.poll(() => storedAnswers(code, 'Sam')).toHaveLength(4);
		// Relaxed: no speed points, so the server's points are its right answers' points.
		const points = storedAnswers(code, 'Sam').reduce((sum, row) => sum + row.points, 0);
		const right = storedAnswers(code, 'Sam').filter((row) => row.points > 0).length;
		// the card shows the server's count once its reply to the last answer is in
		const card = () => back.getByTestId('handed-in').textContent().then((text) => text!.replace(/\s+/g, ' '));
		await expect.poll(card).toContain(`${right} of ${tinyQuiz.items.length} right`);
		expect(await card()).toContain(`· ${counted(points, 'point')}.`);
	});
});

describe('homework keys', () => {
	it('sends the student no key before they hand in an answer, then shows the key and its sentence', { timeout: 120_000 }, async () => {
		const code = await setHomework('Relaxed');
		// What the page carries, read as a student could: its HTML, and the data of a client-side navigation.
		const html = await (await fetch(`${baseURL}/h/${code}`)).text();
		expect(html).toMatch(/key:\s*-1/);
		expect(html).not.toMatch(/key:\s*\d/);
		expect(html).not.toMatch(/accepted:/);
		const { nodes } = await (await fetch(`${baseURL}/h/${code}/__data.json`)).json();
		const { quiz } = unflatten(nodes.at(-1).data) as { quiz: { title: string; article: { title: string; paragraphs: string[] }; items: Item[] } };
		expect(quiz.items).toHaveLength(tinyQuiz.items.length);
		// The headline prints keys ("Sochi"): the page is sent it only masked until the student is done.
		const masked = maskedHeadline(tinyQuiz);
		expect(masked).not.toBe(tinyQuiz.title);
		expect(quiz.title).toBe(masked);
		expect(quiz.article.title).toBe(masked);
		expect(html).not.toContain(tinyQuiz.title);
		// Nor the article, which prints every key: each answer brings its item's paragraph.
		expect(quiz.article.paragraphs).toEqual([]);
		// (a true-or-false stem states its sentence: that one is on screen by design)
		const stems = new Set(tinyQuiz.items.map((item) => item.stem));
		for (const paragraph of tinyQuiz.article.paragraphs.filter((p) => !stems.has(p))) expect(html).not.toContain(paragraph);
		for (const item of quiz.items) {
			expect(item.key).toBe(-1);
			expect(item.accepted).toBeUndefined();
			expect(item.source.text).toBe('');
			if ((item.answerMode ?? 'choice') !== 'choice') expect(item.options).toEqual([]);
		}

		const page = await joinAs(code, 'Alex');
		await page.getByRole('button', { name: 'Start' }).click();
		await page.locator('.progress', { hasText: `Question 1 of ${tinyQuiz.items.length}` }).waitFor();
		const first = tinyQuiz.items[0];
		const shown = (await page.locator('.options button > span').allTextContents()).map((t) => t.trim());
		await page.keyboard.press(String(((shown.indexOf(first.options[first.key]) + 1) % shown.length) + 1));
		await page.locator('#verdict').waitFor();
		expect((await page.locator('#verdict').textContent())?.replace(/\s+/g, ' ')).toMatch(/Wrong/);
		const feedback = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
		expect(feedback).toContain(first.options[first.key]);
		expect(feedback).toContain(first.source.text.slice(0, 20));
		await expect.poll(() => storedAnswers(code, 'Alex')).toHaveLength(1);
		expect(await page.locator('h1').textContent()).not.toContain('Sochi');
		await page.getByRole('button', { name: 'Show in article' }).click();
		const dialog = page.getByRole('dialog');
		await expect.poll(() => dialog.textContent()).toContain(first.source.text);
		expect(await dialog.locator('mark').first().textContent()).toContain(first.source.text);
		expect(await dialog.textContent()).not.toContain(tinyQuiz.article.paragraphs[3]);
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'detached' });

		// The rest answered, the last one's post hands back the whole headline, shown with its feedback.
		for (const [index, key] of [[1, 't'], [2, '1']] as const) {
			// (focus is back on "Show in article" after the article, where Enter would open it again)
			await page.getByRole('button', { name: 'Next question' }).focus();
			await page.keyboard.press('Enter');
			await page.locator('.progress', { hasText: `Question ${index + 1} of ${tinyQuiz.items.length}` }).waitFor();
			await page.keyboard.press(key);
			await page.locator('#verdict').waitFor();
		}
		await page.keyboard.press('Enter');
		await page.locator('.progress', { hasText: `Question 4 of ${tinyQuiz.items.length}` }).waitFor();
		await page.getByRole('textbox').fill('Minsk');
		await page.keyboard.press('Enter');
		await page.locator('#verdict').waitFor();
		await expect.poll(() => page.locator('h1').textContent()).toBe(tinyQuiz.title);
	});
});
