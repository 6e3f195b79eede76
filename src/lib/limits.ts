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
 * The longest article newsquiz writes a quiz from, in whitespace-separated words (issue 5): the
 * server refuses a longer one, and the pages count words against it as the text is typed.
 */
export const MAX_ARTICLE_WORDS = 20_000;

const SPACE = /\s/;

/**
 * Counts whitespace-separated words (runs of characters that `\s` does not match), the measure
 * the corpus and the bounds use. A scan rather than a split: the paste box counts on every input,
 * and splitting an 8-million-character paste took seconds a keystroke.
 */
export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const space = code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(text[i]));
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
}
