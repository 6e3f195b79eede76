import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '$lib/quiz/types';
import { INVISIBLE } from '$lib/quiz/parse-article';
import { withoutPictographs } from '$lib/quiz/pictographs';
import { ArticleInputError } from './errors';

/** The elements whose text becomes one paragraph each, innermost first. */
const BLOCKS = 'p, li, h2, h3, h4, h5, h6, blockquote, pre, dd, dt';

/**
 * Page furniture Readability keeps inside the article: pictures and their captions (some
 * publishers, the Guardian among them, put a caption in a list right after its figure), asides.
 */
const FURNITURE = 'figure + ul, figure + ol, figure, figcaption, picture, aside, nav, footer, form, button, noscript, template';

/**
 * A cookie or consent banner by its class or id ("cookie-banner", "gdpr-consent", "cmp-popup"):
 * Readability's own unlikely-candidate pattern has "gdpr" and "popup" but not "cookie" or
 * "consent", and keeps such a block beside an <article> as its first paragraph.
 */
const CONSENT = /cookie|consent|gdpr|\bcmp\b/i;

/**
 * An advertisement's block by its class or id ("ad", "ad-slot", "advert", "sponsored"), which
 * Readability keeps between two paragraphs (a fresh user's pasted page kept "ADVERTISEMENTBuy
 * cheap flights to Spain now! Click here" as a paragraph).
 */
const ADVERT = /(?:^|[\s_-])(?:ads?|advert|adverts|advertisement|advertising|sponsored|dfp|gpt-ad)(?:$|[\s_-])/i;
/** An `ADVERT` block of this many words or more is the article's container that shows ads, not an ad. */
const MAX_ADVERT_WORDS = 60;

/** Fewer words than this after extraction means the page holds no article we can quiz on. */
const MIN_ARTICLE_WORDS = 50;

/** An <h1> longer than this (characters) is a layout block, not a headline. */
const MAX_HEADLINE = 300;

function clean(text: string): string {
	return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

function isoDate(value: string | null | undefined): string | undefined {
	if (!value) return undefined;
	const stated = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
	if (stated) return stated[1];
	// a year or a month alone is no publication day
	if (/^\s*\d{4}(-\d{2})?\s*$/.test(value)) return undefined;
	const parsed = new Date(value);
	return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

/** Where pages state their publication date when Readability finds none, most specific first. */
const DATE_META = [
	'meta[property="article:published_time"]',
	'meta[itemprop="datePublished"]',
	'meta[name="parsely-pub-date"]',
	'meta[name="pubdate"]',
	'meta[name="publishdate"]',
	'meta[name="date"]',
	'meta[name="dc.date"]',
	'meta[name="DC.date.issued"]'
];

/** A `datePublished` anywhere in the page's JSON-LD (also inside `@graph` and arrays). */
function jsonLdDate(document: Document): string | undefined {
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		let data: unknown;
		try {
			data = JSON.parse(script.textContent ?? '');
		} catch {
			// a publisher's broken JSON-LD says nothing about the date
			continue;
		}
		const stack = [data];
		while (stack.length) {
			const node = stack.pop();
			if (Array.isArray(node)) stack.push(...node);
			else if (node && typeof node === 'object') {
				const value = (node as Record<string, unknown>).datePublished;
				if (typeof value === 'string' && isoDate(value)) return isoDate(value);
				stack.push(...Object.values(node as Record<string, unknown>).filter((v) => v && typeof v === 'object'));
			}
		}
	}
	return undefined;
}

/**
 * The page's publication date (YYYY-MM-DD) from its metadata: article:published_time and the
 * other meta tags above, JSON-LD datePublished, then the first <time datetime> (in an <article>
 * first). Read before Readability, which rewrites the document. Undefined when none parses.
 */
function publishedDateOf(document: Document): string | undefined {
	for (const selector of DATE_META) {
		const found = isoDate(document.querySelector(selector)?.getAttribute('content'));
		if (found) return found;
	}
	const fromJsonLd = jsonLdDate(document);
	if (fromJsonLd) return fromJsonLd;
	const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
	return isoDate(time?.getAttribute('datetime'));
}

/** A block longer than this (words) is prose even when all of it is a link. */
const MAX_LINK_BLOCK_WORDS = 12;

/**
 * Is `block` (its cleaned text `text`) a short block whose words are all a link's, or a label and
 * a link ("Read more", "Related: Ferry fares to rise")? That is the page pointing elsewhere,
 * which Readability keeps when it sits inside the article's container; a sentence with a link
 * in it has words of its own.
 */
function linkOnly(block: Element, text: string): boolean {
	const links = Array.from(block.querySelectorAll('a'));
	if (links.length === 0 || text.split(' ').length > MAX_LINK_BLOCK_WORDS) return false;
	const linked = clean(links.map((a) => a.textContent ?? '').join(' '));
	const rest = text.replace(linked, '').trim();
	return rest === '' || /^[\p{L} ]{1,20}:$/u.test(rest);
}

/**
 * The words of a page's call to action: "Click here to subscribe", "Sign up for our newsletter",
 * "Follow us on Instagram", "Download our app", "Support our journalism". Only a short block
 * with a link that opens on one, or names the reader's "click here" or "our newsletter", is
 * taken for furniture (`callToAction`); a sentence of the story that holds a link has a subject
 * of its own ("The council said residents can sign up online").
 */
const CALL_TO_ACTION =
	/^(?:(?:click|tap|go) here|(?:sign|log) (?:up|in)\b|subscribe\b|follow us\b|join us\b|like us\b|share (?:this|on)\b|(?:read|see|view|watch|listen|find out|learn) more\b|(?:get|download|try) (?:our|the) (?:\w+ )?(?:app|newsletter)|support (?:our|us|independent)\b|don['’]t miss\b|want more\b)|\b(?:click|tap) here\b|\bour (?:\w+ )?newsletters?\b/i;

/**
 * Is `block` (its cleaned text `text`) page furniture that asks the reader to act, as a link
 * ("Click <a>here</a> to subscribe", "Sign up for our <a>newsletter</a>")? `linkOnly` keeps
 * such a block, whose words are not all the link's; its length bound is the same.
 */
function callToAction(block: Element, text: string): boolean {
	return block.querySelector('a') !== null && text.split(' ').length <= MAX_LINK_BLOCK_WORDS && CALL_TO_ACTION.test(text);
}

/** The end of a sentence: a full stop, question or exclamation mark, or an ellipsis, maybe inside a closing quote or bracket. */
const SENTENCE_END = /[.!?…]["”’)\]]*$/;

// a page's own label, as the whole of a block: an advert's marker, a call to read, share or subscribe. Its channels may take
// more than a word ("Follow us on social media", "Share this story on Facebook"; a fresh user's .md upload kept the first).
// Whole, because the
// same words open a story's subheading or fact ("Sign up to vote by 18 June", "Political ads banned", "Ad-free plan: £10.99",
// a reviewer's probes of a looser match)
const BARE_LABEL =
	/^(?:advertisement|advert|ad|sponsored(?: content| post)?|paid (?:content|post|partnership)|(?:story|article) continues (?:below|after)(?: (?:this )?advertisement)?|(?:read|see|view|show) (?:more|all)(?: (?:stories|articles|news))?(?: (?:about|on) [^.!?]{1,40})?|more on this story|share (?:this|the) (?:article|story|page|post)(?: on [^.!?]{1,40})?|share on \w+|follow us(?: on [^.!?]{1,40})?|(?:download|get) (?:our|the) (?:[\w-]+ )?app|(?:sign up|register) (?:for|to) (?:our|the) (?:[\w-]+ ){0,2}(?:newsletters?|briefings?|bulletins?|emails?|alerts|digest)|subscribe(?: now| today| here)?(?: (?:and|to|for) [^.!?]{1,40})?)[\s:!»›→-]*$/i;

/**
 * Is `text` a block that is no sentence of the story but a label of the page's, whole
 * (`BARE_LABEL`: "Read more", "Share this article", "Sign up for our newsletter",
 * "Advertisement", "Sponsored"), as plain text with no link? Readability keeps such a <p> (its
 * conditional cleaning weighs divs, lists and tables by their links and classes, never a
 * paragraph's words, and it has no option for it), so the label is judged here. A story's
 * sentence ends as one ("Sign up for the scheme closes on Friday."), so a block with a
 * sentence's end is kept.
 */
function bareLabel(text: string): boolean {
	return !SENTENCE_END.test(text) && BARE_LABEL.test(text);
}

/**
 * Words after a paragraph's last sentence that only send the reader on: "Read more", "Continue
 * reading…", "Read the full story »" ("Read more" is furniture by QUALITY.md R7). Readability
 * turns a javascript: link into plain text, so the words are matched, not the link: a fresh
 * user's page read "... as a lesson on energy. Read more" in the paragraph. Only after a
 * sentence's end, so a sentence ending "rise more" keeps its word.
 */
const TRAILING_READ_ON =
	/(?<=[.!?"”’)])\s+(?:(?:read|see|view) (?:more|on|(?:the )?(?:full|whole|rest of the) (?:story|article|report|piece))|continue(?:s)? reading|keep reading|full (?:story|article)|more\s*[»›→])\s*[.…:»›→>]*$/i;

/**
 * The paragraphs of `content`, a page's article as Readability leaves it or Markdown rendered to
 * HTML: one per text block (`BLOCKS`), list items written "- item" or "1. item", with the page's
 * furniture dropped (pictures, asides, links pointing elsewhere, calls to act, bare labels, words
 * that only send the reader on), so that every kind of upload loses the same clutter.
 * Removes the furniture from `content`.
 */
export function paragraphsOf(content: Element): string[] {
	content.querySelectorAll(FURNITURE).forEach((el) => el.remove());
	const paragraphs: string[] = [];
	for (const block of Array.from(content.querySelectorAll(BLOCKS))) {
		// A block that holds other blocks (a list item wrapping a <p>) yields its inner blocks only.
		if (block.querySelector(BLOCKS)) continue;
		let text = clean(block.textContent ?? '').replace(TRAILING_READ_ON, '');
		// judged by its own words, before a list item's mark: "- Subscribe to our newsletter" is a bare label as its words are
		if (!text || linkOnly(block, text) || callToAction(block, text) || bareLabel(text)) continue;
		// a loose list's item (its rows apart by a blank line in Markdown) wraps its words in a <p>: it is marked as a tight one's is
		const item = block.tagName === 'LI' ? block : block.parentElement?.tagName === 'LI' && block.parentElement.querySelector(BLOCKS) === block ? block.parentElement : null;
		if (item) {
			const list = item.parentElement;
			const number = list?.tagName === 'OL' ? Array.from(list.children).indexOf(item) + 1 : 0;
			text = number ? `${number}. ${text}` : `- ${text}`;
		}
		// Readability sometimes keeps a teaser and the paragraph it repeats; the copy adds nothing.
		if (paragraphs.at(-1) === text) continue;
		paragraphs.push(text);
	}
	return paragraphs;
}

/**
 * Extracts the article from a web page with Mozilla's Readability (the Firefox reader view's
 * algorithm) over a linkedom DOM, which runs no script: `html` is parsed, never executed.
 * Returns the headline, byline, publication date (YYYY-MM-DD, from the page's metadata:
 * Readability's reading, else article:published_time and kin, JSON-LD datePublished, or the
 * first <time datetime>; relative dates in the text resolve against it) and one
 * paragraph per text block, with pictures, captions and asides dropped, list items written as
 * "- item" or "1. item" (the corpus convention, shared/articles/SOURCES.md). `url` is kept on
 * the article and lets Readability resolve relative links.
 * Throws `ArticleInputError('not-article')` when the page has no readable article of at least
 * 50 words.
 */
export function extractArticle(html: string, url?: string): Article {
	const { document } = parseHTML(html);
	// Read the headline before Readability, which rewrites the document it parses.
	const headline = clean(document.querySelector('h1')?.textContent ?? '');
	const stated = publishedDateOf(document as unknown as Document);
	for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
		const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
		// "article-body has-ads" names the article itself: an advert is a block of few words
		if (CONSENT.test(names) || (ADVERT.test(names) && (el.textContent ?? '').split(/\s+/).length < MAX_ADVERT_WORDS)) el.remove();
	}
	let parsed: ReturnType<Readability<Element>['parse']> = null;
	try {
		parsed = new Readability<Element>(document as unknown as Document, {
			serializer: (node) => node as Element
		}).parse();
	} catch {
		// Malformed markup can break Readability's DOM walk; to the user that page has no article.
		parsed = null;
	}
	// The page's <h1> is the headline as the reader sees it; <title> often adds the site or author.
	const title = (headline.length <= MAX_HEADLINE ? headline : '') || clean(parsed?.title ?? '');
	const paragraphs = (parsed?.content ? paragraphsOf(parsed.content) : []).filter((p) => p !== title);
	// "By Helen Marsh, Local Democracy Reporter" as the first block, not marked as a byline: the byline, not the text
	// "✍️ By Helen Marsh" is one too: read without its emoji
	const bylineBlock = /^By \p{Lu}/u.test(withoutPictographs(paragraphs[0] ?? '')) && paragraphs[0].split(' ').length <= MAX_LINK_BLOCK_WORDS ? paragraphs.shift() : undefined;
	const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
	if (!parsed || words < MIN_ARTICLE_WORDS) {
		throw new ArticleInputError(
			'not-article',
			'This page does not look like an article: no block of text of 50 words or more was found in it. Try the address of the article itself, or copy the article text and paste it instead.'
		);
	}
	// "By Helen Marsh": the byline field holds the name, as a pasted "By ..." line gives it, without an emoji beside it
	const byline = withoutPictographs(clean(parsed.byline || bylineBlock || '')).replace(/^by\s+/i, '');
	const published = isoDate(parsed.publishedTime) ?? stated;
	return {
		title: title || 'Untitled article',
		paragraphs,
		...(byline ? { byline } : {}),
		...(published ? { published } : {}),
		...(url ? { url } : {})
	};
}
