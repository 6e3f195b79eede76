import { describe, expect, it } from 'vitest';
import { settledPlaces } from '../../src/lib/quiz/facts';
import { kept } from './report';

// "Riverside's town council approved a €4.2 million budget ..." named its town only as the council's owner: no
// place was read, and every stem of the story "named nothing" (a fresh user's council story gave 2 items, R4)
describe('a council named by its place in the possessive', () => {
	it('settles the place at the level of the council it owns', () => {
		expect(settledPlaces("Riverside's town council approved the plan, and Kellow's district council did not.")).toEqual(
			new Map([
				['Riverside', 'town'],
				['Kellow', 'region']
			])
		);
	});

	it('asks the lead of a story whose council is named so', () => {
		const stems = kept('Riverside council approves €3.1m budget after 8-5 vote', [
			"Riverside's town council approved a €3.1 million budget for next year on Tuesday night, with eight councillors voting in favour and five against.",
			'The budget includes €900,000 for road repairs and €420,000 for the three public libraries, council leader Mairéad Ní Bhriain said.',
			'Opposition councillor Tomasz Wróbel said the cuts to parks would hurt families who cannot afford to travel.',
			'The youth centre on Canal Road will close two evenings a week from April, the council said.'
		]);
		expect(stems.some((s) => /^Riverside's town council approved a (?:€_____ million|_____) budget for next year/.test(s))).toBe(true);
	});
});
