import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import AnswerPad from '$lib/components/classroom/AnswerPad.svelte';
import type { LiveItem } from '$lib/classroom/types';

const estimateItem = {
	index: 0,
	stem: 'Moscow is ready to discuss the restructuring of Belarus’ £_____ million debt to Russia.',
	answerMode: 'estimate',
	options: [],
	numeric: { min: 0, max: 2_400_000_000, unit: 'GBP', scale: 1_000_000 },
	limitMs: 20_000
} as unknown as LiveItem;

const mcqItem: LiveItem = {
	index: 1,
	type: 'mcq',
	answerMode: 'choice',
	stem: 'Where did Lukashenko and Putin meet?',
	options: ['Minsk', 'Sochi', 'Moscow', 'Kazan'],
	limitMs: 20_000
};

const trueFalseItem: LiveItem = {
	index: 2,
	type: 'true-false',
	answerMode: 'choice',
	stem: 'Belarus owes Russia money.',
	options: ['True', 'False'],
	limitMs: 20_000
};

describe('AnswerPad (a student’s device in a class game)', () => {
	it('shows each option’s key and answers with 1 to 4, as solo play does', async () => {
		const onanswer = vi.fn();
		render(AnswerPad, { item: mcqItem, busy: false, describedBy: 'stem', onanswer });
		const sochi = screen.getByRole('button', { name: /Sochi/ });
		expect(sochi.getAttribute('aria-keyshortcuts')).toBe('2');
		expect(sochi.textContent).toContain('2');
		await fireEvent.keyDown(document.body, { key: '5' });
		await fireEvent.keyDown(document.body, { key: '3', ctrlKey: true });
		expect(onanswer).not.toHaveBeenCalled();
		await fireEvent.keyDown(document.body, { key: '2' });
		expect(onanswer).toHaveBeenCalledExactlyOnceWith({ kind: 'choice', option: 1 });
	});

	it('answers a true-false item with T, F, 1 or 2', async () => {
		const onanswer = vi.fn();
		render(AnswerPad, { item: trueFalseItem, busy: false, describedBy: 'stem', onanswer });
		for (const key of ['f', 'T', '1', '2']) await fireEvent.keyDown(document.body, { key });
		expect(onanswer.mock.calls.map(([response]) => response.option)).toEqual([1, 0, 0, 1]);
	});

	it('ignores keys while an answer is being sent', async () => {
		const onanswer = vi.fn();
		render(AnswerPad, { item: mcqItem, busy: true, describedBy: 'stem', onanswer });
		await fireEvent.keyDown(document.body, { key: '1' });
		expect(onanswer).not.toHaveBeenCalled();
	});

	it('leaves digits typed into an estimate box to the box', async () => {
		const onanswer = vi.fn();
		render(AnswerPad, { item: estimateItem, busy: false, describedBy: 'stem', onanswer });
		await fireEvent.keyDown(screen.getByRole('textbox'), { key: '1' });
		expect(onanswer).not.toHaveBeenCalled();
	});

	it('reads an estimate in the stem’s own terms, as solo play does: 772.6 in “£ million” is £772,600,000', async () => {
		const onanswer = vi.fn();
		render(AnswerPad, { item: estimateItem, busy: false, describedBy: 'stem', onanswer });
		const box = screen.getByRole('textbox', { name: 'Your estimate (£ million)' });
		await fireEvent.input(box, { target: { value: '772.6' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(onanswer).toHaveBeenCalledWith({ kind: 'number', value: 772_600_000 });
	});
});
