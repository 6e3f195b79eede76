import { describe, expect, it } from 'vitest';
import { announcement } from '$lib/components/announce';
import type { ScoredAnswer } from '$lib/quiz/scoring';

const score = (points: number) => ({ points }) as ScoredAnswer;

describe('the live region announcement', () => {
	it('says the verdict and points, and the key when the answer was not right', () => {
		expect(announcement({ outcome: 'correct', keyText: 'Sochi', score: score(1100) }, null)).toBe('Right. 1,100 points.');
		expect(announcement({ outcome: 'incorrect', keyText: 'Sochi', score: score(0) }, null)).toBe(
			'Wrong. The answer is Sochi. 0 points.'
		);
		expect(announcement({ outcome: 'timedOut', keyText: '774', score: score(0) }, 3_000)).toBe(
			'Time’s up. The answer is 774. 0 points.'
		);
		expect(announcement({ outcome: 'partial', keyText: '774', score: score(1) }, null)).toBe('Close. The answer is 774. 1 point.');
	});

	it('warns at 10 and 5 seconds left and is silent on the other ticks', () => {
		const said = [20_000, 10_250, 10_000, 7_500, 5_000, 250].map((ms) => announcement(null, ms));
		expect(said).toEqual(['', '', '10 seconds left', '10 seconds left', '5 seconds left', '5 seconds left']);
		expect(announcement(null, null)).toBe('');
	});
});
