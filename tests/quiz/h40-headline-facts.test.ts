import { describe, expect, it } from 'vitest';
import { endsComplete } from '../../src/lib/quiz/simplify';
import { kept } from './report';

// The play screens no longer show the headline while an item is open, so the facts it states
// are asked from the lead like any other (h40): the sealed sets' readers missed them.
describe('the headline’s facts are asked (h40)', () => {
	const homes = [
		'Plans to build 480 homes on farmland at the edge of Wexbury have been approved by Wexbury District Council.',
		'Councillors voted eight to three in favour of the scheme at a meeting on Tuesday evening.',
		'Some 35% of the homes will be offered as affordable housing, and a new primary school is planned for the site.',
		'Residents had raised concerns about traffic on the B4120, which the developer has agreed to widen.'
	];

	it('asks the count of homes that the headline gives', () => {
		expect(kept('Wexbury plans for 480 homes approved despite objections', homes)).toContain(
			'Plans to build _____ homes on farmland at the edge of Wexbury have been approved by Wexbury District Council.'
		);
	});
});

// a freed lead cut its relative clause before the verb: "... a scam in which fraudsters posing." (h40, R1)
describe('a relative clause cut before its verb', () => {
	it('is no complete sentence', () => {
		expect(endsComplete('Police have arrested four people accused of running a loan scam in which callers posing')).toBe(false);
		expect(endsComplete('Police have arrested four people accused of running a loan scam in which callers cheated pensioners')).toBe(true);
	});

	it('is never a stem of the lead', () => {
		const stems = kept('Nagpur police arrest four over loan scam', [
			'Nagpur police have arrested four people accused of running a loan scam in which callers posing as bank officials cheated pensioners of ₹1.2 crore, officers said on Monday.',
			'Officers seized 11 laptops and 40 SIM cards from a rented flat in the city.',
			'The four were remanded in police custody until 14 March, a magistrate ordered.'
		]);
		expect(stems.filter((s) => /in which callers posing\.$/.test(s))).toEqual([]);
	});
});
