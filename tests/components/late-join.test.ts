import { describe, expect, it } from 'vitest';
import { lateJoinNotice } from '$lib/classroom/late-join';

describe('what a player who joined during a question is told', () => {
	it('promises the next question only when there is one', () => {
		expect(lateJoinNotice({ index: 2, itemCount: 6, revealed: false })).toBe('You joined during this question: you play from the next one.');
		expect(lateJoinNotice({ index: 2, itemCount: 6, revealed: true })).toBe('You joined after this question started: you play from the next one.');
	});

	it('says the game ends after the only question of a one-question game, with nothing to play', () => {
		for (const revealed of [false, true]) {
			const notice = lateJoinNotice({ index: 0, itemCount: 1, revealed });
			expect(notice).not.toMatch(/next one/);
			expect(notice).toMatch(/only one: watch its answer, then the game ends with the final standings\.$/);
		}
	});

	it('says the game ends after the last question of a longer game', () => {
		expect(lateJoinNotice({ index: 4, itemCount: 5, revealed: true })).toBe(
			'You joined after this question started, the last one: watch its answer, then the game ends with the final standings.'
		);
	});
});
