import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// "Network Rail will close ..., the company said on Monday": the body of a closing attribution is the
// one the stem opens on, though no tagger knows its name; the lead was refused R4 ("which company?")
// and the article gave no item at all.
const article = `Rail works to close main line for nine days over Christmas

Network Rail will close the main line between York and Newcastle for nine days from 23 December to replace signalling, the company said on Monday.

A similar closure in 2023 overran by two days, leaving thousands of passengers stranded.

About 120 replacement buses will run each day while the line is closed.`;

describe("a closing attribution's body is the stem's opening name", () => {
	it('asks the lead', () => {
		const items = generateWithReport(parseArticleText(article), { seed: 1 }).quiz.items;
		expect(items.some((i) => i.source.sentence === 0 && i.stem.startsWith('Network Rail will close the main line'))).toBe(true);
	});

	it('still refuses "the company" after a stem that opens on a person', () => {
		const other = article.replace('Network Rail will close', 'Anna Kerr will close');
		const report = generateWithReport(parseArticleText(other), { seed: 1 });
		expect(report.quiz.items.filter((i) => i.stem.includes('the company said'))).toEqual([]);
	});
});
