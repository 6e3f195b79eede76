import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, newAxePage } from './axe';
import { article, sampleQuiz, sentencesOf } from '../fixtures/quiz';
import { useBrowser } from './browser';
import { focused } from './focus';
import { seedQuiz } from './play';

const baseURL = inject('baseURL');
const seedArticle = readFileSync('questions/articles/00-belarus-lukashenko-putin-sochi.txt', 'utf8');

const browser = useBrowser();

function newPage(viewport?: { width: number; height: number }): Promise<Page> {
	return newAxePage(browser(), baseURL, viewport);
}

/** Whether the button named `name` has keyboard focus (by its accessible name, as a screen reader reads it). */
function buttonFocused(page: Page, name: string): Promise<boolean> {
	return page.getByRole('button', { name, exact: true }).first().evaluate((button) => button === document.activeElement);
}

/** Imports `quiz` as a file on /new by keyboard and waits for the review step or a refusal. */
async function importQuiz(page: Page, quiz: unknown): Promise<void> {
	await page.goto('/new', { waitUntil: 'networkidle' });
	const file = Buffer.from(JSON.stringify(quiz));
	await page.getByLabel(/^A quiz file exported/).setInputFiles({ name: 'quiz.json', mimeType: 'application/json', buffer: file });
	await page.getByRole('button', { name: 'Import the quiz' }).press('Enter');
}

/** Presses Enter on a review button and waits for the live region to say what the operation did. */
async function operate(page: Page, button: string, notice: RegExp): Promise<void> {
	await page.getByRole('button', { name: button, exact: true }).first().press('Enter');
	await page.getByRole('status').filter({ hasText: notice }).waitFor();
}

describe('a quiz whose items share an id', () => {
	it('is refused at import with a message naming the two items, and the page stays usable', async () => {
		const page = await newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const quiz = sampleQuiz();
		await importQuiz(page, { ...quiz, items: [...quiz.items, quiz.items[0]] });
		const alert = page.getByRole('alert').filter({ hasText: 'This quiz file cannot be imported' });
		await alert.waitFor();
		expect(await alert.innerText()).toContain(`its items 1 and 4 have the same id "${quiz.items[0].id}"`);
		expect(await page.getByLabel(/^A quiz file exported/).getAttribute('aria-invalid')).toBe('true');
		expect(errors).toEqual([]);
		await page.reload();
		await page.getByRole('heading', { name: 'Import a quiz' }).waitFor();
		expect(errors).toEqual([]);
	});
});

describe('focus in making and editing a quiz', () => {
	it('moves to each new step\'s heading, from the paste to the saved quiz', async () => {
		const page = await newPage();
		await page.goto('/new', { waitUntil: 'networkidle' });
		await page.getByLabel('Article text: the headline on the first line, then the paragraphs').fill(seedArticle);
		await page.getByRole('button', { name: 'Read the article' }).press('Enter');
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await expect.poll(() => focused(page)).toBe('h2: Check the article');
		await page.getByRole('button', { name: 'Make the quiz' }).press('Enter');
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		await expect.poll(() => focused(page)).toBe('h2: Review the questions');
		await page.getByRole('button', { name: 'Save quiz' }).first().press('Enter');
		await page.getByRole('heading', { name: /^Saved:/ }).waitFor();
		await expect.poll(() => focused(page)).toMatch(/^h2: Saved:/);
	}, 120_000);

	it('keeps a keyboard user\'s focus on Stop while the questions are written, then moves it to the refusal', async () => {
		const page = await newPage();
		await page.goto('/new', { waitUntil: 'networkidle' });
		await page.getByLabel('Article text: the headline on the first line, then the paragraphs').fill(seedArticle);
		await page.getByRole('button', { name: 'Read the article' }).press('Enter');
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await page.getByLabel(/^Article text: paragraphs/).fill('Too short to quiz. Two sentences only.');
		// The answer waits until the test has seen where focus is while the questions are written.
		let answer = () => {};
		const answered = new Promise<void>((resolve) => (answer = resolve));
		await page.route((url) => url.search === '?/generate', async (route) => {
			await answered;
			await route.continue();
		});
		// "Make the quiz" is disabled while writing: focus left on it would fall to <body>.
		await page.getByRole('button', { name: 'Make the quiz' }).press('Enter');
		await page.getByRole('button', { name: 'Stop' }).waitFor();
		await expect.poll(() => focused(page)).toBe('button: Stop');
		answer();
		const refusal = page.getByRole('alert').filter({ hasText: /newsquiz needs at least 50/ });
		await refusal.waitFor();
		await expect.poll(() => refusal.evaluate((alert) => alert === document.activeElement)).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
	}, 120_000);

	it('stays on the item acted on: moved, deleted, replaced, and on Save at the edit link', async () => {
		const page = await newPage();
		const paragraphs = [...article.paragraphs, 'Belarus has about 6.8 million registered voters, and turnout in the election was 84 per cent, officials in Minsk said.'];
		await importQuiz(page, { ...sampleQuiz(), article: { ...article, paragraphs }, sentences: sentencesOf(paragraphs) });
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		await expect.poll(() => focused(page)).toBe('h2: Review the questions');

		await operate(page, 'Move down item 1', /Item moved to position 2/);
		await expect.poll(() => buttonFocused(page, 'Move down item 2')).toBe(true);
		await operate(page, 'Move down item 2', /Item moved to position 3/);
		// the last item cannot move down: its other move button takes focus
		await expect.poll(() => buttonFocused(page, 'Move up item 3')).toBe(true);

		// replaced while the article has a spare for it (its fourth sentence, on voters: a replacement never asks the
		// replaced key again): with two items retired, none is left, and the button is disabled
		await operate(page, 'Another item in place of item 1', /Item 1 replaced/);
		await expect.poll(() => focused(page)).toBe('fieldset: Item 1 of 3');
		expect(await axeViolations(page)).toEqual([]);

		await operate(page, 'Delete item 2', /Item 2 deleted/);
		await expect.poll(() => focused(page)).toBe('fieldset: Item 2 of 2');
		await operate(page, 'Delete item 2', /Item 2 deleted/);
		await expect.poll(() => focused(page)).toBe('fieldset: Item 1 of 1');
		expect(await page.getByRole('button', { name: 'Another item in place of item 1', exact: true }).isDisabled()).toBe(true);
		await page.getByText('No other item can be written in its place', { exact: false }).waitFor();
		expect(await axeViolations(page)).toEqual([]);

		await page.getByRole('button', { name: 'Save quiz' }).first().press('Enter');
		await page.locator('a.edit-link').waitFor();
		await page.goto((await page.locator('a.edit-link').getAttribute('href'))!, { waitUntil: 'networkidle' });
		// the item "Another item" gave may be of any type (an estimate from the replaced item's own sentence): an edit
		// that keeps its blank or its question is valid for each
		const stem = page.getByLabel('Question (stem)');
		await stem.fill((await stem.inputValue()).replace(/([.?!])$/, ' in 2020$1'));
		await operate(page, 'Save changes', /Changes saved/);
		await expect.poll(() => buttonFocused(page, 'Save changes')).toBe(true);
	}, 120_000);
});

describe('a refused save', () => {
	it('marks the emptied option invalid and links its problem to that option', async () => {
		const page = await newPage();
		await importQuiz(page, sampleQuiz());
		const option = page.getByRole('group', { name: 'Item 1 of 3' }).getByRole('textbox', { name: 'Option 2' });
		await option.fill('');
		await page.getByRole('button', { name: 'Save quiz' }).first().press('Enter');
		await page.getByRole('alert').filter({ hasText: 'Some items need fixing' }).waitFor();
		expect(await option.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator(`#${await option.getAttribute('aria-describedby')}`).innerText()).not.toBe('');
		await page.getByRole('link', { name: 'Item 1' }).press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('item-1-option-1');
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('counts', () => {
	it('say "1 question" and "1 item" of a quiz cut down to one item', async () => {
		const page = await newPage();
		const quiz = sampleQuiz();
		await importQuiz(page, { ...quiz, items: quiz.items.slice(0, 1) });
		await page.getByRole('button', { name: 'Save quiz' }).first().press('Enter');
		const playUrl = (await page.getByRole('link', { name: /\/play\// }).getAttribute('href'))!;
		const id = playUrl.split('/play/')[1];
		await page.goto(playUrl);
		await page.getByText(/about this article/).waitFor();
		expect(await page.getByText(/about this article/).innerText()).toMatch(/^1 question about this article\./);
		await page.goto(`/class/${id}`);
		expect(await page.locator('main p').first().innerText()).toMatch(/: 1 item\.$/);
	});
});

describe('setting homework on a 320 px phone', () => {
	it('keeps every field inside its card', async () => {
		const page = await newPage({ width: 320, height: 640 });
		await page.goto(`/homework/new?quiz=${seedQuiz.id}`, { waitUntil: 'networkidle' });
		const overflow = await page.evaluate(() => {
			const form = document.querySelector('form')!.getBoundingClientRect();
			return [...document.querySelectorAll('form input:not([type="hidden"]), form select')].map((field) => {
				const box = field.getBoundingClientRect();
				return { name: field.getAttribute('name'), out: Math.max(0, Math.round(box.right - form.right), Math.round(form.left - box.left)) };
			});
		});
		expect(overflow.filter(({ out }) => out > 0)).toEqual([]);
	});
});
