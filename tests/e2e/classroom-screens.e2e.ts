import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureQuiz, keys } from '../server/classroom/fixture';
import { launchBrowser } from './browser';
import { openRoom, seedQuiz } from './classroom';
import { maskedTitle } from './play';

const baseURL = inject('baseURL');
const quiz = fixtureQuiz();
const total = quiz.items.length;
/** The fixture's headline as the room shows it before the last reveal. */
const masked = maskedTitle(quiz);

async function expectAccessible(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** A page in a browser context of its own (its own cookies: a separate device), `width` px wide. */
async function device(browser: Browser, width = 1280): Promise<Page> {
	const page = await (await browser.newContext({ viewport: { width, height: 720 } })).newPage();
	page.setDefaultTimeout(15_000);
	return page;
}

async function joinAs(page: Page, code: string, nickname: string): Promise<void> {
	await page.goto(`${baseURL}/join?code=${code}`);
	await page.getByLabel('Nickname').fill(nickname);
	await page.getByLabel('Nickname').press('Enter');
	await page.waitForURL(`${baseURL}/room/${code}`);
}

/** The text of the element that has keyboard focus, `BODY` when focus fell to <body>. */
function focused(page: Page): Promise<string | undefined> {
	return page.evaluate(() => (document.activeElement === document.body ? 'BODY' : document.activeElement?.textContent?.trim()));
}

/** Presses the host's button `name` by keyboard. */
async function press(page: Page, name: string): Promise<void> {
	await page.getByRole('button', { name }).focus();
	await page.keyboard.press('Enter');
}

describe("a class game's screens, as fresh users found them", () => {
	let browser: Browser;
	beforeAll(async () => {
		seedQuiz(join(inject('dataDir'), 'newsquiz.db'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows players the headline except while a question is open, heads a question as solo play does, marks their own answer, fits 320 px, counts who is away and keeps the host\'s focus', { timeout: 180_000 }, async () => {
		const host = await device(browser);
		const code = await openRoom(host, baseURL, quiz.id);
		// the host's lobby fits a 320 px screen: the join address breaks and the code shrinks (a fresh user's 357 px)
		const wide = host.viewportSize();
		await host.setViewportSize({ width: 320, height: 640 });
		expect(await host.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		if (wide) await host.setViewportSize(wide);

		const ann = await device(browser, 320);
		const bob = await device(browser);
		await joinAs(ann, code, 'Ann');
		await joinAs(bob, code, 'Bob');
		// the headline on the player's own device, as on solo play's start screen, its printed key blanked
		// until the last answer is revealed (u50c: "... in Sochi" is item 1's key); the host's lobby likewise
		await ann.getByRole('heading', { name: "You're in!" }).waitFor();
		expect(await ann.getByRole('heading', { level: 1 }).textContent()).toBe(masked.text);
		expect(await ann.title()).toBe(`${masked.tab} · class game`);
		expect(await host.getByRole('heading', { level: 1 }).textContent()).toBe(masked.text);
		expect(await host.locator('body').innerText()).not.toContain('Sochi');
		await host.getByText('2 players have joined').waitFor();

		await press(host, 'Start the game');
		// Start has gone with the lobby: focus goes to the question's heading, not to <body>
		await expect.poll(() => focused(host)).toBe(`Question 1 of ${total} · Multiple choice`);

		// as in solo play: "Question 1 of 3 · Multiple choice" is the h1, the stem the heading below it, and no headline
		await ann.getByRole('heading', { level: 2, name: quiz.items[0].stem }).waitFor();
		expect(await ann.getByRole('heading', { level: 1 }).textContent()).toBe(`Question 1 of ${total} · Multiple choice`);
		expect(await ann.locator('.device').getByText(masked.text).count()).toBe(0);
		expect(await ann.title()).toBe(`Question 1 of ${total} · class game`);
		expect(await ann.getByRole('region').count()).toBe(0);

		// Bob leaves: the host's count awaits only Ann, who is here, and his chip says he is away, within
		// a second or so of the tab closing (a fresh user's count lagged 2–5 s, the whole absence grace)
		await bob.close();
		await host.getByText('0 of 1 here have answered · 1 away.').waitFor({ timeout: 2000 });
		expect(await host.getByRole('listitem').filter({ hasText: 'Bob' }).locator('span').first().textContent()).toBe('Bob (away)');
		await expectAccessible(host);

		const wrong = quiz.items[0].options[(keys[0] + 1) % 4];
		await ann.getByRole('button', { name: wrong }).click();
		await ann.getByText('Wrong. +0 points').waitFor();
		// the reveal says which option Ann chose, in words, and shows the headline again
		expect(await ann.getByText(/^Your answer:/).textContent()).toBe(`Your answer: ${wrong}`);
		expect(await ann.getByRole('listitem').filter({ hasText: '(your answer)' }).textContent()).toMatch(new RegExp(`^${wrong} \\(your answer\\)`));
		expect(await ann.getByRole('heading', { level: 1 }).textContent()).toBe(masked.text);
		// the options' counts fit a 320 px screen: nothing scrolls sideways (WCAG 1.4.10)
		expect(await ann.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await expectAccessible(ann);

		// Ann's answer, the last one awaited, closed the question under the host's focus: the reveal's stem takes it
		await expect.poll(() => focused(host)).toBe(quiz.items[0].stem);
		await press(host, 'Show the leaderboard');
		await expect.poll(() => focused(host)).toBe('Leaderboard');
		await ann.getByRole('heading', { name: /^Your rank/ }).waitFor();
		expect(await ann.getByRole('heading', { level: 1 }).textContent()).toBe(masked.text);
		await press(host, 'Next question');
		await expect.poll(() => focused(host)).toBe(`Question 2 of ${total} · Multiple choice`);
		await ann.getByRole('heading', { name: quiz.items[1].stem }).waitFor();
		expect(await ann.locator('.device').getByText(masked.text).count()).toBe(0);
	});
});
