import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { timeLimitMs } from '../../../src/lib/quiz/scoring';
import {
	ANSWER_GRACE_MS,
	answerVerdict,
	countAttendance,
	roomMachine,
	type RoomAnswer,
	type RoomContext
} from '../../../src/lib/server/classroom/room-machine';
import { Table } from '../../../src/lib/server/classroom/table';
import { fixtureQuiz, keys } from './fixture';

const quiz = fixtureQuiz();
const limit0 = timeLimitMs(quiz.items[0]);

/** A room on a simulated clock with players `ids`, all connected, started at t = 1,000,000. */
function startedRoom(ids = ['ann', 'bob', 'cy']) {
	const clock = new SimulatedClock();
	clock.set(1_000_000);
	const actor = createActor(roomMachine, { input: { items: quiz.items }, clock }).start();
	for (const id of ids) {
		actor.send({ type: 'player.joined', player: { id, nickname: id.toUpperCase(), joinedAt: clock.now() } });
		actor.send({ type: 'player.connected', playerId: id });
	}
	actor.send({ type: 'room.started', at: clock.now() });
	const answer = (playerId: string, option: number, itemIndex = actor.getSnapshot().context.itemIndex) =>
		actor.send({ type: 'answers.submitted', answers: [{ playerId, itemIndex, response: { kind: 'choice', option }, at: clock.now() }] });
	return { clock, actor, answer };
}

describe('room machine', () => {
	it('opens the first item with its deadline set by the server clock and the item time limit', () => {
		const { actor, clock } = startedRoom();
		const { context } = actor.getSnapshot();
		expect(actor.getSnapshot().matches({ question: 'running' })).toBe(true);
		expect(context.itemIndex).toBe(0);
		expect(context.deadline).toBe(clock.now() + limit0);
	});

	it('does not start without players', () => {
		const actor = createActor(roomMachine, { input: { items: quiz.items }, clock: new SimulatedClock() }).start();
		actor.send({ type: 'room.started', at: 0 });
		expect(actor.getSnapshot().value).toBe('lobby');
	});

	it('closes an item at its deadline plus the grace, not at the deadline', () => {
		const { actor, clock } = startedRoom();
		clock.increment(limit0);
		expect(actor.getSnapshot().matches('question')).toBe(true);
		clock.increment(ANSWER_GRACE_MS - 1);
		expect(actor.getSnapshot().matches('question')).toBe(true);
		clock.increment(1);
		expect(actor.getSnapshot().value).toBe('reveal');
	});

	it('accepts an answer inside the grace at buzzer points and refuses one outside it as late', () => {
		const { actor, clock, answer } = startedRoom();
		clock.increment(limit0 + ANSWER_GRACE_MS / 2);
		answer('ann', keys[0]);
		expect(actor.getSnapshot().context.answers.get('ann')).toMatchObject({ correct: true, elapsedMs: limit0, points: 500 });
		const context = actor.getSnapshot().context;
		const lateEvent = {
			playerId: 'bob',
			itemIndex: 0,
			response: { kind: 'choice' as const, option: keys[0] },
			at: (context.deadline ?? 0) + ANSWER_GRACE_MS + 1
		};
		expect(answerVerdict(context, lateEvent)).toBe('late');
		actor.send({ type: 'answers.submitted', answers: [lateEvent] });
		expect(actor.getSnapshot().context.answers.get('bob')).toBeUndefined();
	});

	it('closes the item early once every present player has answered, without waiting for absent ones', () => {
		const { actor, answer } = startedRoom();
		actor.send({ type: 'player.disconnected', playerId: 'cy' });
		answer('ann', keys[0]);
		expect(actor.getSnapshot().matches('question')).toBe(true);
		answer('bob', 3);
		expect(actor.getSnapshot().value).toBe('reveal');
		const { players } = actor.getSnapshot().context;
		expect(players.get('ann')?.points).toBeGreaterThan(0);
		expect(players.get('ann')?.correct).toBe(1);
		expect(players.get('bob')?.points).toBe(0);
		expect(players.get('cy')?.streak).toBe(0);
	});

	it('counts each answer once: a repeated submit is already-answered and changes nothing', () => {
		const { actor, clock, answer } = startedRoom();
		answer('ann', 3);
		const first = actor.getSnapshot().context.answers.get('ann');
		clock.increment(1000);
		expect(
			answerVerdict(actor.getSnapshot().context, {
				playerId: 'ann',
				itemIndex: 0,
				response: { kind: 'choice', option: keys[0] },
				at: clock.now()
			})
		).toBe('already-answered');
		answer('ann', keys[0]);
		expect(actor.getSnapshot().context.answers.get('ann')).toBe(first);
	});

	it('judges the answers of one turn in the order they came, as if each were sent alone', () => {
		const { actor, clock } = startedRoom();
		const choice = (playerId: string, option: number) => ({ playerId, itemIndex: 0, response: { kind: 'choice' as const, option }, at: clock.now() });
		let steps = 0;
		actor.subscribe(() => (steps += 1));
		actor.send({ type: 'answers.submitted', answers: [choice('ann', keys[0]), choice('ann', 3), choice('bob', 9), choice('bob', 3), choice('cy', keys[0])] });
		const { answers, players } = actor.getSnapshot().context;
		// the first of two by one player counts, and a refused answer does not take the player's turn
		expect(answers.get('ann')?.response).toEqual({ kind: 'choice', option: keys[0] });
		expect(answers.get('bob')?.response).toEqual({ kind: 'choice', option: 3 });
		expect(answers.size).toBe(3);
		// the batch answered for everyone present, so the item closed once, on it
		expect(actor.getSnapshot().value).toBe('reveal');
		expect(steps).toBe(1);
		expect(players.get('ann')?.correct).toBe(1);
		expect(players.get('bob')?.correct).toBe(0);
	});

	it('pauses the timer: time stops while paused and the remaining time carries over on resume', () => {
		const { actor, clock } = startedRoom();
		clock.increment(5000);
		actor.send({ type: 'room.paused', at: clock.now() });
		expect(actor.getSnapshot().matches({ question: 'paused' })).toBe(true);
		expect(actor.getSnapshot().context.remainingMs).toBe(limit0 - 5000);
		clock.increment(limit0 * 3);
		expect(actor.getSnapshot().matches({ question: 'paused' })).toBe(true);
		actor.send({ type: 'room.resumed', at: clock.now() });
		expect(actor.getSnapshot().context.deadline).toBe(clock.now() + limit0 - 5000);
		clock.increment(limit0 - 5000 + ANSWER_GRACE_MS - 1);
		expect(actor.getSnapshot().matches('question')).toBe(true);
		clock.increment(1);
		expect(actor.getSnapshot().value).toBe('reveal');
	});

	it('takes no answer while the item is paused, and takes it again once resumed', () => {
		const { actor, clock, answer } = startedRoom();
		actor.send({ type: 'room.paused', at: clock.now() });
		answer('ann', keys[0]);
		expect(actor.getSnapshot().context.answers.has('ann')).toBe(false);
		actor.send({ type: 'room.resumed', at: clock.now() });
		answer('ann', keys[0]);
		expect(actor.getSnapshot().context.answers.has('ann')).toBe(true);
	});

	it('skips the timer to the reveal at once', () => {
		const { actor, answer } = startedRoom();
		answer('ann', keys[0]);
		actor.send({ type: 'timer.skipped' });
		expect(actor.getSnapshot().value).toBe('reveal');
		expect(actor.getSnapshot().context.players.get('ann')?.correct).toBe(1);
	});

	it('lets a late joiner play from the next item only', () => {
		const { actor, clock, answer } = startedRoom(['ann']);
		actor.send({ type: 'player.joined', player: { id: 'dee', nickname: 'Dee', joinedAt: clock.now() } });
		actor.send({ type: 'player.connected', playerId: 'dee' });
		expect(
			answerVerdict(actor.getSnapshot().context, {
				playerId: 'dee',
				itemIndex: 0,
				response: { kind: 'choice', option: 0 },
				at: clock.now()
			})
		).toBe('joined-late');
		answer('ann', keys[0]);
		expect(actor.getSnapshot().value).toBe('reveal');
		expect(actor.getSnapshot().context.players.get('dee')?.points).toBe(0);
		actor.send({ type: 'next.requested', at: clock.now() });
		actor.send({ type: 'next.requested', at: clock.now() });
		answer('dee', keys[1]);
		expect(actor.getSnapshot().context.answers.get('dee')?.correct).toBe(true);
	});

	it('refuses a removed player and stops waiting for them', () => {
		const { actor, answer } = startedRoom(['ann', 'bob']);
		answer('ann', 0);
		actor.send({ type: 'player.removed', playerId: 'bob' });
		expect(actor.getSnapshot().value).toBe('reveal');
	});

	it('walks reveal, leaderboard and every item to the podium, and ends from a question', () => {
		const { actor, clock, answer } = startedRoom(['ann']);
		for (let i = 0; i < quiz.items.length; i++) {
			answer('ann', keys[i]);
			expect(actor.getSnapshot().value).toBe('reveal');
			actor.send({ type: 'next.requested', at: clock.now() });
			expect(actor.getSnapshot().value).toBe('leaderboard');
			actor.send({ type: 'next.requested', at: clock.now() });
		}
		expect(actor.getSnapshot().value).toBe('podium');
		expect(actor.getSnapshot().context.players.get('ann')?.correct).toBe(3);
		expect(actor.getSnapshot().context.players.get('ann')?.streak).toBe(3);
		const other = startedRoom(['ann']);
		other.actor.send({ type: 'room.ended' });
		expect(other.actor.getSnapshot().value).toBe('podium');
	});

	it('re-arms the close timer from the stored deadline when a restored room receives room.restored', () => {
		const clock = new SimulatedClock();
		clock.set(2_000_000);
		const base = {
			items: quiz.items,
			graceMs: ANSWER_GRACE_MS,
			itemIndex: 0,
			deadline: clock.now() + 4000,
			remainingMs: null,
			openedAt: null,
			handInUntil: null,
			players: Table.of([
				['ann', { id: 'ann', nickname: 'Ann', joinedAt: 0, firstItem: 0, points: 0, streak: 0, correct: 0, present: false, removed: false }]
			]),
			answers: Table.of<RoomAnswer>()
		};
		const context: RoomContext = { ...base, attendance: countAttendance(base) };
		const snapshot = roomMachine.resolveState({ value: { question: 'running' }, context });
		const actor = createActor(roomMachine, { input: { items: quiz.items }, snapshot, clock }).start();
		actor.send({ type: 'room.restored', at: clock.now(), handInUntil: clock.now() });
		clock.increment(4000 + ANSWER_GRACE_MS - 1);
		expect(actor.getSnapshot().matches('question')).toBe(true);
		clock.increment(1);
		expect(actor.getSnapshot().value).toBe('reveal');
	});

	it('keeps the attendance it closes early on equal to a full count through joins, presence, removals and answers', () => {
		const ids = Array.from({ length: 12 }, (_, i) => `p${i}`);
		const { actor, clock, answer } = startedRoom(ids.slice(0, 8));
		// A fixed pseudo-random walk (Park–Miller), so a failure replays the same way.
		let seed = 7;
		const next = (n: number) => Math.floor(((seed = (seed * 48271) % 2147483647) / 2147483647) * n);
		let joined = 8;
		for (let step = 0; step < 400 && actor.getSnapshot().matches('question'); step++) {
			const id = ids[next(joined)];
			const move = next(10);
			if (move < 3) actor.send({ type: 'player.connected', playerId: id });
			else if (move < 6) actor.send({ type: 'player.disconnected', playerId: id });
			else if (move === 6 && joined < ids.length) {
				const newcomer = ids[joined++];
				actor.send({ type: 'player.joined', player: { id: newcomer, nickname: newcomer, joinedAt: clock.now() } });
				actor.send({ type: 'player.connected', playerId: newcomer });
			} else if (move === 7 && next(8) === 0) actor.send({ type: 'player.removed', playerId: id });
			else answer(id, next(4));
			const { context } = actor.getSnapshot();
			if (actor.getSnapshot().matches('question')) expect(context.attendance).toEqual(countAttendance(context));
			if (actor.getSnapshot().matches('reveal')) {
				actor.send({ type: 'next.requested', at: clock.now() });
				actor.send({ type: 'next.requested', at: clock.now() });
				expect(actor.getSnapshot().context.attendance).toEqual(countAttendance(actor.getSnapshot().context));
			}
		}
		expect(actor.getSnapshot().context.itemIndex).toBeGreaterThan(1);
	});

	it('reaches every state from the lobby', () => {
		const at = 1;
		const paths = getShortestPaths(roomMachine, {
			input: { items: quiz.items.slice(0, 1) },
			events: [
				{ type: 'player.joined', player: { id: 'ann', nickname: 'Ann', joinedAt: at } },
				{ type: 'room.started', at },
				{ type: 'room.paused', at },
				{ type: 'room.resumed', at },
				{ type: 'timer.skipped' },
				{ type: 'next.requested', at },
				{ type: 'room.ended' }
			],
			serializeState: (s) => JSON.stringify([s.value, s.context.players.size])
		});
		const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
		expect(reached).toEqual(
			new Set(
				['"lobby"', '{"question":"running"}', '{"question":"paused"}', '"reveal"', '"leaderboard"', '"podium"']
			)
		);
	});
});
