import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { maskedHeadline } from '$lib/quiz/masked-headline';
import { buildReport } from '$lib/report/report';
import HomeworkPage from '../../src/routes/h/[code=homeworkcode]/+page.svelte';
import JoinPage from '../../src/routes/join/+page.svelte';
import ReportPage from '../../src/routes/report/[token]/+page.svelte';
import { tinyQuiz } from '../fixtures/tiny-quiz';

const HINT = 'Only your teacher sees this, in their report: never the class or the projector.';

/** The text of the element that describes `field` (its `aria-describedby`), spaces squeezed. */
const description = (field: HTMLElement) =>
	(field.getAttribute('aria-describedby') ?? '')
		.split(' ')
		.map((id) => document.getElementById(id)?.textContent?.trim())
		.join(' ');

// a fresh user met the same field as "Real name", "For your teacher only", "Note" and "each
// player's note" on four screens
describe("the field for a student's real name", () => {
	it('is "Real name (optional)" with the same help on the class game\'s join form', () => {
		render(JoinPage, { data: { code: '' }, form: null } as never);
		expect(description(screen.getByRole('textbox', { name: 'Real name (optional)' }))).toBe(HINT);
	});

	it("is \"Real name (optional)\" with the same help on the homework's join form", async () => {
		render(HomeworkPage, {
			data: { code: 'ABC123', quiz: { ...tinyQuiz, id: 'homework-ABC123' }, maskedTitle: maskedHeadline(tinyQuiz), mode: 'relaxed', deadline: Date.now() + 86_400_000, open: true, serverNow: Date.now() }
		} as never);
		expect(description(await screen.findByRole('textbox', { name: 'Real name (optional)' }))).toBe(HINT);
	});

	it("is the \"Real name\" column of the teacher's report", () => {
		const report = buildReport({ items: tinyQuiz.items, students: [{ id: 'a', nickname: 'Ada', note: 'Ada Lovelace' }], answers: [] });
		render(ReportPage, {
			data: { kind: 'homework', code: 'ABC123', studentUrl: 'http://x/h/ABC123', title: tinyQuiz.title, article: tinyQuiz.article, mode: 'timed', deadline: 0, open: false, report },
			form: null
		} as never);
		expect(screen.getByRole('columnheader', { name: 'Real name' })).toBeTruthy();
		expect(document.body.textContent).not.toMatch(/\bnote\b/i);
	});
});
