import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { gameMachine } from '$lib/game/machine';
import { selectCurrentItem, selectResults } from '$lib/game/selectors';
import { parseQuiz } from '$lib/quiz/schema';
import { credit, shuffleOptions, TIME_LIMIT, timeLimitMs } from '$lib/quiz/scoring';
import type { Item, Response } from '$lib/quiz/types';

const banks = readdirSync('questions')
	.filter((f) => f.endsWith('.json'))
	.map((f) => parseQuiz(JSON.parse(readFileSync(`questions/${f}`, 'utf8'))));

/** The key as a player would give it: its option, its text typed, or the exact number. */
function keyResponse(item: Item): Response {
	if (item.answerMode === 'typed') return { kind: 'text', text: item.options[item.key] };
	if (item.answerMode === 'estimate') return { kind: 'number', value: item.numeric!.value };
	return { kind: 'choice', option: item.key };
}

describe.each(banks.map((quiz) => [quiz.id, quiz] as const))('the shipped bank %s', (_, quiz) => {
	it('gives full credit to the key of every item, also typed as the article writes it', () => {
		for (const item of quiz.items) {
			expect(credit(item, keyResponse(item)), item.id).toBe(1);
			if (item.answerMode === 'estimate' || item.answerMode === 'typed') {
				expect(credit(item, { kind: 'text', text: item.options[item.key] }), item.id).toBe(1);
			}
		}
	});

	it('gives every item a time limit within the bounds', () => {
		for (const item of quiz.items) {
			const limit = timeLimitMs(item);
			expect(limit).toBeGreaterThanOrEqual(TIME_LIMIT.minMs);
			expect(limit).toBeLessThanOrEqual(TIME_LIMIT.maxMs);
		}
	});

	it('keeps each key on its text when options are shuffled', () => {
		for (const item of quiz.items) {
			const { item: shown } = shuffleOptions(item, 12345);
			expect(shown.options[shown.key]).toBe(item.options[item.key]);
		}
	});

	it('plays through with every answer right in relaxed mode', () => {
		const clock = new SimulatedClock();
		const actor = createActor(gameMachine, { input: { quiz, mode: 'relaxed', seed: 3 }, clock }).start();
		actor.send({ type: 'quiz.started', at: 0 });
		quiz.items.forEach((_, i) => {
			const shown = selectCurrentItem(actor.getSnapshot())!.item;
			actor.send({ type: 'answer.submitted', response: keyResponse(shown), at: i * 10_000 + 5_000 });
			actor.send({ type: 'next.requested', at: (i + 1) * 10_000 });
		});
		const n = quiz.items.length;
		// 1000 an item, plus streak bonuses 0, 100, …, capped at 500.
		const bonus = Array.from({ length: n }, (_, i) => Math.min(100 * i, 500)).reduce((a, b) => a + b, 0);
		expect(selectResults(actor.getSnapshot())).toMatchObject({ right: n, total: n, points: 1000 * n + bonus });
	});
});
