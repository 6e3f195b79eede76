import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { personOptionFault, type PersonNames } from '../../src/lib/quiz/person-options';

/** The article's names as `personOptionFault` reads them, from invented sentences. */
function namesOf(sentences: string[]): PersonNames {
	const persons = sentences.flatMap((s) => extractFacts(s).filter((f) => f.type === 'person').map((f) => ({ text: f.text, surname: f.surname ?? f.text })));
	return { text: sentences.join(' '), persons, organisations: new Set() };
}

const match = [
	'After the break, captain Owain ap Gwyn charged down a clearance to score.',
	'Minutes later flanker Peter Hallam crashed over from a lineout drive.',
	'For the visitors, fly-half Owen Hartley kicked two penalties.',
	'In the 60th minute lock Daniel Castell was sent to the sin bin.',
	'Owen converted from the touchline.'
];

describe('person options whose names overlap (R3, R5)', () => {
	it('refuses a lone name that opens another person\'s full name: "Owen" beside Owen Hartley', () => {
		expect(personOptionFault({}, namesOf(match), ['Hallam', 'Castell', 'Owen', 'Hartley'])).toBe('R3');
	});

	it('refuses a two-word surname among full names: "Ap Gwyn" beside "Peter Hallam"', () => {
		expect(personOptionFault({}, namesOf(match), ['Daniel Castell', 'Ap Gwyn', 'Peter Hallam', 'Owen Hartley'])).toBe('R5');
	});

	it('keeps lone surnames that open no one else\'s name', () => {
		expect(personOptionFault({}, namesOf(match), ['Hallam', 'Castell', 'Hartley'])).toBeUndefined();
		expect(personOptionFault({}, namesOf(match), ['Daniel Castell', 'Peter Hallam', 'Owen Hartley'])).toBeUndefined();
	});
});
