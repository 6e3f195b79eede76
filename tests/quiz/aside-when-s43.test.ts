import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// ", many of which referred to the winter of 2023, when water ... reached the doors of houses": the
// "when" is the aside's time. Left behind when the aside went, the stem asked how many objections
// the council received "when water ... reached the doors" (the holdout137 reader's R6).
const article = `Council backs 300 homes on former dairy site despite flood fears

Marsh Vale District Council has approved plans for 300 homes on the site of a former dairy in Elmbridge, despite warnings that the land floods.

The council received 214 written objections, many of which referred to the winter of 2023, when water from the nearby River Ouzel reached the doors of houses on Mill Lane.

The developer, Fenland Homes, said it would spend £3.1m on drainage works.`;

describe("an aside's own 'when' goes with it", () => {
	const report = generateWithReport(parseArticleText(article), { seed: 1 });

	it('asks the objections without the flood as their time', () => {
		const stems = [...report.quiz.items.map((i) => i.stem), ...report.rejections.map((r) => r.stem)].filter((s) => s.includes('objections'));
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.includes('when water'))).toEqual([]);
		expect(report.quiz.items.some((i) => i.stem === 'How many written objections did Marsh Vale District Council receive?')).toBe(true);
	});
});
