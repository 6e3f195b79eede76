import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// A numbered list's heading ("1. More trains between London and the north.") names a topic or
// gives advice and states no fact: made a true/false item ("More trains between Glasgow and the
// north.": false) it is no statement at all (the holdout136 reader's R1 and R7).
const article = `Five things travellers need to know about the new summer timetable

Rail operators will introduce the biggest timetable change in a decade on Sunday, adding about 300 services a week across northern England and Scotland.

1. More trains between London and the north. Northern will run an extra two trains an hour between Leeds and Scarborough at weekends, the operator said.

2. Check your ticket before travelling. Some advance fares bought before 1 May will not be valid on the new services, and passengers are advised to check with their operator.

3. Fares are frozen until September. The Scottish government said the freeze would cost about £8 million and would be met from the existing transport budget.

4. Quieter carriages in Glasgow. ScotRail will add two quiet coaches to each train between Glasgow and Edinburgh, after a survey of 4,000 passengers found that 62% wanted them.`;

describe("a numbered list item's heading is asked nothing", () => {
	const report = generateWithReport(parseArticleText(article), { seed: 1 });

	it('writes no item and no candidate from the headings', () => {
		expect(report.quiz.items.map((i) => i.stem).filter((s) => /^More trains|^Check your|^Quieter/.test(s))).toEqual([]);
		expect(report.rejections.filter((r) => /^More trains|^Quieter carriages/.test(r.stem))).toEqual([]);
	});

	it('still asks the sentence after a heading', () => {
		expect(report.quiz.items.some((i) => i.source.text.includes('62%'))).toBe(true);
	});
});
