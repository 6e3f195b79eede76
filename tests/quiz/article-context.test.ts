import { describe, expect, it } from 'vitest';
import { articleContext } from '../../src/lib/quiz/sealed';
import type { Item } from '../../src/lib/quiz/types';

const paragraphs = [
	'The ferry to Harwick sailed at dawn.',
	'Its captain, Mira Osei, counted 212 passengers. The crossing took four hours. A storm closed the port of Lenby.'
];
const body = paragraphs.join('\n\n');

/** An item whose source is `sentence` of the body (only the source matters here). */
function itemOn(sentence: string, paragraph: number): Item {
	const start = body.indexOf(sentence);
	return { source: { sentence: 0, paragraph, start, end: start + sentence.length, text: sentence, keySpan: { start: 0, end: 0 } } } as Item;
}

const items = [
	itemOn('Its captain, Mira Osei, counted 212 passengers.', 1),
	itemOn('The crossing took four hours.', 1),
	itemOn('A storm closed the port of Lenby.', 1)
];

describe('the paragraph an answered homework item shows in the article', () => {
	it('is its source’s paragraph, with the sentences of items not yet answered elided and the offsets on that text', () => {
		const first = articleContext(paragraphs, items, 0, 1);
		expect(first.text).toBe('Its captain, Mira Osei, counted 212 passengers. … …');
		expect(first.text.slice(first.start, first.end)).toBe(items[0].source.text);
		const second = articleContext(paragraphs, items, 1, 2);
		expect(second.text).toBe('Its captain, Mira Osei, counted 212 passengers. The crossing took four hours. …');
		expect(second.text.slice(second.start, second.end)).toBe('The crossing took four hours.');
	});

	it('shifts the offsets of a sentence after an elided one, and is the whole paragraph once every item there is answered', () => {
		const late = [items[2], items[0]];
		const context = articleContext(paragraphs, late, 1, 1);
		expect(context.text).toBe('Its captain, Mira Osei, counted 212 passengers. The crossing took four hours. A storm closed the port of Lenby.');
		const ahead = articleContext(paragraphs, [items[0], items[2], items[1]], 1, 2);
		expect(ahead.text).toBe('Its captain, Mira Osei, counted 212 passengers. … A storm closed the port of Lenby.');
		expect(ahead.text.slice(ahead.start, ahead.end)).toBe('A storm closed the port of Lenby.');
	});
});
