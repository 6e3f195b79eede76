import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// "the £40,000 Marlowe Prize": a name the article writes after "the" and a sum keeps its "the" where a
// stem writes it for "the prize" ("Who said Marlowe Prize would transform ...?" was the holdout137
// reader's R1).
const article = `Debut novel about Welsh quarry town wins £40,000 Marlowe Prize

A debut novel set in a slate-quarrying town in north Wales has won the £40,000 Marlowe Prize for fiction, the judges announced in London on Wednesday.

Ffion Rees, 34, won the Marlowe Prize for The Grey Hill, which follows three generations of a family in Blaenau Ffestiniog.

The chair of the judges, Miriam Hale, said the book was "fierce, funny and unforgettable".

Rees's publisher, Owen Pritchard, said the prize would transform the finances of a company that employs five people.

The novel has sold about 9,000 copies since it was published in March, according to the publisher.`;

describe('a prize named after its sum keeps its "the"', () => {
	it('asks who said the Marlowe Prize would transform the firm', () => {
		const items = generateWithReport(parseArticleText(article), { seed: 1 }).quiz.items;
		const said = items.find((i) => i.source.text.includes('would transform the finances'));
		expect(said?.stem).toBe('Who said the Marlowe Prize would transform the finances of a company that employs five people?');
	});
});
