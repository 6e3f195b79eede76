import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

const study = [
	'Norway\'s glaciers have lost a fifth of their ice since 1990, according to a study published on Monday in the journal Cryosphere Letters.',
	'The team, led by Prof Erik Dahl of the University of Tromsø, compared aerial photographs from 1990 with satellite data from last year.',
	'Dahl said the loss had sped up sharply over the past decade.',
	'Dr Anna Lindqvist, a climate scientist at the Uppsala Ice Institute who was not involved in the study, called it "a careful and sobering piece of work".'
];

describe('where an outside commentator works is no fact of the story (R7)', () => {
	it('refuses "X is described as a climate scientist at ..." for one who was not involved in the study', () => {
		const checks = checksOf('Norway\'s glaciers lost a fifth of their ice since 1990, study finds', study, /Anna Lindqvist is described as/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c === 'R7')).toBe(true);
	});
});
