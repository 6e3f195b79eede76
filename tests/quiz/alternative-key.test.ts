import { describe, expect, it } from 'vitest';
import { generateAlternative, generateQuiz, spareItems } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import type { Item } from '../../src/lib/quiz/types';

// a short article whose few askable sentences the quiz uses up, so that a replacement can only come from the
// replaced item's own sentence
const article = parseArticleText(`Harbour bakery doubles its night shift

The Larkhill Bakery in Portsmouth now employs about 140 workers on its night shift, the company said on Monday.

Its owner, Miriam Castell, said the bakery would open a second oven hall in Fareham next spring.

The bakery sells 38,000 loaves a week to shops across Hampshire, up from 21,000 last year.

Castell said: "We could not have grown without the people of this town."
`);
const quiz = generateQuiz(article, { seed: 1 });
const keyWords = (item: Item) => item.source.text.slice(item.source.keySpan.start, item.source.keySpan.end);

describe('"Another item" where no other sentence gives an item', () => {
	it('never asks the replaced item\'s key again in another form (an estimate of 38,000 loaves as a choice of 38,000)', () => {
		expect(quiz.items.length).toBeGreaterThan(1);
		for (const item of quiz.items) {
			const other = generateAlternative(article, quiz, item.id, 1);
			if (other?.source.sentence !== item.source.sentence) continue;
			expect(keyWords(other), other.stem).not.toBe(keyWords(item));
			const [a, b] = [other.source.keySpan, item.source.keySpan];
			expect(a.start >= b.end || b.start >= a.end, other.stem).toBe(true);
		}
	});

	it('offers the button only for the items a replacement can be written for', () => {
		const spares = spareItems(article, quiz, quiz.items.map((i) => i.id), 1);
		expect(spares).toEqual(quiz.items.filter((i) => generateAlternative(article, quiz, i.id, 1)).map((i) => i.id));
		expect(spares.length).toBeLessThan(quiz.items.length);
	});
});
