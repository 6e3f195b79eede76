import { describe, expect, it } from 'vitest';
import { articlePlaces, doubleSurnames, extractFacts, loneSurnames, recurringNames, type KnownNames } from '../../src/lib/quiz/facts';
import { personRoles } from '../../src/lib/quiz/person-roles';
import { itemsOf } from './report';

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

describe('people options share the key’s role where the article gives one by what they do', () => {
	const roles = (sentences: string[]) => personRoles(sentences, sentences.map((s) => extractFacts(s)));

	it('reads an office taken or left "as" a role, before or after the name', () => {
		expect(roles(['Lord Callaghan was succeeded as Labour leader by Michael Foot.', 'Mark Drakeford has announced he is stepping down as the Welsh first minister.'])).toEqual(
			new Map([
				['Callaghan', 'politics'],
				['Foot', 'politics'],
				['Drakeford', 'politics']
			])
		);
	});

	it('reads a party label as politics, a reporter’s sign-off as media and a lecturer as an academic', () => {
		expect(roles(['Tim Loughton (Con) says the rules changed.', 'Michael Gove will announce a plan next week, Kiran Stacey reports.', 'Jane Hill, a university lecturer, said the plan would fail.'])).toEqual(
			new Map([
				['Loughton', 'politics'],
				['Stacey', 'media'],
				['Hill', 'science']
			])
		);
	});

	it('never offers a lecturer among the politicians for "was succeeded as Labour leader by ___"', () => {
		const party = [
			'Former prime minister Lord Callaghan has died aged 92.',
			'Lord Callaghan was succeeded as Labour leader by Michael Foot in 1980.',
			'Labour MP Neil Kinnock said the party had lost a great servant.',
			'Tory MP Denis Healey said he had been a loyal friend for fifty years.',
			'Anne Perkins, a university lecturer, said he was underrated by the public.'
		];
		const asked = itemsOf('Lord Callaghan dies aged 92', party).filter((i) => i.source.text.includes('succeeded as Labour leader'));
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.flatMap((i) => [i.stem, ...(i.options ?? [])]).filter((s) => s.includes('Perkins'))).toEqual([]);
	});
});

describe('surnames of two words that the article writes alone', () => {
	const game = [
		'Joel Eriksson Ek scored twice as the Wild beat the Sabres 4-1 on Tuesday night.',
		'Wild coach Bruce Boudreau said the team had played its best game of the month.',
		'“I didn’t really see him coming,” Eriksson Ek said of the late check.',
		'Goaltender Alex Stalock made 31 saves for the Wild, and Zach Parise added a goal.',
		'“We just kept working,” Parise said after the game.',
		'Eriksson Ek now has 12 goals this season, the most on the team.',
		'Parise’s first-period goal gave the Wild a lead they never gave up.'
	];

	it('reads "Eriksson Ek" as the surname, never "Ek" alone nor an organisation', () => {
		const text = game.join(' ');
		expect([...doubleSurnames(text, game.map((s) => extractFacts(s)))]).toEqual(['Eriksson Ek']);
		const written = itemsOf('Wild beat Sabres', game).flatMap((i) => [i.stem, ...(i.options ?? [])]);
		expect(written.length).toBeGreaterThan(0);
		expect(written.filter((s) => /(?<!Eriksson )\bEk\b/.test(s))).toEqual([]);
	});
});

describe('recurring names that a role or a kind of area marks', () => {
	it('reads a recurring name after a person’s role as that person: "Kano-born rapper Zaria Boi"', () => {
		const awards = ['Stars such as Zaria Boi and Ayomide Grace shone at the awards.', 'Kano-born rapper Zaria Boi won Best Rap Album on Sunday.'];
		const known = knownOf(awards);
		expect(known.organisations.has('Zaria Boi')).toBe(true);
		expect(named(awards[1], known)).toEqual([['person', 'Zaria Boi']]);
		const test = ['A stubborn 91 came from Sai Venkatesh in the second innings.', 'The win was set up by a stubborn 91 by young opener Sai Venkatesh.'];
		expect(named(test[1], knownOf(test))).toEqual([['person', 'Sai Venkatesh']]);
	});

	it('reads a recurring name in commas after "a <role>," as that person: "a hotel cleaner, Oyelowo Tamsin,"', () => {
		const hotel = ['The leak was found on Sunday when a hotel cleaner, Oyelowo Tamsin, smelled gas in the cellar.', 'The owners said they were grateful to Oyelowo Tamsin for acting so quickly.'];
		const known = knownOf(hotel);
		expect(known.organisations.has('Oyelowo Tamsin')).toBe(true);
		expect(named(hotel[0], known)).toEqual([['person', 'Oyelowo Tamsin']]);
		// a body in commas after a noun of its kind stays a body
		const supplier = ['Its main supplier, Dunmore Fresh, said prices would rise.', 'Shoppers at Dunmore Fresh said little.'];
		expect(named(supplier[0], knownOf(supplier))).toEqual([['organisation', 'Dunmore Fresh']]);
	});

	it('reads a name before "province" as a region and "Quebec City" as a city wherever they stand', () => {
		const quake = ['The quake struck off East New Britain province early on Monday.', 'Officials said East New Britain had lost power.'];
		const known = knownOf(quake);
		expect(named(quake[0], known)).toEqual([['place', 'East New Britain']]);
		const markets = ['Montreal and Quebec City were among the tightest markets.', 'Quebec City prices rose 12 per cent on the year.'];
		expect(named(markets[1], knownOf(markets))).toEqual([['place', 'Quebec City']]);
	});
});
