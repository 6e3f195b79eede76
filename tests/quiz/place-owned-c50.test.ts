import { describe, expect, it } from 'vitest';
import { placeOwned } from '../../src/lib/quiz/back-references';

describe('the place a headline gives a head noun', () => {
	it.each([
		['Kenya tourism board cuts visa fees for students', 'board', { place: 'Kenya', phrase: 'Kenya’s tourism board' }],
		['Lisbon port strike ends after nine days', 'strike', { place: 'Lisbon', phrase: 'Lisbon’s port strike' }],
		['Ferry delays as Lisbon harbour review is extended', 'review', { place: 'Lisbon', phrase: 'Lisbon’s harbour review' }],
		['Quebec hydro dam review delayed again', 'review', { place: 'Quebec', phrase: 'Quebec’s hydro dam review' }],
		['Dublin approves new budget for libraries', 'budget', undefined],
		['Nairobi film festival closes with a record crowd', 'festival', { place: 'Nairobi', phrase: 'Nairobi’s film festival' }],
		['Nairobi film festival closes with a record crowd', 'film', undefined],
		['New tourism board for the coast', 'board', undefined],
		['Kenya’s tourism board cuts visa fees', 'board', undefined],
		['Kenya tourism boards cut visa fees', 'board', undefined],
		['Visa fees cut by Kenya tourism board', 'board', { place: 'Kenya', phrase: 'Kenya’s tourism board' }]
	])('%s (%s)', (title, head, owned) => {
		expect(placeOwned(title, head, '’')).toEqual(owned);
	});
});
