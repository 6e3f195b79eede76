import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type AnyStateNode } from 'xstate';
import { getShortestPaths, getSimplePaths, type StatePath } from 'xstate/graph';
import { gameMachine, type GameEvent, type GameSnapshot } from '$lib/game/machine';
import { selectCurrentItem } from '$lib/game/selectors';
import { isSealed, sealItem } from '$lib/quiz/sealed';
import type { GameMode, Quiz } from '$lib/quiz/types';
import { fixtureQuiz } from './fixture';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const REPLAY_AT = T0 + 10 * 60_000;

/** A choice item and an estimate item: every feedback outcome is reachable with two items. */
const quiz: Quiz = { ...fixtureQuiz, items: [fixtureQuiz.items[0], fixtureQuiz.items[3]] };

/** The same quiz sent sealed, as homework sends it: no key until the answer is handed in. */
const sealedQuiz: Quiz = { ...quiz, items: quiz.items.map(sealItem) };

/**
 * The events worth trying in a state, stamped with times that make sense there; the responses
 * are chosen by the whole quiz's keys, sealed or not, and an answer awaiting its key gets the
 * keys of the items answered so far, as the server hands them back.
 */
function eventsFor(snapshot: GameSnapshot): GameEvent[] {
	const { shownAt, deadline, answers } = snapshot.context;
	const current = selectCurrentItem(snapshot);
	const sealed = snapshot.context.quiz.items.some(isSealed);
	const events: GameEvent[] = [
		{ type: 'quiz.started', at: T0 },
		{ type: 'replay.requested', at: REPLAY_AT, seed: 99 }
	];
	if (current && shownAt !== null) {
		const { item, order } = current;
		const key = order.indexOf(quiz.items[current.index].key);
		const responses =
			item.answerMode === 'estimate'
				? [1.5e9, 1.2e9, 1].map((value) => ({ kind: 'number' as const, value }))
				: [key, (key + 1) % item.options.length].map((option) => ({ kind: 'choice' as const, option }));
		for (const response of responses) {
			// While answering: an answer in good time. While reviewing a time-up: an answer stamped
			// at the deadline that arrived after the timer (the race that must count once).
			if (snapshot.hasTag('answering')) events.push({ type: 'answer.submitted', response, at: shownAt + 1_000 });
			// Not for a sealed quiz: its time-up is handed in to the server as it happens, so an answer
			// that arrives after it is not taken (the feedback waits in `sealed`, which takes none).
			if (deadline !== null && !sealed) events.push({ type: 'answer.submitted', response, at: deadline });
		}
		events.push({ type: 'game.resumed', at: shownAt + 500 });
		// the server's time left for the item (timed homework): as the page's own clock counts it, or none
		if (deadline !== null) events.push({ type: 'item.served', at: deadline - 4_000, remainingMs: 4_000 }, { type: 'item.served', at: deadline, remainingMs: 0 });
		if (deadline !== null) events.push({ type: 'timer.expired', at: deadline });
	}
	const last = answers[answers.length - 1];
	if (last) events.push({ type: 'next.requested', at: last.at + 2_000 });
	if (last && snapshot.matches({ feedback: 'sealed' })) events.push({ type: 'keys.revealed', at: last.at + 1_000, items: quiz.items.slice(0, answers.length) });
	return events;
}

function leafStates(node: AnyStateNode): AnyStateNode[] {
	const children = Object.values(node.states);
	if (children.length === 0) return node.always ? [] : [node];
	return children.flatMap(leafStates);
}

function stateKey(snapshot: GameSnapshot): string {
	const value = snapshot.value;
	return typeof value === 'string' ? value : Object.entries(value).map(([k, v]) => `${k}.${v}`).join();
}

/**
 * Replays a path from the model on a real actor driven by a SimulatedClock and checks that the
 * actor is in the same state with the same context after every step, and that no item has been
 * answered twice or lost its answer. A `timer.expired` step is
 * not sent: the clock is moved to its time and the machine's own timer must fire.
 */
function replay(path: StatePath<GameSnapshot, GameEvent>, mode: GameMode, played: Quiz) {
	const clock = new SimulatedClock();
	clock.set(T0);
	const actor = createActor(gameMachine, { input: { quiz: played, mode, seed: 42 }, clock }).start();
	const [init, ...steps] = path.steps;
	expect(init.state.value).toBe('intro');
	const walk = steps.map((s) => `${s.event.type}@+${s.event.at - T0}ms`).join(' → ');
	for (const { event, state } of steps) {
		clock.set(Math.max(clock.now(), event.at));
		if (event.type !== 'timer.expired') actor.send(event);
		expect(actor.getSnapshot().value, `${walk}: after ${event.type}`).toEqual(state.value);
		expect(actor.getSnapshot().context, `${walk}: after ${event.type}`).toEqual(state.context);
		// Each item is answered exactly once: one answer per item shown, none while answering it.
		const { index, answers } = state.context;
		if (state.hasTag('answering')) expect(answers).toHaveLength(index);
		if (state.hasTag('reviewing')) expect(answers).toHaveLength(index + 1);
		if (state.hasTag('finished')) expect(answers).toHaveLength(quiz.items.length);
	}
	actor.stop();
}

// xstate/graph's createTestModel refuses machines with `after` transitions (its validateMachine),
// so the walks use its path generators directly and replay each path on a real actor.
const walks = (['timed', 'relaxed'] as const).flatMap((mode) => [
	{ mode, sealed: false, played: quiz },
	{ mode, sealed: true, played: sealedQuiz }
]);

/** Every leaf state of the machine, by path ("feedback.sealed"); a state passed through by `always` is none. */
const allStates = leafStates(gameMachine.root).map((n) => n.path.join('.'));

/** The states a game of `mode` can be in: a timed game is never relaxed, a relaxed one never timed or timed out; only a sealed quiz waits for keys. */
function statesOf(mode: GameMode, sealed: boolean): string[] {
	const absent = [mode === 'timed' ? 'item.relaxed' : 'item.timed', ...(mode === 'relaxed' ? ['feedback.timedOut'] : []), ...(sealed ? [] : ['feedback.sealed'])];
	return [...new Set(allStates.filter((s) => !absent.includes(s)))].sort();
}

const reachedBy = new Map<string, Set<string>>();

describe.each(walks)('walking the game machine in $mode mode, sealed: $sealed', ({ mode, sealed, played }) => {
	const options = { input: { quiz: played, mode, seed: 42 }, events: eventsFor };
	const shortest = getShortestPaths(gameMachine, options);
	const reached = new Set(shortest.map((p) => stateKey(p.state)));
	reachedBy.set(`${mode} ${sealed}`, reached);

	it('has every state reached by a shortest path', () => {
		expect([...reached].sort()).toEqual(statesOf(mode, sealed));
	});

	it('reaches the same states and context on a real actor along every shortest path', () => {
		for (const path of shortest) replay(path, mode, played);
	});

	it('reaches the same states on a real actor along every simple path to the results', () => {
		const simple = getSimplePaths(gameMachine, { ...options, toState: (s) => s.matches('results') });
		expect(simple.length).toBeGreaterThan(1);
		expect(simple.every((p) => p.state.matches('results'))).toBe(true);
		for (const path of simple) replay(path, mode, played);
		// Over a hundred walks on a shared 2-core machine: give them time.
	}, 120_000);
});

describe('the walks of the game machine together', () => {
	it('reach every state the machine has', () => {
		const reached = new Set([...reachedBy.values()].flatMap((r) => [...r]));
		expect([...reached].sort()).toEqual([...new Set(allStates)].sort());
		expect(allStates).toContain('feedback.sealed');
	});
});
