import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Standings from '$lib/components/classroom/Standings.svelte';
import HomeworkNew from '../../src/routes/homework/new/+page.svelte';
import { scoreAnswer } from '$lib/quiz/scoring';
import { tinyQuiz } from '../fixtures/tiny-quiz';

describe('points wording', () => {
	it('writes leaderboard points as every other screen does: "4,037 points"', () => {
		render(Standings, { top: [{ rank: 1, nickname: 'Ada', points: 4037 }], label: 'Top players' });
		expect(screen.getByText('4,037 points')).toBeTruthy();
	});

	it("describes relaxed homework by what relaxed scoring does: a streak bonus, no speed points", () => {
		const item = tinyQuiz.items[0];
		const relaxed = scoreAnswer({ item, response: { kind: 'choice', option: item.key }, elapsedMs: 1000, limitMs: 20_000, mode: 'relaxed', streak: 2 });
		expect(relaxed.bonus).toBeGreaterThan(0);
		render(HomeworkNew, { data: { quizzes: [], chosen: null, deleted: false }, form: null } as never);
		const label = screen.getByLabelText(/^Relaxed/).closest('label')?.textContent ?? '';
		expect(label).not.toMatch(/flat points/);
		expect(label).toMatch(/streak/);
		expect(label).toMatch(/no speed points/);
	});
});
