import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// QUALITY.md's count recipe: no option is a value that appears elsewhere in the article. A number
// word that types no fact ("a case that lasted almost eight months") was still offered beside
// "two years and _____ months" (the holdout136 reader's R8, twice). Where three other options
// remain, the article's number words are none of them.
const article = `Porto court fines builder over unfinished flats

A court in Porto on Monday fined the construction firm Obras Vidal €1.2 million for failing to finish 64 flats it had sold off-plan, in a case that lasted almost eight months.

The company's former director, Duarte Vidal, 61, was given a suspended sentence of two years and six months for aggravated fraud.

Judge Ana Pimenta said the firm had taken deposits from buyers while knowing it could not pay its suppliers.

Lawyers for the buyers said about 40 families had lost their savings.

The firm said it would appeal, and that work on the site in Matosinhos would resume in the spring.`;

describe("the article's number words are no count options", () => {
	const items = generateWithReport(parseArticleText(article), { seed: 1 }).quiz.items;

	it('asks the sentence in months with options that are not the case\'s "eight"', () => {
		const term = items.find((i) => i.source.text.includes('suspended sentence'));
		expect(term?.options[term.key]).toBe('six');
		expect(term?.options).toHaveLength(4);
		expect(term?.options).not.toContain('eight');
		expect(term?.options).not.toContain('two');
	});
});
