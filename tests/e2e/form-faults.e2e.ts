import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, newAxePage } from './axe';
import { useBrowser } from './browser';
import { post } from './classroom';
import { seedQuiz } from './play';
import { sampleQuiz } from '../fixtures/quiz';

const baseURL = inject('baseURL');
const browser = useBrowser();

function newPage(): Promise<Page> {
	return newAxePage(browser(), baseURL);
}

/** The element with keyboard focus, by its id, or "body". */
function focusedId(page: Page): Promise<string> {
	return page.evaluate(() => (document.activeElement === document.body ? 'body' : (document.activeElement?.id || document.activeElement?.getAttribute('name') || '?')));
}

// faults a fresh user found: focus left on <body>, a stale link refusal, a broken file's message
describe('forms that refuse, by keyboard in Chromium', () => {
	it('sends focus to the deadline when the homework form refuses one in the past', async () => {
		const page = await newPage();
		await page.goto('/homework/new', { waitUntil: 'networkidle' });
		const deadline = page.getByLabel(/^Deadline/);
		await deadline.fill('2020-01-01T09:00');
		await deadline.press('Enter');
		await page.getByRole('alert').filter({ hasText: 'Choose a deadline in the future.' }).waitFor();
		await expect.poll(() => focusedId(page)).toBe('deadline');
		expect(await deadline.getAttribute('aria-invalid')).toBe('true');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('says so when a link names no quiz to set as homework, or no shared result or class game', async () => {
		const page = await newPage();
		await page.goto('/homework/new?quiz=nope', { waitUntil: 'networkidle' });
		await page.getByRole('alert').filter({ hasText: 'No quiz has the id in this link' }).waitFor();
		await page.goto('/r/nope');
		await page.getByText('No shared result has this link').waitFor();
		await page.goto('/room/abc');
		await page.getByText('A class game code has six digits').waitFor();
		expect(await page.getByRole('link', { name: 'Join a class game' }).getAttribute('href')).toBe('/join');
	});

	it('starts /join?code=... at the nickname, the next field to fill', async () => {
		const opened = await post(baseURL, '/api/rooms', { quizId: seedQuiz.id });
		const page = await newPage();
		await page.goto(`/join?code=${opened.body.code}`, { waitUntil: 'networkidle' });
		expect(await page.getByRole('alert').count()).toBe(0);
		await expect.poll(() => focusedId(page)).toBe('nickname');
		await page.keyboard.type('Quizzer');
		expect(await page.getByLabel('Nickname').inputValue()).toBe('Quizzer');
		await page.getByLabel('Room code').fill('12');
		await page.getByLabel('Room code').press('Enter');
		await page.getByRole('alert').filter({ hasText: 'six digits' }).waitFor();
		await expect.poll(() => focusedId(page)).toBe('code');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('replaces a refusal of an ftp link with one about what is typed now', async () => {
		const page = await newPage();
		await page.goto('/new', { waitUntil: 'networkidle' });
		const link = page.getByLabel("The article's web address");
		await link.fill('ftp://example.org/story');
		await link.press('Enter');
		const alert = page.locator('#link-error');
		await alert.filter({ hasText: 'not ftp' }).waitFor();
		await link.fill('council vote story');
		expect(await alert.count()).toBe(0);
		await link.press('Enter');
		await alert.filter({ hasText: 'That is not a web address.' }).waitFor();
		expect(await link.getAttribute('aria-invalid')).toBe('true');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('says what is wrong with a broken quiz file and what to do', async () => {
		const page = await newPage();
		await page.goto('/new', { waitUntil: 'networkidle' });
		const cut = Buffer.from(JSON.stringify(sampleQuiz(), null, '\t').slice(0, 300));
		await page.getByLabel(/^A quiz file exported/).setInputFiles({ name: 'quiz.json', mimeType: 'application/json', buffer: cut });
		await page.getByRole('button', { name: 'Import the quiz' }).press('Enter');
		const alert = page.getByRole('alert').filter({ hasText: 'This quiz file is cut short' });
		await alert.waitFor();
		expect(await alert.innerText()).toMatch(/Export the quiz again \("Export it as JSON" on its edit page\) and import the new file\.$/);
		expect(await alert.innerText()).not.toContain('ends in .json');
		await expect.poll(() => focusedId(page)).toBe('import-file');
		expect(await axeViolations(page)).toEqual([]);
	});

	// a fresh user's focus stayed on the button after each refusal on /new
	it('sends focus from the button to the field whose article or link the server refused', async () => {
		const page = await newPage();
		await page.goto('/new', { waitUntil: 'networkidle' });
		await page.getByLabel("The article's web address").fill('http://127.0.0.1/story');
		await page.getByRole('button', { name: 'Fetch the article' }).press('Enter');
		await page.locator('#link-error').waitFor();
		await expect.poll(() => focusedId(page)).toBe('link-url');

		await page.getByLabel(/^Article text/).fill(`Council approves the bridge\n\n${'The council met. '.repeat(6_667)}`);
		await page.getByRole('button', { name: 'Read the article' }).press('Enter');
		await page.locator('#paste-error').filter({ hasText: 'newsquiz reads 20,001 words in this article' }).waitFor();
		await expect.poll(() => focusedId(page)).toBe('paste-text');
		expect(await page.locator('#paste-words').innerText()).toBe('20,005 words pasted, every line counted');
		await expect.poll(() => page.locator('#paste-article').innerText()).toMatch(/: 20,001 of at most 20,000 words, too long/);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('sends focus from the button to the field when the page itself refuses a link', async () => {
		const page = await newPage();
		await page.goto('/new', { waitUntil: 'networkidle' });
		await page.getByLabel("The article's web address").fill('council vote story');
		await page.getByRole('button', { name: 'Fetch the article' }).press('Enter');
		await page.locator('#link-error').filter({ hasText: 'That is not a web address.' }).waitFor();
		await expect.poll(() => focusedId(page)).toBe('link-url');
	});

	// a fresh user opening /room/000000 saw a plain join form, and learnt that no game had the code only on sending it
	it('says at once that the code of a room address names no open room, at the code to correct', async () => {
		const opened = await post(baseURL, '/api/rooms', { quizId: seedQuiz.id });
		const missing = opened.body.code === '000000' ? '000001' : '000000';
		const page = await newPage();
		await page.goto(`/room/${missing}`, { waitUntil: 'networkidle' });
		await page.waitForURL(`**/join?code=${missing}`);
		expect(await page.getByRole('alert').textContent()).toBe('No open room has that code: check the six digits on the board.');
		await expect.poll(() => focusedId(page)).toBe('code');
		expect(await page.getByLabel('Room code').getAttribute('aria-invalid')).toBe('true');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Room code').fill(String(opened.body.code));
		await page.getByLabel('Nickname').fill('Quizzer');
		await page.getByLabel('Nickname').press('Enter');
		await page.waitForURL(`**/room/${opened.body.code}`);
	});

	// a fresh user's /join?code=12ab said "No open room has that code", as if a room had been looked for
	it('says that a room code has six digits when the address gives no six digits, keeping them at the code to mend', async () => {
		const page = await newPage();
		await page.goto('/join?code=12ab', { waitUntil: 'networkidle' });
		expect(await page.getByRole('alert').textContent()).toBe('A room code has six digits: type the six digits on the board.');
		expect(await page.getByLabel('Room code').inputValue()).toBe('12ab');
		await expect.poll(() => focusedId(page)).toBe('code');
		expect(await page.getByLabel('Room code').getAttribute('aria-invalid')).toBe('true');
		expect(await axeViolations(page)).toEqual([]);
		// sent as typed, the join says the same and gives back what was typed
		await page.getByLabel('Room code').fill('12 3a');
		await page.getByLabel('Nickname').fill('Quizzer');
		await page.getByLabel('Nickname').press('Enter');
		await page.getByRole('alert').filter({ hasText: 'A room code has six digits' }).waitFor();
		expect(await page.getByLabel('Room code').inputValue()).toBe('12 3a');
		await expect.poll(() => focusedId(page)).toBe('code');
	});

	// SvelteKit sends no header with a hover's preload, so each hover of a link to /join?code=... counted
	// as a view against the address's 120 look-ups a minute
	it('fetches nothing of /join when a link to a room code is hovered, on /h and on the live game\'s report', async () => {
		const opened = await post(baseURL, '/api/rooms', { quizId: seedQuiz.id });
		const code = String(opened.body.code);
		const page = await newPage();
		const joinRequests: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname.startsWith('/join')) joinRequests.push(request.url());
		});
		for (const [address, name] of [[`/h?code=${code}`, `Join class game ${code}`], [new URL(String(opened.body.reportUrl)).pathname, /\/join\?code=/]] as const) {
			await page.goto(address, { waitUntil: 'networkidle' });
			const link = page.getByRole('link', { name });
			await link.hover();
			await page.mouse.move(0, 0);
			await link.hover();
			await page.waitForTimeout(500);
			expect(joinRequests).toEqual([]);
		}
		await page.getByRole('link', { name: /\/join\?code=/ }).click();
		await page.waitForURL(`**/join?code=${code}`);
		expect(await page.getByRole('alert').count()).toBe(0);
	});

	it('starts /join and /h, opened by their links on the home page, at the code to type', async () => {
		const page = await newPage();
		await page.goto('/', { waitUntil: 'networkidle' });
		await page.getByRole('link', { name: 'Join a class game' }).click();
		await page.waitForURL('**/join');
		await expect.poll(() => focusedId(page)).toBe('code');
		await page.goBack({ waitUntil: 'networkidle' });
		await page.getByRole('link', { name: 'open your homework' }).click();
		await page.waitForURL('**/h');
		await expect.poll(() => focusedId(page)).toBe('code');
		await page.keyboard.type('K7M');
		await page.getByRole('button', { name: 'Open' }).click();
		await page.getByRole('alert').filter({ hasText: 'six letters and digits' }).waitFor();
		await expect.poll(() => focusedId(page)).toBe('code');
		expect(await axeViolations(page)).toEqual([]);
	});
});
