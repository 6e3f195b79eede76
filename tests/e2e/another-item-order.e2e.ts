import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, newAxePage } from './axe';
import { article, sampleQuiz, sentencesOf } from '../fixtures/quiz';
import { useBrowser } from './browser';
import { focused } from './focus';

const baseURL = inject('baseURL');
const browser = useBrowser();

function newPage(): Promise<Page> {
	return newAxePage(browser(), baseURL);
}

// a fresh user's "Another item" on a quiz's last item wrote one from the fifth of fourteen paragraphs and left it last
describe('"Another item" in a quiz in the article\'s order', () => {
	it('puts the new item where its sentence falls, says where, takes focus there, and the saved quiz is played in that order', async () => {
		const page = await newPage();
		// the arrests and the vote share, and a last paragraph on voters that is the only spare: the replacement of
		// the first item comes from after the second
		const paragraphs = [...article.paragraphs, 'Belarus has about 6.8 million registered voters, and turnout in the election was 84 per cent, officials in Minsk said.'];
		const quiz = sampleQuiz();
		const draft = { ...quiz, article: { ...article, paragraphs }, sentences: sentencesOf(paragraphs), items: quiz.items.slice(1) };
		await page.goto('/new', { waitUntil: 'networkidle' });
		await page.getByLabel(/^A quiz file exported/).setInputFiles({ name: 'quiz.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
		await page.getByRole('button', { name: 'Import the quiz' }).press('Enter');
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();

		await page.getByRole('button', { name: 'Another item in place of item 1', exact: true }).press('Enter');
		await page.getByRole('status').filter({ hasText: "Item 1 replaced with a new item, now item 2 in the article's order." }).waitFor();
		await expect.poll(() => focused(page)).toBe('fieldset: Item 2 of 2');
		const stems = page.getByLabel('Question (stem)');
		expect(await stems.nth(0).inputValue()).toBe(quiz.items[2].stem);
		expect(await stems.nth(1).inputValue()).toMatch(/registered voters/);
		expect(await axeViolations(page)).toEqual([]);

		await page.getByRole('button', { name: 'Save quiz' }).first().press('Enter');
		const playUrl = (await page.getByRole('link', { name: /\/play\// }).getAttribute('href'))!;
		await page.goto(playUrl, { waitUntil: 'networkidle' });
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { level: 1, name: /^Question 1 of 2/ }).waitFor();
		expect(await page.locator('main').innerText()).toContain(quiz.items[2].stem);
	}, 120_000);
});
