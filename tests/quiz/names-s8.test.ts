import { describe, expect, it } from 'vitest';
import { extractFacts, type KnownNames } from '../../src/lib/quiz/facts';
import { surnameOf } from '../../src/lib/quiz/speakers';

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

describe('person facts: a surname keeps its particle', () => {
	it('reads "Ó Dálaigh", "Ní Bhriain", "Mac Giolla" and "von der Leyen" as surnames', () => {
		expect(named('Party leader Ciarán Ó Dálaigh said the count was fair.')).toEqual([['person', 'Ciarán Ó Dálaigh', 'Ó Dálaigh']]);
		expect(named('The party leader Máire Ní Bhriain said the vote was lost.')).toEqual([['person', 'Máire Ní Bhriain', 'Ní Bhriain']]);
		expect(named('“It was fair,” said Mary Mac Giolla.')).toEqual([['person', 'Mary Mac Giolla', 'Mac Giolla']]);
		expect(named('Ursula von der Leyen said the count was fair.')).toEqual([['person', 'Ursula von der Leyen', 'von der Leyen']]);
	});

	it('reads a later "Ó Dálaigh" or "Mr Ó Dálaigh" as the same person, never "Dálaigh"', () => {
		const known: KnownNames = { surnames: new Map([['Ó Dálaigh', 'male']]), organisations: new Set() };
		expect(named('Ó Dálaigh said the count was fair.', known)).toEqual([['person', 'Ó Dálaigh', 'Ó Dálaigh']]);
		expect(named('Mr Ó Dálaigh said the count was fair.')).toEqual([['person', 'Ó Dálaigh', 'Ó Dálaigh']]);
	});

	it('surnameOf keeps particles and a first name before them', () => {
		expect([surnameOf(['Ciarán', 'Ó', 'Dálaigh']), surnameOf(['Pilar', 'de', 'la', 'Vega']), surnameOf(['Luís', 'dos', 'Santos']), surnameOf(['Leo', 'Cullen']), surnameOf(['Mac', 'Giolla'], 0)]).toEqual([
			'Ó Dálaigh',
			'de la Vega',
			'dos Santos',
			'Cullen',
			'Mac Giolla'
		]);
	});
});
