import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureQuiz, keys } from '../server/classroom/fixture';
import { launchBrowser } from './browser';
import { openRoom, seedQuiz } from './classroom';

const baseURL = inject('baseURL');
const quiz = fixtureQuiz();

async function expectAccessible(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** A page in a context of its own (its own cookies: a separate device). */
async function device(browser: Browser): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	page.setDefaultTimeout(15_000);
	return page;
}

async function joinAs(browser: Browser, code: string, nickname: string): Promise<Page> {
	const page = await device(browser);
	await page.goto(`${baseURL}/join?code=${code}`);
	await page.getByLabel('Nickname').fill(nickname);
	await page.getByLabel('Nickname').press('Enter');
	await page.waitForURL(`${baseURL}/room/${code}`);
	return page;
}

async function answerByKeyboard(page: Page, option: string): Promise<void> {
	const button = page.getByRole('button', { name: option });
	await button.focus();
	await page.keyboard.press('Enter');
	// The options give way to "Answer sent", or straight to the reveal when this closed the item.
	await button.waitFor({ state: 'detached' });
}

/** Answers by the option's number key (1 is the first shown), the keys of solo play and homework. */
async function answerByNumberKey(page: Page, index: number, option: string): Promise<void> {
	const button = page.getByRole('button', { name: option });
	await button.waitFor();
	await page.keyboard.press(String(index + 1));
	await button.waitFor({ state: 'detached' });
}

describe('a live class game in the browser', () => {
	let browser: Browser;
	beforeAll(async () => {
		seedQuiz(join(inject('dataDir'), 'newsquiz.db'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('one host and three students play to the podium; one reloads mid-item, one joins late', { timeout: 240_000 }, async () => {
		const host = await device(browser);
		const code = await openRoom(host, baseURL, quiz.id);
		await expect.poll(() => host.locator('.code').textContent()).toBe(code);
		await expect.poll(() => host.getByRole('img', { name: /QR code/ }).count()).toBe(1);
		await expectAccessible(host);
		await host.emulateMedia({ colorScheme: 'dark' });
		await expectAccessible(host);
		await host.emulateMedia({ colorScheme: 'light' });

		const joinPage = await device(browser);
		await joinPage.goto(`${baseURL}/join?code=${code}`);
		await expectAccessible(joinPage);
		await joinPage.getByLabel('Nickname').fill('A');
		await joinPage.getByRole('button', { name: 'Join', exact: true }).click();
		await joinPage.getByRole('alert').waitFor();
		expect(await joinPage.getByRole('alert').textContent()).toMatch(/at least 2 characters/);
		expect(await joinPage.getByLabel('Nickname').inputValue()).toBe('A');
		await joinPage.close();

		const ann = await joinAs(browser, code, 'Ann');
		const bob = await joinAs(browser, code, 'Bob');
		await ann.getByRole('heading', { name: "You're in!" }).waitFor();
		await expectAccessible(ann);
		await host.getByText('2 players have joined').waitFor();
		// removing a player asks first, since they cannot join again (a fresh user removed one with a stray click)
		const dee = await joinAs(browser, code, 'Dee');
		await host.getByText('3 players have joined').waitFor();
		await host.getByRole('button', { name: 'Remove Dee' }).click();
		await host.getByText('Remove Dee? They cannot join this game again.').waitFor();
		await host.getByRole('button', { name: 'Keep' }).click();
		expect(await host.getByRole('button', { name: 'Remove Dee' }).count()).toBe(1);
		await host.getByRole('button', { name: 'Remove Dee' }).click();
		await expect.poll(() => host.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Remove');
		await host.keyboard.press('Enter');
		await host.getByText('2 players have joined').waitFor();
		await dee.close();
		await host.getByRole('button', { name: 'Start the game' }).click();

		// Item 1: Ann answers, Bob reloads mid-item and answers after, Cy joins late.
		await ann.getByRole('heading', { name: quiz.items[0].stem }).waitFor();
		// the question's heading takes focus as it arrives, so a screen reader says its number, as in solo play
		await expect.poll(() => ann.evaluate(() => document.activeElement?.id)).toBe('question-heading');
		// Players read the same words as in solo play: "Question", not the field's "item".
		await ann.getByText(`Question 1 of ${quiz.items.length} · Multiple choice`, { exact: true }).waitFor();
		expect(await ann.locator('.who').textContent()).toBe('You play as Ann · 0 points');
		await answerByKeyboard(ann, quiz.items[0].options[keys[0]]);
		await bob.getByRole('heading', { name: quiz.items[0].stem }).waitFor();
		await bob.reload();
		await bob.getByRole('heading', { name: quiz.items[0].stem }).waitFor();
		const seconds = Number((await bob.getByRole('timer').textContent())?.match(/(\d+) s/)?.[1]);
		expect(seconds).toBeGreaterThan(0);
		expect(seconds).toBeLessThanOrEqual(quiz.items.length * 60);
		const cy = await joinAs(browser, code, 'Cy');
		await cy.getByText('You joined during this question').waitFor();
		await answerByNumberKey(bob, 0, quiz.items[0].options[0]);

		await ann.getByText(/^Right\. \+[\d,]+ points$/).waitFor();
		await bob.getByText('Wrong. +0 points').waitFor();
		await host.getByText('The answer:').waitFor();
		await expectAccessible(host);
		await expectAccessible(ann);

		for (let i = 1; i < quiz.items.length; i++) {
			await host.getByRole('button', { name: 'Show the leaderboard' }).click();
			await bob.getByRole('heading', { name: /Your rank: 2 of 3|Your rank: \d of 3/ }).waitFor();
			await expect.poll(() => bob.evaluate(() => document.activeElement?.textContent)).toMatch(/^Your rank: \d of 3$/);
			await host.getByRole('button', { name: 'Next question' }).click();
			for (const [page, right] of [
				[ann, true],
				[bob, false],
				[cy, true]
			] as const) {
				await page.getByRole('heading', { name: quiz.items[i].stem }).waitFor();
				await answerByKeyboard(page, quiz.items[i].options[right ? keys[i] : (keys[i] + 1) % 4]);
			}
			await host.getByRole('button', { name: 'Show the leaderboard' }).waitFor();
		}
		await host.getByRole('button', { name: 'Show the leaderboard' }).click();
		await host.getByRole('button', { name: 'Show the podium' }).click();
		await host.getByRole('heading', { name: 'Podium' }).waitFor();
		const standings = await host.getByRole('list', { name: 'Final standings' }).textContent();
		expect(standings?.indexOf('Ann')).toBeLessThan(standings?.indexOf('Cy') ?? -1);
		expect(standings?.indexOf('Cy')).toBeLessThan(standings?.indexOf('Bob') ?? -1);

		await ann.getByText('You finished 1 of 3').waitFor();
		await cy.getByRole('link', { name: 'See your results' }).click();
		await cy.getByRole('heading', { name: 'Your results' }).waitFor();
		const results = await cy.locator('main').textContent();
		expect(results).toMatch(/2 of 2 right/);
		expect(results).toMatch(/You joined after this question started\./);
		await expectAccessible(cy);
	});
});
