import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, newAxePage } from './axe';
import { useBrowser } from './browser';

const baseURL = inject('baseURL');
const seedArticle = readFileSync('questions/articles/00-belarus-lukashenko-putin-sochi.txt', 'utf8');
const articlesDir = process.env.ARTICLES_DIR ?? '../shared/articles';
const guardianPage = join(articlesDir, '29-guardian-maori-whale-strandings.html');

const browser = useBrowser();

function newPage(): Promise<Page> {
	return newAxePage(browser(), baseURL);
}

/** Fails the test on any WCAG 2.x A or AA violation axe finds on the current screen. */
async function expectAccessible(page: Page): Promise<void> {
	expect(await axeViolations(page)).toEqual([]);
}

/** From the review screen: saves and returns the play and edit links shown once. */
async function save(page: Page): Promise<{ playUrl: string; editUrl: string }> {
	await page.getByRole('button', { name: 'Save quiz' }).first().press('Enter');
	await page.getByRole('heading', { level: 2, name: /^Saved:/ }).waitFor();
	await expectAccessible(page);
	const playUrl = (await page.getByRole('link', { name: /\/play\// }).getAttribute('href'))!;
	const editUrl = (await page.locator('a.edit-link').getAttribute('href'))!;
	return { playUrl, editUrl };
}

/**
 * Plays the quiz at `playUrl` in relaxed mode by keyboard to its results, answering each item
 * with its first option (or a guess) and returns the stems it showed.
 */
async function playToResults(page: Page, playUrl: string): Promise<string[]> {
	await page.goto(`${playUrl}?mode=relaxed`);
	await expectAccessible(page);
	await page.getByRole('button', { name: /^Start/ }).focus();
	await page.keyboard.press('Enter');
	const stems: string[] = [];
	const typed = page.getByRole('textbox', { name: 'Your answer' });
	const check = page.getByRole('button', { name: 'Check' });
	const option = page.locator('button[aria-keyshortcuts]:not([aria-keyshortcuts="Enter"])').first();
	const next = page.getByRole('button', { name: /^(Next question|See results)/ });
	for (;;) {
		await typed.or(check).or(option).first().waitFor();
		stems.push((await page.locator('#main').innerText()).trim());
		if (await typed.isVisible()) {
			await typed.fill('a guess');
			await typed.press('Enter');
		} else if (await check.isVisible()) {
			const estimate = page.getByRole('textbox', { name: /^Your estimate/ });
			await estimate.fill((await page.getByRole('slider').getAttribute('min')) ?? '0');
			await estimate.press('Enter');
		} else {
			await page.keyboard.press((await option.getAttribute('aria-keyshortcuts'))!);
		}
		await next.waitFor();
		const last = (await next.innerText()).startsWith('See results');
		await next.focus();
		await page.keyboard.press('Enter');
		if (last) break;
	}
	await page.getByRole('heading', { name: 'Results' }).waitFor();
	await expectAccessible(page);
	return stems;
}

/** What the first test saved, for the tests that play and export it. */
let saved: { playUrl: string; editUrl: string; count: number } | undefined;
const editedStem = 'Edited in review: which question comes first?';

describe('making a quiz from an article', () => {
	it('pastes an article, checks it, reviews, edits and moves an item, and saves', async () => {
		const page = await newPage();
		await page.goto('/new');
		await expectAccessible(page);
		await page.getByLabel('Article text: the headline on the first line, then the paragraphs').fill(seedArticle);
		await page.getByRole('button', { name: 'Read the article' }).press('Enter');

		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await expectAccessible(page);
		expect(await page.getByLabel('Headline').inputValue()).toBe(seedArticle.split('\n')[0]);
		await page.getByRole('button', { name: 'Make the quiz' }).press('Enter');

		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		await expectAccessible(page);
		const items = page.locator('fieldset[id^="item-"]');
		const count = await items.count();
		expect(count).toBeGreaterThanOrEqual(3);
		const first = page.getByRole('group', { name: `Item 1 of ${count}` });
		expect(await first.getByText('Source sentence:').count()).toBe(1);
		const secondStem = await page.getByRole('group', { name: `Item 2 of ${count}` }).getByLabel('Question (stem)').inputValue();

		await first.getByLabel('Question (stem)').fill(editedStem);
		await first.getByRole('button', { name: 'Move down item 1' }).press('Enter');
		await page.getByRole('status').filter({ hasText: 'Item moved to position 2.' }).waitFor();
		const moved = page.getByRole('group', { name: `Item 2 of ${count}` });
		expect(await moved.getByLabel('Question (stem)').inputValue()).toBe(editedStem);
		expect(await page.getByRole('group', { name: `Item 1 of ${count}` }).getByLabel('Question (stem)').inputValue()).toBe(secondStem);

		const { playUrl, editUrl } = await save(page);
		expect(playUrl).toMatch(/\/play\/[A-Za-z0-9_-]{22}$/);
		expect(editUrl).toMatch(/\/edit\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{43}$/);
		saved = { playUrl, editUrl, count };
	}, 120_000);

	it('plays the saved quiz at its play link through to the results, with the edited item second', async () => {
		const page = await newPage();
		const stems = await playToResults(page, saved!.playUrl);
		expect(stems).toHaveLength(saved!.count);
		expect(stems[1]).toContain(editedStem);
	}, 120_000);

	it('shows the saved edits again at the edit link, after a reload, and refuses a wrong token', async () => {
		const page = await newPage();
		await page.goto(saved!.editUrl);
		await page.reload();
		await expectAccessible(page);
		const item = page.getByRole('group', { name: `Item 2 of ${saved!.count}` });
		expect(await item.getByLabel('Question (stem)').inputValue()).toBe(editedStem);

		const exported = await page.request.get(`${saved!.playUrl}/quiz.json`);
		expect(exported.status()).toBe(200);
		expect((await exported.json()).items[1].stem).toBe(editedStem);

		const wrongToken = await page.goto(saved!.editUrl.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
		expect(wrongToken?.status()).toBe(404);
	});

	it('uploads an HTML page with scripts, runs none of them, and plays the quiz made from it', async () => {
		const page = await newPage();
		await page.goto('/new');
		const [headline, ...paragraphs] = seedArticle.trim().split(/\n\s*\n/);
		const html = `<!doctype html><html><head><title>${headline} | Example News</title>
			<script>window.__ran = 'head script'</script></head>
			<body onload="window.__ran = 'onload'"><nav><a href="/">Home</a> <a href="/world">World</a></nav>
			<article><h1>${headline}</h1>
			${paragraphs.map((p) => `<p onmouseover="window.__ran = 'handler'">${p}</p>`).join('\n')}
			<iframe srcdoc="<script>parent.__ran = 'iframe'</script>"></iframe>
			<img src="x" onerror="window.__ran = 'onerror'"><script>window.__ran = 'body script'</script>
			</article><footer>Subscribe to our newsletter</footer></body></html>`;
		await page.getByLabel(/^A \.txt, \.md or \.html file/).setInputFiles({ name: 'article.html', mimeType: 'text/html', buffer: Buffer.from(html) });
		await page.getByRole('button', { name: 'Read the file' }).click();
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		expect(await page.getByLabel('Headline').inputValue()).toBe(headline);
		const body = await page.getByLabel(/^Article text/).inputValue();
		expect(body.split('\n\n')).toEqual(paragraphs.map((p) => p.trim()));
		expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		const count = await page.locator('fieldset[id^="item-"]').count();
		const { playUrl } = await save(page);
		expect(await playToResults(page, playUrl)).toHaveLength(count);
		expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
	}, 120_000);

	// a fresh user's .md upload kept "- [Read more: …](…)" and "- Subscribe to our newsletter" as
	// paragraphs, in "Check the article" and in the saved quiz, where an HTML upload drops them
	it('reads an uploaded .md file as Markdown, dropping the clutter an HTML page loses, with link text kept as text', async () => {
		const page = await newPage();
		await page.goto('/new');
		const headline = 'Harbour town opens its new tidal barrier';
		const paragraphs = [
			'The town of Port Elrick opened its new tidal barrier on Monday, after four years of building work that cost 38 million pounds.',
			'The barrier, which stands 14 metres high, will protect 2,300 homes from storm surges, said the harbour master, Morag Tulloch.',
			'Engineers from the Elrick Marine Trust tested its six steel gates in March, closing them in under nine minutes.',
			'The council said the old sea wall, built in 1953, would be kept as a walkway for visitors to the harbour.'
		];
		const markdown = [
			`# ${headline}`,
			'The town of **Port Elrick** opened its new tidal barrier on Monday, after four years of building work that cost 38 million pounds.',
			'The barrier, which stands 14 metres high, will protect 2,300 homes from storm surges, said [the harbour master](https://harbour.example/people), Morag Tulloch.',
			'- [Read more: How tidal barriers work](https://news.example/tidal-barriers)\n- Subscribe to our newsletter',
			'Engineers from the *Elrick Marine Trust* tested its six steel gates in March, closing them in under nine minutes.',
			'The council said the old sea wall, built in 1953, would be kept as a walkway for visitors to the harbour.',
			'- [Share this article](https://news.example/share)\n- Follow us on Instagram'
		].join('\n\n');
		await page.getByLabel(/^A \.txt, \.md or \.html file/).setInputFiles({ name: 'barrier.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
		await page.getByRole('button', { name: 'Read the file' }).click();
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		expect(await page.getByLabel('Headline').inputValue()).toBe(headline);
		expect((await page.getByLabel(/^Article text/).inputValue()).split('\n\n')).toEqual(paragraphs);
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		const { playUrl } = await save(page);
		const quiz = await (await page.request.get(`${playUrl}/quiz.json`)).json();
		expect(quiz.article.paragraphs).toEqual(paragraphs);
	}, 120_000);

	it('refuses an edit that leaves two options the same, keeping what was typed', async () => {
		const page = await newPage();
		await page.goto('/new');
		await page.getByLabel(/^Article text/).fill(seedArticle);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		const choice = page.locator('fieldset[id^="item-"]').filter({ has: page.getByLabel('Option 2', { exact: true }) }).first();
		const optionOne = await choice.getByLabel('Option 1', { exact: true }).inputValue();
		await choice.getByLabel('Option 2', { exact: true }).fill(optionOne);
		await choice.getByLabel('Question (stem)').fill('A stem I typed and must keep');
		await page.getByRole('button', { name: 'Save quiz' }).first().click();
		await page.getByRole('alert').filter({ hasText: 'options must be distinct' }).waitFor();
		expect(await page.getByRole('status').textContent()).toMatch(/Not saved/);
		expect(await page.getByLabel('Question (stem)').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).toContain(
			'A stem I typed and must keep'
		);
	});

	it('says what is wrong with a short paste and keeps the text', async () => {
		const page = await newPage();
		await page.goto('/new');
		const text = 'Headline\n\nOnly a few words here, far too few for a quiz.';
		await page.getByLabel(/^Article text/).fill(text);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('alert').filter({ hasText: 'needs at least 50' }).waitFor();
		expect(await page.getByLabel(/^Article text/).inputValue()).toBe(text);
		await expectAccessible(page);
	});

	it('keeps the article step in place when no question can be written from it', async () => {
		const page = await newPage();
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
		});
		await page.goto('/new');
		const text = `A quiet afternoon\n\n${'The sky was blue and the grass was green on the hill behind the old house. '.repeat(12)}`;
		await page.getByLabel(/^Article text/).fill(text);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('button', { name: 'Make the quiz' }).waitFor();
		// the box the user is editing must survive the refusal: remounted, it loses caret and focus
		const box = await page.getByLabel(/^Article text/).elementHandle();
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('alert').filter({ hasText: 'No question could be written' }).waitFor();
		expect(await box!.evaluate((element) => element.isConnected)).toBe(true);
		expect(await page.getByLabel(/^Article text/).inputValue()).toBe(text.split('\n\n')[1].trim());
		expect(warnings).toEqual([]);
	});

	it('keeps text typed while the page is still loading its scripts', async () => {
		const page = await newPage();
		let release!: () => void;
		const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**', async (route) => {
			await scriptsHeld;
			await route.continue();
		});
		await page.goto('/new', { waitUntil: 'commit' });
		await page.getByLabel(/^Article text/).fill('Typed before the scripts ran');
		await page.getByLabel("The article's web address").fill('https://news.example/story');
		release();
		await page.waitForLoadState('networkidle');
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('alert').filter({ hasText: 'needs at least 50' }).waitFor();
		expect(await page.getByLabel(/^Article text/).inputValue()).toBe('Typed before the scripts ran');
		expect(await page.getByLabel("The article's web address").inputValue()).toBe('https://news.example/story');
	});

	it('refuses an image uploaded under a .txt name, by its bytes', async () => {
		const page = await newPage();
		await page.goto('/new');
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
		await page.getByLabel(/^A \.txt, \.md or \.html file/).setInputFiles({ name: 'article.txt', mimeType: 'text/plain', buffer: png });
		await page.getByRole('button', { name: 'Read the file' }).click();
		await page.getByRole('alert').filter({ hasText: 'This file is a PNG image' }).waitFor();
	});

	it('refuses a link to this machine, keeping the link typed and the text in the paste box', async () => {
		const page = await newPage();
		await page.goto('/new');
		await page.getByLabel(/^Article text/).fill('Mayor opens bridge\n\nThe new bridge opened on Monday.');
		const link = `${baseURL}/`;
		await page.getByLabel("The article's web address").fill(link);
		await page.getByRole('button', { name: 'Fetch the article' }).click();
		await page.getByRole('alert').filter({ hasText: 'newsquiz does not fetch from 127.0.0.1' }).waitFor();
		expect(await page.getByLabel("The article's web address").inputValue()).toBe(link);
		expect(await page.getByLabel(/^Article text/).inputValue()).toBe('Mayor opens bridge\n\nThe new bridge opened on Monday.');
	});

	it('counts a refused paste\'s line breaks once each, as the box shows them', async () => {
		const page = await newPage();
		await page.goto('/new');
		const text = 'Too short\n\nA line.\nAnother line.';
		await page.getByLabel(/^Article text/).fill(text);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('alert').filter({ hasText: 'needs at least 50' }).waitFor();
		expect(await page.locator('#paste-count').innerText()).toBe(`${text.length} of at most 2,000,000 characters`);
	});

	it('answers a damaged quiz draft with 400 and a way back, and the server keeps serving', async () => {
		const page = await newPage();
		const response = await page.request.post('/new?/save', { form: { quiz: '{"broken"' }, headers: { origin: baseURL, accept: 'text/html' } });
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('The quiz draft sent with the form is damaged');
		expect((await page.request.get('/new')).status()).toBe(200);
	});

	it('works without JavaScript: paste, make, edit and save through plain form posts', async () => {
		const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/new');
		await page.getByLabel(/^Article text/).fill(seedArticle);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		const count = await page.locator('fieldset[id^="item-"]').count();
		await page.getByRole('group', { name: `Item 1 of ${count}` }).getByLabel('Question (stem)').fill('Typed without scripts?');
		await page.getByRole('button', { name: 'Delete item 2' }).click();
		await page.getByText('Item 2 deleted.').waitFor();
		expect(await page.locator('fieldset[id^="item-"]').count()).toBe(count - 1);
		await page.getByRole('button', { name: 'Save quiz' }).first().click();
		const editUrl = (await page.locator('a.edit-link').getAttribute('href'))!;
		await page.goto(editUrl);
		expect(await page.getByLabel('Question (stem)').first().inputValue()).toBe('Typed without scripts?');
		await context.close();
	});

	it.skipIf(!existsSync(guardianPage))('uploads a 1.2 MB news page, extracts its article and saves a quiz from it', async () => {
		const page = await newPage();
		await page.goto('/new');
		await page.getByLabel(/^A \.txt, \.md or \.html file/).setInputFiles(guardianPage);
		await page.getByRole('button', { name: 'Read the file' }).click();
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		expect(await page.getByLabel('Headline').inputValue()).toMatch(/Māori tribes fearful over whale strandings/);
		expect(await page.getByLabel('Publication date (optional)').inputValue()).toBe('2019-01-03');
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		const { playUrl } = await save(page);
		expect((await page.request.get(`${playUrl}/quiz.json`)).status()).toBe(200);
	});
});
