import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { LiveItem, PlayerSelf, RoomPhase, RoomState } from '$lib/classroom/types';
import HostPage from '../../src/routes/host/[code=roomcode]/+page.svelte';
import RoomPage from '../../src/routes/room/[code=roomcode]/+page.svelte';

/** What the room's event stream last said: the pages read it from `RoomStream`, replaced here. */
const live = vi.hoisted(() => ({ state: null as RoomState | null, self: null as PlayerSelf | null }));

vi.mock('$lib/classroom/room-stream.svelte', () => ({
	RoomStream: class {
		state = live.state;
		self = live.self;
		host = { answered: 0, eligible: 1 };
		players = [{ id: 'p1', nickname: 'Ada', points: 0, present: true }];
		connected = true;
		link = 0;
		removed = null;
		gone = null;
		offset = 0;
		open() {}
		close() {}
	}
}));

const stem = 'Police detained the protesters in _____.';
const item: LiveItem = { index: 0, type: 'cloze', answerMode: 'typed', stem, options: [], limitMs: 30_000 };
const source = { text: 'Police detained the protesters in Minsk.', keySpan: { start: 34, end: 39 } };
const reveal = { key: 0, keyText: 'Minsk', counts: [], answered: 1, correct: 1, close: 0, source };

/** Puts the room in `phase` at the fill-in item, as the stream would. */
function streamAt(phase: RoomPhase) {
	live.state = {
		code: '123456', title: 'Protest in Minsk', phase, itemCount: 1, item, deadline: Date.now() + 30_000, remainingMs: null,
		serverNow: Date.now(), graceMs: 500, handInUntil: null, reveal: phase === 'reveal' ? reveal : null, top: []
	};
	live.self = {
		id: 'p1', nickname: 'Ada', points: 0, rank: 1, playerCount: 1, correct: 0, firstItem: 0, answered: null,
		last: phase === 'reveal' ? { itemIndex: 0, correct: true, points: 900 } : null, ahead: null
	};
}

/** The stem's heading (an h2 under the "Question N of M" h1, as in solo play), as a screen reader reads it. */
function heading(container: Element): Element {
	return container.querySelector('h2#stem, h2.stem')!;
}

/** Expects the stem's blank drawn by the Stem component: a line that says "blank", no underscores. */
function expectDrawnBlank(stemHeading: Element) {
	expect(stemHeading.textContent!.replace(/\s+/g, ' ').trim()).toBe('Police detained the protesters in blank.');
	expect(stemHeading.querySelector('.blank')?.textContent).toBe('blank');
}

const hostData = { code: '123456', title: 'Protest in Minsk', joinUrl: 'http://x/join?code=123456', qr: 'data:,', reportUrl: '/report/r' };
const playerData = { code: '123456', title: 'Protest in Minsk', nickname: 'Ada', removed: null };

// the blank of a fill-in item had no test on the pages of a class game (a fresh user's find)
describe('the blank of a fill-in item in a class game', () => {
	for (const phase of ['question', 'reveal'] as const) {
		it(`is a blank that says "blank" on a player's device at the ${phase}`, () => {
			streamAt(phase);
			const { container } = render(RoomPage, { data: playerData } as never);
			expectDrawnBlank(heading(container));
		});

		it(`is a blank that says "blank" on the host's screen at the ${phase}`, () => {
			streamAt(phase);
			const { container } = render(HostPage, { data: hostData, form: null } as never);
			expectDrawnBlank(heading(container));
		});
	}
});

// the headline often states the fact asked ("... approves 480 homes"), so no screen shows it while a question is open (h40)
describe('the tab of a class game while a question is open', () => {
	it('names the question, not the quiz, on a player\'s device and on the host\'s screen', () => {
		streamAt('question');
		render(RoomPage, { data: playerData } as never);
		expect(document.title).toBe('Question 1 of 1 · class game');
		render(HostPage, { data: hostData, form: null } as never);
		expect(document.title).toBe('Host · Question 1 of 1');
		expect(document.body.textContent).not.toContain('Protest in Minsk');
	});

	it('names the quiz again at the reveal', () => {
		streamAt('reveal');
		render(RoomPage, { data: playerData } as never);
		expect(document.title).toBe('Protest in Minsk · class game');
	});
});
