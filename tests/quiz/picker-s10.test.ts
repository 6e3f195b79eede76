import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler } from './report';

// the holdout14 quake report: "More than 30 aftershocks" passed every check but was never picked
// beside "a state of emergency for _____ days" (key 30), as if it gave that key away
describe('one number of two different things', () => {
	it('gives neither item away, so both are asked in one quiz', () => {
		const article = parseArticleText(
			[
				'Strong quake hits East New Britain',
				'Governor Nelson Tavur said he had declared a state of emergency for 30 days in the province of East New Britain.',
				'Seismologists in Port Moresby said more than 30 aftershocks had been recorded by Monday afternoon, the largest measuring 5.8.',
				...filler
			].join('\n\n')
		);
		for (let seed = 1; seed <= 5; seed++) {
			const asked = new Set(generateWithReport(article, { seed, maxItems: 15 }).quiz.items.map((i) => i.source.sentence));
			expect([asked.has(0), asked.has(1)]).toEqual([true, true]);
		}
	});
});
