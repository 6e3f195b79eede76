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

describe('AnswerPad (a student’s device in a class game)', () => {
	it('reads an estimate in the stem’s own terms, as solo play does: 772.6 in “£ million” is £772,600,000', async () => {
		const onanswer = vi.fn();
		render(AnswerPad, { item: estimateItem, busy: false, describedBy: 'stem', onanswer });
		const box = screen.getByRole('spinbutton', { name: 'Your estimate (£ million)' });
		await fireEvent.input(box, { target: { value: '772.6' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(onanswer).toHaveBeenCalledWith({ kind: 'number', value: 772_600_000 });
	});
});
