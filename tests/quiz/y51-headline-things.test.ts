import { describe, expect, it } from 'vitest';
import { headlineNounPhrase, withHeadlineNounPhrase } from '../../src/lib/quiz/in-view';
import { filler, stemsFrom } from './report';

const tram = 'Regional court halts $2.4 billion tram extension over unpaid compensation';
const tramBody = [
	'A regional court on Friday suspended work on a tram extension east of Larvenna until hundreds of families are paid for land taken for the route.',
	'The extension was begun in 2022 with a promise of 900 construction jobs.',
	'Judge Mirela Costa said the operator had ignored two earlier rulings.'
];
const hub = '£30m orthopaedic hub opens as knee surgery waits halve';
const hubBody = [
	'Waiting times for knee replacements at Dunmere General have halved since the hospital opened a new orthopaedic hub in the spring.',
	'Retired postman Alun Price, 71, had his left knee replaced at the hub in May after waiting 16 months.',
	'Managers say the hub now treats 60 patients a week.'
];

describe('the thing a headline names, written in for a bare "the <noun>" of a stem', () => {
	it('ends the headline’s phrase before a linking word the lexicon files as an adjective ("over", "against")', () => {
		expect(headlineNounPhrase(tram, 'extension', tramBody.join('\n'))).toBe('tram extension');
		expect(headlineNounPhrase('Council backs £3m library extension against residents’ wishes', 'extension', tramBody.join('\n'))).toBe('library extension');
		expect(withHeadlineNounPhrase(tram, tramBody, 'The extension was begun in 2022 with a promise of 900 construction jobs.')).toBe('The tram extension was begun in 2022 with a promise of 900 construction jobs.');
	});

	it('reads a month or a day after "in" or "on" as no place that says which', () => {
		expect(withHeadlineNounPhrase(hub, hubBody, 'Alun Price had his left knee replaced at the hub in May after waiting 16 months.')).toBe('Alun Price had his left knee replaced at the orthopaedic hub in May after waiting 16 months.');
		expect(withHeadlineNounPhrase(hub, hubBody, 'Alun Price was seen at the hub on Monday.')).toBe('Alun Price was seen at the orthopaedic hub on Monday.');
		// a place after the noun still says which one: the headline's phrase is not written in twice
		expect(withHeadlineNounPhrase(hub, hubBody, 'Alun Price was seen at the hub in Dunmere.')).toBe('Alun Price was seen at the hub in Dunmere.');
	});
});

describe('a venue a stem makes the subject of a modal', () => {
	it('is refused where the stem never says which ("the plant should be ...")', () => {
		const results = [
			'Havlund ASA, the Ålesund-based fish farmer, reported a 9 per cent fall in quarterly profit on Tuesday.',
			'Havlund also confirmed it would build a NOK 900 million hatchery near Molde. Work is due to begin in June, and the company said the plant should be ready by the end of 2029.',
			...filler
		];
		const stems = stemsFrom('Havlund profit falls 9% on weaker salmon prices', results, 'the plant should');
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.startsWith('OK:'))).toEqual([]);
	});
});
