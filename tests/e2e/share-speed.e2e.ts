import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { timeLimitMs } from '../../src/lib/quiz/scoring';
import type { Quiz } from '../../src/lib/quiz/types';

const baseURL = inject('baseURL');
const quiz: Quiz = JSON.parse(readFileSync('questions/belarus-lukashenko-putin-sochi.json', 'utf8'));

/** Posts a timed result of the shipped quiz to the running server, as the results screen does. */
async function share(answers: { response: unknown; elapsedMs: number }[]): Promise<Response> {
	return fetch(`${baseURL}/api/results`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseURL },
		body: JSON.stringify({ quizId: quiz.id, mode: 'timed', seed: 7, answers })
	});
}

describe('a shared result with answers faster than anyone can read', () => {
	it('keeps a mix of 0 ms answers and one slow one as right but gives the quick ones the fewest speed points', async () => {
		// Items 1–4 and 6 are answered by choosing; each is answered right, four of them at 0 ms.
		const right = (index: number, elapsedMs: number) => ({ response: { kind: 'choice', option: quiz.items[index].key }, elapsedMs });
		const timeUp = (index: number) => ({ response: null, elapsedMs: timeLimitMs(quiz.items[index]) });
		const answers = [right(0, 0), right(1, 0), right(2, 0), right(3, 0), timeUp(4), right(5, 1300), timeUp(6)];
		const response = await share(answers);
		expect(response.status).toBe(201);
		const { result } = (await response.json()) as { result: { right: number; points: number } };
		// at the buzzer each 0 ms answer earns 500, plus streak bonuses 0, 100, 200, 300; the time-up
		// breaks the streak, and the 1.3 s answer earns Kahoot!'s 1000 × (1 − t / T / 2).
		const slow = Math.round(1000 * (1 - 1300 / timeLimitMs(quiz.items[5]) / 2));
		expect(result).toMatchObject({ right: 5, points: 500 + 600 + 700 + 800 + slow });
	});

	it('still refuses a game whose answers average under 250 ms, with a message saying why', async () => {
		const quick = { response: { kind: 'choice', option: 0 }, elapsedMs: 100 };
		const timeUp = (index: number) => ({ response: null, elapsedMs: timeLimitMs(quiz.items[index]) });
		const response = await share([quick, quick, quick, quick, timeUp(4), quick, timeUp(6)]);
		expect(response.status).toBe(400);
		expect(((await response.json()) as { error: string }).error).toMatch(/averaging 100 ms are faster than anyone can read/);
	});
});
