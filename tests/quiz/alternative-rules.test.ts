import { describe, expect, it } from 'vitest';
import { generateAlternative, generateQuiz, spareItems } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { replaceItem } from '../../src/lib/quiz/review';
import type { Item } from '../../src/lib/quiz/types';

// an invented takeover story whose analyst is quoted four times: the quiz asks about her twice, and the best
// of the sentences it leaves are her other quotes (a fresh user's "Another item" wrote a third on such an analyst)
const article = parseArticleText(`Ferrow Mills agrees to buy Danish yarn maker Holst Garn

Ferrow Mills, the Scottish textile group, has agreed to buy the Danish yarn maker Holst Garn for £410 million, the largest deal in its 160-year history.

The deal values Holst Garn at 84 kroner per share, a premium of 22% over its closing price in Copenhagen on Tuesday.

Holst Garn, founded in 1952 in Herning, sells its yarn in 31 countries and employs about 900 people.

Investors were split on the price. Priya Varma, a textiles analyst at Calder Securities in Edinburgh, said Ferrow was paying about 15 times Holst's earnings, well above the average of 11 times for recent deals in the sector. "It is a bold price for a company that depends on the German market," she said. "If wool prices climb again, the figures look very different in Glasgow."

"Shareholders will want to hear how the new borrowing is repaid before the summer," Varma added in a note to clients.

Ferrow's sales in Britain fell by 6% last year to £1.2 billion, while its exports rose.

Anders Holst, the founder's grandson, said the family had turned down four earlier offers. "This is the first buyer that wanted to keep the mill in Herning," he said.

Shares in Holst Garn jumped 19% in Copenhagen after the announcement.

Ferrow said it expected the takeover to be completed in the first half of 2027.

The company said it would keep Holst's chief executive, Mette Lund, in her post for at least two years. "Our customers will notice nothing except faster deliveries," Lund said.

Ferrow has hired Ashby Partners as its adviser, while Holst Garn was advised by Nordbank.
`);
const quiz = generateQuiz(article, { seed: 1 });
// her paragraphs' sentences, each of which names her, quotes her or is shown as someone else's quote of hers
const onVarma = (item: Item) => [3, 4].includes(item.source.paragraph) && !item.source.text.startsWith('Investors');

describe('"Another item" keeps the rules the quiz was picked by', () => {
	it('writes no third item about a person two kept items are already about (QUALITY.md: at most two per entity)', () => {
		const aboutHer = quiz.items.filter(onVarma);
		expect(aboutHer).toHaveLength(2);
		for (const item of quiz.items.filter((i) => !onVarma(i))) {
			const other = generateAlternative(article, quiz, item.id, 1);
			expect(other && onVarma(other) ? other.stem : undefined, item.stem).toBeUndefined();
		}
	});

	it('counts a retired item out of the quiz: a person it was about may be asked about again', () => {
		const [first] = quiz.items.filter(onVarma);
		const without = { ...quiz, items: quiz.items.filter((i) => i !== first) };
		const other = generateAlternative(article, without, without.items.find((i) => !onVarma(i))!.id, 1, [first]);
		expect(other && onVarma(other)).toBe(true);
	});

	it('puts the replacement where its sentence falls in the article, and offers the button only where a press writes one', () => {
		const last = quiz.items.at(-1)!;
		const other = generateAlternative(article, quiz, last.id, 1)!;
		expect(other.source.sentence).toBeLessThan(last.source.sentence);
		const replaced = replaceItem(quiz, last.id, other);
		const sentences = replaced.items.map((i) => i.source.sentence);
		expect(sentences).toEqual([...sentences].sort((a, b) => a - b));
		expect(spareItems(article, quiz, quiz.items.map((i) => i.id), 1)).toEqual(quiz.items.filter((i) => generateAlternative(article, quiz, i.id, 1)).map((i) => i.id));
	});
});
