import type { Response as ItemResponse } from '$lib/quiz/types';
import type { RoomError } from './types';

/** The outcome of a POST to the classroom API: ok, or the server's message and reason. */
export type Outcome = { ok: true } | { ok: false; error: string; reason: string };

async function post(path: string, body: unknown): Promise<Outcome> {
	try {
		const response = await fetch(path, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		if (response.ok) return { ok: true };
		const failure = (await response.json()) as RoomError;
		return { ok: false, error: failure.error, reason: failure.reason };
	} catch {
		return { ok: false, error: 'No connection: check the network and try again.', reason: 'offline' };
	}
}

/**
 * Sends this device's answer to item `itemIndex` of room `code` (the player cookie says who);
 * `givenAt` is when the player gave it, epoch ms in server time, which lets the server take an
 * answer kept through a restart that outlasted the item.
 */
export function sendAnswer(code: string, itemIndex: number, response: ItemResponse, givenAt: number): Promise<Outcome> {
	return post(`/api/rooms/${code}/answer`, { itemIndex, response, givenAt });
}

/** Sends a host action for room `code` (the host cookie proves the host). */
export function sendHostAction(
	code: string,
	action: { action: 'start' | 'pause' | 'resume' | 'skip' | 'next' | 'end' } | { action: 'remove'; playerId: string }
): Promise<Outcome> {
	return post(`/api/rooms/${code}/host`, action);
}
