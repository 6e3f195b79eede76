import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ItemScreen from '$lib/components/ItemScreen.svelte';
import { shuffleOptions } from '$lib/quiz/scoring';
import type { Item } from '$lib/quiz/types';
import { WHICH_FIRST_STEM } from '$lib/quiz/which-first';

const sentence = 'He enlisted in the Royal Navy in 1942 and rose to the rank of lieutenant.';
const item: Item = {
	id: 'callaghan-s19-wf',
	type: 'which-first',
	factType: 'date',
	stem: WHICH_FIRST_STEM,
	options: ['Jim Callaghan entered Downing Street', 'Jim Callaghan enlisted in the Royal Navy', 'Labour returned to power', 'Britain went to the polls'],
	key: 1,
	source: { sentence: 19, paragraph: 5, start: 0, end: sentence.length, text: sentence, keySpan: { start: 33, end: 37 } },
	checks: ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'],
	difficulty: 0.9
};

describe('a which-first item in play', () => {
	it('is asked as "Which came first?" with its events as options, and answered by choosing one', async () => {
		const { item: shown, order } = shuffleOptions(item, 5);
		const onanswer = vi.fn();
		render(ItemScreen, { current: { item: shown, order, index: 2, total: 10, limitMs: null }, remainingMs: null, onanswer });
		expect(screen.getByText(/Which came first\?/)).toBeTruthy();
		expect(screen.getByText(WHICH_FIRST_STEM)).toBeTruthy();
		const buttons = screen.getAllByRole('button');
		expect(buttons.map((b) => b.textContent?.replace(/^\s*\w\s*/, '').trim()).sort()).toEqual([...item.options].sort());
		await fireEvent.click(screen.getByRole('button', { name: /enlisted in the Royal Navy/ }));
		expect(onanswer).toHaveBeenCalledWith({ kind: 'choice', option: shown.key });
	});
});
