import { describe, expect, it, vi } from 'vitest';
import { allHereAnswered, answerCount, answerCountText } from '../../../src/lib/classroom/attendance';
import type { Room, Sink } from '../../../src/lib/server/classroom/room';
import { fixtureQuiz, keys } from './fixture';
import { classroomPerTest } from './per-test';

const sink = (): Sink => ({ send: () => undefined, close: () => undefined });

/** The host's "N of M have answered · K away" for the open item, from the host's view as the stream sends it. */
function hostCount(room: Room) {
	const view = room.hostState();
	return answerCount(view, view.players, view.room.item?.index ?? 0);
}

// a fresh user's host screen counted a player who closed the tab away only 2–5 s later
describe("the host's count of players away", () => {
	const { classroom } = classroomPerTest('newsquiz-away-');

	/** A room at its first question with Ann and Bob connected; Ann has answered. The room's timers are fake from then on. */
	async function roomAtQuestion() {
		const { room } = await classroom().create(fixtureQuiz());
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		const bob = await room.join({ nickname: 'Bob', at: Date.now() });
		room.connect({ kind: 'player', id: ann.player.id }, sink());
		const bobLeaves = room.connect({ kind: 'player', id: bob.player.id }, sink());
		await room.host({ action: 'start' }, Date.now());
		expect(await room.answer(ann.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('accepted');
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		return { room, bob, bobLeaves };
	}

	it('follows a stream that closed within a second, while the item still waits out the grace before it closes early', async () => {
		const { room, bobLeaves } = await roomAtQuestion();
		expect(hostCount(room)).toEqual({ answered: 1, expected: 2, away: 0 });
		bobLeaves();
		await vi.advanceTimersByTimeAsync(1000);
		expect(hostCount(room)).toEqual({ answered: 1, expected: 1, away: 1 });
		expect(room.hostState().players.find((p) => p.nickname === 'Bob')?.present).toBe(false);
		// a reload or a phone waking up within the grace must not close the item for everyone
		expect(room.phase).toBe('question');
		await vi.advanceTimersByTimeAsync(4500);
		expect(room.phase).toBe('reveal');
	});

	it('never shows a player away who is back within a moment, as after a reload', async () => {
		const { room, bob, bobLeaves } = await roomAtQuestion();
		bobLeaves();
		await vi.advanceTimersByTimeAsync(300);
		room.connect({ kind: 'player', id: bob.player.id }, sink());
		await vi.advanceTimersByTimeAsync(6000);
		expect(hostCount(room)).toEqual({ answered: 1, expected: 2, away: 0 });
		expect(room.phase).toBe('question');
	});

	it('counts a player back the moment they reconnect after being shown away', async () => {
		const { room, bob, bobLeaves } = await roomAtQuestion();
		bobLeaves();
		await vi.advanceTimersByTimeAsync(2000);
		expect(hostCount(room).away).toBe(1);
		room.connect({ kind: 'player', id: bob.player.id }, sink());
		expect(hostCount(room)).toEqual({ answered: 1, expected: 2, away: 0 });
		await vi.advanceTimersByTimeAsync(6000);
		expect(room.phase).toBe('question');
	});

	// a fresh user's host screen said "0 of 3 have answered" with one of the three gone, so it never reached 3
	it('counts only the players here as awaited, and one who answered and left with those away', async () => {
		const { room } = await classroom().create(fixtureQuiz());
		const ann = await room.join({ nickname: 'Ann', at: Date.now() });
		const bob = await room.join({ nickname: 'Bob', at: Date.now() });
		const cy = await room.join({ nickname: 'Cy', at: Date.now() });
		const annLeaves = room.connect({ kind: 'player', id: ann.player.id }, sink());
		room.connect({ kind: 'player', id: bob.player.id }, sink());
		const cyLeaves = room.connect({ kind: 'player', id: cy.player.id }, sink());
		await room.host({ action: 'start' }, Date.now());
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		expect(answerCountText(hostCount(room))).toBe('0 of 3 have answered.');
		cyLeaves();
		await vi.advanceTimersByTimeAsync(1000);
		expect(answerCountText(hostCount(room))).toBe('0 of 2 here have answered · 1 away.');
		// an answer is stored on a timer of its own, which the fake clock would hold
		vi.useRealTimers();
		expect(await room.answer(ann.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('accepted');
		expect(answerCountText(hostCount(room))).toBe('1 of 2 here have answered · 1 away.');
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		annLeaves();
		await vi.advanceTimersByTimeAsync(1000);
		expect(answerCountText(hostCount(room))).toBe('0 of 1 here have answered · 2 away.');
	});
});

// a fresh user's class waited 4–6 s after everyone still connected had answered, for one whose tab had closed
describe('an item that everyone here has answered, with a player away', () => {
	const { classroom, restart } = classroomPerTest('newsquiz-away-');

	it('stays open for the player away to come back, and tells the host all here are done so they may reveal it at once', async () => {
		const { room } = await classroom().create(fixtureQuiz());
		const [dee, eli, fay] = await Promise.all(['Dee', 'Eli', 'Fay'].map((nickname) => room.join({ nickname, at: Date.now() })));
		room.connect({ kind: 'player', id: dee.player.id }, sink());
		room.connect({ kind: 'player', id: eli.player.id }, sink());
		const fayReloads = room.connect({ kind: 'player', id: fay.player.id }, sink());
		await room.host({ action: 'start' }, Date.now());
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		fayReloads();
		await vi.advanceTimersByTimeAsync(1000);
		vi.useRealTimers();
		expect(await room.answer(dee.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('accepted');
		expect(await room.answer(eli.player.id, 0, { kind: 'choice', option: 0 }, Date.now())).toBe('accepted');
		const count = hostCount(room);
		expect(count).toEqual({ answered: 2, expected: 2, away: 1 });
		expect(allHereAnswered(count)).toBe(true);
		expect(answerCountText(count)).toBe('All 2 here have answered · 1 away, given a few seconds to come back.');
		// a reload is back within the grace, and its answer still counts
		expect(room.phase).toBe('question');
		room.connect({ kind: 'player', id: fay.player.id }, sink());
		expect(allHereAnswered(hostCount(room))).toBe(false);
		fayReloads();
		await room.host({ action: 'skip' }, Date.now());
		expect(room.phase).toBe('reveal');
	});

	// the host's early "Reveal the answer" waited about 10 s after a restart for a player who had closed the tab before it
	it('counts a player who has not reconnected since a restart away at once, and back when they reconnect', async () => {
		const { room } = await classroom().create(fixtureQuiz());
		const [gus, hal] = await Promise.all(['Gus', 'Hal'].map((nickname) => room.join({ nickname, at: Date.now() })));
		room.connect({ kind: 'player', id: gus.player.id }, sink());
		const halCloses = room.connect({ kind: 'player', id: hal.player.id }, sink());
		await room.host({ action: 'start' }, Date.now());
		halCloses();

		const resumed = restart().find(room.code)!;
		expect(hostCount(resumed)).toEqual({ answered: 0, expected: 0, away: 2 });
		resumed.connect({ kind: 'player', id: gus.player.id }, sink());
		expect(hostCount(resumed)).toEqual({ answered: 0, expected: 1, away: 1 });
		expect(await resumed.answer(gus.player.id, 0, { kind: 'choice', option: keys[0] }, Date.now())).toBe('accepted');
		const count = hostCount(resumed);
		expect(allHereAnswered(count)).toBe(true);
		expect(answerCountText(count)).toBe('All 1 here have answered · 1 away, given a few seconds to come back.');
		// the item itself still waits out the restart's grace for Hal, who may yet be reconnecting
		expect(resumed.phase).toBe('question');
		resumed.connect({ kind: 'player', id: hal.player.id }, sink());
		expect(hostCount(resumed)).toEqual({ answered: 1, expected: 2, away: 0 });
	});

	it('is not called done while someone here has yet to answer', () => {
		expect(allHereAnswered({ answered: 1, expected: 2, away: 1 })).toBe(false);
		expect(allHereAnswered({ answered: 2, expected: 2, away: 0 })).toBe(false);
		expect(answerCountText({ answered: 1, expected: 2, away: 1 })).toBe('1 of 2 here have answered · 1 away.');
	});
});
