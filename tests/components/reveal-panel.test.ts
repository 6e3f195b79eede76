import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RevealPanel from '$lib/components/classroom/RevealPanel.svelte';
import { buildReport } from '$lib/report/report';
import ReportPage from '../../src/routes/report/[token]/+page.svelte';
import { tinyQuiz } from '../fixtures/tiny-quiz';

const item = { index: 0, type: 'mcq' as const, answerMode: 'choice' as const, stem: 'Where did they meet?', options: ['Sochi', 'Minsk', 'Kyiv'], limitMs: 20_000 };
const text = 'The two leaders met in Sochi on Friday.';
const reveal = {
	key: 0,
	keyText: 'Sochi',
	counts: [3, 1, 0],
	answered: 4,
	correct: 3,
	close: 0,
	source: { text, keySpan: { start: text.indexOf('Sochi'), end: text.indexOf('Sochi') + 5 } }
};

describe('RevealPanel (the answer in a class game)', () => {
	// a fresh user saw a bare "3" beside an option, with no word for what it counted
	it('says what each option\'s count counts, to the eye and to a screen reader', () => {
		render(RevealPanel, { item, reveal });
		const lines = screen.getAllByRole('listitem').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
		expect(lines).toEqual([expect.stringMatching(/^Sochi ?\(the answer\) 3 players$/), 'Minsk 1 player', 'Kyiv 0 players']);
	});
});

describe('RevealPanel of an item nobody answered', () => {
	// it read "0 of 0 answers were right." (a fresh user's find)
	it('says no one answered', () => {
		render(RevealPanel, { item, reveal: { ...reveal, counts: [0, 0, 0], answered: 0, correct: 0 } });
		expect(screen.getByText('No one answered.')).toBeTruthy();
		expect(screen.queryByText(/0 of 0/)).toBeNull();
	});
});

describe("RevealPanel on a player's device", () => {
	// a fresh user could not tell, on the reveal, which option they had chosen
	it('says in words which option the player chose, beside the answer', () => {
		render(RevealPanel, { item, reveal, response: { kind: 'choice', option: 1 } });
		expect(screen.getByText(/^Your answer:/).textContent).toBe('Your answer: Minsk');
		const lines = screen.getAllByRole('listitem').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
		expect(lines[1]).toBe('Minsk (your answer) 1 player');
		expect(lines[0]).not.toMatch(/your answer/);
	});

	it('says a typed answer in words, and nothing of an answer where none was given', () => {
		const typed = { ...item, type: 'cloze' as const, answerMode: 'typed' as const, options: [] };
		const { unmount } = render(RevealPanel, { item: typed, reveal, response: { kind: 'text', text: 'Sochi' } });
		expect(screen.getByText(/^Your answer:/).textContent).toBe('Your answer: Sochi');
		unmount();
		render(RevealPanel, { item, reveal, response: null });
		expect(screen.queryByText(/Your answer/)).toBeNull();
	});
});

describe("the teacher's report", () => {
	it('says what each answer count counts', () => {
		const [first, second] = tinyQuiz.items;
		const report = buildReport({
			items: [first, second],
			students: [{ id: 'a', nickname: 'Ada' }, { id: 'b', nickname: 'Bo' }],
			answers: [
				{ studentId: 'a', itemIndex: 0, response: { kind: 'choice', option: first.key }, elapsedMs: 4000, correct: true, points: 900 },
				{ studentId: 'b', itemIndex: 0, response: { kind: 'choice', option: first.key }, elapsedMs: 5000, correct: true, points: 800 },
				{ studentId: 'a', itemIndex: 1, response: null, elapsedMs: 20_000, correct: false, points: 0 }
			]
		});
		const { container } = render(ReportPage, {
			data: { kind: 'homework', code: 'ABC123', studentUrl: 'http://x/h/ABC123', title: tinyQuiz.title, article: tinyQuiz.article, mode: 'timed', deadline: 0, open: false, report },
			form: null
		} as never);
		const counts = [...container.querySelectorAll('.choices li')].map((li) => li.textContent);
		expect(counts).toContain(`${first.options[first.key]}: 2 students (the answer)`);
		expect(counts).toContain('time up: 1 student');
	});
});
