import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ResumeScreen from '$lib/components/ResumeScreen.svelte';
import { Game } from '$lib/game/game.svelte';
import { readSavedGame, type GameStorage } from '$lib/game/storage';
import type { GameMode } from '$lib/quiz/types';
import { fixtureQuiz } from '../game/fixture';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);

function memoryStorage(): GameStorage {
	const data = new Map<string, string>();
	return {
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key)
	};
}

/** A real game played to its second item (the first answered right), read back as saved. */
function savedOnSecondItem(mode: GameMode) {
	const storage = memoryStorage();
	let now = T0;
	const game = new Game({ quiz: fixtureQuiz, mode, seed: 42, storage, now: () => now, resume: false });
	game.start();
	now += 1_000;
	game.answer({ kind: 'choice', option: game.item!.item.key });
	now += 1_000;
	game.next();
	const points = game.score.points;
	game.stop();
	return { saved: readSavedGame({ quiz: fixtureQuiz, mode, seed: 1, storage })!, points, shownAt: now };
}

afterEach(() => vi.useRealTimers());

describe('ResumeScreen', () => {
	it('says where the saved game stands, takes focus, and continues or starts over', async () => {
		const { saved, points } = savedOnSecondItem('relaxed');
		const oncontinue = vi.fn();
		const onstartover = vi.fn();
		render(ResumeScreen, { saved, oncontinue, onstartover });
		const heading = screen.getByRole('heading', { name: 'Your game is saved' });
		expect(document.activeElement).toBe(heading);
		expect(screen.getByRole('region', { name: 'Your game is saved' })).toBeTruthy();
		expect(screen.getByText('You were on question 2 of 4.')).toBeTruthy();
		expect(screen.getByText(`${points.toLocaleString('en')} points · streak 1`)).toBeTruthy();
		expect(screen.queryByText(/seconds left/)).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: /Continue/ }));
		expect(oncontinue).toHaveBeenCalledOnce();
		expect(onstartover).not.toHaveBeenCalled();
		await fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
		expect(onstartover).toHaveBeenCalledOnce();
	});

	// homework's saved screen said "959 points" while the game and the report, scored by the server's clock, said 1,000
	it('shows the points and streak it is given instead of its own scoring, and none while they are awaited', async () => {
		const { saved } = savedOnSecondItem('timed');
		const { rerender } = render(ResumeScreen, { saved, oncontinue: vi.fn(), score: null });
		expect(screen.getByTestId('resume-score').textContent?.trim()).toBe('Your points show once the server has counted your answers.');
		await rerender({ saved, oncontinue: vi.fn(), score: { points: 1_000, streak: 1 } });
		expect(screen.getByTestId('resume-score').textContent?.trim()).toBe('1,000 points · streak 1');
	});

	it('offers Continue only when there is no Start over (homework: its answers are handed in)', async () => {
		const { saved } = savedOnSecondItem('relaxed');
		const oncontinue = vi.fn();
		render(ResumeScreen, { saved, oncontinue });
		expect(screen.getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['Continue Enter']);
		expect(screen.queryByText(/Start over/)).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: /Continue/ }));
		expect(oncontinue).toHaveBeenCalledOnce();
	});

	it('counts down the time left on an open timed item, which kept running, and says when it ran out', async () => {
		const { saved, shownAt } = savedOnSecondItem('timed');
		const limitS = (saved.context.deadline! - shownAt) / 1000;
		vi.useFakeTimers({ now: shownAt + 3_000, toFake: ['Date', 'setInterval', 'clearInterval'] });
		render(ResumeScreen, { saved, oncontinue: () => {}, onstartover: () => {} });
		expect(screen.getByTestId('resume-seconds').textContent).toBe(String(limitS - 3));
		vi.advanceTimersByTime(2_000);
		await tick();
		expect(screen.getByTestId('resume-seconds').textContent).toBe(String(limitS - 5));
		vi.advanceTimersByTime(limitS * 1000);
		await tick();
		expect(screen.getByText('Its time has run out: Continue shows the answer.')).toBeTruthy();
	});

	it('says the timer keeps running while the screen is shown, not only that it ran while away', () => {
		const { saved, shownAt } = savedOnSecondItem('timed');
		vi.useFakeTimers({ now: shownAt + 3_000, toFake: ['Date', 'setInterval', 'clearInterval'] });
		render(ResumeScreen, { saved, oncontinue: () => {}, onstartover: () => {} });
		expect(screen.getByTestId('resume-seconds').parentElement?.textContent).toMatch(/^Its timer keeps running, as it did while you were away: \d+ seconds left\.$/);
	});
});
