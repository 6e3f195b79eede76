/**
 * The longest article text the make-a-quiz form takes as a paste, in characters (UTF-16 code
 * units, as `String.length` counts them). A saved news page's source runs to about 1.2 million
 * (the corpus's Guardian page); at 3 bytes a character at most in UTF-8, 2,000,000 stays under
 * the 6 MB `BODY_SIZE_LIMIT` `npm start` sets (README), so a paste under it always reaches the
 * server, which refuses one over it with `PASTE_TOO_LONG`, as the page does before sending.
 */
export const MAX_PASTE_CHARS = 2_000_000;

/** The refusal of a paste over `MAX_PASTE_CHARS`, saying what to do. */
export const PASTE_TOO_LONG = `The article is too long: at most ${MAX_PASTE_CHARS.toLocaleString('en')} characters; paste only the article text.`;

/**
 * Whether a pasted text is over `MAX_PASTE_CHARS` as the page counts it: a form post writes each
 * line break of a text box as CR LF (HTML's form submission rules), which the box's own value
 * counts as one character, so the server counts a CR LF as one too.
 */
export function overPasteLimit(text: string): boolean {
	return text.replace(/\r\n/g, '\n').length > MAX_PASTE_CHARS;
}

/**
 * The longest article newsquiz writes a quiz from, in the words the generator reads of it (issue
 * 5; `bodyWordsRead`: the body, without a headline, byline, date lines or page furniture): the
 * server refuses a longer one, and the pages count words against it as the text is typed.
 */
export const MAX_ARTICLE_WORDS = 20_000;

/**
 * The refusal of an article of which the generator reads `words` words (`bodyWordsRead`), over
 * `MAX_ARTICLE_WORDS`: says the count read, what it leaves out, and how many words to cut.
 */
export function tooManyWords(words: number): string {
	const limit = MAX_ARTICLE_WORDS.toLocaleString('en');
	return `newsquiz reads ${words.toLocaleString('en')} words in this article (its headline, byline and date lines not counted), more than the ${limit} it takes. Cut at least ${(words - MAX_ARTICLE_WORDS).toLocaleString('en')}: keep only the article itself, or a part of it.`;
}

const SPACE = /\s/;

/** Whether the character at `i` of `text` separates words (`\s`). */
function isSpace(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(text[i]));
}

/** A letter or digit in any script: a run of characters without one (an emoji, a dash, a bullet) is no word. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Whether the character (or surrogate pair) at `i` of `text` is a letter or a digit. */
function isWordlike(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
	return WORDLIKE.test(code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i]);
}

/** Where a scan stands at its end: inside a run of non-space characters, and whether that run was counted. */
interface ScanState {
	inWord: boolean;
	counted: boolean;
}

/**
 * Counts the words of `text` from `from` to `to`, where `state` says whether a run of non-space
 * characters runs on into `from` and whether it was counted; returns the count and the state at
 * `to`. A run is counted once, at its first letter or digit.
 */
function scanWords(text: string, from: number, to: number, state: ScanState): { words: number } & ScanState {
	let words = 0;
	let { inWord, counted } = state;
	for (let i = from; i < to; i++) {
		if (isSpace(text, i)) {
			inWord = counted = false;
			continue;
		}
		inWord = true;
		if (!counted && isWordlike(text, i)) {
			words++;
			counted = true;
		}
	}
	return { words, inWord, counted };
}

/**
 * Counts words: runs of characters that `\s` does not match holding a letter or a digit, so
 * that an emoji, a bullet or a dash standing alone is no word (an emoji-heavy paste had been
 * counted 241 words on the page and 34 where the quiz was made). The measure of the page's word
 * count, of the server's bounds on an article and of the quiz maker's minimum. A scan rather
 * than a split: the paste box counts on every input, and splitting an 8-million-character paste
 * took seconds a keystroke.
 */
export function countWords(text: string): number {
	return scanWords(text, 0, text.length, { inWord: false, counted: false }).words;
}

/**
 * Markup that is no word of an article, at the `<` that opens it: a comment, a doctype or CDATA
 * mark, or a tag (`<p>`, `</div>`, `<a href="...">`, `<br/>`) whose name is group 1. A `<` not
 * followed by a tag's shape ("3 < 4") is text.
 */
const MARKUP = /<(?:!--|![^<>]*>|\/?([A-Za-z][\w-]*)(?:[\s/][^<>]*)?>)/y;
/** Where the content of a script or style element, which is code, ends. */
const CODE_END = { script: /<\/script/gi, style: /<\/style/gi } as const;
/** Elements within a line of text: a word split by one of their tags ("<b>R</b>ome") is one word. */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'del', 'em', 'font', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

/**
 * The length of an article text as `MAX_ARTICLE_WORDS` holds it, in words: `countWords` of the
 * text without its markup, so that a web page's source counts the words a reader sees, not its
 * tags, comments, scripts and styles, and a tag copied with prose ("<b>Rome</b>") is no word. The
 * tag of an inline element joins the text on either side, any other separates it. The paste box
 * and the article box count with it as the user types; the server holds an article to the limit
 * by the words the generator reads (`bodyWordsRead`), never more than this count, so a text the
 * box says is within the limit is never refused for length. Linear in the text's length.
 */
export function articleWords(text: string): number {
	let words = 0;
	let state: ScanState = { inWord: false, counted: false };
	let from = 0;
	let at = text.indexOf('<');
	while (at !== -1) {
		MARKUP.lastIndex = at;
		const match = MARKUP.exec(text);
		if (!match) {
			at = text.indexOf('<', at + 1);
			continue;
		}
		const before = scanWords(text, from, at, state);
		words += before.words;
		const name = match[1]?.toLowerCase();
		let end = MARKUP.lastIndex;
		if (match[0] === '<!--') {
			const close = text.indexOf('-->', end);
			end = close === -1 ? text.length : close + 3;
		} else if ((name === 'script' || name === 'style') && match[0][1] !== '/') {
			const close = CODE_END[name];
			close.lastIndex = end;
			// a lone "<script>" with no "</script>" after it is a tag named in prose ("hid a <script> tag"), as the next
			// step reads it (page-source.ts `markupTags`), not a script running to the end: it had counted 6 words of 397
			end = close.exec(text)?.index ?? end;
		}
		state = before.inWord && name !== undefined && INLINE.has(name) ? before : { inWord: false, counted: false };
		from = end;
		at = text.indexOf('<', end);
	}
	return words + scanWords(text, from, text.length, state).words;
}
