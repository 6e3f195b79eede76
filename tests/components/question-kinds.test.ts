import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveItem, RoomState } from '$lib/classroom/types';
import ItemScreen from '$lib/components/ItemScreen.svelte';
import type { Item, ItemType } from '$lib/quiz/types';
import HostPage from '../../src/routes/host/[code=roomcode]/+page.svelte';
import RoomPage from '../../src/routes/room/[code=roomcode]/+page.svelte';

/** What the room's event stream last said: the class pages read it from `RoomStream`, replaced here. */
const live = vi.hoisted(() => ({ state: null as RoomState | null }));

vi.mock('$lib/classroom/room-stream.svelte', () => ({
	RoomStream: class {
		state = live.state;
		self = { id: 'p1', nickname: 'Ada', points: 0, rank: 1, playerCount: 1, correct: 0, firstItem: 0, answered: null, last: null, ahead: null };
		host = { answered: 0, eligible: 1 };
		players = [{ id: 'p1', nickname: 'Ada', points: 0, present: true, firstItem: 0 }];
		connected = true;
		link = 0;
		removed = null;
		gone = null;
		offset = 0;
		open() {}
		close() {}
	}
}));

afterEach(cleanup);

const sentence = 'The lighthouse at Carrow Point was lit again on 2 March after 41 years of darkness, said the keeper, Ines Falk.';

/** An item of each type as the generator writes it, on one invented sentence. */
const items: Record<ItemType, Item> = {
	mcq: item('mcq', 'How many years had the lighthouse at Carrow Point been dark?', ['41', '14', '29', '53']),
	'true-false': item('true-false', 'The lighthouse at Carrow Point was lit again after 41 years of darkness.', ['True', 'False']),
	cloze: item('cloze', 'The lighthouse at Carrow Point was lit again on _____ after 41 years of darkness.', ['2 March', '9 March', '16 March', '23 March']),
	numeric: { ...item('numeric', 'The lighthouse at Carrow Point was lit again after about _____ years of darkness.', ['41']), answerMode: 'estimate', numeric: { value: 41, min: 0, max: 120, unit: 'years' } },
	'who-said': item('who-said', 'Who said the lighthouse at Carrow Point was lit again after 41 years of darkness?', ['Ines Falk', 'Oskar Brand', 'Mira Holt', 'Tove Lund']),
	'which-first': item('which-first', 'According to the article, which of these happened first?', ['The lighthouse went dark', 'The lighthouse was lit again'])
};

function item(type: ItemType, stem: string, options: string[]): Item {
	return {
		id: `carrow-${type}`,
		type,
		factType: 'count',
		stem,
		options,
		key: 0,
		source: { sentence: 0, paragraph: 0, start: 0, end: sentence.length, text: sentence, keySpan: { start: 62, end: 64 } },
		checks: ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'],
		difficulty: 0.5
	};
}

/** The open item as the class game's stream sends it. */
function liveItem(shown: Item): LiveItem {
	const answerMode = shown.answerMode ?? 'choice';
	return {
		index: 2,
		type: shown.type,
		answerMode,
		stem: shown.stem,
		options: answerMode === 'choice' ? shown.options : [],
		...(shown.numeric ? { numeric: { min: shown.numeric.min, max: shown.numeric.max, unit: shown.numeric.unit } } : {}),
		limitMs: 30_000
	};
}

function streamAt(shown: Item): void {
	live.state = {
		code: '123456', title: 'Carrow Point light returns', phase: 'question', itemCount: 7, item: liveItem(shown),
		deadline: Date.now() + 30_000, remainingMs: null, serverNow: Date.now(), graceMs: 500, handInUntil: null, reveal: null, top: []
	};
}

/** The h1 of `type`'s item at question 3 of 7: in solo play and homework (`ItemScreen`), on a player's device and on the host's screen. */
function headingsOf(type: ItemType): { solo: string; player: string; host: string } {
	const shown = items[type];
	streamAt(shown);
	const h1 = () => {
		const text = screen.getByRole('heading', { level: 1 }).textContent!;
		cleanup();
		return text;
	};
	render(ItemScreen, { current: { item: shown, order: shown.options.map((_, i) => i), index: 2, total: 7, limitMs: null }, remainingMs: null, onanswer: vi.fn() });
	const solo = h1();
	render(RoomPage, { data: { code: '123456', title: 'Carrow Point light returns', nickname: 'Ada', removed: null } } as never);
	const player = h1();
	render(HostPage, { data: { code: '123456', title: 'Carrow Point light returns', joinUrl: 'http://x/join?code=123456', qr: 'data:,', reportUrl: '/report/r' }, form: null } as never);
	return { solo, player, host: h1() };
}

const types = Object.keys(items) as ItemType[];

// a fresh user's multiple-choice questions read "Question 3 of 7" where every other type said its kind
describe("a question's heading", () => {
	it.each(types)('says the type of a %s item after its number, the same in solo play and homework, on a player\'s device and on the host\'s screen', (type) => {
		const { solo, player, host } = headingsOf(type);
		expect(solo).toMatch(/^Question 3 of 7 · \S/);
		expect(player).toBe(solo);
		expect(host).toBe(solo);
	});

	it('names each type in the same form: a phrase of its own, capitalised, with no question mark', () => {
		const kinds = types.map((type) => headingsOf(type).solo.replace(/^Question 3 of 7 · /, ''));
		expect(kinds).toEqual(['Multiple choice', 'True or false', 'Fill in the blank', 'Estimate', 'Who said it', 'Which came first']);
	});
});
