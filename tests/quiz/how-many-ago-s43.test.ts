import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// "A party formed three years ago won the most seats": "formed" describes the subject, and "won" is
// the clause's verb; asked as "How many years ago did a party form won the most seats ...?" the
// question broke (R1, found by y43b on an invented article).
const article = `New party tops poll in Tampere local election

A party formed three years ago won the most seats in Tampere in Sunday's local elections, ending a decade of coalitions led by the established parties.

The Citizens' Alliance took 28.4% of the vote and 19 of the 67 seats on the city council, the election authority said on Monday.

Turnout was 54.1%, down from 57.3% four years ago.

The party's leader, Aino Virtanen, said voters wanted cheaper housing and better buses.`;

describe('a how-many question keeps the clause its verb', () => {
	it('asks no "How many years ago did a party form won"', () => {
		const report = generateWithReport(parseArticleText(article), { seed: 1 });
		const stems = [...report.quiz.items.map((i) => i.stem), ...report.rejections.map((r) => r.stem)];
		expect(stems.filter((s) => /did a party form/.test(s))).toEqual([]);
	});
});
