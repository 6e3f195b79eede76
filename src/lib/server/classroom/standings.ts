import type { Standing } from '$lib/classroom/types';
import type { RoomPlayer } from './room-machine';

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** A ranked player: the standing line, who it is, and the player just ahead of them. */
export interface RankedPlayer extends Standing {
	player: RoomPlayer;
	/**
	 * The player just ahead: the last one listed before this player with strictly more points
	 * (a tied player is level, not ahead). Null for the leaders.
	 */
	ahead: RoomPlayer | null;
}

/**
 * Ranks a room's players who were not removed. Order: points descending, then nickname
 * (case- and accent-insensitive, English collation), then join time, then id, so the order is
 * total and the same on every call. Ties in points share a rank (competition ranking,
 * "1, 2, 2, 4"): a player's rank is one plus the number of players with strictly more points.
 */
export function rankPlayers(players: Iterable<RoomPlayer>): RankedPlayer[] {
	const sorted = [...players]
		.filter((p) => !p.removed)
		.sort(
			(a, b) =>
				b.points - a.points ||
				collator.compare(a.nickname, b.nickname) ||
				a.joinedAt - b.joinedAt ||
				(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		);
	let rank = 0;
	let ahead: RoomPlayer | null = null;
	return sorted.map((player, i) => {
		if (i === 0 || sorted[i - 1].points !== player.points) {
			rank = i + 1;
			ahead = i === 0 ? null : sorted[i - 1];
		}
		return { rank, nickname: player.nickname, points: player.points, player, ahead };
	});
}
