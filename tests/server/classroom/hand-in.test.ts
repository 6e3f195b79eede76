import { describe, expect, it, vi } from 'vitest';
import { MAX_POINTS, timeLimitMs } from '../../../src/lib/quiz/scoring';
import type { Room } from '../../../src/lib/server/classroom/room';
import { fixtureQuiz, keys } from './fixture';
import { classroomPerTest } from './per-test';

// a fresh user's find: an answer given in time while the server restarted was dropped when the restart took longer
// than the question's time, and the student was told they had not answered
describe('answers kept through a restart that outlasted the question', () => {
	const { classroom, db, restart } = classroomPerTest('newsquiz-hand-in-', () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));

	/** Resolves to what `pending` resolves to once the database's group commit, on the faked clock, has run. */
	async function settled<T>(pending: Promise<T>): Promise<T> {
		await vi.advanceTimersByTimeAsync(50);
		return pending;
	}

	/**
	 * A room whose first item Mina answered while the server ran; then the server stops, stays down
	 * `downMs` past the item's deadline and a new one resumes the room from the same database file.
	 * Resolves to the resumed room, the players' ids and the item's deadline (epoch ms).
	 */
	async function resumedAfter(downMs: number) {
		const { room } = await settled(classroom().create(fixtureQuiz()));
		const [mina, tomas, ula] = await settled(Promise.all(['Mina', 'Tomas', 'Ula'].map((nickname) => room.join({ nickname, at: Date.now() }))));
		await settled(room.host({ action: 'start' }, Date.now()));
		const deadline = room.state().deadline!;
		expect(await settled(room.answer(mina.player.id, 0, { kind: 'choice', option: 3 }, Date.now()))).toBe('accepted');
		const resumed: Room = restart(() => vi.setSystemTime(deadline + downMs)).find(room.code)!;
		return { room: resumed, ids: { mina: mina.player.id, tomas: tomas.player.id, ula: ula.player.id }, deadline };
	}

	it('takes an answer given before the deadline and handed in when the server is back', async () => {
		const { room, ids, deadline } = await resumedAfter(8_000);
		// the key is not shown while answers kept on devices may still come in
		expect(room.phase).toBe('question');
		expect(room.state().reveal).toBeNull();
		const givenAt = deadline - 6_000;
		expect(await settled(room.answer(ids.tomas, 0, { kind: 'choice', option: keys[0] }, Date.now(), givenAt))).toBe('accepted');
		expect(await settled(room.answer(ids.ula, 0, { kind: 'choice', option: keys[0] }, Date.now(), deadline + 2_500))).toBe('late');
		expect(await settled(room.answer(ids.ula, 0, { kind: 'choice', option: keys[0] }, Date.now()))).toBe('late');
		await vi.advanceTimersByTimeAsync(10_000);
		expect(room.phase).toBe('reveal');
		expect(room.state().reveal).toMatchObject({ answered: 2, correct: 1 });
		const tomas = room.self(ids.tomas);
		expect(tomas.last).toMatchObject({ itemIndex: 0, correct: true });
		expect(tomas.points).toBeGreaterThan(room.self(ids.ula).points);
	});

	// a fresh user's host screen sat at "0 s" for seconds after a restart with nothing saying what it waited for
	it('tells every screen until when the resumed question waits for kept answers, and nothing once it is revealed', async () => {
		const { room } = await resumedAfter(4_000);
		expect(room.state().handInUntil).toBe(Date.now() + 10_000);
		await vi.advanceTimersByTimeAsync(10_000);
		expect(room.phase).toBe('reveal');
		expect(room.state().handInUntil).toBeNull();
	});

	// a reviewer's find: a kept answer was timed from the moment its device claimed, so anyone could hand one in during
	// the window claiming the item's opening moment and take the top speed credit
	it('scores a kept answer as received at the deadline, whatever moment it claims', async () => {
		const { room, ids, deadline } = await resumedAfter(3_000);
		const limit = timeLimitMs(fixtureQuiz().items[0]);
		const claimsOpening = deadline - limit;
		expect(await settled(room.answer(ids.tomas, 0, { kind: 'choice', option: keys[0] }, Date.now(), claimsOpening))).toBe('accepted');
		await vi.advanceTimersByTimeAsync(10_000);
		expect(room.phase).toBe('reveal');
		// the points of a right answer at the buzzer: the speed formula's floor, half of an instant answer's
		expect(room.self(ids.tomas).points).toBe(MAX_POINTS / 2);
		const answers = db().prepare('SELECT player_id, elapsed_ms, points FROM room_answers WHERE player_id = ?').all(ids.tomas);
		expect(answers).toEqual([{ player_id: ids.tomas, elapsed_ms: limit, points: MAX_POINTS / 2 }]);
	});

	it('closes the item as soon as every player still counted has answered, kept answers included', async () => {
		const { room, ids, deadline } = await resumedAfter(3_000);
		expect(await settled(room.answer(ids.tomas, 0, { kind: 'choice', option: 0 }, Date.now(), deadline - 1_000))).toBe('accepted');
		expect(room.phase).toBe('question');
		expect(await settled(room.answer(ids.ula, 0, { kind: 'choice', option: keys[0] }, Date.now(), deadline - 9_000))).toBe('accepted');
		expect(room.phase).toBe('reveal');
		expect(await settled(room.answer(ids.mina, 0, { kind: 'choice', option: keys[0] }, Date.now(), deadline - 9_000))).toBe('already-answered');
	});

	it('refuses an answer kept in time but handed in after the window, once the answer has been revealed', async () => {
		const { room, ids, deadline } = await resumedAfter(4_000);
		await vi.advanceTimersByTimeAsync(10_001);
		expect(room.phase).toBe('reveal');
		expect(await settled(room.answer(ids.tomas, 0, { kind: 'choice', option: keys[0] }, Date.now(), deadline - 2_000))).toBe('late');
	});

	// a reviewer's find: the item's opening was worked out as its deadline less its time limit, but resuming from a
	// pause moves the deadline on by the pause, so an answer given early in an item paused before the restart was late
	it('takes an answer given early in an item the host paused and resumed before the restart', async () => {
		const { room } = await settled(classroom().create(fixtureQuiz()));
		const [tomas, ula] = await settled(Promise.all(['Tomas', 'Ula'].map((nickname) => room.join({ nickname, at: Date.now() }))));
		await settled(room.host({ action: 'start' }, Date.now()));
		const openedAt = Date.now();
		await vi.advanceTimersByTimeAsync(4_000);
		await settled(room.host({ action: 'pause' }, Date.now()));
		await vi.advanceTimersByTimeAsync(30_000);
		await settled(room.host({ action: 'resume' }, Date.now()));
		const deadline = room.state().deadline!;
		const resumed: Room = restart(() => vi.setSystemTime(deadline + 3_000)).find(room.code)!;
		const answer = { kind: 'choice', option: keys[0] } as const;
		expect(await settled(resumed.answer(tomas.player.id, 0, answer, Date.now(), openedAt + 2_000))).toBe('accepted');
		// the item's opening, as recorded, still bounds a claimed moment: none before it was open
		expect(await settled(resumed.answer(ula.player.id, 0, answer, Date.now(), openedAt - 1_000))).toBe('late');
	});
});
