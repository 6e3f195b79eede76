import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// "the remaining 410 spaces at two other car parks": remaining after what, read alone? (the holdout136
// reader's R4).
const article = `Council approves £3m plan to turn car park into homes

Kelby District Council has approved a £3m plan to build 48 flats on the Bridge Street car park, despite objections from traders.

Kelby District Council said that the remaining 380 spaces at two other car parks would be enough.

Work is due to start in May and take about 18 months, the council said.`;

describe('"the remaining" needs what it remains of', () => {
	const report = generateWithReport(parseArticleText(article), { seed: 1 });
	const asked = report.quiz.items.map((i) => i.stem);

	it('asks nothing of "the remaining 380 spaces"', () => {
		expect(asked.filter((s) => /remaining (?:_____|380) spaces/.test(s))).toEqual([]);
		expect(report.rejections.some((r) => r.check === 'R4' && /remaining (?:_____|380) spaces/.test(r.stem))).toBe(true);
	});
});
