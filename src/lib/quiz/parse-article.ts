import { InputError } from './errors';
import type { Article } from './types';
import { articleWords, countWords } from '../limits';
import { counted } from '../plural';
import { withoutPictographs } from './pictographs';
import { takeDateline } from './datelines';

/** Fewest body words an article needs: below this there is nothing worth asking (QUALITY.md). */
export const MIN_WORDS = 50;
/** Most body words accepted: far beyond any news article, it bounds generation time. */
export const MAX_WORDS = 30000;

/** Whole paragraphs that are page furniture, not story (QUALITY.md R7). */
const FURNITURE: RegExp[] = [
	/^::/,
	/^(source:\s*)?read (the )?full (article|story)\.?$/i,
	/^(read|see|watch|listen) (more|also|next)\b/i,
	/^(related|more on this story|most read|recommended)\b\s*:?/i,
	/^(image|photo|picture|video|advertisement|media caption|image caption|image copyright|getty images)\b\s*:?\s*\S{0,40}$/i,
	/^(image|photo|picture)\s*(caption|copyright|source)?\s*:/i,
	/^(subscribe|sign up|follow us|follow @|share this|click here|copyright ©|©)/i,
	/^by [A-Z][\p{L}.'’-]+( [A-Z][\p{L}.'’-]+){0,3}((,| and) [A-Z][\p{L}.'’-]+( [A-Z][\p{L}.'’-]+){0,3})*(,[^.]{0,60})?$/u,
	/^(this article|this story) (was|is) (originally )?(published|amended|updated)\b/i,
	// a reading time on a line of its own under the dateline ("4 min read", "5-minute read")
	/^\d{1,3}[- ]?(mins?|minutes?)\.? read$/i
];

/** Furniture glued to the end of a story line ("... between the leaders.Source: Read Full Article"). */
const TRAILING_FURNITURE = /\s*(source:\s*read (the )?full (article|story)|read more|continue reading)\.?\s*$/i;

const BYLINE = /^by\s+([A-Z][^\n]{2,80})$/i;

/** A line that opens on a list marker: a hyphen, bullet, asterisk or dash, or a row's number ("1.", "2)"), then a space. */
const ROW_LINE = /^[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]+\S/;

/**
 * The blocks of a text split at blank lines, with a list written one row a line ("- £5.8m in
 * fines\n- £410,000 in costs") split into one block per row: joined, the rows would read as one
 * sentence without a full stop, whose items and source offsets no row could own. A block is
 * split only where two or more of its lines open on a marker, so a wrapped line that happens to
 * start on a dash stays joined; a line without a marker continues the row above it. Takes
 * text with `\n` line breaks; returns the blocks as written, inner line breaks kept.
 */
export function blocksOf(text: string): string[] {
	return text.split(/\n[ \t]*\n+/).flatMap((block) => {
		const lines = block.split('\n');
		if (lines.filter((l) => ROW_LINE.test(l)).length < 2) return [block];
		const rows: string[] = [];
		for (const line of lines) {
			if (ROW_LINE.test(line) || rows.length === 0) rows.push(line);
			else rows[rows.length - 1] += `\n${line}`;
		}
		return rows;
	});
}

const STOP_WORDS = new Set(
	'the a an of to in and is was for on that with as by at from it he she they his her their be has have had were are said not but or this who which will would'.split(
		' '
	)
);

/**
 * Characters a reader never sees that pasted web text carries: control characters, zero-width
 * spaces and joiners between letters, soft hyphens, byte-order marks. Inside a name ("Ol\u200Bivia")
 * they split it, so the generator would not know the name again; they are removed, not refused.
 * So are the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
 * an override turns a headline's "evil" into "live" on screen (Unicode TR36, "bidirectional
 * text spoofing"). The zero-width joiner is kept, as emoji sequences need it, and so are the
 * left-to-right and right-to-left marks that Arabic and Hebrew text uses.
 */
export const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B\u200C\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

function looksBinary(text: string): boolean {
	let bad = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
	}
	return bad > Math.max(2, text.length * 0.01);
}

function looksEnglish(body: string): boolean {
	const words = body.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length === 0) return false;
	const latin = words.filter((w) => /^[a-z\u00c0-\u024f]+$/.test(w)).length;
	if (latin / words.length < 0.6) return false;
	const stops = words.filter((w) => STOP_WORDS.has(w)).length;
	return stops / words.length >= 0.08;
}

/**
 * The parts of an article text as `parseArticleText` reads them, with no check of its length or
 * language: a dateline near the top taken out as `published` (`takeDateline`), the first block
 * the headline unless `titled` is false (a body read without its headline), and page furniture,
 * bylines (the first kept as `byline`) and lines of emoji alone left out of `paragraphs`. `clean`
 * is cleaned as `parseArticleText` cleans it (line breaks LF, invisible characters removed, NFC).
 */
function readArticleText(clean: string, { titled = true } = {}): { title: string; byline?: string; published?: string; paragraphs: string[] } {
	const { text: undated, published } = takeDateline(clean);
	const blocks = blocksOf(undated)
		.map((b) => b.replace(/\s+/g, ' ').trim())
		.filter((b) => b !== '');
	const title = titled ? (blocks.shift() ?? '') : '';
	let byline: string | undefined;
	const paragraphs: string[] = [];
	for (const block of blocks) {
		// a pen or camera beside a credit ("By Jane Doe ✍️", "📷 Photo: ...") leaves it a credit,
		// and a line of emoji alone says nothing to ask about
		const bare = withoutPictographs(block);
		if (bare === '') continue;
		const by = BYLINE.exec(bare);
		if (by && countWords(bare) <= 12 && !/[.!?]$/.test(bare)) {
			byline ??= by[1];
			continue;
		}
		if (FURNITURE.some((re) => re.test(bare))) continue;
		const stripped = block.replace(TRAILING_FURNITURE, '').trim();
		if (stripped !== '') paragraphs.push(stripped);
	}
	return { title, paragraphs, ...(byline ? { byline } : {}), ...(published ? { published } : {}) };
}

/**
 * The words of an article body as the generator will read it, for the count the article box
 * shows beside it and the server's limit on it: `body` split into paragraphs at blank lines as
 * the editor's form is (`articleOf`), read as `articleForQuiz` has the generator read them
 * (`readArticleText`, so a byline line, page furniture and a dateline are no words of it) and
 * counted by `articleWords` (the box had counted a "By ..." line the quiz never reads).
 */
export function bodyWordsRead(body: string): number {
	const paragraphs = body
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	const clean = paragraphs.join('\n\n').replace(INVISIBLE, '').normalize('NFC');
	return articleWords(readArticleText(clean, { titled: false }).paragraphs.join('\n\n'));
}

/**
 * Parses an article given as plain text, the corpus format: the first non-empty line is the
 * headline, then paragraphs separated by blank lines (lines inside a paragraph are joined, but each
 * row of a list written one row a line is a paragraph of its own).
 * Page furniture is dropped: podcast and subscribe lines (":: Subscribe ..."), "Source: Read
 * Full Article" even when glued to the last line, "Read more", bylines (kept as `byline`),
 * image captions and "Image"/"Advertisement" placeholders, read without their emoji ("By Jane
 * Doe ✍️", "📷 Photo: ..."); so is a paragraph of emoji alone. A dateline near the top
 * ("Published 14 March 2026", "Updated 3 Feb 2026, 10:42": `takeDateline`) leaves the text and
 * becomes `published`.
 *
 * Returns an `Article` (`published` only from a dateline; the caller may set its own). Throws `InputError`
 * with a one-line message for the user: 'empty' (no text), 'binary' (not text at all),
 * 'too-short' (fewer than MIN_WORDS body words), 'too-long' (more than MAX_WORDS),
 * 'not-english' (too few English function words to be English prose).
 */
export function parseArticleText(text: string): Article {
	if (looksBinary(text)) {
		throw new InputError('binary', 'This looks like a binary file, not text: paste the article’s text or upload a .txt file.');
	}
	const clean = text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').normalize('NFC');
	if (clean.trim() === '') {
		throw new InputError('empty', 'The article is empty: paste the headline and the text of a news article.');
	}
	const { title, byline, published, paragraphs } = readArticleText(clean);
	// counted as the page's word count and the server's bounds count them (`countWords`)
	const words = paragraphs.reduce((n, p) => n + countWords(p), 0);
	if (words === 0) {
		throw new InputError('too-short', 'Only a headline was found: paste the article’s paragraphs below its headline, separated by blank lines.');
	}
	if (words < MIN_WORDS) {
		throw new InputError('too-short', `The article has ${counted(words, 'word')}; a quiz needs at least ${MIN_WORDS}: paste the whole article.`);
	}
	if (words > MAX_WORDS) {
		throw new InputError('too-long', `The article has ${counted(words, 'word')}, more than the ${MAX_WORDS.toLocaleString('en')} a quiz is made from: paste one article at a time.`);
	}
	if (!looksEnglish(paragraphs.join(' '))) {
		throw new InputError('not-english', 'This does not look like English text: newsquiz makes quizzes from English news articles.');
	}
	const article: Article = { title, paragraphs };
	if (byline) article.byline = byline;
	if (published) article.published = published;
	return article;
}
