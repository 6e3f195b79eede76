import { afterEach, describe, expect, it } from 'vitest';
import { Game } from '$lib/game/game.svelte';
import { storageKey } from '$lib/game/storage';
import { timeLimitMs } from '$lib/quiz/scoring';
import { fixtureQuiz, memoryStorage } from './fixture';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);

const games: Game[] = [];
function game(options: Partial<ConstructorParameters<typeof Game>[0]> & { now: () => number }) {
	const g = new Game({ quiz: fixtureQuiz, mode: 'timed', seed: 42, storage: null, ...options });
	games.push(g);
	return g;
}
afterEach(() => games.splice(0).forEach((g) => g.stop()));

describe('Game (Svelte adapter)', () => {
	it('saves the game under a key per quiz and mode on every change', () => {
		const storage = memoryStorage();
		let now = T0;
		const g = game({ storage, now: () => now });
		expect(g.key).toBe(storageKey(fixtureQuiz.id, 'timed'));
		expect(JSON.parse(storage.data.get(g.key)!).value).toBe('intro');
		g.start();
		now += 1_000;
		g.answer({ kind: 'choice', option: g.item!.item.key });
		const saved = JSON.parse(storage.data.get(g.key)!);
		expect(saved.value).toEqual({ feedback: 'correct' });
		expect(saved.context.answers).toHaveLength(1);
	});

	it('resumes after a reload at the same item with the same answers, points and time left', () => {
		const storage = memoryStorage();
		let now = T0;
		const before = game({ storage, now: () => now });
		before.start();
		now += 1_000;
		before.answer({ kind: 'choice', option: before.item!.item.key });
		now += 1_000;
		before.next();
		const deadline = before.snapshot.context.deadline!;
		const optionsShown = before.item!.item.options;
		now += 4_000;
		before.stop();

		now += 3_000;
		const after = game({ storage, now: () => now, seed: 999 });
		expect(after.snapshot.value).toEqual({ item: 'timed' });
		expect(after.item!.index).toBe(1);
		expect(after.item!.item.options).toEqual(optionsShown);
		expect(after.score).toMatchObject({ right: 1, points: 972 });
		expect(after.remainingMs).toBe(deadline - now);
		expect(after.remainingMs).toBe(timeLimitMs(fixtureQuiz.items[1]) - 7_000);
	});

	it('times out on resume when the item ran out of time while the page was closed', () => {
		const storage = memoryStorage();
		let now = T0;
		const before = game({ storage, now: () => now });
		before.start();
		before.stop();
		now += 10 * 60_000;
		const after = game({ storage, now: () => now });
		expect(after.outcome).toBe('timedOut');
		expect(after.feedback!.score.points).toBe(0);
	});

	it('starts afresh when the saved game is corrupt or belongs to another mode', () => {
		const storage = memoryStorage();
		storage.setItem(storageKey(fixtureQuiz.id, 'timed'), '{not json');
		const g = game({ storage, now: () => T0 });
		expect(g.snapshot.value).toBe('intro');
		const blocked = { ...storage, getItem: () => { throw new DOMException('blocked', 'SecurityError'); } };
		expect(game({ storage: blocked, now: () => T0 }).snapshot.value).toBe('intro');
		const relaxed = game({ storage, now: () => T0, mode: 'relaxed' });
		expect(relaxed.snapshot.value).toBe('intro');
		relaxed.start();
		expect(relaxed.snapshot.value).toEqual({ item: 'relaxed' });
		expect(g.snapshot.value).toBe('intro');
	});

	it('starts a challenge afresh when the saved game used another option order', () => {
		const storage = memoryStorage();
		let now = T0;
		const mine = game({ storage, now: () => now, seed: 5 });
		mine.start();
		mine.stop();
		now += 1_000;
		const challenge = game({ storage, now: () => now, seed: 77, requireSeed: true });
		expect(challenge.snapshot.value).toBe('intro');
		expect(challenge.snapshot.context.seed).toBe(77);
		challenge.start();
		challenge.stop();
		const again = game({ storage, now: () => now, seed: 77, requireSeed: true });
		expect(again.snapshot.value).toEqual({ item: 'timed' });
	});

	it('starts afresh and overwrites the saved game when told not to resume', () => {
		const storage = memoryStorage();
		const before = game({ storage, now: () => T0 });
		before.start();
		before.stop();
		const fresh = game({ storage, now: () => T0 + 1_000, resume: false });
		expect(fresh.snapshot.value).toBe('intro');
		expect(JSON.parse(storage.data.get(fresh.key)!).value).toBe('intro');
	});

	it('plays without storage on the server', () => {
		let now = T0;
		const g = game({ now: () => now, mode: 'relaxed' });
		g.start();
		now += 90_000;
		g.answer({ kind: 'choice', option: g.item!.item.key });
		expect(g.feedback).toMatchObject({ outcome: 'correct', score: { points: 1000 } });
		expect(g.remainingMs).toBeNull();
	});
});
