import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { answerByKeyboard, seedPath, seedQuiz } from './play';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** The axe-core violations of the page as it is now, against WCAG 2.0 to 2.2, levels A and AA. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`finds no violations on the intro, item, feedback, article and results screens (${colorScheme})`, async () => {
			const context = await browser.newContext({ colorScheme, viewport: { width: 360, height: 740 } });
			const page = await context.newPage();
			await page.goto(baseURL, { waitUntil: 'networkidle' });
			expect(await violations(page), 'home').toEqual([]);
			await page.goto(baseURL + seedPath('timed'), { waitUntil: 'networkidle' });
			await page.getByRole('button', { name: /Start/ }).waitFor();
			expect(await violations(page), 'intro').toEqual([]);
			await page.keyboard.press('Enter');
			await page.getByRole('timer').waitFor();
			expect(await violations(page), 'item').toEqual([]);
			await answerByKeyboard(page, seedQuiz.items[0], false);
			await page.locator('#verdict').waitFor();
			expect(await violations(page), 'feedback').toEqual([]);
			await page.getByRole('button', { name: 'Show in article' }).click();
			await page.getByRole('dialog', { name: 'In the article' }).waitFor();
			expect(await violations(page), 'article').toEqual([]);
			await page.keyboard.press('Escape');
			await page.getByRole('dialog').waitFor({ state: 'detached' });
			// Focus is back on "Show in article"; the next control is "Next question".
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			for (const [index, item] of seedQuiz.items.entries()) {
				if (index === 0) continue;
				await page.getByText(`Question ${index + 1} of`).waitFor();
				await answerByKeyboard(page, item, true);
				await page.locator('#verdict').waitFor();
				await page.keyboard.press('Enter');
			}
			await page.getByRole('heading', { name: 'Results' }).waitFor();
			expect(await violations(page), 'results').toEqual([]);
			await page.goto(`${baseURL}/play/no-such-quiz`);
			expect(await violations(page), 'not found').toEqual([]);
			await context.close();
		}, 120_000);
	}
});
