import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Item, Quiz } from '../../src/lib/quiz/types';
import { useBrowser } from './browser';
import { maskedTitle } from './play';

const baseURL = inject('baseURL');
const quiz: Quiz = JSON.parse(readFileSync('questions/belarus-lukashenko-putin-sochi.json', 'utf8'));

async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** How a test answers an item: rightly, wrongly, or (an estimate) 20 % off the key, which earns part of the points. */
type Answer = 'right' | 'close' | 'wrong';

/**
 * Plays the whole quiz by keyboard, answering item i as `how(i)` says. Waits a little before each
 * answer, as a reader would (the server refuses games answered faster than anyone reads). Returns
 * the options of each choice item in the order shown.
 */
async function playByKeyboard(page: Page, how: (index: number) => Answer): Promise<string[][]> {
	const shownOrders: string[][] = [];
	for (const [index, item] of quiz.items.entries()) {
		await page.locator('.progress', { hasText: `Question ${index + 1} of ${quiz.items.length}` }).waitFor();
		await page.waitForTimeout(400);
		await answer(page, item, how(index), shownOrders);
		await page.locator('#verdict').waitFor();
		await page.keyboard.press('Enter');
	}
	await page.getByRole('heading', { name: 'Results' }).waitFor();
	return shownOrders;
}

async function answer(page: Page, item: Item, how: Answer, shownOrders: string[][]): Promise<void> {
	const right = how === 'right';
	if ((item.answerMode ?? 'choice') === 'choice') {
		const shown = (await page.locator('.options button > span').allTextContents()).map((t) => t.trim());
		shownOrders.push(shown);
		const keyIndex = shown.indexOf(item.options[item.key]);
		const index = right ? keyIndex : (keyIndex + 1) % shown.length;
		await page.keyboard.press(item.type === 'true-false' ? shown[index].charAt(0) : String(index + 1));
		return;
	}
	if (item.answerMode === 'typed') {
		await page.getByRole('textbox').fill(right ? (item.accepted?.[0] ?? item.options[item.key]) : 'not the answer');
		await page.keyboard.press('Enter');
		return;
	}
	const numeric = item.numeric!;
	const scale = numeric.scale ?? 1;
	const value = how === 'close' ? numeric.value * 1.2 : right ? numeric.value : numeric.min;
	await page.getByRole('textbox').or(page.getByRole('spinbutton')).first().fill(String(value / scale));
	await page.keyboard.press('Enter');
}

describe('challenging a friend', () => {
	const browser = useBrowser();

	it('plays, shares a link, and a friend in a fresh browser replays the same order to a comparison', async () => {
		const anna = await browser().newContext({ baseURL });
		await anna.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		const page = await anna.newPage();
		await page.goto(`/play/${quiz.id}`);
		await page.getByRole('button', { name: /Start/ }).click();
		// Anna misses the first item and comes close on the last estimate, whatever the seed quiz holds
		const total = quiz.items.length;
		const estimate = quiz.items.findLastIndex((item) => item.answerMode === 'estimate');
		expect(estimate).toBeGreaterThan(0);
		const annaHow = (i: number): Answer => (i === 0 ? 'wrong' : i === estimate ? 'close' : 'right');
		const annaRight = total - 2;
		const annaOrders = await playByKeyboard(page, annaHow);

		// A refused name: the button was disabled while saving, and the refusal takes the focus it dropped.
		await page.getByRole('textbox', { name: /Your name/ }).fill('fuck you');
		await page.getByRole('button', { name: 'Get a link to share' }).press('Enter');
		const refusal = page.getByRole('alert').filter({ hasText: /^Pick another name: that one is not allowed on a shared page.$/ });
		await refusal.waitFor();
		await expect.poll(() => refusal.evaluate((alert) => alert === document.activeElement)).toBe(true);
		await page.getByRole('textbox', { name: /Your name/ }).fill('Anna');
		await page.getByRole('button', { name: 'Get a link to share' }).click();
		const link = await page.getByTestId('result-link').textContent();
		expect(link).toMatch(new RegExp(`^${baseURL}/r/[A-Za-z0-9_-]{12}$`));
		await page.getByRole('button', { name: 'Share your score' }).click();
		await page.getByText('Copied: paste it to a friend.').waitFor();
		const shared = await page.evaluate(() => navigator.clipboard.readText());
		const squares = quiz.items.map((_, i) => ({ right: '🟩', close: '🟨', wrong: '🟥' })[annaHow(i)]).join('');
		// the friend it goes to has not played: the headline's printed key is blanked (u50c)
		expect(shared).toBe(`newsquiz · ${maskedTitle(quiz).tab} · ${annaRight}/${total}\n${squares}\n${link}`);
		expect(await axeViolations(page)).toEqual([]);
		await anna.close();

		const ben = await browser().newContext({ baseURL });
		const friend = await ben.newPage();
		await friend.goto(link!);
		expect(await friend.getByRole('heading', { level: 1 }).textContent()).toMatch(new RegExp(`Anna\\s+scored\\s+${annaRight}/${total}`));
		expect(await friend.getByText(/^\s*1 close · [\d,]+ points · best streak \d+\s*$/).isVisible()).toBe(true);
		expect(await friend.getByTestId('result-squares').textContent()).toContain(`${annaRight} right, 1 close, 1 wrong`);
		expect(await axeViolations(friend)).toEqual([]);
		await friend.getByRole('link', { name: 'Play this quiz' }).click();
		await friend.getByTestId('challenge-note').waitFor();
		expect(await friend.getByTestId('challenge-note').textContent()).toMatch(new RegExp(`Anna got ${annaRight}/${total}, 1 close, in\\s+timed mode`));
		await friend.getByRole('button', { name: /Start/ }).click();
		const benOrders = await playByKeyboard(friend, () => 'right');
		expect(benOrders).toEqual(annaOrders);

		await friend.getByRole('textbox', { name: /Your name/ }).fill('Ben');
		await friend.getByRole('button', { name: 'Save and compare' }).click();
		await friend.getByRole('heading', { name: 'You vs Anna' }).waitFor();
		expect(await friend.getByText(`You win, ${total} right to ${annaRight}.`).isVisible()).toBe(true);
		const rows = await friend.locator('.comparison tbody tr').allTextContents();
		expect(rows).toHaveLength(total);
		expect(rows[0].replace(/\s+/g, ' ')).toMatch(/🟩 right\s*🟥 wrong$/);
		expect(rows[estimate].replace(/\s+/g, ' ')).toMatch(/🟩 right\s*🟨 close$/);
		expect((await friend.locator('.comparison tfoot').textContent())?.replace(/\s+/g, ' ')).toMatch(
			new RegExp(`${total}/${total} · [\\d,]+ points\\s*${annaRight}/${total} · 1 close · [\\d,]+ points`)
		);
		expect(await axeViolations(friend)).toEqual([]);

		await friend.getByTestId('result-link').click();
		await friend.getByRole('heading', { name: 'Ben vs Anna' }).waitFor();
		expect(await friend.getByText(`Ben wins, ${total} right to ${annaRight}.`).isVisible()).toBe(true);
		await ben.close();
	}, 180_000);

	it('honours mode= on a challenge link and says before play that the other mode cannot be compared', async () => {
		const context = await browser().newContext({ baseURL });
		// A timed result of time-ups only: the server takes it, and the page needs no more.
		const posted = await context.request.post('/api/results', {
			headers: { origin: baseURL },
			data: { quizId: quiz.id, mode: 'timed', seed: 4242, name: 'Cleo', answers: quiz.items.map(() => ({ response: null, elapsedMs: 1000 })) }
		});
		expect(posted.status()).toBe(201);
		const { id } = (await posted.json()) as { id: string };
		const page = await context.newPage();
		await page.goto(`/play/${quiz.id}?challenge=${id}&mode=relaxed`);
		const note = page.getByTestId('challenge-note');
		expect(await page.getByRole('radio', { name: /Relaxed/ }).isChecked()).toBe(true);
		expect((await note.textContent())?.replace(/\s+/g, ' ')).toContain(
			'A relaxed game cannot be compared with a timed score: choose Timed to compare, or play relaxed on your own.'
		);
		expect(await note.getAttribute('role')).toBe('status');
		expect(await axeViolations(page)).toEqual([]);

		// Choosing the challenge's mode again brings the comparison back, by keyboard.
		await page.getByRole('radio', { name: /Relaxed/ }).focus();
		await page.keyboard.press('ArrowUp');
		await page.waitForURL(new RegExp(`challenge=${id}.*mode=timed`));
		await expect.poll(async () => (await note.textContent())?.replace(/\s+/g, ' ')).toContain(
			'Play the same questions in the same order to compare.'
		);
		await page.getByRole('button', { name: /Start/ }).click();
		await playByKeyboard(page, () => 'right');
		await page.getByRole('button', { name: 'Save and compare' }).click();
		await page.getByRole('heading', { name: 'You vs Cleo' }).waitFor();
		await context.close();
	}, 120_000);
});
