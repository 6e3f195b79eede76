import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Item, Quiz } from '../../src/lib/quiz/types';
import { sentencesOf } from '../fixtures/quiz';
import { axeViolations, newAxePage } from './axe';
import { useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const paragraphs = [
	'Maria Kolesnikova, an opposition leader, spoke to reporters outside the court in Minsk on Monday after the hearing was adjourned.',
	'“We will not stop until every political prisoner is free,” she said, as supporters outside the building chanted her name and waved the white and red flags of the protest movement.'
];
const sentences = sentencesOf(paragraphs);
const name = 'Maria Kolesnikova';
const quote = sentences[1].text.indexOf('she said');

/** A who-said item whose source gives the speaker only as "she said", with the sentence that names her. */
const item: Item = {
	id: 'q1',
	type: 'who-said',
	factType: 'person',
	stem: 'Who said “We will not stop until every political prisoner is free”?',
	options: ['Svetlana Tikhanovskaya', name, 'Viktor Babariko'],
	key: 1,
	source: {
		sentence: 1,
		paragraph: 1,
		start: sentences[1].start,
		end: sentences[1].end,
		text: sentences[1].text,
		keySpan: { start: quote, end: quote + 3 },
		speaker: { sentence: 0, text: sentences[0].text, span: { start: 0, end: name.length } }
	},
	checks: ['R1'],
	difficulty: 0.5
};
const quiz: Quiz = { id: 'draft', title: 'Kolesnikova vows to go on', article: { title: 'Kolesnikova vows to go on', paragraphs }, sentences, seed: 3, items: [item] };

function newPage(): Promise<Page> {
	return newAxePage(browser(), baseURL);
}

describe('a who-said item whose source says only "she said" (QUALITY.md R2)', () => {
	it('explains the answer with the sentence that names the speaker, then the quote, each marked', async () => {
		const page = await newPage();
		await page.goto('/new');
		await page.getByLabel(/^A quiz file exported/).setInputFiles({ name: 'quiz.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(quiz)) });
		await page.getByRole('button', { name: 'Import the quiz' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		await page.getByRole('button', { name: 'Save quiz' }).first().click();
		const playUrl = (await page.getByRole('link', { name: /\/play\// }).getAttribute('href'))!;

		await page.goto(`${playUrl}?mode=relaxed`);
		await page.getByRole('button', { name: /^Start/ }).click();
		await page.getByRole('button', { name: /Viktor Babariko/ }).click();
		await page.getByRole('button', { name: 'See results' }).waitFor();

		const shown = page.locator('blockquote.source p');
		expect(await shown.allInnerTexts()).toEqual(paragraphs);
		expect(await page.locator('blockquote.source mark').allInnerTexts()).toEqual([name, 'she']);
		expect(await axeViolations(page)).toEqual([]);
	});
});
