import type { Article } from './types';

/**
 * A combining mark on a letter that NFC cannot fold into it: the grave over Yoruba "ọ̀" (U+1ECD
 * U+0300), the acute over "ọ́", Vietnamese or Devanagari marks stacked on a letter. Variation
 * selectors and the marks drawn around symbols (a keycap's U+20E3) belong to emoji, not to words,
 * and are left as they are.
 */
const WORD_MARK = /(?<=[\p{L}\p{M}])(?![\uFE00-\uFE0F\u20D0-\u20FF])[\p{Mn}\p{Mc}]/gu;

/**
 * The stand-in letters: the small capitals of the Phonetic Extensions block (U+1D00–U+1D2B),
 * lower-case letters (`\p{Ll}`) of one UTF-16 unit each, with no upper-case form and no NFC or
 * NFKD decomposition, so a stand-in survives every case change and normalisation the generator
 * makes and keeps every offset of a span where it is.
 */
const STAND_INS = Array.from({ length: 0x1d2c - 0x1d00 }, (_, k) => String.fromCharCode(0x1d00 + k));

/** The two directions of `carryMarks`: to the stand-ins and back, for any value made of strings. */
export interface MarkCarrier {
	/** `value` with each carried mark written as its stand-in letter. */
	toLetters<T>(value: T): T;
	/** `value` with each stand-in letter written as the mark it stands for again. */
	toMarks<T>(value: T): T;
}

function mapStrings<T>(value: T, swap: (text: string) => string): T {
	if (typeof value === 'string') return swap(value) as T;
	if (Array.isArray(value)) return value.map((v) => mapStrings(v, swap)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, swap)])) as T;
	}
	return value;
}

/**
 * Carries the combining marks of an article's words through generation. The generator reads a
 * name as a run of letters (`[\p{L}'’.-]`, in patterns throughout), so a mark NFC leaves apart
 * ended the word at it: "Adébáyọ̀ Ọlọ́rundá" was no person at all, and an option cut at the mark
 * lost it. Each distinct mark of one UTF-16 unit that follows a letter gets a stand-in letter
 * no text of the article uses, in order of first appearance (so the same article carries the
 * same way, and a quiz stays byte-identical for a seed); the generator works on the article so
 * written, and every string of what it returns is written back with the marks. Takes the
 * article as the generator gets it; returns the identity both ways when no word has such a
 * mark. A text with more distinct marks than stand-ins (44) keeps the rest as they are.
 */
export function carryMarks(article: Article): MarkCarrier {
	const text = [article.title, article.byline ?? '', ...article.paragraphs].join('\n');
	const toLetter = new Map<string, string>();
	const free = STAND_INS.filter((letter) => !text.includes(letter));
	for (const [mark] of text.matchAll(WORD_MARK)) {
		// a mark of two UTF-16 units (outside the Basic Multilingual Plane) would shift every offset after it by one
		if (mark.length === 1 && !toLetter.has(mark) && free.length > 0) toLetter.set(mark, free.shift()!);
	}
	if (toLetter.size === 0) return { toLetters: (value) => value, toMarks: (value) => value };
	const toMark = new Map([...toLetter].map(([mark, letter]) => [letter, mark]));
	const marks = new RegExp(`(?<=[\\p{L}\\p{M}])[${[...toLetter.keys()].join('')}]`, 'gu');
	const letters = new RegExp(`[${[...toMark.keys()].join('')}]`, 'gu');
	return {
		toLetters: (value) => mapStrings(value, (s) => s.replace(marks, (m) => toLetter.get(m)!)),
		toMarks: (value) => mapStrings(value, (s) => s.replace(letters, (l) => toMark.get(l)!))
	};
}
