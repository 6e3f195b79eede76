import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// "More than 1.3 million Turkish citizens visited _____ last year" in a story of Turkey and Greece: the
// story's other party is the answer every player guesses (the holdout137 reader's R7). The figure is
// asked instead.
const article = `Turkey and Greece agree to resume talks on maritime borders

Turkey and Greece agreed on Tuesday to resume talks on their maritime borders in the Aegean, the first such round since 2022, officials from both countries said.

The talks will be held in Athens in the first week of December, Greek officials said.

More than 1.3 million Turkish citizens visited Greece last year, up from 900,000 in 2022, according to Greek tourism figures.

The two countries came close to conflict in 2020 over gas exploration in disputed waters.`;

describe("a two-country story's other party is no blank", () => {
	const report = generateWithReport(parseArticleText(article), { seed: 1 });

	it('refuses "visited _____" as R7 and asks the visitors', () => {
		const blanks = report.rejections.filter((r) => r.stem.includes('visited _____'));
		expect(blanks.length).toBeGreaterThan(0);
		expect(blanks.some((r) => r.check === 'R7')).toBe(true);
		// the form that keeps its source ("according to Greek tourism figures", as a figure's named source is kept) gives the country away
		expect(blanks.every((r) => r.check === 'R7' || (r.check === 'R5' && r.stem.includes('according to Greek')))).toBe(true);
		expect(report.quiz.items.filter((i) => i.stem.includes('visited _____'))).toEqual([]);
	});
});
