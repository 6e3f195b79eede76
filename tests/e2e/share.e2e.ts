import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tinyGame, tinyQuiz } from '../fixtures/tiny-quiz';
import { launchBrowser } from './browser';
import { storeQuiz } from './database';
import { maskedTitle } from './play';

const baseURL = inject('baseURL');
const databasePath = join(inject('dataDir'), 'newsquiz.db');

/** A right, right, wrong, right timed game of the tiny quiz (2725 points). */
const game = tinyGame();

function postResult(body: string, headers: Record<string, string> = {}) {
	return fetch(`${baseURL}/api/results`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

function storedResults(): number {
	const db = new Database(databasePath, { readonly: true });
	try {
		return (db.prepare('SELECT count(*) AS n FROM results').get() as { n: number }).n;
	} finally {
		db.close();
	}
}

async function axeViolations(page: import('playwright-core').Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('sharing a result', () => {
	let browser: Browser;

	beforeAll(async () => {
		await storeQuiz(baseURL, databasePath, tinyQuiz);
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
	});

	it('refuses every kind of forged or malformed post over HTTP and stores nothing', async () => {
		const before = storedResults();
		const forged = [
			JSON.stringify({ ...game, quizId: 'no-such-quiz' }),
			JSON.stringify({ ...game, answers: game.answers.slice(1) }),
			JSON.stringify({ ...game, answers: [{ response: { kind: 'choice', option: 9 }, elapsedMs: 4000 }, ...game.answers.slice(1)] }),
			JSON.stringify({ ...game, answers: game.answers.map((a) => ({ ...a, elapsedMs: 30 })) }),
			JSON.stringify({ ...game, answers: [{ ...game.answers[0], elapsedMs: -5 }, ...game.answers.slice(1)] }),
			JSON.stringify({ ...game, answers: [{ ...game.answers[0], elapsedMs: 3_600_000 }, ...game.answers.slice(1)] }),
			// Over the 16 KiB body limit: 413 rather than 400.
			JSON.stringify({ ...game, name: 'x'.repeat(20_000) }),
			'{"quizId":',
			''
		];
		for (const body of forged) {
			const response = await postResult(body);
			expect(response.status, body.slice(0, 80)).toBe(body.length > 16 * 1024 ? 413 : 400);
			expect((await response.json()).error).toEqual(expect.any(String));
		}
		expect(storedResults()).toBe(before);
	});

	it('stores a scored result and serves its page without JavaScript, with absolute card tags', async () => {
		const response = await postResult(JSON.stringify({ ...game, name: '<script>alert(1)</script>' }));
		expect(response.status).toBe(201);
		const posted = await response.json();
		expect(posted.result).toMatchObject({ right: 3, total: 4, points: 2725 });
		expect(posted.url).toBe(`${baseURL}/r/${posted.id}`);

		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(posted.url);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/<script>alert\(1\)<\/script>\s*scored\s*3\/4/);
		expect(await page.getByTestId('result-squares').textContent()).toContain('🟩🟩🟥🟩');
		expect(await page.getByText('2,725 points').count()).toBe(1);
		// whoever opens the link has not played: the headline's printed key ("... in Sochi") is blanked (u50c)
		const masked = maskedTitle(tinyQuiz);
		expect(tinyQuiz.title).toContain('Sochi');
		expect(await page.locator('.quiz-title').textContent()).toBe(masked.text);
		expect(await page.locator('.quiz-title').isVisible()).toBe(true);
		expect(await page.locator('body').innerText()).not.toContain('Sochi');
		expect(await page.getByRole('button', { name: /^Share .*score$/ }).isVisible()).toBe(false);
		const play = page.getByRole('link', { name: 'Play this quiz' });
		expect(await play.getAttribute('href')).toBe(`/play/${tinyQuiz.id}?challenge=${posted.id}`);
		const meta = async (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
		expect(await meta('property="og:image"')).toBe(`${baseURL}/r/${posted.id}/card.png`);
		expect(await meta('property="og:url"')).toBe(posted.url);
		expect(await meta('name="twitter:card"')).toBe('summary_large_image');
		for (const title of ['property="og:title"', 'name="twitter:title"', 'property="og:image:alt"']) {
			expect(await meta(title)).toContain(masked.tab);
			expect(await meta(title)).not.toContain('Sochi');
		}
		expect(await page.title()).not.toContain('Sochi');
		expect(await meta('name="twitter:image"')).toBe(`${baseURL}/r/${posted.id}/card.png`);
		await context.close();

		const card = await fetch(`${baseURL}/r/${posted.id}/card.png`);
		expect(card.headers.get('content-type')).toBe('image/png');
		const png = Buffer.from(await card.arrayBuffer());
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	it('answers an unknown result id with a 404 page that leads home', async () => {
		for (const id of ['AAAAAAAAAAAA', 'not-a-result-id']) {
			const page = await browser.newPage();
			const response = await page.goto(`${baseURL}/r/${id}`);
			expect(response?.status()).toBe(404);
			await page.getByRole('link', { name: /quizzes|home/i }).click();
			await page.waitForURL(`${baseURL}/`);
			await page.close();
		}
		expect((await fetch(`${baseURL}/r/AAAAAAAAAAAA/card.png`)).status).toBe(404);
	});

	it('shows a challenge result beside the one it answers, and passes an accessibility check in light and dark', async () => {
		const first = await (await postResult(JSON.stringify({ ...game, name: 'Anna' }))).json();
		const reply = await postResult(
			JSON.stringify({ ...game, name: 'Ben', challengeOf: first.id, answers: game.answers.map((a) => ({ ...a, elapsedMs: 1000 })) })
		);
		expect(reply.status).toBe(201);
		const second = await reply.json();
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(second.url);
		expect(await page.getByRole('heading', { name: 'Ben vs Anna' }).isVisible()).toBe(true);
		expect(await page.getByText('Ben wins, on points.').isVisible()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});
