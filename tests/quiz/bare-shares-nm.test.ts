import { describe, expect, it } from 'vitest';
import { bareShareSubject } from '../../src/lib/quiz/bare-shares';
import { stemsMatching } from './report';

const title = 'Moorland restoration near Tarrow cuts flood peaks, survey finds';
const restoration = [
	'A restored moorland near Tarrow has cut flood peaks in the river below by a fifth, a five-year survey has found.',
	'The restoration of the 900-hectare moor cost £3.6m and was completed in 2021.',
	'About 70% came from the Department for Rural Affairs’ Upland Recovery Fund, with the rest raised from local businesses and a water company.',
	'Engineers installed 14 gauges along the river to measure its flow during storms.'
];

describe('a share with no whole as the subject a stem opens on', () => {
	it('is refused as naming nothing it is a share of', () => {
		const asked = stemsMatching(title, restoration, /came from the Department for Rural Affairs/);
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.filter((w) => w.check === '' && /^About (?:_____|70%) came/.test(w.stem))).toEqual([]);
	});

	it('reads a figure, a word or a blank for a percentage as the share, never a share with its whole after it', () => {
		expect(bareShareSubject('About 70% came from a national grant scheme.', false)).toBe(true);
		expect(bareShareSubject('Two-thirds were spent on fencing.', false)).toBe(true);
		expect(bareShareSubject('About _____ came from a national grant scheme.', true)).toBe(true);
		expect(bareShareSubject('About _____ came from a national grant scheme.', false)).toBe(false);
		expect(bareShareSubject('About 70% of the cost came from a national grant scheme.', false)).toBe(false);
		expect(bareShareSubject('Half the members voted to strike.', false)).toBe(false);
	});
});
