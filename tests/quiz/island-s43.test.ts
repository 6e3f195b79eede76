import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// "around Busan and the island of Jeju": made false as "the island of Seoul", the statement was false by
// what every reader knows of Seoul, not by the article (the holdout136 reader's R8)
const article = `South Korea and Japan agree to resume fisheries talks

South Korea and Japan agreed on Wednesday to resume talks on fishing rights in waters between the two countries, ending a four-year pause.

Fishing communities on South Korea's southern coast, particularly around Busan and the island of Jeju, have lobbied hard for a deal.

About 1,200 Korean boats used to fish in Japanese waters before the last agreement lapsed in 2021, officials in Seoul said.

The first round of talks will be held in Tokyo in March.`;

describe('an island takes only another island', () => {
	it('puts no city after "the island of"', () => {
		const report = generateWithReport(parseArticleText(article), { seed: 1 });
		expect(report.quiz.items.filter((i) => /island of (?!Jeju)/.test(i.stem) || (i.stem.includes('island of _____') && i.options.some((o) => o !== 'Jeju')))).toEqual([]);
		// no candidate writes a city after "the island of" either: the swap takes a place of the kind written there (k52)
		expect(report.rejections.filter((r) => /island of (?!Jeju|_____)/.test(r.stem)).map((r) => r.stem)).toEqual([]);
	});
});
