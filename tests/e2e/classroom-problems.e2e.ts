import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureQuiz } from '../server/classroom/fixture';
import { launchBrowser } from './browser';
import { post, seedQuiz } from './classroom';
import { freePort, startServer, stopServer } from './server';

const quiz = fixtureQuiz();

/** Opens a room over the API (the host) and joins one student in a browser context of their own. */
async function roomWithStudent(browser: Browser, baseURL: string): Promise<{ page: Page; code: string; host: (action: string) => Promise<unknown> }> {
	const opened = await post(baseURL, '/api/rooms', { quizId: quiz.id });
	const code = opened.body.code as string;
	const host = (action: string) => post(baseURL, `/api/rooms/${code}/host`, { action }, opened.body.hostToken as string);
	const page = await (await browser.newContext()).newPage();
	page.setDefaultTimeout(15_000);
	await joinRoom(page, baseURL, code, 'Dee');
	await page.getByRole('heading', { name: "You're in!" }).waitFor();
	await host('start');
	await page.getByRole('heading', { name: quiz.items[0].stem }).waitFor();
	return { page, code, host };
}

/** Joins room `code` as `nickname` on `page`. */
async function joinRoom(page: Page, baseURL: string, code: string, nickname: string): Promise<void> {
	await page.goto(`${baseURL}/join?code=${code}`);
	await page.getByLabel('Nickname').fill(nickname);
	await page.getByLabel('Nickname').press('Enter');
	await page.waitForURL(`${baseURL}/room/${code}`);
}

describe('what a student is told in a class game', () => {
	const dir = mkdtempSync(join(tmpdir(), 'newsquiz-refused-'));
	let browser: Browser;
	let server: ChildProcess | undefined;
	// every server a test starts, so none outlives the file: a test that restarts one reassigns `server`
	const started: ChildProcess[] = [];
	async function serve(port: number, databasePath: string): Promise<ChildProcess> {
		const child = await startServer(port, databasePath);
		started.push(child);
		return child;
	}
	beforeAll(async () => {
		seedQuiz(join(inject('dataDir'), 'newsquiz.db'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await Promise.all(started.map((child) => stopServer(child)));
		rmSync(dir, { recursive: true, force: true });
	});

	// a fresh user joined again from a second tab under a new nickname, and was silently kept as the first
	it('tells a browser that joins again under another nickname that it plays as its first one', async () => {
		const baseURL = inject('baseURL');
		const opened = await post(baseURL, '/api/rooms', { quizId: quiz.id });
		const code = opened.body.code as string;
		const context = await browser.newContext();
		const first = await context.newPage();
		await joinRoom(first, baseURL, code, 'Dee');
		await first.getByRole('heading', { name: "You're in!" }).waitFor();
		const second = await context.newPage();
		await second.goto(`${baseURL}/join?code=${code}`);
		await second.getByLabel('Nickname').fill('Deirdre');
		await second.getByLabel('Nickname').press('Enter');
		await second.waitForURL(`${baseURL}/room/${code}?rejoined`);
		await expect.poll(() => second.getByRole('status').filter({ hasText: 'already joined' }).textContent()).toMatch(/you play as Dee: one player per browser/);
		expect(await second.locator('.who').innerText()).toMatch(/You play as Dee/);
		await context.close();
	});

	// "  438010 " typed or pasted with its spaces was cut to seven characters, "  43801", and refused; "438-010" was refused (fresh users' finds)
	it('joins with a code typed between spaces or split by a hyphen, as the server reads it', async () => {
		const baseURL = inject('baseURL');
		const code = (await post(baseURL, '/api/rooms', { quizId: quiz.id })).body.code as string;
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${baseURL}/join`);
		await page.getByLabel('Room code').pressSequentially(`  ${code.slice(0, 3)} - ${code.slice(3)}  `);
		await page.getByLabel('Nickname').fill('Spacey');
		await page.getByLabel('Nickname').press('Enter');
		await page.waitForURL(`${baseURL}/room/${code}`);
		await page.context().close();
	});

	// paused, the options looked ready, and an answer given then was refused and lost (a fresh user's find)
	it('keeps an answer given while the teacher pauses, and hands it in when the game goes on', async () => {
		const { page, host } = await roomWithStudent(browser, inject('baseURL'));
		await host('pause');
		await page.getByText('The teacher paused the game: you can answer when it goes on.').waitFor();
		await page.keyboard.press('1');
		await page.getByText('Your answer is kept: it is handed in when the game goes on.').waitFor();
		expect(await page.getByRole('alert').count()).toBe(0);
		await host('resume');
		await page.getByText('Answer sent. Wait for the others…').or(page.locator('.verdict')).waitFor();
		await expect.poll(() => page.getByRole('alert').count()).toBe(0);
	});

	it('keeps an answer given while the connection is lost with one message saying so, and hands it in once it is back', async () => {
		const port = await freePort();
		const databasePath = join(dir, 'newsquiz.db');
		server = await serve(port, databasePath);
		seedQuiz(databasePath);
		const { page } = await roomWithStudent(browser, `http://127.0.0.1:${port}`);
		await stopServer(server);
		await page.getByText(/^Connection to the game lost: reconnecting…/).waitFor();
		await page.keyboard.press('2');
		// one truthful message: the status says the answer is kept, and no alert says to check the network
		await page.getByRole('status').filter({ hasText: 'Your answer is kept: it is handed in when the connection is back.' }).waitFor();
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(await page.getByRole('alert').count()).toBe(0);
		server = await serve(port, databasePath);
		// the only player's answer closes the item: the reveal says what they answered
		await page.locator('.verdict').waitFor();
		expect(await page.getByText('You did not answer this question.').count()).toBe(0);
		await expect.poll(() => page.getByRole('alert').count()).toBe(0);
	});

	// a fresh user's screens froze for seconds after a restart (the old server held the streams
	// open), and a second press on a screen still stale got a 409 and no word
	it('brings the screens back within seconds of a restart by SIGTERM, and says so when an answer on a stale screen was already handed in', async () => {
		const port = await freePort();
		const baseURL = `http://127.0.0.1:${port}`;
		const databasePath = join(dir, 'sigterm.db');
		server = await serve(port, databasePath);
		seedQuiz(databasePath);
		const { page, code, host } = await roomWithStudent(browser, baseURL);
		// paused, so the item's clock waits out the restart (the old server may take seconds to exit)
		await host('pause');
		await page.getByText('The teacher paused the game: you can answer when it goes on.').waitFor();
		// the same player in a second tab, whose stream will not come back: its screen still offers the options
		const stale = await page.context().newPage();
		await stale.goto(`${baseURL}/room/${code}`);
		await stale.getByRole('heading', { name: quiz.items[0].stem }).waitFor();
		await stale.route(/\/events$/, (route) => route.abort());

		const stopped = Date.now();
		const stopping = stopServer(server, 'SIGTERM');
		// the old server ends its streams at once, not after SHUTDOWN_TIMEOUT (30 s): the screen says so
		await page.getByRole('status').filter({ hasText: 'Connection to the game lost: reconnecting… Stay on this page' }).waitFor();
		expect(Date.now() - stopped).toBeLessThan(3000);
		await stopping;
		server = await serve(port, databasePath);
		const back = Date.now();
		await page.getByText(/^Connection to the game lost/).waitFor({ state: 'detached' });
		expect(Date.now() - back).toBeLessThan(3000);
		await host('resume');
		await page.getByText(/^The teacher paused the game/).waitFor({ state: 'detached' });
		await page.bringToFront();
		await page.keyboard.press('1');
		await page.locator('.verdict').or(page.getByText('Answer sent. Wait for the others…')).waitFor();

		await stale.bringToFront();
		await stale.keyboard.press('2');
		const alert = stale.getByRole('alert');
		await alert.waitFor();
		expect(await alert.textContent()).toBe('You already answered this item: your first answer counts. Wait for the next question.');
	});

	it('tells a student who joined during a reveal so, and scores a game ended early out of the items played', async () => {
		const baseURL = inject('baseURL');
		const { page, code, host } = await roomWithStudent(browser, baseURL);
		await page.keyboard.press('1');
		await page.locator('.verdict').waitFor();
		const late = await (await browser.newContext()).newPage();
		await joinRoom(late, baseURL, code, 'Eve');
		await late.getByText('You joined after this question started: you play from the next one.').waitFor();
		// the page as the server sends it, before the room's state arrives, tells no lobby while a game runs (a fresh user saw "You're in! Wait for your teacher to start the game")
		const served = await (await late.request.get(late.url())).text();
		expect(served).toContain('Joining the game…');
		expect(served).not.toContain('Wait for your teacher to start the game');
		expect(await late.getByText('You did not answer this question.').count()).toBe(0);
		await host('end');
		await page.getByRole('link', { name: 'See your results' }).click();
		await page.getByText(/Dee: \d of 1 right/).waitFor();
		await page.getByText('The teacher ended the game after question 1 of 3.').waitFor();
		await late.getByRole('link', { name: 'See your results' }).click();
		await late.getByText('You joined after this question started.').waitFor();
	});
});
