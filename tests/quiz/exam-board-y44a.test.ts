import { describe, expect, it } from 'vitest';
import { kept } from './report';

describe('"The board" of an exam story that introduced its exam board by name (QUALITY.md R4)', () => {
	it('writes the exam board’s name in for "The board"', () => {
		const stems = kept('Spoken French tests to be marked by phone app in 90 schools', [
			'About 6,000 pupils will record their spoken French exams on tablets next spring, in a trial of remote marking for the qualification.',
			'The exam board Northern Pennine Examinations (NPE) said on Tuesday that 90 schools had joined the scheme for the summer of 2027.',
			'Teachers will still run each exam in the classroom, and recordings will be kept for a year in case a school asks for a review.',
			'The board first tested the app in 2023, when 450 pupils recorded a practice version of the speaking paper.'
		]);
		expect(stems.some((s) => /^Northern Pennine Examinations first tested the (?:phone )?app in (?:2023|_____)/.test(s))).toBe(true);
		expect(stems.some((s) => /^The board first tested/.test(s))).toBe(false);
	});
});
