import { describe, expect, it } from 'vitest';
import { extractFacts, type KnownNames } from '../../src/lib/quiz/facts';

/** The person and place facts of a sentence, as [type, text, surname or level]. */
const named = (text: string, known?: KnownNames) =>
	extractFacts(text, known)
		.filter((f) => f.type === 'person' || f.type === 'place')
		.map((f) => [f.type, f.text, f.surname ?? f.level]);

describe('person facts: a possessive name before a street or a building names a place', () => {
	it('reads no person in "Sir John Rogerson’s Quay" or "St Vincent’s Hospital"', () => {
		expect(named('Staff gathered outside its offices on Sir John Rogerson’s Quay in Dublin on Monday.')).toEqual([['place', 'Dublin', 'city']]);
		expect(named("The march set off from Sir Piers Halloway's Street at noon.")).toEqual([]);
		expect(named('She was taken to St Vincent’s Hospital after the crash.')).toEqual([]);
	});

	it('still reads a person whose possessive owns a common noun', () => {
		expect(named('Sir John Rogerson’s lawyer said the claim was false.')).toEqual([['person', 'John Rogerson', 'Rogerson']]);
	});
});

describe('person facts: a surname the article gives a person is no place', () => {
	const known: KnownNames = { surnames: new Map([['Albuquerque', 'male']]), organisations: new Set() };

	it('reads a bare "Albuquerque" as the person the article names "Luís Albuquerque"', () => {
		expect(named('The winner, Albuquerque, 52, told reporters he was pleased.', known)).toEqual([['person', 'Albuquerque', 'Albuquerque']]);
		expect(named('After the count, Albuquerque thanked voters.', known)).toEqual([['person', 'Albuquerque', 'Albuquerque']]);
	});

	it('keeps the city after a preposition of place, and without a person of that surname', () => {
		expect(named('The count ended in Albuquerque late on Sunday.', known)).toEqual([['place', 'Albuquerque', 'city']]);
		expect(named('After the count, Albuquerque held a parade.')).toEqual([['place', 'Albuquerque', 'city']]);
	});
});
