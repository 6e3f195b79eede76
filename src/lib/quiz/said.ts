/**
 * Rules for true/false items on who said a statement ("X said ..."), written where the article
 * names too few people for a who-said item with options: the statement as the article reports
 * it, with the speaker or another person of the article as its sayer (QUALITY.md R6: a claim
 * stays a claim, the quote stays whole and unchanged).
 */
import { keptPerText } from './words';

/**
 * The statement "<name> <verb> <statement>.": a direct quote in curly marks after "said:"
 * ("Jo Bell said: “We will not give up.”"), a reported one as the article words it after its
 * verb ("Jo Bell said the union would fight on."). Takes the sayer's name, the attribution verb
 * (in-view.ts `attributionVerb`), the statement as the sentence writes it (a quote without its
 * marks) and whether it is a direct quote.
 */
export function saidStem(name: string, verb: string, statement: string, quote: boolean): string {
	if (quote) {
		const words = statement.replace(/,$/, '');
		return `${name} said: “${words}${/[.!?]$/.test(words) ? '' : '.'}”`;
	}
	return `${name} ${verb} ${statement.replace(/[.!?]$/, '').replace(/[.,!?]([”"’])$/, '$1')}.`;
}

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'this', 'it', 'its', 'is', 'was', 'were', 'are', 'be', 'been', 'had', 'has', 'have', 'would', 'will', 'we', 'our', 'they', 'their', 'he', 'she', 'his', 'her', 'i', 'not', 'as', 'so', 'very', 'there', 'said']);

/** The content words of a statement, lower-case, of three letters or more and no stop word: a set of strings. */
export function contentWords(text: string): Set<string> {
	return contentWordsKept(text);
}
const contentWordsKept = keptPerText(readContentWords, 4096);

/** `contentWords`, read afresh. */
function readContentWords(text: string): Set<string> {
	return new Set((text.toLowerCase().match(/[\p{L}\d’'-]+/gu) ?? []).filter((w) => !STOP.has(w) && w.length > 2));
}

/**
 * Do two statements say much the same thing: half or more of the shorter one's content words
 * in the other? A person the article reports saying what the key's speaker said is no false
 * sayer of it (QUALITY.md R3).
 */
export function sameSaying(a: string, b: string): boolean {
	const [x, y] = [contentWords(a), contentWords(b)];
	const [short, long] = x.size <= y.size ? [x, y] : [y, x];
	if (short.size === 0) return false;
	let shared = 0;
	for (const w of short) if (long.has(w)) shared++;
	return shared * 2 >= short.size;
}

/**
 * The genders of the third persons a quote speaks of ("He never told you what to play" →
 * male): a person of that gender may be the one the quote is about, so never its false sayer
 * (QUALITY.md R8: "X said: “He never told you ...”" of X himself is absurd, not false).
 */
export function quotedAbout(quote: string): Set<'male' | 'female'> {
	const genders = new Set<'male' | 'female'>();
	if (/\b(?:he|him|his|himself)\b/i.test(quote)) genders.add('male');
	if (/\b(?:she|her|hers|herself)\b/i.test(quote)) genders.add('female');
	return genders;
}
