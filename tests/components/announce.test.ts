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

	it('says the time left on arrival when a page joins a countdown past a warning, until the next warning', () => {
		const joined = (at: number, ms: number[]) => ms.map((m) => announcement(null, m, at));
		expect(joined(7_000, [7_000, 6_250, 5_000, 1_000])).toEqual(['7 seconds left', '7 seconds left', '5 seconds left', '5 seconds left']);
		expect(joined(3_400, [3_400, 500])).toEqual(['4 seconds left', '4 seconds left']);
		expect(joined(900, [900])).toEqual(['1 second left']);
		expect(joined(14_000, [14_000, 10_000, 5_000])).toEqual(['', '10 seconds left', '5 seconds left']);
	});
});
