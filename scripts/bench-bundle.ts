/**
 * Measures the JavaScript the player pages load: starts the built server (`node build`) on a
 * free port and, in headless Chromium with an empty cache, records every JavaScript response the
 * browser receives (entry, imports, module preloads, lazy chunks), then prints each page's files
 * with their gzip size and the total in KB (1 KB = 1000 bytes) against the 60 KB budget. gzip
 * level 6, the default of gzip and of most servers.
 *
 * Journeys, each in a fresh browser context (a player's first visit):
 * - `/play/<id>` on opening, then through a whole relaxed game to the results and a saved result;
 * - `/play/<id>` opened again where a game is in progress, on the screen that offers to continue
 *   it, then continued (which loads the game machine, as Start does);
 * - `/r/<id>`, the result just saved;
 * - `/h/<code>` (homework set by a teacher in another context) on opening, then joined and
 *   played through, and opened again by a student with a game in progress, on the screen that
 *   shows where the student stands, then continued (which loads the game machine);
 * - `/join?code=…` then `/room/<code>` (a class room opened through the API).
 * The budget is for a page opening (reopening a game in progress too); "through a game" and
 * "then continued" add what loads as a player plays, and are printed without a verdict.
 *
 * Usage: `npm run build && npx tsx scripts/bench-bundle.ts`. Exits 1 when there is no build;
 * figures are printed, not judged, so a bench never fails on speed (a journey that cannot
 * complete throws).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser';
import { answerByKeyboard, seedQuiz } from '../tests/e2e/play';
import { freePort, startServer, stopServer } from '../tests/e2e/server';

const budgetKb = 60;

/** The gzip size (bytes) of every JavaScript file a page has received, by URL. */
type Scripts = Map<string, Promise<number>>;

function recordScripts(page: Page): Scripts {
	const scripts: Scripts = new Map();
	page.on('response', (response) => {
		const type = response.headers()['content-type'] ?? '';
		if (response.request().resourceType() !== 'script' && !type.includes('javascript')) return;
		if (!scripts.has(response.url())) {
			scripts.set(
				response.url(),
				response.body().then((body) => gzipSync(body, { level: 6 }).length)
			);
		}
	});
	return scripts;
}

/**
 * Prints the files not printed before (`seen`) and the running total of `scripts`, judged
 * against the budget when `budgeted` (a page opening; not what a game loads as it goes).
 */
async function report(label: string, scripts: Scripts, seen: Set<string>, budgeted = true): Promise<number> {
	let total = 0;
	for (const [url, size] of scripts) {
		const bytes = await size;
		total += bytes;
		if (seen.has(url)) continue;
		seen.add(url);
		console.log(`${(bytes / 1000).toFixed(1).padStart(7)} KB  ${new URL(url).pathname}`);
	}
	const over = total > budgetKb * 1000 ? ' OVER' : '';
	const budget = budgeted ? ` (budget ${budgetKb} KB)${over}` : '';
	console.log(`${label}: ${(total / 1000).toFixed(1)} KB gzip in ${scripts.size} files${budget}\n`);
	return total;
}

/**
 * Plays the seed quiz from its first item to the results, answering every other item right,
 * each after 300 ms: the server refuses a result whose answers come faster than anyone reads.
 */
async function playThrough(page: Page): Promise<void> {
	for (const [index, item] of seedQuiz.items.entries()) {
		await page.locator('.progress', { hasText: `Question ${index + 1} of ${seedQuiz.items.length}` }).waitFor();
		await page.waitForTimeout(300);
		await answerByKeyboard(page, item, index % 2 === 0);
		await page.locator('#verdict').waitFor();
		await page.keyboard.press('Enter');
	}
}

async function freshPage(browser: Browser): Promise<{ page: Page; scripts: Scripts; seen: Set<string> }> {
	const page = await (await browser.newContext()).newPage();
	return { page, scripts: recordScripts(page), seen: new Set() };
}

async function open(page: Page, url: string): Promise<void> {
	const response = await page.goto(url, { waitUntil: 'networkidle' });
	if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
}

async function benchPlay(browser: Browser, baseURL: string): Promise<string> {
	const { page, scripts, seen } = await freshPage(browser);
	await open(page, `${baseURL}/play/${seedQuiz.id}?mode=relaxed`);
	await report(`/play/${seedQuiz.id} on opening`, scripts, seen);
	await page.getByRole('button', { name: 'Start' }).click();
	await playThrough(page);
	await page.getByRole('button', { name: 'Get a link to share' }).click();
	const link = await page.getByTestId('result-link').getAttribute('href');
	await page.waitForLoadState('networkidle');
	await report(`/play/${seedQuiz.id} through a game, result saved`, scripts, seen, false);
	await page.context().close();
	if (!link) throw new Error('the saved result has no link');
	return link;
}

/**
 * Opens the play page where this browser has a game in progress: the page offers to continue it,
 * and the game machine loads when the player continues.
 */
async function benchResume(browser: Browser, baseURL: string): Promise<void> {
	const player = await (await browser.newContext()).newPage();
	await open(player, `${baseURL}/play/${seedQuiz.id}?mode=relaxed`);
	await player.getByRole('button', { name: 'Start' }).click();
	await player.locator('.progress', { hasText: 'Question 1 of' }).waitFor();
	const storageState = await player.context().storageState();
	await player.context().close();

	const page = await (await browser.newContext({ storageState })).newPage();
	const scripts = recordScripts(page);
	const seen = new Set<string>();
	await open(page, `${baseURL}/play/${seedQuiz.id}?mode=relaxed`);
	await page.getByRole('heading', { name: 'Your game is saved' }).waitFor();
	await page.waitForLoadState('networkidle');
	await report(`/play/${seedQuiz.id} reopened with a game in progress`, scripts, seen);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.locator('.progress', { hasText: 'Question 1 of' }).waitFor();
	await page.waitForLoadState('networkidle');
	await report(`/play/${seedQuiz.id} reopened, then continued`, scripts, seen, false);
	await page.context().close();
}

async function benchResult(browser: Browser, baseURL: string, path: string): Promise<void> {
	const { page, scripts, seen } = await freshPage(browser);
	await open(page, `${baseURL}${path}`);
	await report(`${path} on opening`, scripts, seen);
	await page.context().close();
}

async function benchHomework(browser: Browser, baseURL: string): Promise<void> {
	const teacher = await (await browser.newContext()).newPage();
	await open(teacher, `${baseURL}/homework/new?quiz=${seedQuiz.id}`);
	await teacher.getByLabel(/Relaxed/).check();
	// a week ahead: a deadline more than a year ahead is refused (homework.ts)
	await teacher.getByLabel(/Deadline/).fill(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 16));
	await teacher.getByRole('button', { name: 'Set homework' }).click();
	await teacher.waitForURL(/\/report\//);
	const code = (await teacher.getByTestId('homework-code').textContent())?.trim();
	await teacher.context().close();

	const { page, scripts, seen } = await freshPage(browser);
	await open(page, `${baseURL}/h/${code}`);
	await report(`/h/${code} on opening`, scripts, seen);
	await page.getByLabel(/Nickname/).fill('Bench');
	await page.getByRole('button', { name: 'Join' }).click();
	await page.getByRole('button', { name: 'Start' }).click();
	await playThrough(page);
	await page.getByTestId('handed-in').waitFor();
	await page.waitForLoadState('networkidle');
	await report(`/h/${code} through a game`, scripts, seen, false);
	await page.context().close();

	const student = await (await browser.newContext()).newPage();
	await open(student, `${baseURL}/h/${code}`);
	await student.getByLabel(/Nickname/).fill('Bench again');
	await student.getByRole('button', { name: 'Join' }).click();
	await student.getByRole('button', { name: 'Start' }).click();
	await student.locator('.progress', { hasText: 'Question 1 of' }).waitFor();
	const storageState = await student.context().storageState();
	await student.context().close();
	const reopened = await (await browser.newContext({ storageState })).newPage();
	const reopenedScripts = recordScripts(reopened);
	const reopenedSeen = new Set<string>();
	await open(reopened, `${baseURL}/h/${code}`);
	await reopened.getByRole('heading', { name: 'Your game is saved' }).waitFor();
	await reopened.waitForLoadState('networkidle');
	await report(`/h/${code} reopened with a game in progress`, reopenedScripts, reopenedSeen);
	await reopened.getByRole('button', { name: 'Continue' }).click();
	await reopened.locator('.progress', { hasText: 'Question 1 of' }).waitFor();
	await reopened.waitForLoadState('networkidle');
	await report(`/h/${code} reopened, then continued`, reopenedScripts, reopenedSeen, false);
	await reopened.context().close();
}

async function benchRoom(browser: Browser, baseURL: string): Promise<void> {
	const created = await fetch(`${baseURL}/api/rooms`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ quizId: seedQuiz.id })
	});
	if (!created.ok) throw new Error(`POST /api/rooms answered ${created.status}`);
	const { code } = (await created.json()) as { code: string };
	const { page, scripts, seen } = await freshPage(browser);
	await open(page, `${baseURL}/join?code=${code}`);
	await page.getByLabel('Nickname').fill('Bench');
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await page.waitForURL(`${baseURL}/room/${code}`);
	await page.waitForLoadState('networkidle');
	await report(`/join then /room/${code}`, scripts, seen);
	await page.context().close();
}

async function main(): Promise<void> {
	if (!existsSync('build/index.js')) {
		console.error('No build found: run `npm run build` first.');
		process.exit(1);
	}
	const dataDir = mkdtempSync(join(tmpdir(), 'newsquiz-bench-'));
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const server = await startServer(port, join(dataDir, 'bench.db'), {}, 'ignore');
	const browser = await launchBrowser();
	try {
		const resultPath = await benchPlay(browser, baseURL);
		await benchResume(browser, baseURL);
		await benchResult(browser, baseURL, resultPath);
		await benchHomework(browser, baseURL);
		await benchRoom(browser, baseURL);
	} finally {
		await browser.close();
		await stopServer(server, 'SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
