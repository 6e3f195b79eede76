import type { GameMode, Response } from '$lib/quiz/types';
import type { ResultSummary } from './result';

/**
 * The body of `POST /api/results`: what a finished game reports. Only answers and timings: the
 * server scores them itself. `response` is in the quiz's own option order, null for a time-up;
 * `elapsedMs` runs from the item shown to the answer. `challengeOf` names the result a challenge
 * answers; `name` is optional and at most 40 characters.
 */
export interface ResultPost {
	quizId: string;
	mode: GameMode;
	seed: number;
	name?: string;
	challengeOf?: string;
	answers: { response: Response | null; elapsedMs: number }[];
}

/** The server's answer to a stored result: its id, its path and absolute URL, and both results. */
export interface PostedResult {
	id: string;
	path: string;
	url: string;
	result: ResultSummary;
	challenged: ResultSummary | null;
}

/**
 * Builds the post for a finished game from the game's own record of it (`answers` as the game
 * machine keeps them). A blank name is left out; times are rounded to whole ms.
 */
export function resultPost({
	quizId,
	mode,
	seed,
	answers,
	name,
	challengeOf
}: {
	quizId: string;
	mode: GameMode;
	seed: number;
	answers: readonly { response: Response | null; elapsedMs: number }[];
	name?: string;
	challengeOf?: string | null;
}): ResultPost {
	const trimmed = name?.trim();
	return {
		quizId,
		mode,
		seed,
		...(trimmed ? { name: trimmed } : {}),
		...(challengeOf ? { challengeOf } : {}),
		answers: answers.map(({ response, elapsedMs }) => ({ response, elapsedMs: Math.round(elapsedMs) }))
	};
}

/** The server refused the name the player typed (its words are not allowed on a shared page); the message says so. */
export class NameRefused extends Error {
	override name = 'NameRefused';
}

/**
 * Posts a finished game to `/api/results` with `fetcher` (the page's `fetch`). Returns the stored
 * result; throws `NameRefused` when the server refuses the typed name, an Error carrying the
 * server's reason when it refuses the post otherwise (400), and a plain one when it cannot be reached.
 */
export async function postResult(fetcher: typeof fetch, post: ResultPost): Promise<PostedResult> {
	const response = await fetcher('/api/results', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(post)
	});
	const body = await response.json().catch(() => null);
	if (response.status !== 201 || !body) {
		if (body?.field === 'name' && typeof body.error === 'string') throw new NameRefused(body.error);
		throw new Error(body?.error ?? `The server could not save the result (HTTP ${response.status}).`);
	}
	return body as PostedResult;
}
