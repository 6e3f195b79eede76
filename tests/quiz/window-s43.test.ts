import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// "sold more than 30,000 copies in the UK in the 12 months after the ceremony": the window a sentence
// counts its own figure over is no fact of the story, and blanking it left the figure that matters
// given (the holdout137 reader's R7); the copies are asked instead.
const article = `Poet wins Harrow Prize for collection about a drowned valley

The Welsh poet Carys Morgan has won the £25,000 Harrow Prize for her collection Under the Reservoir, judges said on Thursday.

The collection, published by Seren in March, tells the story of a village flooded in 1965 to supply water to Liverpool.

Morgan, 41, said she was "astonished" to win.

Last year's winner sold more than 30,000 copies in the UK in the 12 months after the ceremony, according to the prize's organisers.

The prize received 212 entries this year, up from 180 in 2024.`;

describe("a figure's window is not asked in place of the figure", () => {
	const report = generateWithReport(parseArticleText(article), { seed: 1 });

	it('refuses the 12 months as R7 and asks the copies', () => {
		expect(report.rejections.filter((r) => r.stem.includes('_____ months')).map((r) => r.check)).toContain('R7');
		const sold = report.quiz.items.find((i) => i.source.text.includes('copies'));
		expect(sold).toBeDefined();
		expect(sold!.source.text.slice(sold!.source.keySpan.start, sold!.source.keySpan.end)).toMatch(/30,000/);
	});
});
