import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/server/extract';
import { ArticleInputError } from '../../src/lib/server/errors';

const articlesDir = process.env.ARTICLES_DIR ?? '../shared/articles';
const corpusPresent = existsSync(join(articlesDir, 'expected'));
if (!corpusPresent) {
	console.warn(`Corpus not found at ${articlesDir}: the HTML extraction checks on real pages are skipped.`);
}

function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/**
 * Word overlap of two texts: the size of their multiset intersection over the larger word count,
 * so both missing words and extra words (captions, promos) lower it.
 */
function wordOverlap(a: string, b: string): number {
	const counts = new Map<string, number>();
	for (const w of words(a)) counts.set(w, (counts.get(w) ?? 0) + 1);
	let shared = 0;
	const bWords = words(b);
	for (const w of bWords) {
		const left = counts.get(w) ?? 0;
		if (left > 0) {
			shared++;
			counts.set(w, left - 1);
		}
	}
	return shared / Math.max(words(a).length, bWords.length);
}

const paragraph = (n: number) =>
	Array.from({ length: n }, (_, i) => `Sentence ${i} of the report says the council met on Tuesday to discuss the bridge.`).join(' ');

describe('extractArticle on the corpus pages', () => {
	for (const slug of ['29-guardian-maori-whale-strandings', '31-nbcdfw-fort-worth-kidnap-rescue']) {
		it.skipIf(!corpusPresent)(`extracts ${slug} to text that overlaps its expected version by at least 0.9`, () => {
			const html = readFileSync(join(articlesDir, `${slug}.html`), 'utf8');
			const expected = readFileSync(join(articlesDir, 'expected', `${slug}.txt`), 'utf8');
			const [expectedTitle] = expected.split('\n');
			const article = extractArticle(html);
			expect(article.title).toBe(expectedTitle);
			const body = expected.slice(expected.indexOf('\n\n') + 2);
			expect(wordOverlap(body, article.paragraphs.join('\n\n'))).toBeGreaterThanOrEqual(0.9);
			expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		});
	}
});

describe('extractArticle on pages the tests write', () => {
	it('reads headline, byline, date and paragraphs, leaving out captions and navigation', () => {
		const html = `<!doctype html><html><head><title>Bridge reopens | Town News</title>
			<meta property="article:published_time" content="2024-03-05T09:30:00Z">
			<meta name="author" content="Ann Reporter"></head>
			<body><nav><a href="/">Home</a><a href="/news">News</a></nav>
			<article><h1>Bridge reopens</h1>
			<p>${paragraph(4)}</p>
			<figure><img src="b.jpg"><figcaption>The bridge at dawn, photographed by a reader.</figcaption></figure>
			<p>${paragraph(3)}</p>
			<ul><li>First list point about the traffic plan.</li><li>Second list point about the detour.</li></ul>
			</article><footer>Subscribe to our newsletter</footer></body></html>`;
		const article = extractArticle(html, 'https://news.example/bridge');
		expect(article.title).toContain('Bridge reopens');
		expect(article.byline).toBe('Ann Reporter');
		expect(article.published).toBe('2024-03-05');
		expect(article.url).toBe('https://news.example/bridge');
		expect(article.paragraphs[0]).toBe(paragraph(4));
		expect(article.paragraphs).toContain('- First list point about the traffic plan.');
		expect(article.paragraphs.join(' ')).not.toMatch(/photographed by a reader|Subscribe|Home/);
	});

	// a new teacher's page gave "We use cookies. Accept all cookies?" as its first paragraph and "By Helen Marsh" as the byline
	it('leaves out a cookie banner and the "By" before the byline', () => {
		const html = `<!doctype html><html><head><title>Bridge reopens</title></head>
			<body><nav><a href="/">Home</a></nav><div class="cookie">We use cookies. Accept all cookies?</div>
			<article><h1>Bridge reopens</h1><p class="byline">By Helen Marsh, The Riverton Courier</p><p>${paragraph(4)}</p><p>${paragraph(3)}</p></article></body></html>`;
		const article = extractArticle(html);
		expect(article.paragraphs).toEqual([paragraph(4), paragraph(3)]);
		expect(article.byline).toBe('Helen Marsh, The Riverton Courier');
	});

	// a fresh user's pasted page ended on "Read more" (session 26's list): a block that is only a link is the page's, not the article's
	it('leaves out a short block whose words are all a link ("Read more", "Related: ..."), keeping a paragraph with a link in it', () => {
		const html = `<!doctype html><html><head><title>Bridge reopens</title></head>
			<body><article><h1>Bridge reopens</h1><p>${paragraph(4)}</p>
			<p>The council's <a href="/report">traffic report</a> says the detour will end in May.</p>
			<p><a href="/more">Read more</a></p><p>Related: <a href="/b">Ferry fares to rise in spring</a></p>
			<p>${paragraph(3)}</p><p><a href="/next">Read more</a></p></article></body></html>`;
		const article = extractArticle(html);
		expect(article.paragraphs).toEqual([paragraph(4), "The council's traffic report says the detour will end in May.", paragraph(3)]);
	});

	// a fresh user's .md upload, rendered to a list, kept "- Read more: …" and "- Subscribe to our newsletter": a list
	// item was judged with its "- " mark, which no link or label has
	it('judges a list item by its own words: a list of links elsewhere or of labels goes, a list of the story stays', () => {
		const html = `<!doctype html><html><head><title>Quay repaired</title></head>
			<body><article><h1>Quay repaired</h1><p>${paragraph(4)}</p>
			<ul><li><a href="/tides">Read more: How tidal barriers work</a></li><li>Subscribe to our newsletter</li>
			<li><a href="/s">Sign up</a> for our daily briefing</li></ul>
			<p>${paragraph(3)}</p><ol><li>The quay reopens to fishing boats on 4 May.</li><li>Ferries return a week later.</li></ol>
			</article></body></html>`;
		expect(extractArticle(html).paragraphs).toEqual([
			paragraph(4),
			paragraph(3),
			'1. The quay reopens to fishing boats on 4 May.',
			'2. Ferries return a week later.'
		]);
	});

	// a fresh user's page ended a paragraph "... as a lesson on energy. Read more", the link inside the <p>
	it('drops "Read more"-style words that end a paragraph after its last sentence, a javascript: link included, keeping a sentence ending on "more"', () => {
		const html = `<!doctype html><html><head><title>Ferry returns</title></head>
			<body><article><h1>Ferry returns</h1><p>${paragraph(4)} <a href="javascript:void(0)">Read more</a></p>
			<p>The crossing now takes forty minutes. <a href="/full">Continue reading…</a></p>
			<p>The island's school reopened on Monday. <a href="/more">Read the full story »</a></p>
			<p>Fares will rise <a href="/fares">more</a></p>
			<p>${paragraph(3)}</p></article></body></html>`;
		const article = extractArticle(html);
		expect(article.paragraphs).toEqual([
			paragraph(4),
			'The crossing now takes forty minutes.',
			"The island's school reopened on Monday.",
			'Fares will rise more',
			paragraph(3)
		]);
	});

	// a fresh user's uploaded page kept "Click here to subscribe" and "Sign up for our newsletter" in the article's text
	it('leaves out a short call to action with a link in it, keeping the story\'s sentences that hold a link', () => {
		const furniture = [
			'<p>Click <a href="/s">here</a> to get the Marsh Gazette every morning</p>',
			'<p>Sign up for our <a href="/n">weekend newsletter</a></p>',
			'<p><a href="/s">Subscribe</a> today and save a third</p>',
			'<p>Follow us on <a href="/x">Mastodon</a> and <a href="/y">Bluesky</a></p>',
			'<p>Download our <a href="/app">news app</a> for alerts</p>',
			'<p>Don’t miss a story: <a href="/n">get our briefing</a></p>'
		];
		const story = [
			paragraph(4),
			'<p>Residents can <a href="/form">sign up</a> for the new cycle loan scheme at the library.</p>',
			'<p>The trust said it would <a href="/r">publish its review</a> of the flooding in June.</p>',
			paragraph(3)
		];
		const html = `<!doctype html><html><head><title>Cycle loans start</title></head>
			<body><article><h1>Cycle loans start</h1><p>${story[0]}</p>${furniture.slice(0, 3).join('')}${story[1]}${story[2]}
			${furniture.slice(3).join('')}<p>${story[3]}</p></article></body></html>`;
		const article = extractArticle(html);
		expect(article.paragraphs).toEqual([
			paragraph(4),
			'Residents can sign up for the new cycle loan scheme at the library.',
			'The trust said it would publish its review of the flooding in June.',
			paragraph(3)
		]);
	});

	it('leaves out a bare label of the page with no link ("Read more", "Advertisement", "Share this article"), keeping the story\'s short blocks and sentences', () => {
		const labels = [
			'<p>Read more</p>',
			'<p>ADVERTISEMENT</p>',
			'<p>Share this story</p>',
			'<p>Sign up for our morning briefing</p>',
			'<p>Subscribe today and save a third</p>',
			'<p>Story continues below advertisement</p>',
			'<p><strong>Sponsored</strong></p>'
		];
		const story = [
			paragraph(4),
			'<p>Sign up for the allotment lottery closes on Friday, the parish clerk said.</p>',
			'<p>Share prices at the ferry firm fell 4% after the vote.</p>',
			'<p>What the bypass will cost</p>',
			// a reviewer's probes: a label's words opening a subheading or a fact are the story's
			'<p>Sign up to vote by 18 June</p>',
			'<p>Political ads banned</p>',
			'<p>Ad-free plan: £10.99</p>',
			paragraph(3)
		];
		const html = `<!doctype html><html><head><title>Allotment lottery opens</title></head>
			<body><article><h1>Allotment lottery opens</h1><p>${story[0]}</p>${labels.slice(0, 4).join('')}${story[1]}
			${labels.slice(4).join('')}${story.slice(2, 7).join('')}<p>${story[7]}</p></article></body></html>`;
		expect(extractArticle(html).paragraphs).toEqual([
			paragraph(4),
			'Sign up for the allotment lottery closes on Friday, the parish clerk said.',
			'Share prices at the ferry firm fell 4% after the vote.',
			'What the bypass will cost',
			'Sign up to vote by 18 June',
			'Political ads banned',
			'Ad-free plan: £10.99',
			paragraph(3)
		]);
	});

	// a fresh user's pasted page kept "ADVERTISEMENTBuy cheap flights to Spain now! Click here" and "By Helen Marsh, ..." in the text
	it('leaves out an advert block and takes a first "By ..." block as the byline', () => {
		const html = `<!doctype html><html><head><title>Bridge reopens</title></head>
			<body><article class="story has-ads"><h1>Bridge reopens</h1><p>By Helen Marsh, Local Democracy Reporter</p><p>${paragraph(4)}</p>
			<div class="ad ad-slot">ADVERTISEMENT<br>Buy cheap flights to Spain now! <a href="/x">Click here</a></div>
			<p>${paragraph(3)}</p></article></body></html>`;
		const article = extractArticle(html);
		expect(article.paragraphs).toEqual([paragraph(4), paragraph(3)]);
		expect(article.byline).toBe('Helen Marsh, Local Democracy Reporter');
	});

	it('takes a first "By ..." block with an emoji beside it as the byline, without the emoji', () => {
		const html = `<!doctype html><html><head><title>Bridge reopens</title></head>
			<body><article><h1>Bridge reopens</h1><p>✍️ By Helen Marsh, Local Democracy Reporter</p><p>${paragraph(4)}</p><p>${paragraph(3)}</p></article></body></html>`;
		const article = extractArticle(html);
		expect(article.paragraphs).toEqual([paragraph(4), paragraph(3)]);
		expect(article.byline).toBe('Helen Marsh, Local Democracy Reporter');
	});

	describe('the publication date, from wherever the page states it', () => {
		const page = (head: string, body = '') =>
			`<html><head><title>Bridge reopens</title>${head}</head><body><article><h1>Bridge reopens</h1>${body}<p>${paragraph(5)}</p></article></body></html>`;

		it('reads JSON-LD datePublished, also inside an @graph', () => {
			const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2019-11-18T14:02:00-06:00' }] };
			expect(extractArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).published).toBe('2019-11-18');
		});

		it('reads meta itemprop="datePublished" and a <time datetime> in the article', () => {
			expect(extractArticle(page('<meta itemprop="datePublished" content="2020-09-14">')).published).toBe('2020-09-14');
			expect(extractArticle(page('', '<p>By Ann Reporter, <time datetime="2021-02-05T19:45:00Z">Friday</time></p>')).published).toBe('2021-02-05');
		});

		it('gives no date when the page states none, or only a year, or broken JSON-LD', () => {
			expect(extractArticle(page('')).published).toBeUndefined();
			expect(extractArticle(page('<meta name="date" content="2019">')).published).toBeUndefined();
			expect(extractArticle(page('<script type="application/ld+json">{"datePublished": </script>')).published).toBeUndefined();
		});
	});

	it('keeps script, event handler and iframe content out of the text, and runs none of it', () => {
		const marker = '__newsquiz_script_ran';
		const html = `<html><head><script>globalThis.${marker} = true;</script></head>
			<body onload="globalThis.${marker} = true"><article><h1>Safe page</h1>
			<p onclick="globalThis.${marker} = true">${paragraph(5)}</p>
			<script>globalThis.${marker} = true; document.write('injected words');</script>
			<iframe src="javascript:globalThis.${marker}=true" srcdoc="<p>framed words</p>"></iframe>
			<img src="x" onerror="globalThis.${marker} = true">
			<p>${paragraph(2)}</p></article></body></html>`;
		const article = extractArticle(html);
		expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
		const text = article.paragraphs.join(' ');
		expect(text).not.toMatch(/globalThis|injected words|framed words|onclick/);
		expect(article.paragraphs).toEqual([paragraph(5), paragraph(2)]);
	});

	it('refuses a page without an article, saying what to do', () => {
		const html = '<html><body><nav><a href="/">Home</a></nav><p>Log in to continue.</p></body></html>';
		expect(() => extractArticle(html)).toThrow(ArticleInputError);
		expect(() => extractArticle(html)).toThrow(/does not look like an article.*paste/);
	});
});
