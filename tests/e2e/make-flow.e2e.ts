import { readFileSync } from 'node:fs';
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, newAxePage } from './axe';
import { sampleQuiz } from '../fixtures/quiz';
import { useBrowser } from './browser';

const baseURL = inject('baseURL');
const seedArticle = readFileSync('questions/articles/00-belarus-lukashenko-putin-sochi.txt', 'utf8');
const [headline, ...paragraphs] = seedArticle.trim().split(/\n\s*\n/);
const tooLong = 'The article is too long: at most 2,000,000 characters; paste only the article text.';

const browser = useBrowser();

function newPage(): Promise<Page> {
	return newAxePage(browser(), baseURL);
}

const articleText = (page: Page) => page.getByLabel(/^Article text: the headline/);

/**
 * Opens /new from the home page by its link, so that Back stays inside the app. The page's scripts
 * must have loaded first: a link clicked before hydration loads /new as a new document, and Back
 * then leaves it through the browser's own "leave site?" prompt, not the app's (a CI run under
 * load saw 'beforeunload' for 'confirm').
 */
async function openNewFromHome(page: Page): Promise<void> {
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByRole('link', { name: 'Make a quiz' }).click();
	await page.waitForURL(/\/new$/);
	await page.getByRole('heading', { name: 'Make a quiz from an article' }).waitFor();
}

/** Waits until Back has brought the home page (its URL changes before its content). */
async function homeShown(page: Page): Promise<void> {
	await page.waitForURL(`${baseURL}/`);
	await page.getByRole('heading', { level: 1, name: 'Quizzes from real news' }).waitFor();
}

/** Presses Back and returns the dialog it raised, answered with `accept`. */
async function backWithDialog(page: Page, accept: boolean): Promise<Dialog> {
	const asked = page.waitForEvent('dialog');
	await page.evaluate(() => history.back());
	const dialog = await asked;
	await (accept ? dialog.accept() : dialog.dismiss());
	return dialog;
}

/**
 * Opens /new (once the network is idle, so its scripts have loaded, when `waitUntil` says so),
 * pastes `text`, reads it and stops at "Check the article".
 */
async function toCheck(page: Page, text: string, waitUntil?: 'networkidle'): Promise<void> {
	await page.goto('/new', { waitUntil });
	await articleText(page).fill(text);
	await page.getByRole('button', { name: 'Read the article' }).click();
	await page.getByRole('heading', { name: 'Check the article' }).waitFor();
}

/** Pastes the seed article, makes the quiz and stops at review. */
async function toReview(page: Page): Promise<void> {
	await toCheck(page, seedArticle);
	await page.getByRole('button', { name: 'Make the quiz' }).click();
	await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
}

describe('nothing typed is lost on the way to a quiz', () => {
	it('asks before Back leaves a pasted article, stays when told, and brings the text back on Forward', async () => {
		const page = await newPage();
		await openNewFromHome(page);
		await articleText(page).fill(seedArticle);

		const declined = await backWithDialog(page, false);
		expect(declined.type()).toBe('confirm');
		expect(declined.message()).toMatch(/not been saved/);
		await page.waitForURL(/\/new$/);
		expect(await articleText(page).inputValue()).toBe(seedArticle);

		await backWithDialog(page, true);
		await homeShown(page);
		await page.evaluate(() => history.forward());
		await page.waitForURL(/\/new$/);
		await expect.poll(() => articleText(page).inputValue()).toBe(seedArticle);
	});

	it('brings back the article being checked, with its corrections, after Back and Forward', async () => {
		const page = await newPage();
		await openNewFromHome(page);
		await articleText(page).fill(seedArticle);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await page.getByLabel('Headline').fill('A headline I corrected');

		await page.evaluate(() => history.back());
		await page.getByRole('heading', { name: 'Paste an article' }).waitFor();
		await backWithDialog(page, true);
		await homeShown(page);
		await page.evaluate(() => history.forward());
		await page.getByRole('heading', { name: 'Paste an article' }).waitFor();
		await expect.poll(() => articleText(page).inputValue()).toBe(seedArticle);
		await page.evaluate(() => history.forward());
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await expect.poll(() => page.getByLabel('Headline').inputValue()).toBe('A headline I corrected');
		expect(await page.getByLabel(/^Article text: paragraphs/).inputValue()).toContain(paragraphs[0].trim());
	});

	// a fresh user's Back from the review left /new (after the leaving check) instead of going to "Check the article"
	it('moves between paste, check and review with Back and Forward, keeping what was typed at each step', async () => {
		const page = await newPage();
		const dialogs: string[] = [];
		// the reload's own "Leave site?" is accepted; any other dialog is a leaving check that should not be
		page.on('dialog', (dialog) => {
			if (dialog.type() === 'beforeunload') return void dialog.accept();
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await openNewFromHome(page);
		await articleText(page).fill(seedArticle);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await page.getByLabel('Headline').fill('A headline I corrected');
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		const stem = page.getByLabel('Question (stem)').first();
		await stem.fill('A question I rewrote?');
		const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());

		await page.evaluate(() => history.back());
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await expect.poll(() => page.getByLabel('Headline').inputValue()).toBe('A headline I corrected');
		await expect.poll(focusedText).toBe('Check the article');
		expect(await axeViolations(page)).toEqual([]);

		await page.evaluate(() => history.back());
		await page.getByRole('heading', { name: 'Paste an article' }).waitFor();
		await expect.poll(() => articleText(page).inputValue()).toBe(seedArticle);
		await expect.poll(focusedText).toBe('Make a quiz from an article');
		expect(page.url()).toBe(`${baseURL}/new`);

		await page.evaluate(() => history.forward());
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await expect.poll(() => page.getByLabel('Headline').inputValue()).toBe('A headline I corrected');
		await page.evaluate(() => history.forward());
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		await expect.poll(() => stem.inputValue()).toBe('A question I rewrote?');
		await expect.poll(focusedText).toBe('Review the questions');
		expect(await axeViolations(page)).toEqual([]);

		// after a reload the steps before are still a Back away
		await page.reload({ waitUntil: 'networkidle' });
		await expect.poll(() => stem.inputValue()).toBe('A question I rewrote?');
		await page.evaluate(() => history.back());
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await expect.poll(() => page.getByLabel('Headline').inputValue()).toBe('A headline I corrected');
		await page.evaluate(() => history.forward());
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		await expect.poll(() => stem.inputValue()).toBe('A question I rewrote?');
		expect(dialogs).toEqual([]);
	});

	// a fresh user's "Start again" reloaded /new and the reload brought the old article back
	it('starts again with an empty form after asking, from "Start again" and the header link alike, and a reload keeps it empty', async () => {
		const page = await newPage();
		await toCheck(page, seedArticle, 'networkidle');
		const startAgain = async (link: ReturnType<Page['getByRole']>, accept: boolean) => {
			const asked = new Promise<string>((answered) => page.once('dialog', (dialog) => void (accept ? dialog.accept() : dialog.dismiss()).then(() => answered(dialog.message()))));
			await link.click();
			expect(await asked).toBe('Leave this page? The article and the quiz you are making have not been saved.');
		};
		await startAgain(page.getByRole('link', { name: 'Start again with another article' }), false);
		expect(await page.getByLabel('Headline').inputValue()).toBe(headline.trim());

		await startAgain(page.getByRole('link', { name: 'Start again with another article' }), true);
		await page.getByRole('heading', { name: 'Paste an article' }).waitFor();
		expect(await articleText(page).inputValue()).toBe('');
		await page.reload({ waitUntil: 'networkidle' });
		await page.getByRole('heading', { name: 'Paste an article' }).waitFor();
		expect(await articleText(page).inputValue()).toBe('');

		await articleText(page).fill(seedArticle);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await startAgain(page.getByRole('navigation').getByRole('link', { name: 'Make a quiz' }), true);
		await page.getByRole('heading', { name: 'Paste an article' }).waitFor();
		expect(await articleText(page).inputValue()).toBe('');
	});

	it('stops writing the questions on request, keeps the corrected article, and makes the quiz when asked again', async () => {
		const page = await newPage();
		await toCheck(page, seedArticle);
		await page.getByLabel('Headline').fill('A headline I corrected');
		const held = (url: URL) => url.search === '?/generate';
		await page.route(held, () => {});

		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('button', { name: 'Writing the questions…' }).waitFor();
		await page.getByRole('status').filter({ hasText: 'Writing the questions… A long article takes a few seconds.' }).waitFor();
		await page.getByRole('button', { name: 'Stop' }).click();
		await page.getByRole('status').filter({ hasText: 'Stopped. Your article is still here' }).waitFor();
		const make = page.getByRole('button', { name: 'Make the quiz' });
		expect(await make.isEnabled()).toBe(true);
		expect(await make.evaluate((button) => button === document.activeElement)).toBe(true);
		expect(await page.getByRole('button', { name: 'Stop' }).count()).toBe(0);
		expect(await page.getByLabel('Headline').inputValue()).toBe('A headline I corrected');
		expect(await page.getByLabel(/^Article text: paragraphs/).inputValue()).toContain(paragraphs[0].trim());

		await page.unroute(held);
		await make.click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
	});

	it('stops writing on the server too: after Stop on three long articles, the next quiz does not wait for them', async () => {
		/** About 19,000 words (the limit is 20,000) of the seed article, from its paragraph `shift` on: a new text each time. */
		const long = (shift: number) => {
			const out: string[] = [];
			for (let i = shift, words = 0; words < 19_000; i++) {
				out.push(paragraphs[i % paragraphs.length].trim());
				words += out[out.length - 1].split(/\s+/).length;
			}
			return out.join('\n\n');
		};
		const page = await newPage();
		await toCheck(page, seedArticle);
		const body = page.getByLabel(/^Article text: paragraphs/);
		const setBody = (text: string) =>
			body.evaluate((field: HTMLTextAreaElement, value) => {
				field.value = value;
				field.dispatchEvent(new Event('input', { bubbles: true }));
			}, text);
		for (let round = 1; round <= 3; round++) {
			await setBody(long(round));
			const sent = page.waitForRequest((request) => request.url().endsWith('?/generate'));
			await page.getByRole('button', { name: 'Make the quiz' }).click();
			await sent;
			await page.waitForTimeout(500);
			await page.getByRole('button', { name: 'Stop' }).click();
			await page.getByRole('status').filter({ hasText: 'Stopped.' }).waitFor();
		}
		await setBody(paragraphs.map((p) => p.trim()).join('\n\n'));
		const asked = Date.now();
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor({ timeout: 120_000 });
		const waited = Date.now() - asked;

		// one long article alone, for scale: had the three stopped ones gone on, the quiz would
		// have waited for them, about three times this less the few seconds the stops took
		const form = new FormData();
		form.set('title', headline.trim());
		form.set('body', long(4));
		for (const name of ['byline', 'published', 'url']) form.set(name, '');
		const started = Date.now();
		const alone = await fetch(`${baseURL}/new?/generate`, { method: 'POST', body: form, headers: { origin: baseURL, 'x-sveltekit-action': 'true', accept: 'application/json' } });
		expect((await alone.json()).type).toBe('success');
		expect(waited).toBeLessThan(2 * (Date.now() - started));
	}, 240_000);

	it('asks before closing the edit page with unsaved changes, and not once they are saved', async () => {
		const page = await newPage();
		await toReview(page);
		await page.getByRole('button', { name: 'Save quiz' }).first().click();
		const editUrl = (await page.locator('a.edit-link').getAttribute('href'))!;
		await page.goto(editUrl);
		await page.getByLabel('Question (stem)').first().fill('An edit not saved yet?');

		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.type());
			void dialog.dismiss();
		});
		await page.close({ runBeforeUnload: true });
		await expect.poll(() => dialogs).toEqual(['beforeunload']);
		expect(page.isClosed()).toBe(false);
		expect(await page.getByLabel('Question (stem)').first().inputValue()).toBe('An edit not saved yet?');

		await page.getByRole('button', { name: 'Save changes' }).first().click();
		await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
		const closed = page.waitForEvent('close');
		await page.close({ runBeforeUnload: true });
		await closed;
		expect(dialogs).toEqual(['beforeunload']);
	});
});

describe('a request that gets no answer', () => {
	const offline = /could not reach the server\. Check your connection, then try again: everything you typed is still here\./;

	it('keeps the paste, the corrected article and the edited items, and says so, when the connection drops at each step', async () => {
		const page = await newPage();
		await page.goto('/new', { waitUntil: 'networkidle' });
		await articleText(page).fill(seedArticle);
		await page.context().setOffline(true);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('alert').filter({ hasText: offline }).waitFor();
		expect(await articleText(page).inputValue()).toBe(seedArticle);

		await page.context().setOffline(false);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await page.getByLabel('Headline').fill('A headline I corrected');
		await page.context().setOffline(true);
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		const lost = page.getByRole('alert').filter({ hasText: offline });
		await lost.waitFor();
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(offline);
		expect(await page.getByLabel('Headline').inputValue()).toBe('A headline I corrected');
		expect(await page.getByRole('button', { name: 'Make the quiz' }).isEnabled()).toBe(true);

		await page.context().setOffline(false);
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		await page.getByLabel('Question (stem)').first().fill('An edit the dropped connection must not lose?');
		await page.context().setOffline(true);
		await page.getByRole('button', { name: 'Save quiz' }).first().click();
		await page.getByRole('alert').filter({ hasText: offline }).waitFor();
		expect(await page.getByLabel('Question (stem)').first().inputValue()).toBe('An edit the dropped connection must not lose?');
		await page.context().setOffline(false);
		await page.close();
	});

	it('keeps a class player\'s code and names when Join gets no answer', async () => {
		const page = await newPage();
		await page.goto('/join?code=123456', { waitUntil: 'networkidle' });
		await page.getByLabel('Nickname').fill('Quizzer');
		await page.getByLabel('Real name (optional)').fill('Ada Obi');
		await page.context().setOffline(true);
		await page.getByRole('button', { name: 'Join', exact: true }).click();
		await page.getByRole('alert').filter({ hasText: offline }).waitFor();
		expect([await page.getByLabel('Room code').inputValue(), await page.getByLabel('Nickname').inputValue(), await page.getByLabel('Real name (optional)').inputValue()]).toEqual(['123456', 'Quizzer', 'Ada Obi']);
		await page.context().setOffline(false);
		await page.close();
	});

	it('says a server error happened, with its code, and keeps the article being checked', async () => {
		const page = await newPage();
		await toCheck(page, seedArticle, 'networkidle');
		await page.getByLabel('Headline').fill('A headline I corrected');
		// what SvelteKit answers an action that threw
		await page.route((url) => url.pathname === '/new' && url.search === '?/generate', (route) =>
			route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ type: 'error', error: { message: 'Internal Error' } }) })
		);
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('alert').filter({ hasText: /went wrong on newsquiz's side \(error 500\)\. Everything you typed is still here/ }).waitFor();
		expect(await page.getByLabel('Headline').inputValue()).toBe('A headline I corrected');
		await page.close();
	});
});

describe('a paste over the length limit', () => {
	it('says how long an article may be as it is pasted, sends nothing and keeps the text', async () => {
		const page = await newPage();
		await page.goto('/new');
		const huge = `Headline\n\n${'The council met on Tuesday. '.repeat(300_000)}`;
		// as a paste does: the whole text at once, then one input event (fill types it, too slowly)
		await articleText(page).evaluate((field: HTMLTextAreaElement, text) => {
			field.value = text;
			field.dispatchEvent(new Event('input', { bubbles: true }));
		}, huge);
		await page.getByRole('alert').filter({ hasText: tooLong }).waitFor();
		expect(await page.locator('#paste-count').textContent()).toMatch(/8,400,010 of at most 2,000,000 characters/);
		expect(await articleText(page).getAttribute('aria-describedby')).toBe('paste-count paste-error');
		const posts: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST') posts.push(request.url());
		});
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByRole('heading', { name: 'Paste an article' }).waitFor();
		expect(posts).toEqual([]);
		expect((await articleText(page).inputValue()).length).toBe(huge.length);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('gets the same message from the server for an 8 MB paste, with or without the page script', async () => {
		const form = new FormData();
		form.set('text', 'The council met on Tuesday. '.repeat(300_000));
		const headers = { origin: baseURL, 'x-sveltekit-action': 'true' };
		const enhanced = await fetch(`${baseURL}/new?/paste`, { method: 'POST', body: form, headers });
		expect(await enhanced.text()).toContain(tooLong);
		const plain = await fetch(`${baseURL}/new?/paste`, { method: 'POST', body: form, headers: { origin: baseURL, accept: 'text/html' } });
		expect(plain.status).toBe(400);
		const html = await plain.text();
		expect(html).toContain(tooLong);
		expect(html).not.toContain('Payload Too Large');
	});

	it('says how long the article being checked may be, sends nothing over it and keeps the text', async () => {
		const page = await newPage();
		await toCheck(page, seedArticle);
		const body = page.getByLabel(/^Article text: paragraphs/);
		expect(await page.locator('#body-count').textContent()).toMatch(/^\s*[\d,]+ of at most 2,000,000 characters\s*$/);
		const huge = 'The council met on Tuesday. '.repeat(80_000);
		await body.evaluate((field: HTMLTextAreaElement, text) => {
			field.value = text;
			field.dispatchEvent(new Event('input', { bubbles: true }));
		}, huge);
		await page.getByRole('alert').filter({ hasText: tooLong }).waitFor();
		expect(await page.locator('#body-count').textContent()).toMatch(/2,240,000 of at most 2,000,000 characters/);
		expect(await body.getAttribute('aria-describedby')).toBe('body-count article-error');
		const posts: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST') posts.push(request.url());
		});
		await page.getByRole('button', { name: 'Make the quiz' }).click();
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		expect(posts).toEqual([]);
		expect((await body.inputValue()).length).toBe(huge.length);
		expect(await page.getByLabel('Headline').inputValue()).toBe(headline.trim());
		expect(await axeViolations(page)).toEqual([]);
	});

	it('gets the message, not a bare "Payload Too Large", for an 8 MB article sent to be quizzed', async () => {
		const form = new FormData();
		form.set('title', 'Council meets');
		form.set('body', 'The council met on Tuesday. '.repeat(300_000));
		const response = await fetch(`${baseURL}/new?/generate`, { method: 'POST', body: form, headers: { origin: baseURL, accept: 'text/html' } });
		expect(response.status).toBe(413);
		const html = await response.text();
		expect(html).toContain(tooLong);
		expect(html).not.toContain('Payload Too Large');
	});

	it('refuses an article over 2,000,000 characters sent to be quizzed under the body limit, with the text kept', async () => {
		const form = new FormData();
		form.set('title', 'Council meets');
		form.set('body', 'The council met on Tuesday. '.repeat(80_000));
		const response = await fetch(`${baseURL}/new?/generate`, { method: 'POST', body: form, headers: { origin: baseURL, accept: 'text/html' } });
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain(tooLong);
		expect(html).toContain('The council met on Tuesday. The council met on Tuesday.');
	});

	it('gets the message from the server for a 3 MB paste under the body limit, with the text kept', async () => {
		const text = `Headline\n\n${'The council met on Tuesday. '.repeat(110_000)}`;
		const response = await fetch(`${baseURL}/new?/paste`, { method: 'POST', body: new URLSearchParams({ text }), headers: { origin: baseURL, accept: 'text/html' } });
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain(tooLong);
		expect(html).toContain('The council met on Tuesday. The council met on Tuesday.');
	});
});

describe('reading a paste', () => {
	it('extracts a pasted web page, as an uploaded one is', async () => {
		const page = await newPage();
		const html = `<!doctype html><html><head><title>${headline} | Example News</title></head>
			<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
			<article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
			<footer>Subscribe to our newsletter</footer></body></html>`;
		await toCheck(page, html);
		expect(await page.getByLabel('Headline').inputValue()).toBe(headline);
		const body = await page.getByLabel(/^Article text: paragraphs/).inputValue();
		expect(body.split('\n\n')).toEqual(paragraphs.map((p) => p.trim()));
	});

	it('moves a byline under the headline into the Byline field', async () => {
		const page = await newPage();
		await toCheck(page, `${headline}\nBy Jane Smith, The Courier\n\n${paragraphs.join('\n\n')}`);
		expect(await page.getByLabel('Byline (optional)').inputValue()).toBe('Jane Smith, The Courier');
		expect(await page.getByLabel(/^Article text: paragraphs/).inputValue()).not.toContain('Jane Smith');
	});
});

/** The source sentence shown under review item `position`. */
const sourceOf = (page: Page, position: number) => page.locator(`#item-${position} > .source`).innerText();

/** Deletes review item 1 and returns the source sentence it was written from. */
async function deleteFirst(page: Page): Promise<string> {
	const deleted = await sourceOf(page, 1);
	await page.getByRole('button', { name: 'Delete item 1' }).click();
	await page.getByRole('status').filter({ hasText: 'Item 1 deleted.' }).waitFor();
	return deleted;
}

/** Asks up to four times for another item in place of item 1 and returns the source sentence of each one offered. */
async function offeredInPlaceOfFirst(page: Page): Promise<string[]> {
	const offered: string[] = [];
	for (let round = 0; round < 4; round++) {
		const another = page.getByRole('button', { name: 'Another item in place of item 1' });
		// disabled where the article has no item left to write in its place
		if (await another.isDisabled()) break;
		await another.click();
		const notice = page.getByRole('status').filter({ hasText: /^Item 1 replaced|^No other item/ });
		await notice.waitFor();
		if ((await notice.innerText()).startsWith('No other')) break;
		offered.push(await sourceOf(page, 1));
		// the same notice again would not show that this round's answer has arrived
		await page.getByRole('button', { name: 'Move down item 1' }).click();
		await page.getByRole('status').filter({ hasText: 'Item moved to position 2.' }).waitFor();
		await page.getByRole('button', { name: 'Move up item 2' }).click();
		await page.getByRole('status').filter({ hasText: 'Item moved to position 1.' }).waitFor();
	}
	return offered;
}

describe('replacing items in review', () => {
	it('never offers again an item the teacher deleted', async () => {
		const page = await newPage();
		await toReview(page);
		const deleted = await deleteFirst(page);
		// every item the article has left may already be in the quiz ("No other item"): then none is offered
		expect(await offeredInPlaceOfFirst(page)).not.toContain(deleted);
	}, 120_000);

	it('never offers again, on the edit page of the saved quiz, an item deleted before saving', async () => {
		const page = await newPage();
		await toReview(page);
		const deleted = await deleteFirst(page);
		await page.getByRole('button', { name: 'Save quiz' }).first().click();
		await page.goto((await page.locator('a.edit-link').getAttribute('href'))!);
		expect(await offeredInPlaceOfFirst(page)).not.toContain(deleted);
	}, 120_000);

	it('moves focus to the list of problems when a save is refused, each naming its item', async () => {
		const page = await newPage();
		await toReview(page);
		await page.getByLabel('Question (stem)').first().fill('');
		await page.getByRole('button', { name: 'Save quiz' }).first().click();
		const problems = page.getByRole('alert').filter({ hasText: 'Some items need fixing' });
		await problems.waitFor();
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
		expect(await problems.innerText()).toContain('Item 1: the question (stem) is empty: write one');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('saves the quiz once the refused item is fixed, and its problem link leads to the item\'s field', async () => {
		const page = await newPage();
		await toReview(page);
		const stem = page.getByLabel('Question (stem)').first();
		await stem.fill('');
		await page.getByRole('button', { name: 'Save quiz' }).first().click();
		await page.getByRole('link', { name: 'Item 1' }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('item-1-stem');
		await stem.fill('Which city hosted the talks?');
		await page.getByRole('button', { name: 'Save quiz' }).first().click();
		await page.locator('a.edit-link').waitFor();
		await page.goto((await page.locator('a.edit-link').getAttribute('href'))!);
		expect(await page.getByLabel('Question (stem)').first().inputValue()).toBe('Which city hosted the talks?');
	}, 120_000);

	it('saves a quiz once when Save is double-clicked', async () => {
		const page = await newPage();
		await toReview(page);
		const saves: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST' && request.url().includes('?/save')) saves.push(request.url());
		});
		await page.getByRole('button', { name: 'Save quiz' }).first().dblclick();
		await page.locator('a.edit-link').waitFor();
		await page.waitForTimeout(500);
		expect(saves).toHaveLength(1);
	});

	it('reads a pasted article once when "Read the article" is double-clicked', async () => {
		const page = await newPage();
		await page.goto('/new', { waitUntil: 'networkidle' });
		await articleText(page).fill(seedArticle);
		const reads: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST' && request.url().includes('?/paste')) reads.push(request.url());
		});
		await page.getByRole('button', { name: 'Read the article' }).dblclick();
		await page.getByRole('heading', { name: 'Check the article' }).waitFor();
		await page.waitForTimeout(500);
		expect(reads).toHaveLength(1);
	});

	it('says "Imported 1 item." of a quiz of one item', async () => {
		const page = await newPage();
		await page.goto('/new');
		const quiz = sampleQuiz();
		const file = Buffer.from(JSON.stringify({ ...quiz, items: quiz.items.slice(0, 1) }));
		await page.getByLabel(/^A quiz file exported/).setInputFiles({ name: 'quiz.json', mimeType: 'application/json', buffer: file });
		await page.getByRole('button', { name: 'Import the quiz' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor();
		expect(await page.getByRole('status').innerText()).toBe('Imported 1 item.');
	});
});
