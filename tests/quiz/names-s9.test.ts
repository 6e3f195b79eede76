import { describe, expect, it } from 'vitest';
import { extractFacts, loneSurnames, recurringNames, type KnownNames } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, itemsOf, reportOf } from './report';

/** The person, place and organisation facts of a sentence, as [type, text]. */
const named = (text: string, known?: KnownNames) =>
	extractFacts(text, known)
		.filter((f) => f.type === 'person' || f.type === 'place' || f.type === 'organisation')
		.map((f) => [f.type, f.text]);

/** The person facts of each sentence of an article (`reportOf`), by sentence, as texts. */
const personsOf = (title: string, paragraphs: string[]) => reportOf(title, paragraphs).facts.map((list) => list.filter((f) => f.type === 'person').map((f) => f.text));

describe('person facts: a name no lexicon knows, with a cue that it is a person’s', () => {
	it('reads an adverb opening the sentence as no part of the name: "Then Kadam struck"', () => {
		const known: KnownNames = { surnames: new Map([['Kadam', undefined]]), organisations: new Set() };
		expect(named('Then Kadam struck twice in an over.', known)).toEqual([['person', 'Kadam']]);
		expect(named('Meanwhile Rohan Kadam bowled on.')).toEqual([['person', 'Rohan Kadam']]);
	});

	it('reads a role a possessive owns, before the name or after it', () => {
		expect(named('Ethiopia’s ambassador to the UK, Tesfaye Woldemariam, called the decision a mistake.')).toContainEqual(['person', 'Tesfaye Woldemariam']);
		expect(named("Tesfaye Woldemariam, Ethiopia's ambassador, called the move a mistake.")).toContainEqual(['person', 'Tesfaye Woldemariam']);
		expect(extractFacts("Tesfaye Woldemariam, Ethiopia's ambassador, called the move a mistake.").find((f) => f.type === 'person')?.role).toBe('ambassador');
	});

	it('reads a role a common noun owns, and roles of sport, music and diplomacy before a name', () => {
		expect(extractFacts("The city's long-serving mayor, Tadeusz Lipiński, stepped down in February.").map((f) => [f.type, f.text, f.role])).toEqual([['person', 'Tadeusz Lipiński', 'mayor']]);
		expect(named('It hinges on the fitness of fast bowler Ankit Chaudhary, who left the field on Sunday.')).toEqual([['person', 'Ankit Chaudhary']]);
		expect(named('The film is a biopic of bebop pianist Bud Powell.')).toEqual([['person', 'Bud Powell']]);
		expect(named('Presidential adviser Mykhailo Podolyak mocked the notion.')).toEqual([['person', 'Mykhailo Podolyak']]);
		expect(named('Another passenger, Tiago Mendonça, a 52-year-old engineer from Braga, praised the crew.')).toContainEqual(['person', 'Tiago Mendonça']);
	});

	it('makes no person of a product or an instrument an appositive names', () => {
		expect(named("The team's new phone, Fold Air, sold out in a day.")).toEqual([]);
		expect(named("The agency's flagship, Very Large Telescope, took the images.")).toEqual([]);
	});

	it('reads a person placed in a body by ", of the campaign group X," and the statement as theirs', () => {
		const facts = extractFacts('Mekdes Alemu, of the campaign group Afromet, said she hoped the talks would resume.');
		expect(facts.filter((f) => f.type === 'person').map((f) => f.text)).toEqual(['Mekdes Alemu']);
		expect(facts.find((f) => f.type === 'attribution')?.text).toBe('Mekdes Alemu');
	});

	it('makes no person of a place with an "of" appositive', () => {
		expect(named('Greater Manchester, of the North West, has grown.').filter(([t]) => t === 'person')).toEqual([]);
		expect(named('Sea Point, of the southern tip of Cape Town, has beaches.').filter(([t]) => t === 'person')).toEqual([]);
	});
});

describe('person facts: a full name whose surname the article uses alone for a person', () => {
	const casting = [
		'Dev Malhotra has landed the lead role in a new film about the jazz pianist Bud Powell.',
		'Malhotra, 34, trained as a classical pianist in Toronto before he turned to acting.',
		'Malhotra has won two Canadian acting awards since March.',
		'The studio had also talked to Kerry Vance, Leah Bernstein and Marcus Odell about the part.',
		'Vance, 41, starred in a hospital thriller last year.'
	];

	it('reads "Dev Malhotra" and a bare "Malhotra" as a person where the article gives "Malhotra, 34,"', () => {
		const persons = personsOf('Studio casts jazz biopic', casting);
		expect(persons[0]).toEqual(['Dev Malhotra', 'Bud Powell']);
		expect(persons[2]).toEqual(['Malhotra']);
		expect(loneSurnames(casting, casting.map((s) => extractFacts(s)))).toEqual(new Map([['Malhotra', undefined], ['Vance', undefined]]));
	});

	it('asks who, the options in the key’s name format', () => {
		const items = itemsOf('Studio casts jazz biopic', casting);
		const lead = items.find((i) => i.stem === 'Who has landed the lead role in a new film about the jazz pianist Bud Powell?');
		expect(lead?.options?.[lead.key as number]).toBe('Dev Malhotra');
		expect(new Set(lead?.options)).toEqual(new Set(['Dev Malhotra', 'Kerry Vance', 'Leah Bernstein', 'Marcus Odell']));
		const awards = items.find((i) => i.stem === 'Who has won two Canadian acting awards since March?');
		expect(new Set(awards?.options)).toEqual(new Set(['Malhotra', 'Vance', 'Bernstein', 'Odell']));
		expect(awards?.options?.[awards.key as number]).toBe('Malhotra');
	});

	it('makes no person of a product, a company or a compound the surname ends', () => {
		const product = ['Samsung will start selling the Fold Air in Seoul next month.', 'Air, 34, is the name of the firm’s new range of phones.'];
		expect(loneSurnames(product, product.map((s) => extractFacts(s)))).toEqual(new Map());
		const studio = ['Searchlight Pictures bought the film in 2024 after a bidding war with two streaming services.', 'Searchlight said the film would open in cinemas across North America in July.', ...filler];
		expect(personsOf('Studio buys film', studio).flat()).toEqual([]);
		const born = ['Julian Assange denies the charges and is fighting his extradition from Britain.', 'Australian-born Assange faces a charge of conspiracy in the US.', ...filler];
		expect(personsOf('Assange case', born)[1]).not.toContain('Australian-born Assange');
	});
});

describe('clauses: a past tense after a name between commas is the main verb, no trailing phrase', () => {
	it('keeps "scrambled to apply" in "as a co-worker, Nehemiah Dejesus, scrambled to apply a clamp"', () => {
		const s = 'Workers gathered around a muddy hole as a co-worker, Nehemiah Dejesus, scrambled to apply a steel clamp to a cracked pipe.';
		const main = simplify(s, extractFacts(s)).find((c) => c.kind === 'main');
		expect(main?.text).toContain('scrambled to apply');
	});
});

describe('place and organisation facts the gazetteer does not know', () => {
	it('reads every name listed after a plural kind of place ("the towns of Chełm and Biała Podlaska")', () => {
		expect(named('In the smaller towns of Chełm and Biała Podlaska, candidates from local committees won outright.')).toEqual([
			['place', 'Chełm'],
			['place', 'Biała Podlaska']
		]);
		expect(extractFacts('The cities of Gdańsk, Sopot and Gdynia form one metro area.').map((f) => [f.text, f.level])).toEqual([
			['Gdańsk', 'city'],
			['Sopot', 'city'],
			['Gdynia', 'city']
		]);
	});

	it('reads an island before a lower-case "island" and the towns placed on it', () => {
		expect(extractFacts('Ponta Delgada and Lajes, on Terceira island, are common diversion airports.').map((f) => [f.text, f.level])).toEqual([
			['Ponta Delgada', 'town'],
			['Lajes', 'town'],
			['Terceira', 'region']
		]);
		expect(named('Jane Holt, on Terceira island, said the airport was busy.').filter(([t]) => t === 'person')).toEqual([['person', 'Jane Holt']]);
	});

	it('reads a body a common noun introduces: "the campaign group Afromet", "the charity Shelter"', () => {
		expect(recurringNames('Mekdes Alemu, of the campaign group Afromet, said she hoped for more.')).toContain('Afromet');
		expect(recurringNames('The charity Shelter warned of rising rents.')).toContain('Shelter');
	});

	it('reads a lone name asked for comment as a body’s, never a surname the article writes after a first name', () => {
		const text = 'Chief executive Giulia Ferraresi spoke to investors.\nFerraresi declined to comment on the matter.\nRolls-Royce did not immediately respond to a request for comment on Saturday.';
		const names = recurringNames(text);
		expect(names).toContain('Rolls-Royce');
		expect(names).not.toContain('Ferraresi');
		expect(named('Rolls-Royce did not immediately respond to a request for comment on Saturday.', { surnames: new Map(), organisations: names })).toEqual([['organisation', 'Rolls-Royce']]);
	});

	it('reads the firm a broker or an analyst works with, a capital inside its name allowed', () => {
		expect(recurringNames('Prices fell, said Priya Raghunathan, a broker with Royal LePage in Mississauga.')).toContain('Royal LePage');
	});

	it('reads a body whose name opens on a plural possessive, never an event or an office so named', () => {
		expect(named("Her daughter was twice treated at Children's Health Ireland for asthma.")).toEqual([['organisation', "Children's Health Ireland"]]);
		expect(named("The People's Party won 30 seats.")).toEqual([['organisation', "People's Party"]]);
		expect(named("She won the Women's World Cup in 2019.")).toEqual([]);
		expect(named("The Children's Commissioner, Anne Longfield, spoke first.")).toEqual([['person', 'Anne Longfield']]);
	});

	it('reads a legislature as an organisation', () => {
		expect(named('Similar proposals have stalled at the Minnesota Legislature.')).toEqual([['organisation', 'Minnesota Legislature']]);
	});
});
