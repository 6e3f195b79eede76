import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportAnswerInput } from '$lib/report/report';
import type { Item } from '$lib/quiz/types';
import ReportPage from '../../src/routes/report/[token]/+page.svelte';
import { tinyQuiz } from '../fixtures/tiny-quiz';

const base = tinyQuiz.items.find((item) => (item.answerMode ?? 'choice') === 'choice' && item.type !== 'true-false')!;
const items: Item[] = [
	{ ...base, id: 'otters', stem: 'How many otters did the wardens count on the weir?' },
	{ ...base, id: 'kiln', stem: 'Which village rebuilt its brick kiln last spring?' }
];
const students = [
	{ id: 'p', nickname: 'Pip' },
	{ id: 'q', nickname: 'Quill' }
];
const right = (studentId: string, itemIndex: number): ReportAnswerInput => ({
	studentId, itemIndex, response: { kind: 'choice', option: base.key }, elapsedMs: 3000, correct: true, points: 900
});
const wrong = (studentId: string, itemIndex: number): ReportAnswerInput => ({
	studentId, itemIndex, response: { kind: 'choice', option: (base.key + 1) % base.options.length }, elapsedMs: 3000, correct: false, points: 0
});

/** The teacher's report page of a homework (`kind` 'homework') or a live room, drawn from `answers`; `open`: still taking answers. */
function renderReport(kind: 'homework' | 'room', answers: ReportAnswerInput[], { open = true } = {}) {
	const report = buildReport({ items, students, answers });
	const common = { code: '123456', title: 'The weir', article: tinyQuiz.article, open, report };
	const data =
		kind === 'homework'
			? { ...common, kind, studentUrl: 'http://x/h/ABC123', mode: 'timed', deadline: Date.now() + 86_400_000 }
			: { ...common, kind, studentUrl: 'http://x/join?code=123456', phase: 'question' };
	return render(ReportPage, { data, form: null } as never);
}

/** The section under "What the class missed most", up to the next heading, as read out. */
function missedSection(): string {
	const heading = screen.getByRole('heading', { name: 'What the class missed most' });
	let text = '';
	for (let node = heading.nextElementSibling; node && !/^H\d$/.test(node.tagName); node = node.nextElementSibling) text += node.textContent;
	return text.replace(/\s+/g, ' ').trim();
}

// a fresh user's report listed "Q1 ... 100% right (1 of 1)" under "What the class missed most"
describe('"What the class missed most" in the teacher\'s report', () => {
	for (const kind of ['homework', 'room'] as const) {
		it(`lists only items someone missed (${kind})`, () => {
			renderReport(kind, [right('p', 0), right('q', 0), right('p', 1), wrong('q', 1)]);
			const section = missedSection();
			expect(section).toContain('Q2: Which village rebuilt its brick kiln last spring? 50% right (1 of 2)');
			expect(section).not.toContain('otters');
			expect(section).not.toContain('100%');
		});

		it(`says plainly that nothing was missed when every answer is right (${kind})`, () => {
			renderReport(kind, [right('p', 0), right('q', 1)]);
			expect(missedSection()).toBe('Nothing missed: every answer so far is right.');
		});
	}

	// a fresh user's closed homework, 6 of 7 questions unanswered, read "every answer so far is right"
	it('does not call questions nobody answered right once the homework is closed', () => {
		renderReport('homework', [right('p', 0), right('q', 0)], { open: false });
		expect(missedSection()).toBe('No answer given was missed: every answer is right, but 1 of 2 questions had no answer.');
	});

	it('says which questions have no answer yet while the homework is open', () => {
		renderReport('homework', [right('p', 1)]);
		expect(missedSection()).toBe('No answer given was missed: every answer so far is right, but 1 of 2 questions have no answer yet.');
	});

	it('still says there are no answers before anyone answers', () => {
		renderReport('homework', []);
		expect(missedSection()).toBe('No answers yet.');
	});
});
