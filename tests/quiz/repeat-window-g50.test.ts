import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// invented: a count that is the span a repeat happened in
const orchard = `Hailstorm strips apple orchards in the valley

A hailstorm on Thursday stripped the blossom from apple orchards across the valley, growers said, in the worst damage to the crop in a decade.

Marta Kowalczyk, 61, who grows apples on 14 hectares near the river, said she had lost her harvest for the third time in six years.

The regional farmers' union said 230 growers had reported damage and asked the agriculture ministry for emergency payments of 40 million zloty.

Insurers said claims would be paid within 90 days, but many smaller growers have no cover against hail because premiums have tripled since 2019.

The union's chairman said the government had promised to study a national scheme of hail nets, which cost about 60,000 zloty a hectare.`;

describe('a count that is the span a repeat happened in ("for the third time in six years")', () => {
	it('is never asked, as any longer span is as true', () => {
		const report = generateWithReport(parseArticleText(orchard), { seed: 1 });
		expect(report.quiz.items.map((i) => i.stem).filter((s) => /third time in _____/.test(s))).toEqual([]);
		expect(report.rejections.some((r) => r.check === 'R3' && /third time in/.test(r.stem))).toBe(true);
	});
});
