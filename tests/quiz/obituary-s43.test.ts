import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

const article = `Halina Mróz, Polish sculptor of public monuments, dies aged 84

Halina Mróz, the Polish sculptor whose bronze figures stand in squares from Gdańsk to Wrocław, has died aged 84, her family said on Monday.

She died at her home in Kraków after a short illness, her daughter Agata said.

Born in Łódź in 1941, Mróz studied at the Academy of Fine Arts in Warsaw, graduating in 1965.

Over the next four decades she made more than 60 public works, including the Miners' Memorial in Katowice, unveiled in 1981.

In 1998 she won the Norwid Prize, and in 2011 she was given the Gold Cross of Merit.

"She believed that a statue belongs to the people who walk past it," said the critic Tomasz Lis.

She is survived by her daughter and three grandchildren.

A funeral will be held at St Mary's Basilica in Kraków on Friday.`;

describe('an obituary, read as its readers read it', () => {
	const report = generateWithReport(parseArticleText(article), { seed: 1 });
	const stems = [...report.quiz.items.map((i) => i.stem), ...report.rejections.map((r) => r.stem)];

	// "A funeral will be held ..." says not whose, read alone (the holdout136 reader's R4); in an
	// obituary it is the subject's, written with the article's apostrophe
	it("writes the subject into the funeral's stem", () => {
		expect(stems.filter((s) => s.startsWith('A funeral'))).toEqual([]);
		expect(stems.some((s) => s.startsWith("Halina Mróz's funeral will be held at St Mary's Basilica"))).toBe(true);
	});

	// ", including the Miners' Memorial in Katowice, unveiled in 1981": after the clause's verb the list
	// is its object's, and cut as a subject's aside it said the 60 works were unveiled in 1981 (R6)
	it('never says the 60 works were unveiled in 1981', () => {
		expect(stems.filter((s) => /public works unveiled/.test(s))).toEqual([]);
	});

	// "Over the next four decades she made ...": next after what, read alone? (the holdout136 reader's R4 on
	// "Over the following three decades"); a plan's "In the next two years the council will build" runs from now
	it('asks nothing that opens on a span running on from an earlier sentence', () => {
		expect(report.quiz.items.map((i) => i.stem).filter((s) => /^Over the next/.test(s))).toEqual([]);
		expect(report.rejections.some((r) => r.check === 'R4' && /^Over the next four decades/.test(r.stem))).toBe(true);
	});
});
