import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ChallengeComparison from '$lib/components/ChallengeComparison.svelte';
import { buildReport } from '$lib/report/report';
import { named, you } from '$lib/share/who';
import ReportPage from '../../src/routes/report/[token]/+page.svelte';
import RoomResultPage from '../../src/routes/room/[code=roomcode]/result/+page.svelte';
import { tinyQuiz } from '../fixtures/tiny-quiz';

const cloze = { ...tinyQuiz.items.find((item) => item.type === 'cloze')!, stem: 'Police detained the protesters in _____.' };

/** Every text node of `root` as a screen reader meets it, in order, spaces squeezed. */
const spoken = (root: Element) => root.textContent!.replace(/\s+/g, ' ').trim();

/** Expects the cloze stem in `root` drawn as solo play draws it: a line whose words say "blank". */
function expectBlankAsInSoloPlay(root: Element) {
	expect(spoken(root)).not.toContain('___');
	const blanks = root.querySelectorAll('.blank');
	expect(blanks.length).toBeGreaterThan(0);
	expect(blanks[0].textContent).toBe('blank');
}

// the blank of a fill-in item read as "_____" everywhere but solo play (a fresh user's find)
describe('the blank of a fill-in item', () => {
	it('is a blank that says "blank" in the comparison of a challenge', () => {
		const result = (name: string | null) => ({
			id: 'TWFuTWFuTWFu', quizId: tinyQuiz.id, mode: 'timed' as const, seed: 5, name, right: 1, total: 1, points: 900, bestStreak: 1,
			items: [{ itemId: cloze.id, outcome: 'right' as const }], challengeOf: null, createdAt: '2026-11-30T09:00:00.000Z'
		});
		const { container } = render(ChallengeComparison, {
			challenger: { who: you, result: result(null) },
			challenged: { who: named('Anna', 'your friend'), result: result('Anna') },
			stems: { [cloze.id]: cloze.stem }
		});
		expectBlankAsInSoloPlay(container.querySelector('tbody th')!);
	});

	it("is a blank that says \"blank\" on a player's results after a class game", () => {
		const { container } = render(RoomResultPage, {
			data: {
				code: '123456',
				results: {
					nickname: 'Ada', title: tinyQuiz.title, correct: 1, played: 1, points: 900, rank: 1, playerCount: 2, finished: true, itemCount: 1,
					items: [{ index: 0, stem: cloze.stem, keyText: 'Minsk', given: 'Minsk', correct: true, points: 900, joinedAfter: false }]
				}
			}
		} as never);
		expectBlankAsInSoloPlay(container.querySelector('li')!);
	});

	it("is a blank that says \"blank\" in the teacher's report, and \"[blank]\" in a question's tooltip", () => {
		const report = buildReport({ items: [cloze], students: [{ id: 'a', nickname: 'Ada' }], answers: [
			{ studentId: 'a', itemIndex: 0, response: { kind: 'text', text: 'Pinsk' }, elapsedMs: 4000, correct: false, points: 0 }
		] });
		const { container } = render(ReportPage, {
			data: { kind: 'homework', code: 'ABC123', studentUrl: 'http://x/h/ABC123', title: tinyQuiz.title, article: tinyQuiz.article, mode: 'timed', deadline: 0, open: false, report },
			form: null
		} as never);
		expectBlankAsInSoloPlay(container.querySelector('[data-testid="most-missed"] li')!);
		expectBlankAsInSoloPlay(container.querySelector('[data-testid="items"] tbody th')!);
		expect(container.querySelector('[data-testid="students"] abbr')?.getAttribute('title')).not.toContain('___');
		expect(container.querySelector('[data-testid="students"] abbr')?.getAttribute('title')).toContain('[blank]');
	});
});
