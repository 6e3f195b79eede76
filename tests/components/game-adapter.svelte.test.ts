import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcement } from '$lib/components/announce';
import { Game } from '$lib/game/game.svelte';
import { timeLimitMs } from '$lib/quiz/scoring';
import { fixtureQuiz } from '../game/fixture';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);

describe('the Game class in the browser', () => {
	let cleanups: (() => void)[] = [];
	beforeEach(() => {
		vi.useFakeTimers({ now: T0 });
		localStorage.clear();
	});
	afterEach(() => {
		cleanups.forEach((c) => c());
		cleanups = [];
		vi.useRealTimers();
	});

	function track<T>(read: () => T): T[] {
		const seen: T[] = [];
		cleanups.push(
			$effect.root(() => {
				$effect(() => {
					seen.push(read());
				});
			})
		);
		flushSync();
		return seen;
	}

	function newGame(mode: 'timed' | 'relaxed') {
		const game = new Game({ quiz: fixtureQuiz, mode, seed: 1 });
		cleanups.push(() => game.stop());
		return game;
	}

	it('updates what a component reads when the game changes, and saves it to localStorage', () => {
		const game = newGame('relaxed');
		const values = track(() => JSON.stringify(game.snapshot.value));
		game.start();
		flushSync();
		game.answer({ kind: 'choice', option: game.item!.item.key });
		flushSync();
		expect(values).toEqual(['"intro"', '{"item":"relaxed"}', '{"feedback":"correct"}']);
		expect(JSON.parse(localStorage.getItem(game.key)!).value).toEqual({ feedback: 'correct' });
	});

	it('counts the time left down while a component shows it', () => {
		const game = newGame('timed');
		game.start();
		const remaining = track(() => game.remainingMs);
		vi.advanceTimersByTime(1_000);
		flushSync();
		expect(remaining[0]).toBe(timeLimitMs(fixtureQuiz.items[0]));
		expect(remaining.at(-1)).toBe(timeLimitMs(fixtureQuiz.items[0]) - 1_000);
	});

	it('times the item out when its deadline passes', () => {
		const game = newGame('timed');
		game.start();
		const outcomes = track(() => game.outcome);
		vi.advanceTimersByTime(timeLimitMs(fixtureQuiz.items[0]));
		flushSync();
		expect(outcomes).toEqual([null, 'timedOut']);
	});

	it('resumes after a reload with the time it had left', () => {
		const first = newGame('timed');
		first.start();
		vi.advanceTimersByTime(5_000);
		first.stop();
		vi.setSystemTime(T0 + 8_000);
		const second = newGame('timed');
		expect(second.snapshot.value).toEqual({ item: 'timed' });
		expect(second.remainingMs).toBe(timeLimitMs(fixtureQuiz.items[0]) - 8_000);
		vi.advanceTimersByTime(timeLimitMs(fixtureQuiz.items[0]) - 8_000);
		expect(second.outcome).toBe('timedOut');
	});

	/** Lets `ms` pass a tick at a time, as the page's countdown does, flushing what it shows. */
	function wait(ms: number) {
		for (let t = 0; t < ms; t += 250) {
			vi.advanceTimersByTime(250);
			flushSync();
		}
	}

	/** What a screen reader hears of `said`: each text the live region takes, once. */
	const heard = (said: string[]) => said.filter((text, i) => text !== said[i - 1]);

	// WCAG 2.2 4.1.3: a reload at 7 s left said "10 seconds left" under a timer showing 7
	it('tells a screen reader the time left as the timer shows it after a reload mid-item, then only the 5 second warning', () => {
		const limit = timeLimitMs(fixtureQuiz.items[0]);
		const first = newGame('timed');
		first.start();
		first.stop();
		vi.setSystemTime(T0 + limit - 7_000);
		const second = newGame('timed');
		const said = track(() => announcement(second.feedback, second.remainingMs, second.joinedWithMs));
		const shown = track(() => (second.remainingMs === null ? null : Math.ceil(second.remainingMs / 1000)));
		expect(shown[0]).toBe(7);
		wait(4_000);
		expect(heard(said)).toEqual(['7 seconds left', '5 seconds left']);
	});

	it('gives the 10 and 5 second warnings after a reload with more than 10 s left', () => {
		const limit = timeLimitMs(fixtureQuiz.items[0]);
		const first = newGame('timed');
		first.start();
		first.stop();
		vi.setSystemTime(T0 + limit - 12_000);
		const second = newGame('timed');
		const said = track(() => announcement(second.feedback, second.remainingMs, second.joinedWithMs));
		wait(8_000);
		expect(heard(said)).toEqual(['', '10 seconds left', '5 seconds left']);
	});

	it('times out at once when a hidden tab is shown again after the deadline', () => {
		const game = newGame('timed');
		game.start();
		// A hidden tab's timers may not run at all; only the wall clock moves.
		vi.setSystemTime(T0 + 60_000);
		Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
		expect(game.outcome).toBe('timedOut');
		expect(game.feedback!.score.elapsedMs).toBe(timeLimitMs(fixtureQuiz.items[0]));
	});
});
