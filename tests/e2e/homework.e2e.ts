import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Item } from '../../src/lib/quiz/types';
import { tinyQuiz } from '../fixtures/tiny-quiz';
import { launchBrowser } from './browser';
import { storeQuiz, withDatabase } from './database';
import { setHomeworkByForm } from './homework';

const baseURL = inject('baseURL');
const databasePath = join(inject('dataDir'), 'newsquiz.db');

async function axeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Answers the item on screen by keyboard, rightly or not; a typed item gets "Minsk" or "Moscow".
 * Waits for the verdict, which comes once the server has the answer, unless `handedIn` is false.
 */
async function answer(page: Page, index: number, right: boolean, { handedIn = true } = {}): Promise<void> {
	const item: Item = tinyQuiz.items[index];
	await page.locator('.progress', { hasText: `Question ${index + 1} of ${tinyQuiz.items.length}` }).waitFor();
	if ((item.answerMode ?? 'choice') === 'choice') {
		const shown = (await page.locator('.options button > span').allTextContents()).map((t) => t.trim());
		const keyIndex = shown.indexOf(item.options[item.key]);
		const chosen = right ? keyIndex : (keyIndex + 1) % shown.length;
		// Number keys on every choice item, true-false included (1 is the first option shown).
		await page.keyboard.press(String(chosen + 1));
	} else {
		await page.getByRole('textbox', { name: 'Your answer' }).fill(right ? 'Minsk' : 'Moscow');
		await page.keyboard.press('Enter');
	}
	if (handedIn) await page.locator('#verdict').waitFor();
}

/** The page's full width in CSS px: above the viewport's width, the page scrolls sideways. */
function pageWidth(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth);
}

/** How many answers of `nickname` the server has recorded for the homework `code`. */
function answersOf(code: string, nickname: string): number {
	return withDatabase(
		databasePath,
		(db) =>
			(
				db
					.prepare(
						`SELECT COUNT(*) AS n FROM homework_answers a JOIN homework_students s ON s.id = a.student_id
						 JOIN homework h ON h.id = a.homework_id WHERE h.code = ? AND s.nickname = ?`
					)
					.get(code, nickname) as { n: number }
			).n
	);
}

async function next(page: Page): Promise<void> {
	await page.keyboard.press('Enter');
}

describe('homework and the teacher’s report', () => {
	let browser: Browser;

	beforeAll(async () => {
		await storeQuiz(baseURL, databasePath, tinyQuiz);
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
	});

	it('teacher sets homework, two students play it, the report fills in live, CSV downloads, deletion empties it', async () => {
		const teacher = await (await browser.newContext({ acceptDownloads: true })).newPage();
		// The empty form is checked here; setHomeworkByForm opens it afresh to fill it in.
		await teacher.goto(`${baseURL}/homework/new?quiz=${tinyQuiz.id}`);
		expect(await axeViolations(teacher)).toEqual([]);
		const code = await setHomeworkByForm(teacher, { baseURL, quizId: tinyQuiz.id, mode: 'Relaxed', days: 2 });
		expect(code).toMatch(/^[A-Z2-9]{6}$/);
		expect(await teacher.getByTestId('student-count').textContent()).toMatch(/0\s+students have joined/);
		expect(await axeViolations(teacher)).toEqual([]);

		// A link typed by hand in lower case leads to the homework; one of the wrong shape, to the
		// code form with what was typed and what to type (a fresh user got a bare 404 for both).
		const typist = await (await browser.newContext()).newPage();
		await typist.goto(`${baseURL}/h/${code.toLowerCase()}`);
		expect(typist.url()).toBe(`${baseURL}/h/${code}`);
		await typist.getByLabel(/Nickname/).waitFor();
		await typist.goto(`${baseURL}/h/${code.slice(0, 5).toLowerCase()}`);
		expect(await typist.getByRole('alert').textContent()).toMatch(/six letters and digits/);
		expect(await typist.getByLabel('Homework code').inputValue()).toBe(code.slice(0, 5).toLowerCase());
		// a code of the right shape that no homework has is told so on the form, as /join tells a room code
		const unknown = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
		await typist.getByLabel('Homework code').fill(unknown);
		await typist.keyboard.press('Enter');
		await typist.getByRole('alert').filter({ hasText: 'No homework has that code' }).waitFor();
		expect(typist.url()).toBe(`${baseURL}/h?code=${unknown}`);
		expect(await typist.getByLabel('Homework code').inputValue()).toBe(unknown);
		// six digits no class game is open with are told so, with no link to a game that is not there (a fresh
		// user's /h/000000); the code of an open game leads to it (tests/server/homework-code-page.test.ts)
		await typist.getByLabel('Homework code').fill('000 000');
		await typist.keyboard.press('Enter');
		await typist.getByRole('alert').filter({ hasText: 'no class game is open with it' }).waitFor();
		expect(await typist.getByRole('link', { name: 'Join class game 000000' }).count()).toBe(0);
		await typist.close();

		// Student 1 types the code (in lower case, with a space), joins, and reloads mid-way.
		const zoe = await (await browser.newContext()).newPage();
		await zoe.goto(`${baseURL}/h`);
		await zoe.getByLabel('Homework code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
		await zoe.keyboard.press('Enter');
		await zoe.waitForURL(`${baseURL}/h/${code}`);
		await zoe.getByLabel(/Nickname/).fill('Zoë');
		await zoe.getByLabel('Real name (optional)').fill('Zoë Martin');
		expect(await axeViolations(zoe)).toEqual([]);
		await zoe.getByRole('button', { name: 'Join' }).click();
		await zoe.getByRole('button', { name: 'Start' }).click();
		await answer(zoe, 0, true);
		await next(zoe);
		// Zoë's answer to item 2 never reaches the server (the connection drops), and she reloads. The
		// page holds no key (homework-secrets.e2e.ts), so no verdict is shown until the server has it.
		await zoe.route('**/api/homework/*/answer', (route) => route.abort());
		await answer(zoe, 1, true, { handedIn: false });
		await zoe.getByRole('button', { name: 'Send again' }).waitFor();
		await zoe.getByTestId('handing-in').waitFor();
		expect(await zoe.locator('#verdict').count()).toBe(0);
		expect(answersOf(code, 'Zoë')).toBe(1);
		await zoe.unroute('**/api/homework/*/answer');
		await zoe.reload();
		// The same device shows where Zoë stands (without the game machine), hands in the answer the
		// server missed, and offers to continue, not to start over: her answers are handed in.
		const heading = zoe.getByRole('heading', { name: 'Your game is saved' });
		await heading.waitFor();
		expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(await zoe.getByTestId('resume-where').textContent()).toBe('You had answered question 2 of 4.');
		expect(await zoe.getByRole('button', { name: 'Start over' }).count()).toBe(0);
		await expect.poll(() => answersOf(code, 'Zoë'), { timeout: 10_000 }).toBe(2);
		// scored with the keys the server gave back with the answer: two right
		await expect.poll(async () => (await zoe.getByTestId('resume-score').textContent())?.trim()).toMatch(/^[\d,]+ points · streak 2$/);
		const points = (await zoe.getByTestId('resume-score').textContent())!.match(/^([\d,]+) points/)![1];
		expect(Number(points.replace(/,/g, ''))).toBeGreaterThan(0);
		const before = `Question 2 of 4 · ${points} points`;
		expect(await axeViolations(zoe)).toEqual([]);
		// Enter continues: the feedback on item 2 with the same points, then item 3.
		await next(zoe);
		await zoe.locator('#verdict').waitFor();
		expect((await zoe.locator('.status').textContent())?.trim()).toBe(before);
		await next(zoe);
		await answer(zoe, 2, false);
		await next(zoe);
		await answer(zoe, 3, true);
		await next(zoe);
		await zoe.getByText('All your answers are handed in').waitFor();

		// Student 2 opens the link.
		const lei = await (await browser.newContext()).newPage();
		await lei.goto(`${baseURL}/h/${code}`);
		await lei.getByLabel(/Nickname/).fill('李雷');
		await lei.getByRole('button', { name: 'Join' }).click();
		// the Start button takes focus, so Enter starts without a Tab first (a fresh user's report)
		await lei.getByRole('button', { name: 'Start' }).waitFor();
		expect(await lei.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Start');
		await lei.keyboard.press('Enter');
		for (const [index, right] of [false, true, true, false].entries()) {
			await answer(lei, index, right);
			await next(lei);
		}
		await lei.getByText('All your answers are handed in').waitFor();

		// The teacher's page was never reloaded: the short poll brings both students in.
		await teacher.getByTestId('student-count').filter({ hasText: /2\s+students have joined/ }).waitFor({ timeout: 15_000 });
		// Lei's last answer may come in after the poll that brought Lei in: wait for all four.
		await teacher
			.locator('[data-testid="students"] tbody tr', { hasText: '李雷' })
			.filter({ hasText: /Moscow [\d.]+ s$/ })
			.waitFor({ timeout: 15_000 })
			.catch(async (error) => {
				throw new Error(`${error}\nrows: ${await teacher.locator('[data-testid="students"] tbody tr').allTextContents()}`);
			});
		const rows = await teacher.locator('[data-testid="students"] tbody tr').allTextContents();
		expect(rows[0]).toMatch(/Zoë\s*Zoë Martin\s*3\/4/);
		expect(rows[1]).toMatch(/李雷\s*2\/4/);
		const shares = await teacher.locator('[data-testid="heatmap"] mark').evaluateAll((marks) =>
			marks.map((m) => Number(m.getAttribute('data-share')))
		);
		expect(shares).toEqual([0.5, 1, 0.5, 0.5]);
		expect(await teacher.locator('[data-testid="most-missed"] li').first().textContent()).toMatch(/^Q1:/);

		const download = teacher.waitForEvent('download');
		await teacher.getByRole('link', { name: 'Students (CSV)' }).click();
		const csv = readFileSync(await (await download).path(), 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const parsed = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
		expect(parsed.map((r) => [r.Nickname, r['Real name'], r.Right, r.Points])).toEqual([
			['Zoë', 'Zoë Martin', '3', '3100'],
			['李雷', '', '2', '2100']
		]);
		expect(await axeViolations(teacher)).toEqual([]);

		// On a phone the page never scrolls sideways: the answers table scrolls in its own focusable region.
		await teacher.setViewportSize({ width: 360, height: 740 });
		expect(await pageWidth(teacher)).toBeLessThanOrEqual(360);
		const region = teacher.getByRole('region', { name: /Students' answers/ });
		expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		expect(await axeViolations(teacher)).toEqual([]);
		await teacher.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(teacher)).toEqual([]);
		// On A4 paper (794 px) the report fits the width and the site's navigation is not printed.
		await teacher.emulateMedia({ colorScheme: 'light', media: 'print' });
		await teacher.setViewportSize({ width: 794, height: 1123 });
		expect(await pageWidth(teacher)).toBeLessThanOrEqual(794);
		expect(await teacher.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
		await teacher.emulateMedia({ media: 'screen' });

		// A student mid-way when the deadline passes: the answer given after it shows no verdict or
		// points (it is not counted), and the page sums up what was handed in, after a reload too.
		const max = await (await browser.newContext()).newPage();
		await max.goto(`${baseURL}/h/${code}`);
		// A nickname already taken: Join was disabled while asking, and the box takes back the focus it dropped.
		await max.getByLabel(/Nickname/).fill('Zoë');
		await max.getByRole('button', { name: 'Join' }).press('Enter');
		await max.getByRole('alert').filter({ hasText: /already uses the nickname/ }).waitFor();
		await expect.poll(() => max.getByLabel(/Nickname/).evaluate((box) => box === document.activeElement)).toBe(true);
		await max.getByLabel(/Nickname/).fill('Max');
		await max.getByRole('button', { name: 'Join' }).click();
		await max.getByRole('button', { name: 'Start' }).click();
		await answer(max, 0, true);
		await expect.poll(() => answersOf(code, 'Max')).toBe(1);
		withDatabase(databasePath, (db) => db.prepare('UPDATE homework SET deadline = ? WHERE code = ?').run(Date.now() + 4000, code));
		await max.reload();
		await max.getByRole('heading', { name: 'Your game is saved' }).waitFor();
		// Enter continues at the feedback on item 1, Enter again goes on to item 2.
		await next(max);
		await max.locator('#verdict').waitFor();
		await next(max);
		await max.locator('.progress', { hasText: 'Question 2 of 4' }).waitFor();
		await max.waitForTimeout(4500);
		await max.keyboard.press('1');
		await max.getByTestId('closed').waitFor();
		expect(await max.locator('#verdict').count()).toBe(0);
		const summary = /^Before the deadline you handed in 1 of 4 answers: 1 right, [\d,]+ points\. Your teacher can see them\.$/;
		expect(await max.getByTestId('handed-in-before').textContent()).toMatch(summary);
		await max.reload();
		await expect.poll(() => max.getByTestId('handed-in-before').textContent()).toMatch(summary);
		expect(answersOf(code, 'Max')).toBe(1);

		// Past the deadline a student is told plainly that nothing more is accepted.
		withDatabase(databasePath, (db) => db.prepare('UPDATE homework SET deadline = ? WHERE code = ?').run(Date.now() - 1, code));
		const late = await (await browser.newContext()).newPage();
		await late.goto(`${baseURL}/h/${code}`);
		expect(await late.getByTestId('closed').textContent()).toBe(
			'The deadline for this homework has passed: nothing more can be handed in.'
		);

		await teacher.reload();
		// this homework's rows only: other end-to-end files share the database and leave homework of their own
		const { id } = withDatabase(databasePath, (db) => db.prepare('SELECT id FROM homework WHERE code = ?').get(code) as { id: string });
		await teacher.getByLabel(/cannot be undone/).check();
		await teacher.getByRole('button', { name: 'Delete homework and answers' }).click();
		await teacher.waitForURL(/\/homework\/new\?deleted/);
		const left = withDatabase(databasePath, (db) =>
			[
				['homework', 'id'],
				['homework_students', 'homework_id'],
				['homework_answers', 'homework_id']
			].map(([table, column]) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`).get(id) as { n: number }).n)
		);
		expect(left).toEqual([0, 0, 0]);
		// a student coming back to a deleted homework is told it may have been taken down, not only to check the code
		await late.reload();
		await late.getByText('A homework is also taken down when the teacher deletes it').waitFor();
	}, 180_000);
});
