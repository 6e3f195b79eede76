import { describe, expect, it } from 'vitest';
import { articlePlaces, extractFacts, loneSurnames, recurringNames, type KnownNames } from '../../src/lib/quiz/facts';

/** The people, places and organisations of a sentence, as [type, text]. */
function named(text: string, known?: KnownNames): [string, string][] {
	return extractFacts(text, known)
		.filter((f) => f.type === 'person' || f.type === 'place' || f.type === 'organisation')
		.map((f) => [f.type, f.text]);
}

/** The names an article gives, as generate reads them: recurring organisations, places put "in" twice or named as towns, and lone surnames. */
function knownOf(sentences: string[]): KnownNames {
	const text = sentences.join(' ');
	return { surnames: loneSurnames(sentences, sentences.map((s) => extractFacts(s))), organisations: recurringNames(text), places: articlePlaces(text) };
}

describe('towns whose names recur are towns, not organisations', () => {
	const harvest = [
		'Growers on the Eyre Peninsula expect one of the smallest harvests in a decade.',
		'Wheat delivered to Port Lincoln fetched about $340 a tonne last week.',
		'The minister is due to meet growers in Port Lincoln on Friday.'
	];

	it('types "Port Lincoln" a place wherever the article writes it, "in" before it or not', () => {
		const known = knownOf(harvest);
		expect(known.organisations.has('Port Lincoln')).toBe(false);
		expect(named(harvest[1], known)).toEqual([['place', 'Port Lincoln']]);
		expect(named(harvest[2], known)).toEqual([['place', 'Port Lincoln']]);
	});

	it('types "New York City" a place, and a club named after a city stays out of it', () => {
		const city = ['Fires broke out beneath the streets of New York City.', 'The utility maintains gas mains in and around New York City.'];
		const known = knownOf(city);
		expect(named(city[1], known)).toEqual([['place', 'New York City']]);
		// a city, so that "the city’s roughly 6,500 miles of water mains" may name it
		expect(extractFacts(city[1], known).find((f) => f.text === 'New York City')?.level).toBe('city');
		expect(articlePlaces('Fans of Leicester City sang. They beat Leicester City in the cup.').has('Leicester City')).toBe(false);
	});

	it('takes no organisation from the end of a longer name: "the Department of Environmental Protection"', () => {
		const text = 'Officials at the Department of Environmental Protection said the pipes were old. The Department of Environmental Protection runs the water system.';
		expect(recurringNames(text).has('Environmental Protection')).toBe(false);
	});
});

describe('people whose first name is also a common word or a place', () => {
	it('reads a person from a role written after the name without an article: "Frank Delaney, general secretary of the …"', () => {
		expect(named('Frank Delaney, general secretary of the Irish Medical Organisation, called the figures a disgrace.')).toEqual([
			['person', 'Frank Delaney'],
			['organisation', 'Irish Medical Organisation']
		]);
	});

	it('reads a person from a nationality before two names: "the American Jordan Pike", not an event or a body', () => {
		expect(named('Restrepo dismissed the American Jordan Pike 6-2, 6-1.')).toEqual([['person', 'Jordan Pike']]);
		expect(named('He won the British Grand Prix last year.')).toEqual([]);
		expect(named('The Irish Rugby Union met on Monday.')).toEqual([['organisation', 'Irish Rugby Union']]);
	});

	it('reads "Leo Varadkar’s party" as a person’s where the article writes "Varadkar" alone as a speaker', () => {
		const election = ['Leo Varadkar’s ruling party slid to 20.8%, coming third.', 'Varadkar says he would be willing to lead the party in opposition.'];
		const known = knownOf(election);
		expect(named(election[0], known)).toEqual([['person', 'Leo Varadkar']]);
	});
});
