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

// a cohort of "2.1 million" and a count of "1 million" patients: the smaller figure is no part of the larger one
describe('a figure inside a larger figure (y37b)', () => {
	it('gives no key away: "more than 3.4 million adults" shown beside "nearly _____ million adults" (key 4 million)', () => {
		const article = parseArticleText(
			[
				'Blood pressure checks in pharmacies cut strokes, study finds',
				'Researchers at Aarhus University have followed more than 3.4 million adults who visited a pharmacy in Denmark since 2012.',
				'The Danish Health Authority estimates that nearly 4 million adults in Denmark have high blood pressure.',
				'Pharmacists offered a free blood pressure check to anyone who asked, and referred those with high readings to their doctor.',
				...filler
			].join('\n\n')
		);
		const quizzes = [1, 2, 3].map((seed) => generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
		expect(quizzes.some((items) => items.some((i) => i.source.sentence === 0 && i.stem.includes('3.4 million')) && items.some((i) => i.source.sentence === 1))).toBe(true);
	});
});
