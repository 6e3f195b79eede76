import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import HomeworkNewPage from '../../src/routes/homework/new/+page.svelte';
import HomeworkCodePage from '../../src/routes/h/+page.svelte';
import JoinPage from '../../src/routes/join/+page.svelte';

const quizzes = [{ id: 'tiny-sochi', title: 'Lukashenko meets Putin in Sochi' }];

// a fresh user's focus was left on <body> by the homework form's refusal and on opening /join?code=...
describe('where focus starts on a form page', () => {
	it('is the deadline, marked invalid and described by the refusal, when the homework form refused it', () => {
		render(HomeworkNewPage, {
			data: { quizzes, chosen: 'tiny-sochi', deleted: false },
			form: { quiz: 'tiny-sochi', mode: 'timed', deadline: '2020-01-01T09:00', tz: 0, field: 'deadline', error: 'Choose a deadline in the future.' }
		} as never);
		const deadline = screen.getByLabelText(/^Deadline/);
		expect(document.activeElement).toBe(deadline);
		expect(deadline.getAttribute('aria-invalid')).toBe('true');
		expect(document.getElementById(deadline.getAttribute('aria-describedby')!)?.textContent).toBe('Choose a deadline in the future.');
		expect(screen.getByRole('combobox', { name: 'Quiz' }).getAttribute('aria-invalid')).toBeNull();
	});

	it('is the page heading, no field, on the homework form before anything was sent', () => {
		render(HomeworkNewPage, { data: { quizzes, chosen: 'tiny-sochi', deleted: false }, form: null } as never);
		expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Set a quiz as homework' }));
	});

	it('is the nickname when /join opens with the room code filled in from the link', () => {
		render(JoinPage, { data: { code: '123456' }, form: null } as never);
		expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Nickname' }));
	});

	it('is the room code when /join opens without one', () => {
		render(JoinPage, { data: { code: '' }, form: null } as never);
		expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Room code' }));
	});

	it('is the homework code on /h, before a code is typed and after one is refused', () => {
		const { unmount } = render(HomeworkCodePage, { data: { typed: '', error: null } } as never);
		expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Homework code' }));
		unmount();
		render(HomeworkCodePage, { data: { typed: 'K7M', error: 'A homework code has six letters and digits, like K7M2QP. Check it and try again.' } } as never);
		const code = screen.getByRole('textbox', { name: 'Homework code' });
		expect(document.activeElement).toBe(code);
		expect(code.getAttribute('aria-invalid')).toBe('true');
	});

	it('is the field a refused join names', () => {
		render(JoinPage, { data: { code: '123456' }, form: { code: '12345', nickname: 'Ann', note: '', field: 'code', error: 'A room code has six digits: type the six digits on the board.' } } as never);
		expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Room code' }));
	});
});
