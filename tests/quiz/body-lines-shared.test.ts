import { describe, expect, it } from 'vitest';
import { bodyLines } from '../../src/lib/quiz/article';
import { withHeadlineNounPhrase } from '../../src/lib/quiz/in-view';
import type { Article } from '../../src/lib/quiz/types';

/** A list of paragraphs that counts how often it is joined into one text. */
function countedParagraphs(paragraphs: string[]): { paragraphs: string[]; joins: () => number } {
	let joins = 0;
	const list = [...paragraphs];
	Object.defineProperty(list, 'join', {
		value: (separator?: string) => {
			joins++;
			return Array.prototype.join.call(list, separator);
		}
	});
	return { paragraphs: list, joins: () => joins };
}

describe('the joined body of an article', () => {
	it('is joined once per list of paragraphs for the generator and the stem rewriters alike', () => {
		const { paragraphs, joins } = countedParagraphs([
			'The Tallow Creek footbridge reopened on Saturday after a flood in March tore away its central span.',
			'Engineers rebuilt the footbridge with steel piers set four metres deeper than the old timber ones.'
		]);
		const title = 'Tallow Creek footbridge reopens after spring flood';
		const body = bodyLines({ paragraphs });
		expect(body).toBe(`${paragraphs[0]}\n${paragraphs[1]}`);
		const stem = withHeadlineNounPhrase(title, paragraphs, 'Engineers rebuilt the footbridge with steel piers.');
		expect(stem).toContain('footbridge');
		const article: Article = { title, paragraphs };
		expect(bodyLines(article)).toBe(body);
		expect(joins()).toBe(1);
	});
});
