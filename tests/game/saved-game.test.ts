import { afterEach, describe, expect, it } from 'vitest';
import { Game } from '$lib/game/game.svelte';
import { savedGameAt, selectAnswerInputs, selectSavedProgress } from '$lib/game/selectors';
import { readSavedGame, storageKey, type GameStorage } from '$lib/game/storage';
import { timeLimitMs } from '$lib/quiz/scoring';
import type { GameMode } from '$lib/quiz/types';
import { fixtureQuiz, memoryStorage } from './fixture';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);

const games: Game[] = [];
/** A real game saved to `storage`, as the play page's `Game` saves it. */
function play(storage: GameStorage, mode: GameMode, now: () => number, seed = 42): Game {
	const game = new Game({ quiz: fixtureQuiz, mode, seed, storage, now, resume: false });
	games.push(game);
	return game;
}
afterEach(() => games.splice(0).forEach((g) => g.stop()));

const read = (storage: GameStorage, mode: GameMode = 'timed', extra: { seed?: number; requireSeed?: boolean } = {}) =>
	readSavedGame({ quiz: fixtureQuiz, mode, seed: extra.seed ?? 1, requireSeed: extra.requireSeed, storage });

describe('readSavedGame and selectSavedProgress (a saved game read without the machine)', () => {
	it('reads a timed game saved on its second item: question 2 of 4, the points so far and the deadline', () => {
		const storage = memoryStorage();
		let now = T0;
		const game = play(storage, 'timed', () => now);
		game.start();
		now += 1_000;
		game.answer({ kind: 'choice', option: game.item!.item.key });
		now += 1_000;
		game.next();
		const deadline = game.snapshot.context.deadline!;

		const saved = read(storage);
		expect(saved?.phase).toBe('item');
		const progress = selectSavedProgress(saved!);
		expect(progress).toMatchObject({ phase: 'item', number: 2, total: 4, deadline });
		expect(deadline).toBe(now + timeLimitMs(fixtureQuiz.items[1]));
		expect(progress.score).toMatchObject({ right: 1, points: game.score.points, streak: 1 });
		expect(progress.score.points).toBe(972);
	});

	it('reads the feedback and the results phases, with no deadline off a timed item', () => {
		const storage = memoryStorage();
		let now = T0;
		const game = play(storage, 'relaxed', () => now);
		game.start();
		now += 5_000;
		game.answer({ kind: 'choice', option: (game.item!.item.key + 1) % game.item!.item.options.length });
		expect(selectSavedProgress(read(storage, 'relaxed')!)).toMatchObject({
			phase: 'feedback',
			number: 1,
			deadline: null,
			score: { right: 0, points: 0, streak: 0 }
		});
		for (const response of [
			{ kind: 'choice', option: 0 },
			{ kind: 'text', text: 'Minsk' },
			{ kind: 'number', value: 774 }
		] as const) {
			game.next();
			game.answer(response);
		}
		game.next();
		expect(game.results).not.toBeNull();
		expect(selectSavedProgress(read(storage, 'relaxed')!)).toMatchObject({
			phase: 'results',
			total: 4,
			score: { right: game.results!.right, points: game.results!.points }
		});
	});

	it('gives the saved answers as the server takes them, the same the game would post (homework hands them in again)', () => {
		const storage = memoryStorage();
		let now = T0;
		const game = play(storage, 'relaxed', () => now);
		game.start();
		now += 2_500;
		game.answer({ kind: 'choice', option: 0 });
		game.next();
		now += 4_000;
		game.answer({ kind: 'choice', option: 1 });
		const inputs = selectAnswerInputs(read(storage, 'relaxed')!);
		expect(inputs).toEqual(game.answerInputs);
		expect(inputs.map((a) => a.elapsedMs)).toEqual([2_500, 4_000]);
	});

	it('offers nothing for a game never started, another mode, another version of the quiz or corrupt storage', () => {
		const storage = memoryStorage();
		const game = play(storage, 'timed', () => T0);
		expect(storage.data.get(storageKey(fixtureQuiz.id, 'timed'))).toBeDefined();
		expect(read(storage)).toBeNull();
		game.start();
		expect(read(storage)).not.toBeNull();
		expect(read(storage, 'relaxed')).toBeNull();

		const key = storageKey(fixtureQuiz.id, 'timed');
		const saved = JSON.parse(storage.data.get(key)!);
		storage.setItem(key, JSON.stringify({ ...saved, context: { ...saved.context, quiz: { ...saved.context.quiz, items: saved.context.quiz.items.slice(1) } } }));
		expect(read(storage)).toBeNull();
		storage.setItem(key, JSON.stringify({ ...saved, context: { ...saved.context, index: 9 } }));
		expect(read(storage)).toBeNull();
		storage.setItem(key, JSON.stringify({ ...saved, context: { ...saved.context, answers: [{ response: null, elapsedMs: -5 }] } }));
		expect(read(storage)).toBeNull();
		storage.setItem(key, '{not json');
		expect(read(storage)).toBeNull();
		const blocked = { ...storage, getItem: () => { throw new DOMException('blocked', 'SecurityError'); } };
		expect(read(blocked)).toBeNull();
		expect(readSavedGame({ quiz: fixtureQuiz, mode: 'timed', seed: 1, storage: null })).toBeNull();
	});

	it('offers a challenge only the game played with its seed', () => {
		const storage = memoryStorage();
		play(storage, 'timed', () => T0, 5).start();
		expect(read(storage, 'timed', { seed: 77, requireSeed: true })).toBeNull();
		expect(read(storage, 'timed', { seed: 5, requireSeed: true })).not.toBeNull();
		expect(read(storage, 'timed', { seed: 77 })).not.toBeNull();
	});

	it('leaves the saved game in storage as it was', () => {
		const storage = memoryStorage();
		play(storage, 'timed', () => T0).start();
		const before = new Map(storage.data);
		selectSavedProgress(read(storage)!);
		expect(storage.data).toEqual(before);
	});
});

describe('savedGameAt (a saved game as it stands when the student comes back)', () => {
	it('records the time-up of a timed item whose deadline passed as the machine does when the game resumes', () => {
		const storage = memoryStorage();
		let now = T0;
		const game = play(storage, 'timed', () => now);
		game.start();
		now += 2_000;
		game.answer({ kind: 'choice', option: game.item!.item.key });
		now += 1_000;
		game.next();
		const saved = read(storage)!;
		const deadline = saved.context.deadline!;
		game.stop();

		now = deadline + 60_000;
		const found = savedGameAt(saved, now);
		const resumed = new Game({ quiz: fixtureQuiz, mode: 'timed', seed: 1, storage, now: () => now });
		games.push(resumed);
		expect(found.phase).toBe('feedback');
		expect(found.value).toEqual(resumed.snapshot.value);
		expect(found.context).toEqual(resumed.snapshot.context);
		expect(found.context.answers.at(-1)).toEqual({ itemId: fixtureQuiz.items[1].id, response: null, at: deadline, elapsedMs: deadline - saved.context.shownAt! });
	});

	it('leaves a timed item whose deadline is still ahead as it was saved', () => {
		const storage = memoryStorage();
		let now = T0;
		play(storage, 'timed', () => now).start();
		const saved = read(storage)!;
		expect(savedGameAt(saved, saved.context.deadline! - 1)).toBe(saved);
	});
});
