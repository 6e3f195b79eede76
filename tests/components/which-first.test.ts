import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ItemScreen from '$lib/components/ItemScreen.svelte';
import { shuffleOptions } from '$lib/quiz/scoring';
import type { Item } from '$lib/quiz/types';
import { WHICH_FIRST_STEM } from '$lib/quiz/which-first';

const sentence = 'He volunteered for the merchant navy in 1940 and rose to the rank of chief mate.';
const item: Item = {
	id: 'reval-s19-wf',
	type: 'which-first',
	factType: 'date',
	stem: WHICH_FIRST_STEM,
	options: ['Tomas Reval entered the cabinet', 'Tomas Reval volunteered for the merchant navy', 'The Liberals returned to power', 'Norland went to the polls'],
	key: 1,
	source: { sentence: 19, paragraph: 5, start: 0, end: sentence.length, text: sentence, keySpan: { start: 40, end: 44 } },
	checks: ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'],
	difficulty: 0.9
};

describe('a which-first item in play', () => {
	it('is asked as "Which came first" with its events as options, and answered by choosing one', async () => {
		const { item: shown, order } = shuffleOptions(item, 5);
		const onanswer = vi.fn();
		render(ItemScreen, { current: { item: shown, order, index: 2, total: 10, limitMs: null }, remainingMs: null, onanswer });
		expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Question 3 of 10 · Which came first');
		expect(screen.getByText(WHICH_FIRST_STEM)).toBeTruthy();
		const buttons = screen.getAllByRole('button');
		expect(buttons.map((b) => b.textContent?.replace(/^\s*\w\s*/, '').trim()).sort()).toEqual([...item.options].sort());
		await fireEvent.click(screen.getByRole('button', { name: /volunteered for the merchant navy/ }));
		expect(onanswer).toHaveBeenCalledWith({ kind: 'choice', option: shown.key });
	});
});
