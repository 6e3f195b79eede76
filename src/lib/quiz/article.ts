import type { Article } from './types';

/**
 * The body text of an article: its paragraphs joined by a blank line. Sentence offsets
 * (`Sentence.start`/`end`, `ItemSource.start`/`end`) index into this string.
 */
export function articleBody(article: Article): string {
	return article.paragraphs.join('\n\n');
}

const LINES = new WeakMap<readonly string[], string>();
const TITLED = new WeakMap<readonly string[], { title: string; text: string }>();

/**
 * The article's paragraphs joined by one newline, the text the generator's whole-article readings
 * search. Joined once per list of paragraphs: joined afresh for every fact or option, a long
 * article's text was copied as many times as it has facts, which made generation time grow with
 * the square of its length. Takes anything holding the paragraphs (the stem rewriters of
 * in-view.ts are given the list alone), and the one join serves every caller of the same list.
 */
export function bodyLines(article: { readonly paragraphs: readonly string[] }): string {
	let text = LINES.get(article.paragraphs);
	if (text === undefined) LINES.set(article.paragraphs, (text = article.paragraphs.join('\n')));
	return text;
}

/** `bodyLines` with the headline as its first line, joined once per headline and list of paragraphs, as `bodyLines` is. */
export function titledLines(article: Article): string {
	const kept = TITLED.get(article.paragraphs);
	if (kept !== undefined && kept.title === article.title) return kept.text;
	const text = [article.title, ...article.paragraphs].join('\n');
	TITLED.set(article.paragraphs, { title: article.title, text });
	return text;
}
