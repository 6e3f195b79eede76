import { describe, expect, it } from 'vitest';
import { liveVerdict, recordedOutcome, verdictOf } from '../../src/lib/components/verdict';

describe('one vocabulary for an answer on every screen', () => {
	it('a class player reads an estimate that earned part of the points as "Close", as solo play says it', () => {
		expect(liveVerdict({ correct: false, points: 420 })).toBe('Close. +420 points');
		expect(verdictOf('partial').label).toBe('Close');
	});

	it('a right answer and a wrong one read as in solo play, with their points', () => {
		expect(liveVerdict({ correct: true, points: 850 })).toBe('Right. +850 points');
		expect(liveVerdict({ correct: false, points: 0 })).toBe('Wrong. +0 points');
	});

	it('says "1 point", not "1 points", and writes thousands as a reader does', () => {
		expect(liveVerdict({ correct: false, points: 1 })).toBe('Close. +1 point');
		expect(liveVerdict({ correct: true, points: 1450 })).toBe('Right. +1,450 points');
	});

	it('a room or homework answer that earned points without being right is close, in the close tone', () => {
		expect(recordedOutcome({ correct: false, points: 420, timedOut: false })).toBe('partial');
		expect(recordedOutcome({ correct: false, points: 0, timedOut: false })).toBe('incorrect');
		expect(recordedOutcome({ correct: true, points: 850 })).toBe('correct');
		expect(recordedOutcome({ correct: false, points: 0, timedOut: true })).toBe('timedOut');
		expect(verdictOf('partial').tone).toBe('close');
	});
});
