import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { falseTurns, generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

describe('true/false balance of statements on who said something', () => {
	it('balances the speaker statements apart from the rest, forced false ones first', () => {
		// two statements on a speaker (group 1), the first forced false; two others (group 0)
		expect(falseTurns(['forced', 'free', 'free', 'free'], true, [1, 1, 0, 0])).toEqual([true, false, true, false]);
		// balanced only as a whole, both statements on the speaker were shown false
		expect(falseTurns(['forced', 'free', 'free', 'free'], true)).toEqual([true, true, false, false]);
		// a forced speaker statement after another kind's odd one: the other rounds down, so the quiz is not all false
		expect(falseTurns(['free', 'forced'], true, [0, 1])).toEqual([false, true]);
		expect(falseTurns(['free', 'forced'], false, [0, 1])).toEqual([false, true]);
		// a sub-kind all forced past its half: the next makes up the whole quiz's balance (a reviewer's FFTF and 4F/2T)
		expect(falseTurns(['forced', 'forced', 'free', 'free'], true, [1, 1, 0, 0])).toEqual([true, true, false, false]);
		expect(falseTurns(['forced', 'forced', 'forced', 'free', 'free', 'free'], false, [1, 1, 1, 0, 0, 0]).filter(Boolean)).toHaveLength(3);
		// three of each: each sub-kind within one of half, and the quiz too
		const turns = falseTurns(['free', 'free', 'free', 'free', 'free', 'free'], true, [1, 0, 1, 0, 1, 0]);
		expect([turns[0], turns[2], turns[4]].filter(Boolean).length).toBe(2);
		expect([turns[1], turns[3], turns[5]].filter(Boolean).length).toBe(1);
	});

	it('shows the statements of an invented ferry story both ways over seeds, the same quiz for the same seed', () => {
		const article = { ...parseArticleText(readFileSync('tests/fixtures/u44b-ferry-fares.txt', 'utf8')), published: '2026-02-09' };
		const keys: number[] = [];
		for (let seed = 1; seed <= 12; seed++) {
			const quiz = generateQuiz(article, { seed, id: 'ferry' });
			const statements = quiz.items.filter((i) => i.type === 'true-false');
			if (statements.length >= 2) expect(new Set(statements.map((i) => i.key)).size, `seed ${seed}`).toBe(2);
			keys.push(...statements.filter((i) => / said\b/.test(i.stem)).map((i) => i.key));
			expect(JSON.stringify(generateQuiz(article, { seed, id: 'ferry' }))).toBe(JSON.stringify(quiz));
		}
		expect(keys.filter((k) => k === 0).length).toBeGreaterThanOrEqual(3);
		expect(keys.filter((k) => k === 1).length).toBeGreaterThanOrEqual(3);
	});
});
