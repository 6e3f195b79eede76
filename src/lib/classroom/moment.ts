import type { RoomState } from './types';

/**
 * Where a room stands for a device, as a string that changes whenever the screen moves on: the
 * stream's connection count (`RoomStream.link`), the phase and the item. A message shown for a
 * refused action belongs to the moment it was sent in, so it goes when the game goes on (a
 * resume, a reveal) or the connection comes back.
 */
export function momentOf(room: RoomState | null, link: number): string {
	return `${link}:${room?.phase ?? 'none'}:${room?.item?.index ?? -1}`;
}

/** A refused action's message and the moment (`momentOf`) of the screen it was sent from. */
export interface Problem {
	message: string;
	moment: string;
}

/** The message of `problem` while the room is still at the moment it arose in; '' after. */
export function problemNow(problem: Problem | null, moment: string): string {
	return problem && problem.moment === moment ? problem.message : '';
}
