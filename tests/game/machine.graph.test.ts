import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type AnyStateNode } from 'xstate';
import { getShortestPaths, getSimplePaths, type StatePath } from 'xstate/graph';
import { gameMachine, type GameEvent, type GameSnapshot } from '$lib/game/machine';
import { selectCurrentItem } from '$lib/game/selectors';
import type { GameMode, Quiz } from '$lib/quiz/types';
import { fixtureQuiz } from './fixture';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const REPLAY_AT = T0 + 10 * 60_000;

/** A choice item and an estimate item: every feedback outcome is reachable with two items. */
const quiz: Quiz = { ...fixtureQuiz, items: [fixtureQuiz.items[0], fixtureQuiz.items[3]] };

/** The events worth trying in a state, stamped with times that make sense there. */
function eventsFor(snapshot: GameSnapshot): GameEvent[] {
	const { shownAt, deadline, answers } = snapshot.context;
	const current = selectCurrentItem(snapshot);
	const events: GameEvent[] = [
		{ type: 'quiz.started', at: T0 },
		{ type: 'replay.requested', at: REPLAY_AT, seed: 99 }
	];
	if (current && shownAt !== null) {
		const { item } = current;
		const responses =
			item.answerMode === 'estimate'
				? [1.5e9, 1.2e9, 1].map((value) => ({ kind: 'number' as const, value }))
				: [item.key, (item.key + 1) % item.options.length].map((option) => ({ kind: 'choice' as const, option }));
		for (const response of responses) {
			// While answering: an answer in good time. While reviewing a time-up: an answer stamped
			// at the deadline that arrived after the timer (the race that must count once).
			if (snapshot.hasTag('answering')) events.push({ type: 'answer.submitted', response, at: shownAt + 1_000 });
			if (deadline !== null) events.push({ type: 'answer.submitted', response, at: deadline });
		}
		events.push({ type: 'game.resumed', at: shownAt + 500 });
		// the server's time left for the item (timed homework): as the page's own clock counts it, or none
		if (deadline !== null) events.push({ type: 'item.served', at: deadline - 4_000, remainingMs: 4_000 }, { type: 'item.served', at: deadline, remainingMs: 0 });
		if (deadline !== null) events.push({ type: 'timer.expired', at: deadline });
	}
	const last = answers[answers.length - 1];
	if (last) events.push({ type: 'next.requested', at: last.at + 2_000 });
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
function replay(path: StatePath<GameSnapshot, GameEvent>, mode: GameMode) {
	const clock = new SimulatedClock();
	clock.set(T0);
	const actor = createActor(gameMachine, { input: { quiz, mode, seed: 42 }, clock }).start();
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
describe.each<GameMode>(['timed', 'relaxed'])('walking the game machine in %s mode', (mode) => {
	const options = { input: { quiz, mode, seed: 42 }, events: eventsFor };
	const shortest = getShortestPaths(gameMachine, options);
	const reached = new Set(shortest.map((p) => stateKey(p.state)));

	it('has every state reached by a shortest path', () => {
		const expected = leafStates(gameMachine.root)
			.filter((n) => (mode === 'timed' ? n.key !== 'relaxed' : n.key !== 'timed' && n.key !== 'timedOut'))
			// a quiz sent sealed (homework) waits there for its keys: machine.test.ts plays one
			.filter((n) => n.key !== 'sealed')
			.map((n) => n.path.join('.'));
		expect([...reached].sort()).toEqual([...new Set(expected)].sort());
	});

	it('reaches the same states and context on a real actor along every shortest path', () => {
		for (const path of shortest) replay(path, mode);
	});

	it('reaches the same states on a real actor along every simple path to the results', () => {
		const simple = getSimplePaths(gameMachine, { ...options, toState: (s) => s.matches('results') });
		expect(simple.length).toBeGreaterThan(1);
		expect(simple.every((p) => p.state.matches('results'))).toBe(true);
		for (const path of simple) replay(path, mode);
		// Over a hundred walks on a shared 2-core machine: give them time.
	}, 30_000);
});
