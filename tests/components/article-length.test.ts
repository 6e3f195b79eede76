import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ArticleEditor from '$lib/components/ArticleEditor.svelte';
import ArticleSources from '$lib/components/ArticleSources.svelte';
import { MAX_PASTE_CHARS } from '$lib/limits';

/** The server's count of the article in a pasted page, as /api/article-words answers it. */
const serverCount = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ words: 976 })));
beforeEach(() => {
	serverCount.mockClear();
	vi.stubGlobal('fetch', serverCount);
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('the paste box on /new', () => {
	// a fresh user saw the 2,000,000-character limit as they typed, and the 20,000-word one only
	// when the server refused the article
	it('shows the word count against the 20,000-word limit as the user types', async () => {
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ });
		await fireEvent.input(box, { target: { value: 'The council met on Tuesday to vote.' } });
		expect(document.getElementById('paste-words')?.textContent).toBe('7 of at most 20,000 words: too short, newsquiz needs at least 50');
		expect(document.getElementById('paste-count')?.textContent).toBe('35 of at most 2,000,000 characters');
		expect(document.getElementById('paste-article')).toBeNull();
	});

	// a fresh user who pasted a link read "1 of at most 20,000 words: too short" and looked for more text to add
	it('says a pasted link is a link and points to "Give a link", keeping it in the box', async () => {
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ }) as HTMLTextAreaElement;
		for (const link of ['https://news.example.org/2026/11/ferry-strike', 'news.example.org/2026/11/ferry-strike', 'See https://news.example.org/2026/11/ferry-strike']) {
			await fireEvent.input(box, { target: { value: link } });
			const words = document.getElementById('paste-words')?.textContent ?? '';
			expect(words).toMatch(/^This is a link, not the article's text: give it under "Give a link"/);
			expect(words).not.toMatch(/too short/);
			expect(box.value).toBe(link);
		}
		expect(screen.getByRole('heading', { name: 'Give a link' })).toBeTruthy();
		await fireEvent.input(box, { target: { value: 'The ferry will not sail on Tuesday.' } });
		expect(document.getElementById('paste-words')?.textContent).toMatch(/too short/);
	});

	// a fresh user's paste under the limit was refused for its headline, byline and date lines, which
	// the box counted and the generator never reads
	it('gives the words newsquiz reads of a paste whose own count is over the limit, and judges the length by them', async () => {
		vi.useFakeTimers();
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ });
		const text = `Ferry timetable changes for winter\n\nBy Tomasz Quill\n\nPublished 3 November 2026\n\n${'Boats leave the pier hourly. '.repeat(4_000)}`;
		serverCount.mockResolvedValueOnce(new Response(JSON.stringify({ words: 19_996 })));
		await fireEvent.input(box, { target: { value: text } });
		expect(document.getElementById('paste-words')?.textContent).toBe('20,012 words pasted, every line counted');
		expect(document.getElementById('paste-words')?.classList.contains('over')).toBe(false);
		await vi.advanceTimersByTimeAsync(500);
		expect(serverCount.mock.calls[0][1].body).toBe(text);
		const line = document.getElementById('paste-article')!;
		expect(line.textContent).toBe('The article as newsquiz reads it, without its headline, byline and date lines, which the quiz is made from: 19,996 words.');
		expect(line.classList.contains('over')).toBe(false);
		serverCount.mockResolvedValueOnce(new Response(JSON.stringify({ words: 20_003 })));
		await fireEvent.input(box, { target: { value: `${text}Then two more.` } });
		await vi.advanceTimersByTimeAsync(500);
		expect(line.textContent).toBe('The article as newsquiz reads it, without its headline, byline and date lines: 20,003 of at most 20,000 words, too long: keep only the article or a part of it.');
		expect(line.classList.contains('over')).toBe(true);
	});

	// the box counted a pasted web page's markup as words, which the server's limit never did
	it("counts the words of a pasted web page's text, not its markup, as the server's limit does", async () => {
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ });
		const page = '<!doctype html><html><head><script src="/app.js" async></script></head><body><h1 class="headline">Bridge opens</h1><p class="body text">The council met on <a href="/council">Tuesday</a>.</p></body></html>';
		await fireEvent.input(box, { target: { value: page } });
		expect(document.getElementById('paste-words')?.textContent).toBe('7 words on the pasted page');
	});

	// a fresh user saw a pasted page counted as 1,867 words, where the article the quiz was made from had 976
	it('says a pasted web page is counted whole, and gives the words of the article in it once typing pauses', async () => {
		vi.useFakeTimers();
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ });
		const page = '<html><body><nav>Home News Sport Weather</nav><article><h1>Harbour wall repaired</h1><p>Crews finished the harbour wall on Friday.</p></article></body></html>';
		await fireEvent.input(box, { target: { value: page } });
		expect(document.getElementById('paste-words')?.textContent).toBe('14 words on the pasted page');
		expect(document.getElementById('paste-article')?.textContent).toBe('Counting the words of the article in the page…');
		await fireEvent.input(box, { target: { value: `${page} ` } });
		await vi.advanceTimersByTimeAsync(500);
		expect(serverCount).toHaveBeenCalledOnce();
		expect(serverCount.mock.calls[0][0]).toBe('/api/article-words');
		expect(serverCount.mock.calls[0][1].body).toBe(`${page} `);
		expect(document.getElementById('paste-article')?.textContent).toBe('The article taken from the page, which the quiz is made from: 976 words.');
		// no answer from the server: the count is left to the next step, not guessed
		serverCount.mockRejectedValueOnce(new TypeError('Failed to fetch'));
		await fireEvent.input(box, { target: { value: page } });
		await vi.advanceTimersByTimeAsync(500);
		expect(document.getElementById('paste-article')?.textContent).toBe('The article taken from the page is counted at the next step.');
	});

	// the live line flipped to "Counting…" at the first key of each burst of typing, and a screen reader said so every time
	it('keeps the last count of the article shown while typing goes on, until the next one arrives', async () => {
		vi.useFakeTimers();
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ });
		const line = () => document.getElementById('paste-article')?.textContent;
		const page = '<html><body><article><h1>Harbour wall repaired</h1><p>Crews finished the harbour wall on Friday.</p></article></body></html>';
		await fireEvent.input(box, { target: { value: page } });
		await vi.advanceTimersByTimeAsync(500);
		expect(line()).toBe('The article taken from the page, which the quiz is made from: 976 words.');
		serverCount.mockResolvedValueOnce(new Response(JSON.stringify({ words: 977 })));
		for (const typed of [`${page} A`, `${page} An`]) {
			await fireEvent.input(box, { target: { value: typed } });
			expect(line()).toBe('The article taken from the page, which the quiz is made from: 976 words.');
		}
		await vi.advanceTimersByTimeAsync(500);
		expect(line()).toBe('The article taken from the page, which the quiz is made from: 977 words.');
	});

	// the server refuses such a text unread: sending it at every pause was only load
	it('sends no page over the paste limit to be counted, and leaves its article to the next step', async () => {
		vi.useFakeTimers();
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ });
		await fireEvent.input(box, { target: { value: `<html><body><p>Crews finished the wall.</p>${' '.repeat(MAX_PASTE_CHARS)}</body></html>` } });
		await vi.advanceTimersByTimeAsync(2000);
		expect(serverCount).not.toHaveBeenCalled();
		expect(document.getElementById('paste-article')?.textContent).toBe('The article taken from the page is counted at the next step.');
	});

	it('counts prose as it is typed, with no article counted apart and nothing sent', async () => {
		vi.useFakeTimers();
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ });
		await fireEvent.input(box, { target: { value: 'Harbour wall repaired\n\nCrews finished the harbour wall on Friday.' } });
		await vi.advanceTimersByTimeAsync(2000);
		expect(document.getElementById('paste-words')?.textContent).toBe('10 of at most 20,000 words: too short, newsquiz needs at least 50');
		expect(document.getElementById('paste-article')).toBeNull();
		expect(serverCount).not.toHaveBeenCalled();
	});

	// a pasted 1 MB web page made every key pressed after it wait about 460 ms for the count
	it('counts the words of a text over 200,000 characters once typing pauses, not at every keystroke', async () => {
		vi.useFakeTimers();
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ });
		await fireEvent.input(box, { target: { value: 'The council met on Tuesday to vote.' } });
		expect(document.getElementById('paste-words')?.textContent).toBe('7 of at most 20,000 words: too short, newsquiz needs at least 50');
		const page = '<p class="x">One word</p>'.repeat(10_000);
		await fireEvent.input(box, { target: { value: page } });
		expect(document.getElementById('paste-count')?.textContent).toBe('250,000 of at most 2,000,000 characters');
		expect(document.getElementById('paste-words')?.textContent).toMatch(/^7 words/);
		await vi.advanceTimersByTimeAsync(300);
		expect(document.getElementById('paste-words')?.textContent).toBe('20,000 words on the pasted page');
	});

	it('announces the word count politely once typing pauses, not at every keystroke', async () => {
		vi.useFakeTimers();
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ });
		const status = screen.getAllByRole('status').find((s) => s.closest('section')?.contains(box))!;
		for (const typed of ['The', 'The council', 'The council met']) {
			await fireEvent.input(box, { target: { value: typed } });
			await vi.advanceTimersByTimeAsync(200);
			expect(status.textContent).toBe('');
		}
		await vi.advanceTimersByTimeAsync(1000);
		expect(status.textContent).toBe('3 of at most 20,000 words: too short, newsquiz needs at least 50.');
	});

	// a fresh user read the count twice after "Read the article": the visible line's, and the status's kept beside it
	it('empties the spoken count once the text is sent, so the count is shown once', async () => {
		vi.useFakeTimers();
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ }) as HTMLTextAreaElement;
		const status = screen.getAllByRole('status').find((s) => s.closest('section')?.contains(box))!;
		await fireEvent.input(box, { target: { value: 'The lighthouse keeper counted nine seals' } });
		await vi.advanceTimersByTimeAsync(1200);
		expect(status.textContent).toBe('6 of at most 20,000 words: too short, newsquiz needs at least 50.');
		// the form's own handler (SvelteKit's enhance) posts it: a reply that never comes keeps the page where it is
		vi.stubGlobal('fetch', () => new Promise(() => {}));
		await fireEvent.submit(box.form!);
		expect(status.textContent).toBe('');
		expect(document.getElementById('paste-words')?.textContent).toBe('6 of at most 20,000 words: too short, newsquiz needs at least 50');
	});

	it('says nothing of a text sent before typing paused', async () => {
		vi.useFakeTimers();
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ }) as HTMLTextAreaElement;
		const status = screen.getAllByRole('status').find((s) => s.closest('section')?.contains(box))!;
		await fireEvent.input(box, { target: { value: 'The harbour master closed the slipway' } });
		// the form's own handler (SvelteKit's enhance) posts it: a reply that never comes keeps the page where it is
		vi.stubGlobal('fetch', () => new Promise(() => {}));
		await fireEvent.submit(box.form!);
		await vi.advanceTimersByTimeAsync(1200);
		expect(status.textContent).toBe('');
	});

	// a fresh user read "39 of at most 20,000 words" under a paste the server then refused as too short
	it('warns of a text under the 50 words newsquiz needs before it is sent, and says it as the over-limit warning is said', async () => {
		vi.useFakeTimers();
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const box = screen.getByRole('textbox', { name: /^Article text/ });
		const status = screen.getAllByRole('status').find((s) => s.closest('section')?.contains(box))!;
		const shown = () => document.getElementById('paste-words')!;
		expect(shown().textContent).toBe('0 of at most 20,000 words');
		const sentence = 'The ferry to Skellig Rock sailed late on Thursday because the harbour crane broke down again. ';
		const fortyNine = `${sentence.repeat(3)}Passengers waited in the rain.`.split(/\s+/).filter(Boolean).slice(0, 49).join(' ');
		await fireEvent.input(box, { target: { value: fortyNine } });
		expect(shown().textContent).toBe('49 of at most 20,000 words: too short, newsquiz needs at least 50');
		expect(shown().classList.contains('over')).toBe(true);
		await vi.advanceTimersByTimeAsync(1000);
		expect(status.textContent).toBe('49 of at most 20,000 words: too short, newsquiz needs at least 50.');
		await fireEvent.input(box, { target: { value: `${fortyNine} ashore` } });
		expect(shown().textContent).toBe('50 of at most 20,000 words');
		expect(shown().classList.contains('over')).toBe(false);
		await vi.advanceTimersByTimeAsync(1000);
		expect(status.textContent).toBe('50 of at most 20,000 words.');
	});
});

describe('the article text box of Check the article', () => {
	it('shows the word count against the 20,000-word limit too', () => {
		const body = 'The council met on Tuesday.\n\nIt voted.';
		render(ArticleEditor, { draft: { title: 'Council', byline: '', published: '', url: '', body }, message: '' });
		expect(document.getElementById('body-words')?.textContent).toBe('7 of at most 20,000 words: too short, newsquiz needs at least 50');
		expect(screen.getAllByRole('status').some((s) => s.textContent === '')).toBe(true);
	});

	// a refused Make brings the text back as the form sent it, each line break CRLF: a fresh user's 792 characters read 800
	it('counts the characters of the text as the box shows it after a refusal, its line breaks one character each', () => {
		const typed = 'The council met on Tuesday.\n\nIt voted.\n\nThe vote was close.';
		render(ArticleEditor, { draft: { title: 'Council', byline: '', published: '', url: '', body: typed.replace(/\n/g, '\r\n') }, message: 'The article is too short.' });
		expect(document.getElementById('body-count')?.textContent).toBe(`${typed.length} of at most 2,000,000 characters`);
		expect((screen.getByRole('textbox', { name: /^Article text/ }) as HTMLTextAreaElement).value).toBe(typed);
	});
});
