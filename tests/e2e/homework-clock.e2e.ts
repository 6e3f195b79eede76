import { unflatten } from 'devalue';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { scoreAnswer, timeLimitMs } from '../../src/lib/quiz/scoring';
import type { Item } from '../../src/lib/quiz/types';
import { tinyQuiz } from '../fixtures/tiny-quiz';
import { useBrowser } from './browser';
import { storeQuiz, withDatabase } from './database';
import { setHomeworkByForm } from './homework';

const baseURL = inject('baseURL');
const browser = useBrowser();
const databasePath = join(inject('dataDir'), 'newsquiz.db');

/** Sets the tiny quiz as timed homework due tomorrow, straight through the teacher's form; returns its code. */
async function setTimedHomework(): Promise<string> {
	await storeQuiz(baseURL, databasePath, tinyQuiz);
	const teacher = await (await browser().newContext()).newPage();
	const code = await setHomeworkByForm(teacher, { baseURL, quizId: tinyQuiz.id, mode: 'Timed' });
	await teacher.close();
	return code;
}

/** Joins homework `code` as `nickname` over the API, as a script could; returns the student's token. */
async function joinByApi(code: string, nickname: string): Promise<string> {
	const response = await fetch(`${baseURL}/api/homework/${code}/join`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ nickname })
	});
	return ((await response.json()) as { token: string }).token;
}

/** Posts to a student's homework route `path` (`item` or `answer`) with their token. */
async function post(code: string, token: string, path: 'item' | 'answer', body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
	const response = await fetch(`${baseURL}/api/homework/${code}/${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The stored answer of `nickname` to item `index` of homework `code`: its time (ms) and points. */
function storedAnswer(code: string, nickname: string, index: number): { elapsed_ms: number; points: number } | undefined {
	return withDatabase(
		databasePath,
		(db) =>
			db
				.prepare(
					`SELECT a.elapsed_ms, a.points FROM homework_answers a JOIN homework_students s ON s.id = a.student_id
					 JOIN homework h ON h.id = a.homework_id WHERE h.code = ? AND s.nickname = ? AND a.item_index = ?`
				)
				.get(code, nickname, index) as { elapsed_ms: number; points: number } | undefined
	);
}

/** The whole seconds the countdown on `page` shows. */
async function secondsLeft(page: Page): Promise<number> {
	return Number(await page.getByTestId('seconds-left').textContent());
}

describe('timed homework, timed by the server', () => {
	it('hands a student no stem before its item opens, and item 2 only once item 1 is answered', { timeout: 120_000 }, async () => {
		const code = await setTimedHomework();
		const { nodes } = await (await fetch(`${baseURL}/h/${code}/__data.json`)).json();
		const { quiz } = unflatten(nodes.at(-1).data) as { quiz: { items: Item[] } };
		expect(quiz.items.map((item) => [item.stem, item.options])).toEqual(tinyQuiz.items.map(() => ['', []]));
		const html = await (await fetch(`${baseURL}/h/${code}`)).text();
		for (const item of tinyQuiz.items) expect(html).not.toContain(item.stem);

		const token = await joinByApi(code, 'Quinn');
		const first = await post(code, token, 'item');
		expect(first.body).toMatchObject({ index: 0, item: { stem: tinyQuiz.items[0].stem, key: -1 } });
		// asking again, or answering item 2 first, gets nothing of item 2
		expect((await post(code, token, 'item')).body).toMatchObject({ index: 0 });
		const skipped = await post(code, token, 'answer', { itemIndex: 1, response: { kind: 'choice', option: 0 } });
		expect(skipped.status).toBe(409);
		expect(JSON.stringify(skipped.body)).not.toContain(tinyQuiz.items[1].stem);
		expect((await post(code, token, 'answer', { itemIndex: 0, response: null })).status).toBe(200);
		expect((await post(code, token, 'item')).body).toMatchObject({ index: 1, item: { stem: tinyQuiz.items[1].stem } });
	});

	it('scores a forged elapsedMs by the server’s time from hand-out to answer, earning nothing more', { timeout: 120_000 }, async () => {
		const code = await setTimedHomework();
		const token = await joinByApi(code, 'Rowan');
		await post(code, token, 'item');
		await new Promise((resolve) => setTimeout(resolve, 4_000));
		const item = tinyQuiz.items[0];
		const forged = await post(code, token, 'answer', { itemIndex: 0, response: { kind: 'choice', option: item.key }, elapsedMs: 1 });
		expect(forged.body).toMatchObject({ score: { correct: true } });
		const stored = storedAnswer(code, 'Rowan', 0)!;
		// 4 s by the server's clock less its 1.5 s network grace, not the 1 ms the device claimed
		expect(stored.elapsed_ms).toBeGreaterThanOrEqual(2_500);
		const limitMs = timeLimitMs(item);
		const claimed = scoreAnswer({ item, response: { kind: 'choice', option: item.key }, elapsedMs: 1, limitMs, mode: 'timed', streak: 0 });
		const byServer = scoreAnswer({ item, response: { kind: 'choice', option: item.key }, elapsedMs: stored.elapsed_ms, limitMs, mode: 'timed', streak: 0 });
		expect(stored.points).toBe(byServer.points);
		expect(stored.points).toBeLessThan(claimed.points);
	});

	it('resumes a reloaded item with the time the server’s clock leaves it, not a fresh clock', { timeout: 120_000 }, async () => {
		const code = await setTimedHomework();
		const page = await (await browser().newContext()).newPage();
		await page.goto(`${baseURL}/h/${code}`, { waitUntil: 'networkidle' });
		await page.getByLabel(/Nickname/).fill('Sasha');
		await page.getByRole('button', { name: 'Join' }).click();
		await page.getByRole('button', { name: 'Start' }).click();
		await page.locator('.progress', { hasText: `Question 1 of ${tinyQuiz.items.length}` }).waitFor();
		expect(await secondsLeft(page)).toBeGreaterThanOrEqual(14);
		// The server handed item 1 out 9 s earlier than the page knows (a slow device, a clock set back):
		// after a reload the countdown is the server's, 16 - 9 = 7 s at most.
		withDatabase(databasePath, (db) =>
			db
				.prepare('UPDATE homework_handouts SET handed_out_at = handed_out_at - 9000 WHERE homework_id = (SELECT id FROM homework WHERE code = ?)')
				.run(code)
		);
		await page.reload();
		await page.getByRole('heading', { name: 'Your game is saved' }).waitFor();
		await page.getByRole('button', { name: /^Continue/ }).click();
		await page.locator('.progress', { hasText: `Question 1 of ${tinyQuiz.items.length}` }).waitFor();
		expect(await page.locator('main').textContent()).toContain(tinyQuiz.items[0].stem);
		const left = await secondsLeft(page);
		expect(left).toBeLessThanOrEqual(7);
		expect(left).toBeGreaterThan(0);
		// and runs out by it: the item times out, handed in as a time-up
		await page.locator('#verdict').waitFor({ timeout: 15_000 });
		await expect.poll(() => storedAnswer(code, 'Sasha', 0)?.points).toBe(0);
	});

	it('takes the answer of a page that never asked for its item, with no speed points, and the student goes on', { timeout: 120_000 }, async () => {
		const code = await setTimedHomework();
		const page = await (await browser().newContext()).newPage();
		await page.goto(`${baseURL}/h/${code}`, { waitUntil: 'networkidle' });
		await page.getByLabel(/Nickname/).fill('Tamsin');
		await page.getByRole('button', { name: 'Join' }).click();
		await page.getByRole('button', { name: 'Start' }).click();
		await page.locator('.progress', { hasText: `Question 1 of ${tinyQuiz.items.length}` }).waitFor();
		// As for a page loaded before the server timed answers, the server holds no hand-out of item 1
		// when its answer comes: it was refused (409) on every "Send again", and the page went no further.
		withDatabase(databasePath, (db) =>
			db.prepare('DELETE FROM homework_handouts WHERE homework_id = (SELECT id FROM homework WHERE code = ?)').run(code)
		);
		const item = tinyQuiz.items[0];
		const shown = (await page.locator('.options button > span').allTextContents()).map((t) => t.trim());
		await page.keyboard.press(String(shown.indexOf(item.options[item.key]) + 1));
		await page.locator('#verdict').waitFor();
		const limitMs = timeLimitMs(item);
		const slowest = scoreAnswer({ item, response: { kind: 'choice', option: item.key }, elapsedMs: limitMs, limitMs, mode: 'timed', streak: 0 });
		await expect.poll(() => storedAnswer(code, 'Tamsin', 0)).toEqual({ elapsed_ms: limitMs, points: slowest.points });
		await page.getByRole('button', { name: 'Next question' }).click();
		await page.locator('.progress', { hasText: `Question 2 of ${tinyQuiz.items.length}` }).waitFor();
		expect(await page.locator('main').textContent()).toContain(tinyQuiz.items[1].stem);
	});
});
