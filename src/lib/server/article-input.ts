import { countWords, MAX_ARTICLE_WORDS, tooManyWords } from '$lib/limits';
import { counted } from '$lib/plural';
import type { Article } from '$lib/quiz/types';
import { withoutPictographs } from '$lib/quiz/pictographs';
import { takeDateline } from '$lib/quiz/datelines';
import { isHtml, markupTags, type Tag } from '$lib/page-source';
import { pastedLink } from '$lib/links';
import { blocksOf, bodyWordsRead, parseArticleText } from '$lib/quiz/parse-article';
import { parseHTML } from 'linkedom';
import iconv from 'iconv-lite';
import MarkdownIt from 'markdown-it';
import { ArticleInputError } from './errors';
import { extractArticle, paragraphsOf } from './extract';

/** The shortest article body taken, in whitespace-separated words (issue 5). */
const MIN_WORDS = 50;
/** The longest headline taken, in characters: a page's <h1> longer than this is a layout block (extract.ts), and a pasted one fills a phone's screen. */
const MAX_HEADLINE_CHARS = 300;

/**
 * The share of words that must be common English function words for a text to count as
 * English. English news prose runs at 0.35 to 0.5 (the lowest of the corpus articles scores 0.35);
 * French, German or Spanish text scores under 0.08 on this list, because their articles and
 * prepositions differ from English ones.
 */
const MIN_ENGLISH_RATIO = 0.15;

const ENGLISH_FUNCTION_WORDS = new Set(
	(
		'the of and to a in is was that for it with as on be at by this had not are but from or have ' +
		'an they which you were her his she he all their has been would there if when who will more ' +
		'no out up so said what its about than into them can only other new some could after also ' +
		'over then we our do did most these two may first any where those while just because being'
	).split(' ')
);

/** File signatures (magic bytes) of formats people upload by mistake, with a name to show. */
const SIGNATURES: { name: string; bytes: number[] }[] = [
	{ name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
	{ name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
	{ name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
	{ name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
	{ name: 'a WebP or other RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
	{ name: 'a ZIP archive (or a Word or OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
	{ name: 'a gzip archive', bytes: [0x1f, 0x8b] },
	{ name: 'an old Word or Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
	{ name: 'an RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }
];

function notText(what: string): ArticleInputError {
	return new ArticleInputError(
		'not-text',
		`This file is ${what}, not text or a web page. Upload a .txt, .md or .html file, or copy the article text and paste it.`
	);
}

/** Letters of the scripts written without spaces between words. */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/**
 * The length of an article in words, for its minimum (the maximum counts `bodyWordsRead`, as the
 * page does): words as `countWords` counts them, where a run of
 * letters of a script written without spaces (Chinese, Japanese, Thai) counts one word per two
 * letters (Chinese averages 1.5 to 2 characters a word), so that such a text is measured as
 * long as it is, and judged as not English rather than told to add the rest.
 */
function wordsInAnyScript(text: string): number {
	const spaceless = text.match(SPACELESS)?.length ?? 0;
	if (spaceless === 0) return countWords(text);
	const others = text.replace(SPACELESS, ' ').split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
	return others + Math.ceil(spaceless / 2);
}

/**
 * Decodes uploaded or fetched bytes as text, by their content rather than their name: known
 * binary signatures are refused by name, then the bytes must be UTF-16 where a byte order mark
 * says so, else UTF-8 (or, failing that, Windows-1252), without control characters other than tab, line and page breaks.
 * Returns the text and whether it is HTML. Throws `ArticleInputError('not-text')`.
 */
export function decodeText(bytes: Uint8Array): { text: string; html: boolean } {
	const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
	if (signature) throw notText(signature.name);
	let text: string;
	// a byte order mark of UTF-16 (what Windows Notepad's "Unicode" saves) names its encoding (WHATWG Encoding, "BOM sniff")
	const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
	try {
		text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
	} catch {
		if (utf16) throw notText('marked as UTF-16 but broken');
		// Node's TextDecoder reads 'windows-1252' as Latin-1, leaving 0x80-0x9F ("€", "’", "“", "–" as Word
		// saves them) as invisible C1 controls (nodejs/node#56542); iconv-lite maps them as the code page does
		text = iconv.decode(Buffer.from(bytes), 'windows-1252');
	}
	const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
	if (controls > 0) throw notText('a binary file');
	return { text, html: isHtml(text) };
}

/** Strips the Markdown marks that would otherwise show in questions: headings, emphasis, links. */
function stripMarkdown(text: string): string {
	return text
		.replace(/^#{1,6}\s+/gm, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|\W)[*_]([^*_\n]+)[*_](?=\W|$)/g, '$1$2')
		.replace(/^[*+]\s+/gm, '- ')
		.replace(/^>\s?/gm, '');
}

/**
 * CommonMark, with HTML written in the Markdown left as the text it is (`html: false` escapes it):
 * a file's words never become markup, links included, whose text alone is kept.
 */
const MARKDOWN = new MarkdownIt({ html: false });

/**
 * Whether an uploaded or fetched file is Markdown, by its `name` (".md", ".markdown") or its
 * media type `type` ("text/markdown", RFC 7763): its bytes look like any text's, and read as plain
 * text its clutter ("- [Read more: …](…)", "- Subscribe to our newsletter") stayed as paragraphs.
 */
export function isMarkdownFile({ name = '', type = '' }: { name?: string; type?: string }): boolean {
	return /\.(?:md|markdown)$/i.test(name.trim()) || type.split(';')[0].trim().toLowerCase() === 'text/markdown';
}

/**
 * The text of a Markdown file as paragraphs separated by blank lines: rendered by a CommonMark
 * parser (`MARKDOWN`), then read block by block as a page's article is (`paragraphsOf`), so a list
 * of links elsewhere or a call to subscribe goes as it does from an HTML upload. The first
 * top-level heading leads, as the headline `textToArticle` takes from the first short block.
 */
function markdownText(text: string): string {
	const { document } = parseHTML(`<!doctype html><html><body>${MARKDOWN.render(text)}</body></html>`);
	const heading = document.querySelector('h1');
	const headline = heading?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
	heading?.remove();
	return [headline, ...paragraphsOf(document.body as unknown as Element)].filter(Boolean).join('\n\n');
}

/**
 * The inline elements of prose copied from a page's source or a CMS ("<b>", "</em>", "<br/>",
 * '<a href="...">'): text whose markup has these but none of the page tags of `isHtml` is still text.
 */
const INLINE = new Set(['a', 'abbr', 'b', 'br', 'cite', 'del', 'div', 'em', 'font', 'i', 'img', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'script', 'style', 'noscript', 'template', 'iframe']);

/**
 * Void elements with no text of their own (WHATWG HTML): a text whose only markup is such tags
 * quotes them, as a story about a hacked page does, since prose copied from a page or a CMS
 * carries its emphasis, links and line breaks too.
 */
const WRITTEN_VOID = new Set(['area', 'base', 'col', 'embed', 'img', 'input', 'link', 'meta', 'source', 'track']);

/**
 * An element whose content is code or markup, never the article's words: a `<script>` or
 * `<style>` pasted with the text goes whole, content and all, as a page's does through the
 * extraction (a fresh user's find: "new alert('xss') library plan" as a headline).
 */
const CODE_ELEMENT = /<(script|style|noscript|template|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * Whether a text's `markup` tags are copied markup rather than tags its prose writes about: they
 * sit on at least half of its non-empty lines. Text copied from a page or a CMS carries its
 * emphasis and links through most paragraphs, while a story about a hacked comment box quotes
 * "typing <b>hello</b> made the word bold" and "<img src=x onerror=alert(1)>" in one or two of
 * them (a fresh user's paste lost the quoted tag mid-sentence); when in doubt the text is kept.
 */
function readsAsMarkup(text: string, markup: Tag[]): boolean {
	let lines = 0;
	let marked = 0;
	let at = 0;
	let next = 0;
	for (const line of text.split('\n')) {
		const end = at + line.length;
		if (line.trim()) {
			lines++;
			while (next < markup.length && markup[next].start < at) next++;
			if (next < markup.length && markup[next].start < end) marked++;
		}
		at = end + 1;
	}
	return marked * 2 >= lines;
}

/**
 * Removes the inline HTML markup of a plain text (`markupTags` of `INLINE` elements), so that
 * "<b>Rome</b>" does not reach a question: a line break tag becomes a line break, and the rest
 * is read by linkedom as an HTML parser does, tags dropped and entities ("&amp;", "&nbsp;")
 * decoded, with the text's own line breaks kept; a script, a style and the like go with their
 * content (`CODE_ELEMENT`). A tag the text only names ("hid a <script> tag") is escaped first,
 * so the parser keeps it as the words it is rather than taking the rest of the text as its
 * content. A text without such markup is returned unchanged, "3 < 4" included, and so is one whose
 * only markup is void tags with no text (`WRITTEN_VOID`: '<img src=x onerror=...>' quoted in a story)
 * or whose tags sit on fewer than half of its lines (`readsAsMarkup`: tags its prose writes about).
 */
function stripInlineTags(text: string): string {
	const markup = markupTags(text);
	if (!markup.some((tag) => INLINE.has(tag.name))) return text;
	// a lone image or input tag in prose with no other markup is written about, not copied: a story
	// quoting attack code ("began with <img src=x onerror=alert(1)>, was found") lost it mid-sentence
	if (markup.every((tag) => WRITTEN_VOID.has(tag.name))) return text;
	if (!readsAsMarkup(text, markup)) return text;
	const starts = new Set(markup.map((tag) => tag.start));
	const escaped = text.replace(/</g, (lt, at: number) => (starts.has(at) ? lt : '&lt;'));
	const { document } = parseHTML('<!doctype html><html><body><div></div></body></html>');
	const holder = document.querySelector('div')!;
	holder.innerHTML = escaped.replace(CODE_ELEMENT, '').replace(/<br\s*\/?>/gi, '\n');
	// an element dropped between two words leaves both their spaces
	return (holder.textContent ?? '').replace(/(?<=\S) {2,}(?=\S)/g, ' ');
}

/**
 * A byline line: "By" and one to four capitalised names, their combining marks and the lower-case
 * particles between them included ("By Adébáyọ̀ Ọlọ́rundá", "By Dafydd ap Iorwerth", "By Pieter van
 * der Berg": a fresh user's bylines stayed in the text or joined the headline), then optionally
 * more names or a publication after a comma, "and" or a bar ("By Jane Smith, The Courier", "By Ann Lee
 * and Tom Ng", "By Siobhán Ní Bhriain | The Coastal Courier"), with no full stop, so that a sentence opening
 * "By Tuesday, the council had voted." is not one. A name in a script with no capitals ("By 李雷", "By محمد
 * الفايد"), "BY" in capitals and Swahili's "wa" ("By Ngũgĩ wa Thiong’o") are read too (a fresh user's bylines
 * joined the headline).
 */
const BYLINE = /^(?:[Bb]y|BY)\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*|\p{Lo}[\p{Lo}\p{M}’'-]*)(?:\s+(?:(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|ap|ab|bin|ibn|al|el|ter|ten|wa)\s+)*(?:\p{Lu}[\p{L}\p{M}.'’-]*|\p{Lo}[\p{Lo}\p{M}’'-]*)){0,3}(?:(?:,|\s+and|\s*[|·•])\s+[^.\n]{1,60})?)$/u;
/** How many non-empty lines from the top a byline is looked for in (headline, standfirst, byline, ...). */
const BYLINE_LINES = 5;

/**
 * Finds a byline on a line of its own among the first `BYLINE_LINES` non-empty lines after the
 * first one (the headline), and returns the text without that line and the byline without "By"
 * and without the emoji beside it ("By Jane Doe ✍️" → "Jane Doe").
 */
function takeByline(text: string): { text: string; byline?: string } {
	const lines = text.split('\n');
	let seen = 0;
	for (let i = 0; i < lines.length && seen < BYLINE_LINES; i++) {
		const line = lines[i].trim();
		if (!line) continue;
		seen++;
		// read without its emoji: "By Jane Doe ✍️" is a byline as "By Jane Doe" is
		const bare = withoutPictographs(line);
		const match = seen > 1 && countWords(bare) <= 14 ? BYLINE.exec(bare) : null;
		if (match) return { text: [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'), byline: match[1].trim() };
	}
	return { text };
}

/**
 * Reads plain text as an article draft in the corpus format: the first block is the headline
 * when it is short (at most 30 words), and blank lines separate paragraphs (a text without
 * blank lines takes each line as a paragraph; a list written one row a line is a paragraph a
 * row, `blocksOf`). A byline on a line of its own near the top
 * ("By Jane Smith, The Courier") becomes the draft's `byline` and leaves the text, and so does
 * a dateline ("Published 14 March 2026", `takeDateline`) as its `published`; inline HTML
 * tags copied with the text ("<b>", "<br>") are dropped (`stripInlineTags`) unless `keepTags`. A draft may
 * have an empty title for the user to fill in; `checkArticle` refuses it.
 */
export function textToArticle(text: string, { keepTags = false }: { keepTags?: boolean } = {}): Article {
	const lines = text.replace(/\r\n?/g, '\n');
	const { text: undated, published } = takeDateline((keepTags ? lines : stripInlineTags(lines)).replace(/\u00a0/g, ' '));
	const { text: normalised, byline } = takeByline(undated);
	// a list written one row a line is a paragraph a row, as the generator's parser reads it
	const blocks = (/\n\s*\n/.test(normalised.trim()) ? blocksOf(normalised.replace(/\n\s*\n/g, '\n\n')) : normalised.split('\n'))
		.map((b) => b.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	const hasHeadline = blocks.length > 1 && countWords(blocks[0]) <= 30;
	return {
		title: hasHeadline ? blocks[0] : '',
		...(byline ? { byline } : {}),
		...(published ? { published } : {}),
		paragraphs: hasHeadline ? blocks.slice(1) : blocks
	};
}

/**
 * Reads pasted text as an article draft: a pasted web page's source (see `isHtml`) goes through
 * `extractArticle`, as an uploaded .html file does; anything else through `textToArticle`. With
 * `keepTags` (the teacher's undo of a paste read as markup, see `readsPastedMarkup`) it is all
 * text, every tag kept as written. Throws `ArticleInputError('not-article')` for a page with no
 * readable article.
 */
export function readPastedText(text: string, { keepTags = false }: { keepTags?: boolean } = {}): Article {
	if (keepTags) return textToArticle(text, { keepTags });
	return isHtml(text) ? extractArticle(text) : textToArticle(text);
}

/**
 * Whether `readPastedText` reads a paste as HTML, dropping tags it has: as a page's source
 * (`isHtml`) or as text with markup copied through it (`stripInlineTags`). "Check the article"
 * says so, and offers to keep the tags as written, as the choice can be wrong both ways.
 */
export function readsPastedMarkup(text: string): boolean {
	const lines = text.replace(/\r\n?/g, '\n');
	return isHtml(text) || stripInlineTags(lines) !== lines;
}

/**
 * Reads an uploaded or fetched file as an article draft: HTML goes through `extractArticle`; a
 * file named or served as Markdown (`markdown`, see `isMarkdownFile`) is read as Markdown
 * (`markdownText`), its clutter dropped as a page's is, then through `textToArticle`; other text
 * (Markdown marks stripped) through `textToArticle`. HTML is sniffed from the bytes; `url` is
 * only carried along. Throws `ArticleInputError` ('not-text', 'not-article').
 */
export function readArticleFile(bytes: Uint8Array, { url, markdown = false }: { url?: string; markdown?: boolean } = {}): Article {
	const { text, html } = decodeText(bytes);
	if (html) return extractArticle(text, url);
	const article = textToArticle(markdown ? markdownText(text) : stripMarkdown(text));
	return url ? { ...article, url } : article;
}

/** The share of a text's words that are common English function words, in [0, 1]. */
function englishRatio(text: string): number {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length === 0) return 0;
	return words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
}

/**
 * Checks that an article draft can be quizzed: a body of 50 to 20,000 words (`MAX_ARTICLE_WORDS`,
 * the maximum of the words the generator will read, as `bodyWordsRead` counts them and the
 * article box shows them), in English, and unless `requireHeadline` is false (a draft the
 * user has yet to correct), a headline of at most `MAX_HEADLINE_CHARS` characters (issue 5).
 * `limitWords: false` leaves out the maximum, for `npm run generate`, held by the generator's own bound (30,000) instead. `countShown`: the page
 * shows the article's count beside the refusal, so a too-short one says no count the box shows. Returns nothing; throws
 * `ArticleInputError` ('empty', 'too-short', 'too-long', 'not-english') whose message says what to do.
 */
export function checkArticle(article: Article, { requireHeadline = true, limitWords = true, countShown = false } = {}): void {
	const body = article.paragraphs.join('\n\n');
	const words = wordsInAnyScript(body);
	if (words === 0) {
		throw new ArticleInputError('empty', 'The article is empty. Paste the text of a news article, upload a file, or give a link.');
	}
	// a list of figures or a table is no prose, whose language there is no telling: "not English" sent a
	// fresh user who pasted 200 numbers looking for a language setting
	const wordy = body.split(/\s+/).filter((token) => (token.match(/\p{L}/gu)?.length ?? 0) >= 2).length;
	if (words >= MIN_WORDS && wordy < MIN_WORDS && (body.match(/\p{N}/gu)?.length ?? 0) > (body.match(/\p{L}/gu)?.length ?? 0)) {
		throw new ArticleInputError(
			'too-short',
			`This text is mostly figures: it has ${counted(wordy, 'word')} of prose, and newsquiz needs sentences of at least ${MIN_WORDS} words to write questions from. Paste the article's paragraphs, not a table or a list of numbers.`
		);
	}
	// a script written without spaces (Chinese, Japanese, Thai) counts as a word or two, so its
	// letters decide: a long text in it is not English, not too short
	const letters = body.match(/\p{L}/gu)?.length ?? 0;
	if ((words >= MIN_WORDS || letters >= MIN_WORDS * 4) && englishRatio(body) < MIN_ENGLISH_RATIO) {
		throw new ArticleInputError(
			'not-english',
			'This text does not look like English, and newsquiz writes questions in English only. Use an English article.'
		);
	}
	// a link pasted where the text goes, alone or with a few words: the link field fetches it
	if (words < MIN_WORDS && pastedLink(`${article.title}\n${body}`, MIN_WORDS)) {
		throw new ArticleInputError('too-short', 'This is a link, not the article\'s text. Give it under "Give a link" to fetch the article, or paste the text itself.');
	}
	if (words < MIN_WORDS) {
		// the paste box counts the headline and byline too: the count says it leaves them out
		const besides = [article.title.trim() && 'headline', article.byline?.trim() && 'byline'].filter(Boolean).join(' and ');
		// a count the box beside the refusal already shows is not said twice (a fresh user's report)
		const needs = countShown && !besides ? `The article is too short; newsquiz needs at least ${MIN_WORDS} words` : `The article has ${counted(words, 'word')}${besides && ` besides its ${besides}`}; newsquiz needs at least ${MIN_WORDS}`;
		throw new ArticleInputError('too-short', `${needs} to write questions from. Add the rest of the article.`);
	}
	// the body as the generator reads it, as the article box counts it beside the refusal
	const read = limitWords ? bodyWordsRead(body) : 0;
	if (read > MAX_ARTICLE_WORDS) throw new ArticleInputError('too-long', tooManyWords(read));

	if (requireHeadline && !article.title.trim()) {
		throw new ArticleInputError('empty', 'The article needs a headline. Type it in the headline field.');
	}
	// only where the headline field is shown: a pasted text's first line may be a paragraph the editor then splits off
	if (requireHeadline && article.title.trim().length > MAX_HEADLINE_CHARS) {
		throw new ArticleInputError(
			'too-long',
			`The headline has ${article.title.trim().length.toLocaleString('en')} characters, more than the ${MAX_HEADLINE_CHARS} a headline takes here. Shorten it, and put the rest in the article's text.`
		);
	}
}

/**
 * The article the generator is given for a checked draft (`checkArticle`): its headline and
 * paragraphs read again by the generator's own parser (`parseArticleText`, which drops page
 * furniture and resolves a dateline), with the draft's byline, publication date and URL kept as
 * read or typed. The one reading of an article for `/new` and for `npm run generate`, so the two
 * write the same quiz from the same text. Throws the parser's `InputError`.
 */
export function articleForQuiz(draft: Article): Article {
	const parsed = parseArticleText([draft.title, ...draft.paragraphs].join('\n\n'));
	const { byline, published, url } = draft;
	return { ...parsed, ...(byline ? { byline } : {}), ...(published ? { published } : {}), ...(url ? { url } : {}) };
}
