import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Countdown from '$lib/components/Countdown.svelte';
import Intro from '$lib/components/Intro.svelte';
import QuestionCard from '$lib/components/QuestionCard.svelte';
import ResultsSummary from '$lib/components/ResultsSummary.svelte';

describe('Intro', () => {
	it('offers timed and relaxed play, reports a change of mode, and starts', async () => {
		const onmodechange = vi.fn();
		const onstart = vi.fn();
		render(Intro, { itemCount: 9, seconds: { min: 15, max: 24 }, mode: 'timed', onmodechange, onstart });
		expect((screen.getByRole('radio', { name: /Timed/ }) as HTMLInputElement).checked).toBe(true);
		expect(screen.getByText(/15 to 24 seconds a question/)).toBeTruthy();
		await fireEvent.click(screen.getByRole('radio', { name: /Relaxed/ }));
		expect(onmodechange).toHaveBeenCalledWith('relaxed');
		await fireEvent.click(screen.getByRole('button', { name: /Start/ }));
		expect(onstart).toHaveBeenCalledOnce();
	});
});

describe('Countdown', () => {
	it('shows whole seconds left, rounded up, as a timer', () => {
		render(Countdown, { remainingMs: 14_100, totalMs: 20_000 });
		expect(screen.getByRole('timer', { name: 'Time left' }).textContent).toContain('15 s');
	});
});

describe('ResultsSummary', () => {
	it('shows the number right out of the total, the points and the best streak, and plays again', async () => {
		const onplayagain = vi.fn();
		render(ResultsSummary, { right: 5, close: 0, total: 9, points: 6200, bestStreak: 3, timed: false, onplayagain });
		const results = screen.getByRole('heading', { name: 'Results' });
		expect(document.activeElement).toBe(results);
		expect(screen.getByText('5 of 9')).toBeTruthy();
		expect(screen.getByText('6,200')).toBeTruthy();
		expect(screen.getByText('Relaxed round: no timer, no speed points')).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Play again' }));
		expect(onplayagain).toHaveBeenCalledOnce();
		expect(screen.queryByText('Close')).toBeNull();
	});

	it('counts the estimates that earned part of the points as close, apart from right', () => {
		render(ResultsSummary, { right: 5, close: 2, total: 9, points: 6200, bestStreak: 3, timed: true, onplayagain: vi.fn() });
		expect(screen.getByTestId('close-count').textContent).toBe('2');
		expect(screen.getByText('Close').tagName).toBe('DT');
	});
});

describe('QuestionCard', () => {
	// a fresh user's screen reader read the stem twice: as the name of the card's region, then as its heading
	it('gives the stem once to a screen reader: as its heading, not also as the name of a region', () => {
		render(QuestionCard, { number: 3, total: 8, stem: 'Which river burst its banks on Sunday?', prompt: 'Multiple choice', children: createRawSnippet(() => ({ render: () => '<p>options</p>' })) });
		expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Question 3 of 8 · Multiple choice');
		expect(screen.getByRole('heading', { level: 2, name: 'Which river burst its banks on Sunday?' })).toBeTruthy();
		expect(screen.queryAllByRole('region')).toEqual([]);
	});
});
