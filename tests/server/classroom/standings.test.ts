import { describe, expect, it } from 'vitest';
import { rankPlayers } from '../../../src/lib/server/classroom/standings';
import type { RoomPlayer } from '../../../src/lib/server/classroom/room-machine';

const player = (id: string, nickname: string, points: number, joinedAt = 0, removed = false): RoomPlayer => ({
	id,
	nickname,
	joinedAt,
	firstItem: 0,
	points,
	streak: 0,
	correct: 0,
	present: true,
	removed
});

describe('rankPlayers', () => {
	it('shares ranks between equal points and orders ties by nickname, then join time', () => {
		const ranked = rankPlayers([
			player('1', 'zed', 900),
			player('2', 'Bea', 1200),
			player('3', 'amy', 900),
			player('4', 'Amy', 900, -5),
			player('5', 'cal', 300)
		]);
		expect(ranked.map((r) => [r.rank, r.nickname, r.points])).toEqual([
			[1, 'Bea', 1200],
			[2, 'Amy', 900],
			[2, 'amy', 900],
			[2, 'zed', 900],
			[5, 'cal', 300]
		]);
	});

	it('names the player just ahead with strictly more points, never a tied one', () => {
		const ranked = rankPlayers([player('1', 'Bea', 1200), player('2', 'amy', 900), player('3', 'zed', 900)]);
		expect(ranked.map((r) => r.ahead?.nickname ?? null)).toEqual([null, 'Bea', 'Bea']);
	});

	it('leaves removed players out', () => {
		expect(rankPlayers([player('1', 'Bea', 10, 0, true), player('2', 'Al', 0)]).map((r) => r.nickname)).toEqual(['Al']);
	});
});
