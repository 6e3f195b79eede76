import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { gameMachine, type GameInput } from '$lib/game/machine';
import {
	selectAnswerInputs,
	selectCurrentItem,
	selectFeedback,
	selectRemainingMs,
	selectResults,
	selectScore
} from '$lib/game/selectors';
import { scoreGame, timeLimitMs } from '$lib/quiz/scoring';
import type { GameMode, Response } from '$lib/quiz/types';
import { sealItem } from '$lib/quiz/sealed';
import { fixtureQuiz } from './fixture';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);

function play(mode: GameMode, seed = 42) {
	const clock = new SimulatedClock();
	clock.set(T0);
	const input: GameInput = { quiz: fixtureQuiz, mode, seed };
	const actor = createActor(gameMachine, { input, clock }).start();
	// Events are stamped by the same clock that runs the timers, as Date.now() does in the browser.
	const send = (event: Parameters<typeof actor.send>[0]) => {
		clock.set(Math.max(clock.now(), event.at));
		actor.send(event);
	};
	return { clock, actor, input, send, snap: () => actor.getSnapshot() };
}

/** The right response to the item on screen, in display order. */
function rightResponse(snapshot: ReturnType<ReturnType<typeof play>['snap']>): Response {
	const current = selectCurrentItem(snapshot);
	if (!current) throw new Error('no item on screen');
	const mode = current.item.answerMode ?? 'choice';
	if (mode === 'typed') return { kind: 'text', text: 'lukashenko' };
	if (mode === 'estimate') return { kind: 'number', value: current.item.numeric!.value };
	return { kind: 'choice', option: current.item.key };
}

function wrongResponse(snapshot: ReturnType<ReturnType<typeof play>['snap']>): Response {
	const current = selectCurrentItem(snapshot)!;
	const mode = current.item.answerMode ?? 'choice';
	if (mode === 'typed') return { kind: 'text', text: 'Putin' };
	if (mode === 'estimate') return { kind: 'number', value: 1 };
	return { kind: 'choice', option: (current.item.key + 1) % current.item.options.length };
}

const limit0 = timeLimitMs(fixtureQuiz.items[0]);

describe('game machine in timed mode', () => {
	it('starts on the intro and shows the first item with its deadline when the quiz is started', () => {
		const { send, snap } = play('timed');
		expect(snap().value).toBe('intro');
		send({ type: 'quiz.started', at: T0 });
		expect(snap().value).toEqual({ item: 'timed' });
		expect(snap().hasTag('countdown')).toBe(true);
		expect(snap().context.deadline).toBe(T0 + limit0);
		expect(selectRemainingMs(snap(), T0 + 3_000)).toBe(limit0 - 3_000);
		expect(selectCurrentItem(snap())).toMatchObject({ index: 0, total: 4, limitMs: 18_000 });
	});

	it('times out an unanswered item at its deadline, with no points and a broken streak', () => {
		const { clock, send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		send({ type: 'answer.submitted', response: rightResponse(snap()), at: T0 + 400 });
		send({ type: 'next.requested', at: T0 + 2_000 });
		const deadline = snap().context.deadline!;
		clock.set(deadline - 1);
		expect(snap().matches('item')).toBe(true);
		clock.set(deadline);
		expect(snap().value).toEqual({ feedback: 'timedOut' });
		const feedback = selectFeedback(snap())!;
		expect(feedback.response).toBeNull();
		expect(feedback.score).toMatchObject({ points: 0, streak: 0, timedOut: true, elapsedMs: feedback.limitMs });
		expect(feedback.totalPoints).toBe(1000);
	});

	it('accepts an answer stamped exactly at the deadline', () => {
		const { send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		send({ type: 'answer.submitted', response: rightResponse(snap()), at: T0 + limit0 });
		expect(snap().value).toEqual({ feedback: 'correct' });
		expect(selectFeedback(snap())!.score.points).toBe(500);
	});

	it('counts an answer at the moment of time-up exactly once when the time-up is processed first', () => {
		const { clock, send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		const response = rightResponse(snap());
		clock.set(T0 + limit0);
		expect(snap().value).toEqual({ feedback: 'timedOut' });
		send({ type: 'answer.submitted', response, at: T0 + limit0 });
		expect(snap().value).toEqual({ feedback: 'correct' });
		send({ type: 'answer.submitted', response, at: T0 + limit0 });
		expect(snap().context.answers).toHaveLength(1);
		expect(selectScore(snap())).toMatchObject({ right: 1, points: 500 });
	});

	it('refuses a late answer after time-up when it was given after the deadline', () => {
		const { clock, send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		const response = rightResponse(snap());
		clock.set(T0 + limit0);
		send({ type: 'answer.submitted', response, at: T0 + limit0 + 1 });
		expect(snap().value).toEqual({ feedback: 'timedOut' });
		expect(selectScore(snap()).points).toBe(0);
	});

	it('records a time-up, not the answer, when an answer stamped after the deadline arrives before the timer fires', () => {
		const { actor, send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		// A throttled background tab: the timer has not fired, but the answer's time is late.
		actor.send({ type: 'answer.submitted', response: rightResponse(snap()), at: T0 + limit0 + 250 });
		expect(snap().value).toEqual({ feedback: 'timedOut' });
		expect(snap().context.answers[0]).toMatchObject({ response: null, elapsedMs: limit0 });
	});

	it('ignores a timer.expired event stamped before the deadline', () => {
		const { send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		send({ type: 'timer.expired', at: T0 + limit0 - 1 });
		expect(snap().matches('item')).toBe(true);
	});

	it('refuses a second answer to the same item', () => {
		const { send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		const right = rightResponse(snap());
		const wrong = wrongResponse(snap());
		send({ type: 'answer.submitted', response: wrong, at: T0 + 1_000 });
		send({ type: 'answer.submitted', response: right, at: T0 + 1_200 });
		expect(snap().value).toEqual({ feedback: 'incorrect' });
		expect(snap().can({ type: 'answer.submitted', response: right, at: T0 + 1_300 })).toBe(false);
		expect(snap().context.answers).toHaveLength(1);
	});

	it('ignores a choice outside the options', () => {
		const { send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		send({ type: 'answer.submitted', response: { kind: 'choice', option: 9 }, at: T0 + 1_000 });
		expect(snap().matches('item')).toBe(true);
		expect(snap().context.answers).toHaveLength(0);
	});

	it('records responses in the quiz option order while the player sees a shuffled order', () => {
		const { send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		const { item, order } = selectCurrentItem(snap())!;
		send({ type: 'answer.submitted', response: { kind: 'choice', option: item.key }, at: T0 + 1_000 });
		expect(snap().context.answers[0].response).toEqual({ kind: 'choice', option: fixtureQuiz.items[0].key });
		expect(order[item.key]).toBe(fixtureQuiz.items[0].key);
		expect(selectFeedback(snap())!.response).toEqual({ kind: 'choice', option: item.key });
	});

	it('scores all right answers with speed points and a growing streak bonus', () => {
		const { send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		let at = T0;
		for (let i = 0; i < 4; i++) {
			send({ type: 'answer.submitted', response: rightResponse(snap()), at: at + 400 });
			expect(snap().value).toEqual({ feedback: 'correct' });
			at += 5_000;
			send({ type: 'next.requested', at });
		}
		expect(snap().value).toBe('results');
		const results = selectResults(snap())!;
		// 4 × 1000 full speed points (within 500 ms) + streak bonuses 0 + 100 + 200 + 300.
		expect(results).toMatchObject({ right: 4, total: 4, points: 4_600, bestStreak: 4 });
		expect(results.rows.map((r) => r.score.elapsedMs)).toEqual([400, 400, 400, 400]);
	});

	it('scores all wrong answers with no points and no streak', () => {
		const { send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		let at = T0;
		for (let i = 0; i < 4; i++) {
			send({ type: 'answer.submitted', response: wrongResponse(snap()), at: at + 3_000 });
			expect(snap().value).toEqual({ feedback: 'incorrect' });
			at += 10_000;
			send({ type: 'next.requested', at });
		}
		expect(selectResults(snap())).toMatchObject({ right: 0, total: 4, points: 0, bestStreak: 0 });
	});

	it('goes from the last item to the results and reports each item', () => {
		const { clock, send, snap } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		send({ type: 'answer.submitted', response: rightResponse(snap()), at: T0 + 2_000 });
		send({ type: 'next.requested', at: T0 + 4_000 });
		send({ type: 'answer.submitted', response: rightResponse(snap()), at: T0 + 4_400 });
		send({ type: 'next.requested', at: T0 + 6_000 });
		clock.set(snap().context.deadline!);
		const shownAt = clock.now() + 1_000;
		send({ type: 'next.requested', at: shownAt });
		send({ type: 'answer.submitted', response: { kind: 'number', value: 1.2e9 }, at: shownAt + 11_000 });
		expect(snap().value).toEqual({ feedback: 'partial' });
		expect(snap().hasTag('finished')).toBe(false);
		send({ type: 'next.requested', at: clock.now() + 20_000 });
		expect(snap().value).toBe('results');
		const results = selectResults(snap())!;
		// Hand-computed in tests/quiz/scoring.test.ts: 944 + (1000 + 100) + 0 + 507.
		expect(results).toMatchObject({ right: 2, total: 4, points: 2_551, bestStreak: 2 });
		expect(results.rows.map((r) => [r.score.correct, r.score.points, r.score.elapsedMs])).toEqual([
			[true, 944, 2_000],
			[true, 1_100, 400],
			[false, 0, 22_000],
			[false, 507, 11_000]
		]);
		expect(results.rows[2].response).toBeNull();
		expect(results.rows.map((r) => r.outcome)).toEqual(['correct', 'correct', 'timedOut', 'partial']);
		// The server scores the posted answers to the same figures.
		const posted = JSON.parse(JSON.stringify(selectAnswerInputs(snap())));
		expect(scoreGame({ quiz: fixtureQuiz, mode: 'timed', answers: posted }).points).toBe(2_551);
		expect(snap().can({ type: 'next.requested', at: clock.now() })).toBe(false);
	});
});

describe('game machine resume', () => {
	it('resumes a restored game mid-item with the time it had left', () => {
		const first = play('timed');
		first.send({ type: 'quiz.started', at: T0 });
		first.send({ type: 'answer.submitted', response: rightResponse(first.snap()), at: T0 + 1_000 });
		first.send({ type: 'next.requested', at: T0 + 3_000 });
		first.clock.set(T0 + 8_000);
		const saved = JSON.parse(JSON.stringify(first.actor.getPersistedSnapshot()));
		const deadline = first.snap().context.deadline!;
		first.actor.stop();

		const clock = new SimulatedClock();
		clock.set(T0 + 11_000);
		const actor = createActor(gameMachine, { input: first.input, snapshot: saved, clock }).start();
		actor.send({ type: 'game.resumed', at: clock.now() });
		expect(actor.getSnapshot().value).toEqual({ item: 'timed' });
		expect(actor.getSnapshot().context.index).toBe(1);
		expect(selectScore(actor.getSnapshot())).toMatchObject({ right: 1, points: 972 });
		expect(selectRemainingMs(actor.getSnapshot(), clock.now())).toBe(deadline - (T0 + 11_000));
		clock.set(deadline - 1);
		expect(actor.getSnapshot().matches('item')).toBe(true);
		clock.set(deadline);
		expect(actor.getSnapshot().value).toEqual({ feedback: 'timedOut' });
		expect(actor.getSnapshot().context.answers).toHaveLength(2);
	});

	it('counts a served item down from the time the server says it has left, and times it out then', () => {
		const game = play('timed');
		game.send({ type: 'quiz.started', at: T0 });
		// the server handed the item out 9 s before this page asked again (a reload): 6 s are left, not the whole limit
		game.send({ type: 'item.served', at: T0 + 200, remainingMs: 6_000 });
		expect(selectRemainingMs(game.snap(), T0 + 200)).toBe(6_000);
		game.clock.set(T0 + 6_199);
		expect(game.snap().matches('item')).toBe(true);
		game.clock.set(T0 + 6_200);
		expect(game.snap().value).toEqual({ feedback: 'timedOut' });
	});

	it('times out at once an item the server serves with no time left', () => {
		const game = play('timed');
		game.send({ type: 'quiz.started', at: T0 });
		game.send({ type: 'item.served', at: T0 + 100, remainingMs: 0 });
		expect(game.snap().value).toEqual({ feedback: 'timedOut' });
		expect(game.snap().context.answers).toEqual([expect.objectContaining({ response: null })]);
	});

	it('has no timer on a restored actor until game.resumed re-arms it (statelyai/xstate#5331)', () => {
		const first = play('timed');
		first.send({ type: 'quiz.started', at: T0 });
		const saved = JSON.parse(JSON.stringify(first.actor.getPersistedSnapshot()));
		const clock = new SimulatedClock();
		clock.set(T0 + 1_000);
		const actor = createActor(gameMachine, { input: first.input, snapshot: saved, clock }).start();
		clock.set(T0 + limit0 + 5_000);
		expect(actor.getSnapshot().matches('item')).toBe(true);
		actor.send({ type: 'game.resumed', at: clock.now() });
		expect(actor.getSnapshot().value).toEqual({ feedback: 'timedOut' });
	});

	it('times out at once a restored item whose deadline passed while the page was closed', () => {
		const first = play('timed');
		first.send({ type: 'quiz.started', at: T0 });
		const saved = JSON.parse(JSON.stringify(first.actor.getPersistedSnapshot()));
		const clock = new SimulatedClock();
		clock.set(T0 + 60 * 60_000);
		const actor = createActor(gameMachine, { input: first.input, snapshot: saved, clock }).start();
		actor.send({ type: 'game.resumed', at: clock.now() });
		expect(actor.getSnapshot().value).toEqual({ feedback: 'timedOut' });
		expect(actor.getSnapshot().context.answers[0]).toMatchObject({ response: null, elapsedMs: limit0 });
	});

	it('keeps one timer when game.resumed arrives while the timer runs', () => {
		const { clock, send, snap, actor } = play('timed');
		send({ type: 'quiz.started', at: T0 });
		clock.set(T0 + 5_000);
		send({ type: 'game.resumed', at: clock.now() });
		send({ type: 'game.resumed', at: clock.now() });
		const transitions: unknown[] = [];
		actor.subscribe((s) => transitions.push(s.value));
		clock.set(T0 + limit0);
		expect(snap().value).toEqual({ feedback: 'timedOut' });
		expect(snap().context.answers).toHaveLength(1);
		expect(transitions).toHaveLength(1);
	});
});

describe('game machine in relaxed mode', () => {
	it('runs no countdown and never times out', () => {
		const { clock, send, snap } = play('relaxed');
		send({ type: 'quiz.started', at: T0 });
		expect(snap().value).toEqual({ item: 'relaxed' });
		expect(snap().hasTag('countdown')).toBe(false);
		expect(snap().context.deadline).toBeNull();
		expect(selectRemainingMs(snap(), T0 + 1_000)).toBeNull();
		expect(selectCurrentItem(snap())!.limitMs).toBeNull();
		clock.set(T0 + 24 * 60 * 60_000);
		send({ type: 'timer.expired', at: clock.now() });
		expect(snap().matches('item')).toBe(true);
	});

	it('awards flat points however long the answer took', () => {
		const { send, snap } = play('relaxed');
		send({ type: 'quiz.started', at: T0 });
		send({ type: 'answer.submitted', response: rightResponse(snap()), at: T0 + 10 * 60_000 });
		expect(selectFeedback(snap())!.score).toMatchObject({ points: 1000, elapsedMs: 10 * 60_000 });
		send({ type: 'next.requested', at: T0 + 11 * 60_000 });
		send({ type: 'answer.submitted', response: rightResponse(snap()), at: T0 + 12 * 60_000 });
		expect(selectFeedback(snap())!.score).toMatchObject({ points: 1100, bonus: 100, streak: 2 });
	});
});

describe('play again', () => {
	it('replays from the results with a new option order and no answers', () => {
		const { send, snap } = play('relaxed', 42);
		send({ type: 'quiz.started', at: T0 });
		const firstOrder = selectCurrentItem(snap())!.order;
		for (let i = 0; i < 4; i++) {
			send({ type: 'answer.submitted', response: rightResponse(snap()), at: T0 + i * 10_000 + 1_000 });
			send({ type: 'next.requested', at: T0 + (i + 1) * 10_000 });
		}
		expect(snap().value).toBe('results');
		send({ type: 'replay.requested', at: T0 + 100_000, seed: 7 });
		expect(snap().value).toEqual({ item: 'relaxed' });
		expect(snap().context).toMatchObject({ seed: 7, index: 0, answers: [], shownAt: T0 + 100_000 });
		expect(selectCurrentItem(snap())!.order).not.toEqual(firstOrder);
	});

	it('derives a new seed when none is given', () => {
		const { send, snap } = play('relaxed', 42);
		send({ type: 'quiz.started', at: T0 });
		for (let i = 0; i < 4; i++) {
			send({ type: 'answer.submitted', response: wrongResponse(snap()), at: T0 + 1_000 });
			send({ type: 'next.requested', at: T0 + 2_000 });
		}
		send({ type: 'replay.requested', at: T0 + 3_000 });
		expect(snap().context.seed).not.toBe(42);
		expect(snap().matches('item')).toBe(true);
	});
});

describe('a quiz sent sealed (homework: no key before the answer is handed in)', () => {
	it('shows no verdict and does not move on until the answered item comes back whole, then judges it with its key', () => {
		const clock = new SimulatedClock();
		clock.set(T0);
		const sealed = { ...fixtureQuiz, items: fixtureQuiz.items.map(sealItem) };
		const actor = createActor(gameMachine, { input: { quiz: sealed, mode: 'relaxed', seed: 42 }, clock }).start();
		actor.send({ type: 'quiz.started', at: T0 });
		const shown = selectCurrentItem(actor.getSnapshot())!;
		expect(shown.item.key).toBe(-1);
		expect(shown.item.source.text).toBe('');
		const keyShown = shuffledKey(0);
		actor.send({ type: 'answer.submitted', response: { kind: 'choice', option: keyShown }, at: T0 + 2_000 });
		expect(actor.getSnapshot().value).toEqual({ feedback: 'sealed' });
		expect(selectFeedback(actor.getSnapshot())).toBeNull();
		actor.send({ type: 'next.requested', at: T0 + 3_000 });
		expect(actor.getSnapshot().value).toEqual({ feedback: 'sealed' });

		actor.send({ type: 'keys.revealed', at: T0 + 3_500, items: fixtureQuiz.items.slice(0, 1) });
		const feedback = selectFeedback(actor.getSnapshot())!;
		expect(feedback.outcome).toBe('correct');
		expect(feedback.item.source.text).toBe(fixtureQuiz.items[0].source.text);
		expect(selectCurrentItem(actor.getSnapshot())!.index).toBe(0);
		actor.send({ type: 'next.requested', at: T0 + 4_000 });
		expect(selectCurrentItem(actor.getSnapshot())!.item.key).toBe(-1);
	});
});

/** Where the first item's key is shown with seed 42, read off an unsealed game. */
function shuffledKey(index: number): number {
	const { actor, send } = play('relaxed');
	send({ type: 'quiz.started', at: T0 });
	for (let i = 0; i < index; i++) {
		send({ type: 'answer.submitted', response: { kind: 'choice', option: 0 }, at: T0 + 1 });
		send({ type: 'next.requested', at: T0 + 2 });
	}
	return selectCurrentItem(actor.getSnapshot())!.item.key;
}
