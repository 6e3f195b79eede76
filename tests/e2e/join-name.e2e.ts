import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { openRoom, seedQuiz } from './classroom';

const baseURL = inject('baseURL');
const browser = useBrowser();
let quizId: string;

beforeAll(async () => {
	// Any request opens (and migrates) the server's database before the quiz is stored in it.
	await fetch(`${baseURL}/join`);
	quizId = seedQuiz(join(inject('dataDir'), 'newsquiz.db'), 'join-name-fixture');
});

describe('joining a class game', () => {
	// a fresh user's "Pick a name for me" joined at once, under a name they never saw
	it('"Pick a name for me" fills the nickname box and focuses it, and the student joins when ready', async () => {
		const host = await (await browser().newContext()).newPage();
		const code = await openRoom(host, baseURL, quizId);
		const student = await (await browser().newContext()).newPage();
		await student.goto(`${baseURL}/join?code=${code}`, { waitUntil: 'networkidle' });
		await student.getByRole('button', { name: 'Pick a name for me' }).press('Enter');
		const box = student.getByRole('textbox', { name: 'Nickname' });
		await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toMatch(/^\S+ \S+/);
		expect(new URL(student.url()).pathname).toBe('/join');
		expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(await student.getByRole('textbox', { name: 'Room code' }).inputValue()).toBe(code);
		const picked = await box.inputValue();

		await box.press('End');
		await student.keyboard.type('s');
		await student.getByRole('button', { name: 'Join', exact: true }).press('Enter');
		await student.waitForURL(new RegExp(`/room/${code}$`));
		await host.getByText(`${picked}s`).waitFor({ timeout: 10_000 });
		await host.context().close();
		await student.context().close();
	});

	// a fresh user opening a host link in another browser read "Something went wrong" above the reason
	it('a host link opened in another browser says why, under a heading that reads like no crash', async () => {
		const host = await (await browser().newContext()).newPage();
		const code = await openRoom(host, baseURL, quizId);
		const other = await (await browser().newContext()).newPage();
		const response = await other.goto(`${baseURL}/host/${code}`);
		expect(response?.status()).toBe(403);
		expect(await other.getByRole('heading', { level: 1 }).textContent()).toBe('Not open to this browser');
		expect(await other.getByText(/Only the teacher who opened this room/).count()).toBe(1);
		expect(await other.title()).not.toMatch(/went wrong/);
		await host.context().close();
		await other.context().close();
	});
});
