import type { Article } from './types';

/**
 * The body text of an article: its paragraphs joined by a blank line. Sentence offsets
 * (`Sentence.start`/`end`, `ItemSource.start`/`end`) index into this string.
 */
export function articleBody(article: Article): string {
	return article.paragraphs.join('\n\n');
}
