import { describe, expect, it } from 'vitest';
import { placeKindOf, PLACE_KIND_WORDS } from '../../src/lib/quiz/place-kinds';

describe('placeKindOf (the one list of the words that say what kind of place a name is)', () => {
	it('reads a town, a city, a village, a port and a municipality as one kind: a town for a town', () => {
		expect(['town', 'city', 'village', 'port', 'municipality'].map(placeKindOf)).toEqual(['town', 'town', 'town', 'town', 'town']);
	});

	it('reads a province, a state, a region, a county, a district and a department as a region', () => {
		expect(['province', 'state', 'region', 'county', 'district', 'department'].map(placeKindOf)).toEqual(Array(6).fill('region'));
	});

	it('reads plurals as their singulars, irregular ones too, in any case ("the counties of Brell and Ostrow")', () => {
		expect(['counties', 'Cities', 'municipalities', 'islands', 'countries', 'Towns'].map(placeKindOf)).toEqual(['region', 'town', 'town', 'island', 'country', 'town']);
	});

	it('reads no kind in a word that names none', () => {
		expect(['mayor', 'capital', 'harbour', 'islanders', ''].map(placeKindOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
	});

	it('gives the patterns every singular word it reads, and only those', () => {
		for (const word of PLACE_KIND_WORDS.split('|')) expect(placeKindOf(word), word).toBeDefined();
		expect(new RegExp(`^(?:${PLACE_KIND_WORDS})$`).test('the village')).toBe(false);
	});
});
