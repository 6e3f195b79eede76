import { describe, expect, it } from 'vitest';
import { articlePlaces, extractFacts, recurringNames } from '../../src/lib/quiz/facts';

const numbers = (text: string) =>
	extractFacts(text)
		.filter((f) => f.value !== undefined)
		.map((f) => ({ type: f.type, value: f.value, unit: f.unit, approximate: f.approximate ?? false }));

describe('extractFacts: numbers', () => {
	it('reads "£1.6m" as 1,600,000 GBP', () => {
		expect(numbers('A film studio was fined £1.6m after an actor was injured on set.')).toEqual([
			{ type: 'money', value: 1_600_000, unit: 'GBP', approximate: false }
		]);
	});

	it('reads "2.50 per cent" as 2.5 percent and "104.75p" as 104.75 pence', () => {
		expect(numbers('Shares fell 2.50 per cent to 104.75p.')).toEqual([
			{ type: 'percent', value: 2.5, unit: 'percent', approximate: false },
			{ type: 'money', value: 104.75, unit: 'pence', approximate: false }
		]);
	});

	it('reads "US$15 billion" as 15,000,000,000 USD without taking "US" for a place', () => {
		const facts = extractFacts('The damage was estimated at US$15 billion.');
		expect(facts.map((f) => [f.type, f.value, f.unit])).toEqual([['money', 15_000_000_000, 'USD']]);
	});

	it('reads "Around 150,000 people" as an approximate count of people', () => {
		const [fact] = extractFacts('Around 150,000 people were displaced.');
		expect(fact).toMatchObject({ type: 'count', value: 150_000, approximate: true, noun: 'people' });
		expect(fact.bound).toBeUndefined();
	});

	it('marks "more than 200 miles" as a bound, never an exact number', () => {
		const [fact] = extractFacts('She was driven more than 200 miles to the border.');
		expect(fact).toMatchObject({ value: 200, approximate: true, bound: true });
	});

	it('reads ages, percentages and ordinals', () => {
		const facts = extractFacts('The 38-year-old won 80% of the vote for a sixth term.');
		expect(facts.map((f) => [f.type, f.value])).toEqual([
			['age', 38],
			['percent', 80],
			['ordinal', 6]
		]);
	});
});

describe('extractFacts: numbers that are labels', () => {
	it('reads no count in a number dialled or quoted, nor in the length of a reporting window ("the 24 hours to 09:00")', () => {
		const counts = (s: string) => extractFacts(s).filter((f) => f.type === 'count').map((f) => f.text);
		expect(counts('Residents can request a free alarm by calling 311.')).toEqual([]);
		expect(counts('Anyone with information should contact police on 101, quoting reference 4302.')).toEqual([]);
		expect(counts('Witnesses can ring 0800 555 111 or dial 999 in an emergency.')).toEqual([]);
		expect(counts('The union called 12 strikes last year.')).toEqual(['12']);
		expect(counts('The gauge recorded record rain in the 24 hours to 09:00 on Sunday.')).toEqual([]);
		expect(counts('Prices rose in the 12 months to March, and 40 shops closed over 3 months.')).toEqual(['40', '3']);
	});
});

describe('extractFacts: dates', () => {
	it('finds no date in "may" the modal, "May" the wish or "this week"', () => {
		expect(extractFacts('The minister may resign this week. May the best team win.').filter((f) => f.type === 'date')).toEqual([]);
	});

	it('finds one explicit date in "on 4 May 2025"', () => {
		const dates = extractFacts('The vote is on 4 May 2025.').filter((f) => f.type === 'date');
		expect(dates.map((d) => [d.text, d.iso])).toEqual([['4 May 2025', '2025-05-04']]);
	});

	it('keeps relative days out of the facts', () => {
		expect(extractFacts('Protesters were arrested on Sunday.').filter((f) => f.type === 'date')).toEqual([]);
	});
});

describe('extractFacts: entities and attributions', () => {
	it('finds people with gender, places with level, and the speaker of a statement', () => {
		const facts = extractFacts('Last week, opposition leader Maria Kolesnikova said she was forced into a van in Minsk.');
		expect(facts.find((f) => f.type === 'person')).toMatchObject({ text: 'Maria Kolesnikova', gender: 'female', surname: 'Kolesnikova' });
		expect(facts.find((f) => f.type === 'place')).toMatchObject({ text: 'Minsk', level: 'city' });
		expect(facts.find((f) => f.type === 'attribution')).toMatchObject({ text: 'opposition leader Maria Kolesnikova' });
	});

	it('links a titled surname to a person', () => {
		expect(extractFacts('Mr Putin sees Belarus as a key bulwark.').map((f) => [f.type, f.text])).toEqual([
			['person', 'Putin'],
			['place', 'Belarus']
		]);
	});
});

describe('extractFacts: numbers written in words, tallies and ranges', () => {
	it('reads "Twenty-two Republicans" as 22, never as a count "two"', () => {
		expect(numbers('Twenty-two Republicans voted against the bill.')).toEqual([{ type: 'count', value: 22, unit: undefined, approximate: false }]);
	});

	it('reads "a hundred people" and "two dozen homes" as 100 and 24', () => {
		expect(extractFacts('Around a hundred people lost two dozen homes.').map((f) => [f.text, f.value, f.noun])).toEqual([
			['a hundred', 100, 'people'],
			['two dozen', 24, 'homes']
		]);
	});

	it('takes no count from a vote tally "70 to 29" or a score "2-1"', () => {
		expect(numbers('The Senate voted 70 to 29 to pass it.')).toEqual([]);
		expect(numbers('Leeds beat Aston Villa 2-1 at Villa Park.')).toEqual([]);
	});

	it('reads a vote split written with a dash ("voted 9-2") as a tally, and a range after "voted" as none', () => {
		const tallies = (text: string) => extractFacts(text).filter((f) => f.type === 'tally').map((f) => f.text);
		expect(tallies('The licensing panel voted 9-2 on Monday to renew the club’s licence.')).toEqual(['9-2']);
		expect(tallies('The board approved the plan by a vote of 6-3 after a long debate.')).toEqual(['6-3']);
		expect(tallies('Members voted 2-4 weeks ago to delay the decision.')).toEqual([]);
	});

	it('keeps "from" an exact number unless a range follows ("from 5% to 10%")', () => {
		expect(extractFacts('Orders rose to 450,000 a week, up from 397,000 last year.').map((f) => [f.value, f.bound ?? false])).toEqual([
			[450_000, false],
			[397_000, false]
		]);
		expect(extractFacts('Fees vary from 5% to 10% this year.').map((f) => [f.value, f.bound ?? false])).toEqual([
			[5, true],
			[10, false]
		]);
	});
});

const people = (text: string) =>
	extractFacts(text)
		.filter((f) => f.type === 'person')
		.map((f) => [f.text, f.role]);
const typed = (text: string, type: string) =>
	extractFacts(text)
		.filter((f) => f.type === type)
		.map((f) => f.text);

describe('extractFacts: people and their roles', () => {
	it('keeps a role noun before the name as the role: "Leeds manager Daniel Farke", "Chief executive Tim Steiner"', () => {
		expect(people('"We showed real character today," said Leeds manager Daniel Farke.')).toEqual([['Daniel Farke', 'manager']]);
		expect(people('Chief executive Tim Steiner said the results showed growth.')).toEqual([['Tim Steiner', 'chief executive']]);
	});

	it('splits a capitalised role from the name: "Senate Majority Leader Chuck Schumer", "Speaker Mike Johnson"', () => {
		expect(people('Speaker Mike Johnson met Senate Minority Leader Mitch McConnell and Senate Majority Leader Chuck Schumer.')).toEqual([
			['Mike Johnson', 'speaker'],
			['Mitch McConnell', 'minority leader'],
			['Chuck Schumer', 'majority leader']
		]);
	});

	it('reads a title as a role but a courtesy title not: "Judge Christopher Batty", "Mr Putin"', () => {
		expect(people('Judge Christopher Batty told Mr Putin to sit down.')).toEqual([
			['Christopher Batty', 'judge'],
			['Putin', undefined]
		]);
	});

	it('takes the role from an appositive and names no lexicon knows after a role noun', () => {
		expect(people('Jeff Pigati, a geologist at the US Geological Survey, said the study was careful.')).toEqual([['Jeff Pigati', 'geologist']]);
		expect(people('Villa boss Unai Emery said his side had lost control.')).toEqual([['Unai Emery', 'boss']]);
		expect(people('Its chair, Amina Hassan, said residents were not against new homes.')).toEqual([['Amina Hassan', 'chair']]);
	});

	it('takes no person from an office or a district: "the Secretary of State for Housing", "in Lawrence Hill"', () => {
		expect(people('The plans must still be reviewed by the Secretary of State for Housing.')).toEqual([]);
		expect(people('The council plans 650 homes on a former bus depot in Lawrence Hill.')).toEqual([]);
	});
});

describe('extractFacts: organisations and places', () => {
	// "the Slovak National Gallery" gave the person "National Gallery", which a described-as item then named as a painter
	it('reads no person in a gallery, theatre, library or cathedral, and keeps a person of a surname such as Hall', () => {
		const people = (text: string) => extractFacts(text).filter((f) => f.type === 'person').map((f) => f.text);
		expect(people('A retrospective at the Latvian National Gallery drew 40,000 visitors.')).toEqual([]);
		expect(people('The play moved to the Lyric Theatre in March.')).toEqual([]);
		expect(people('Her letters are kept at the Mitchell Library in Glasgow.')).toEqual([]);
		expect(people('Bells rang at Wells Cathedral on Sunday.')).toEqual([]);
		expect(people('Curator Jessica Hall said the show would travel.')).toEqual(['Jessica Hall']);
	});

	it('reads two places joined under one body\'s name as one organisation, and a list or a person before "and" as no part of it', () => {
		expect(typed('Officers from Avon and Somerset Police attended the scene.', 'organisation')).toEqual(['Avon and Somerset Police']);
		expect(typed('Devon and Cornwall Police said a man had been arrested.', 'organisation')).toEqual(['Devon and Cornwall Police']);
		expect(typed('Leeds, Bradford and Kirklees Council met on Monday.', 'organisation')).toEqual(['Kirklees Council']);
		expect(typed('Mr Okafor and Hampshire Police issued an appeal.', 'organisation')).toEqual(['Hampshire Police']);
	});

	it('types bodies, clubs and companies named by their suffix, without a leading "The"', () => {
		expect(typed('Researchers from the US Geological Survey joined the London Stock Exchange.', 'organisation')).toEqual(['US Geological Survey', 'London Stock Exchange']);
		expect(typed('Leeds United moved up to fourth after Aston Villa lost.', 'organisation')).toEqual(['Leeds United', 'Aston Villa']);
		expect(typed('The U.S. Senate passed the bill.', 'organisation')).toEqual(['U.S. Senate']);
	});

	it('reads "West Bank" as a region and a dateline as no fact', () => {
		const facts = extractFacts('WASHINGTON (AP) — The U.S. Senate condemned settlements in the West Bank.');
		expect(facts.map((f) => [f.type, f.text, f.level])).toEqual([
			['organisation', 'U.S. Senate', undefined],
			['place', 'West Bank', 'region']
		]);
	});

	it('takes no organisation from a formula: "CO2"', () => {
		expect(extractFacts('Trapping and burying the CO2 is possible.')).toEqual([]);
	});

	it('knows organisations that a common noun introduces anywhere in the article', () => {
		const text = 'Online grocer Ocado has reported a profit. Analysts at Barclays said it was better than feared. It sells to retailers such as Kroger in the United States.';
		expect([...recurringNames(text)].sort()).toEqual(['Barclays', 'Kroger', 'Ocado']);
		const known = { surnames: new Map(), organisations: recurringNames(text) };
		expect(typed('Kroger cancelled plans for three of its planned Ocado warehouses.', 'organisation')).toEqual([]);
		expect(extractFacts('Kroger cancelled plans for three of its planned Ocado warehouses.', known).filter((f) => f.type === 'organisation').map((f) => f.text)).toEqual(['Kroger', 'Ocado']);
	});

	it('places towns no gazetteer lists: "north-east of Las Cruces", "near Brechin", "in Sofia, Bulgaria", and a name put "in" twice', () => {
		expect(extractFacts('The park lies north-east of Las Cruces, near Brechin.').map((f) => [f.type, f.text, f.level])).toEqual([
			['place', 'Las Cruces', 'town'],
			['place', 'Brechin', 'town']
		]);
		const text = 'It will cut jobs in Hatfield and in Sofia, Bulgaria. The meeting is in Hatfield on 6 May.';
		expect([...articlePlaces(text)]).toEqual(['Hatfield']);
		const known = { surnames: new Map(), organisations: new Set<string>(), places: articlePlaces(text) };
		expect(extractFacts('The meeting is in Hatfield on 6 May.', known).map((f) => [f.type, f.text])).toEqual([
			['place', 'Hatfield'],
			['date', '6 May']
		]);
	});
});

describe('extractFacts: attributions', () => {
	const attribution = (text: string) => {
		const f = extractFacts(text).find((x) => x.type === 'attribution');
		return f && [f.text, text.slice(f.statement!.start, f.statement!.end)];
	};

	it('finds the speaker after a quote: ""...," said Leeds manager Daniel Farke." and ""...," Mr. Schumer said."', () => {
		expect(attribution('"We showed real character today," said Leeds manager Daniel Farke.')).toEqual(['Leeds manager Daniel Farke', 'We showed real character today']);
		expect(attribution('"We will not back down," Mr. Schumer said.')).toEqual(['Mr. Schumer', 'We will not back down']);
	});

	it('leaves an appositive after or before the verb out of the speaker', () => {
		expect(attribution('"The footprints are real," said Jeff Pigati, a geologist at the US Geological Survey.')).toEqual(['Jeff Pigati', 'The footprints are real']);
		expect(attribution('Loren Davis, an archaeologist at Oregon State University, said the study was a big step forward.')).toEqual(['Loren Davis', 'the study was a big step forward']);
	});

	it('finds the speaker before a role appositive without an article, an age, or after a role and a comma', () => {
		expect(attribution('"The rise will not last," said Tomas Varga, chief economist at Northgate Bank.')).toEqual(['Tomas Varga', 'The rise will not last']);
		expect(attribution('"Every crew member waited for this," said Dr. Ines Moretti, the lab\'s lead scientist.')).toEqual(['Dr. Ines Moretti', 'Every crew member waited for this']);
		expect(attribution('"The shelter has room for 80 people," said the town\'s deputy mayor, Petra Lindqvist.')).toEqual(['Petra Lindqvist', 'The shelter has room for 80 people']);
		expect(attribution('"She served brilliantly all week," Kovacs, 29, said afterwards.')).toEqual(['Kovacs', 'She served brilliantly all week']);
		expect(attribution('"It took years of work on the basics," Hallam told Radio Wessex.')).toEqual(['Hallam', 'It took years of work on the basics']);
		expect(attribution('"We regret that talks have stalled," Dr. Omar Field, Eastvale\'s chief medical officer, said in a statement.')).toEqual(['Dr. Omar Field', 'We regret that talks have stalled']);
		expect(attribution('Dr Lena Brooks, president of the Society for Rural Care, said the new figures were worrying for patients.')).toEqual(['Dr Lena Brooks', 'the new figures were worrying for patients']);
	});

	it('reads "X said: "..."" and takes no pronoun as a speaker', () => {
		expect(attribution('Senate Majority Leader Chuck Schumer said: "We will pass this bill."')).toEqual(['Senate Majority Leader Chuck Schumer', 'We will pass this bill']);
		expect(attribution('"It is over," said he.')).toBeUndefined();
	});
});

describe('extractFacts: direct quotes', () => {
	it('marks a quoted statement as a quote and a reported one not', () => {
		const quoted = extractFacts('"We showed real character today," said Leeds manager Daniel Farke.').find((f) => f.type === 'attribution');
		const reported = extractFacts('Villa boss Unai Emery said his side had lost control of the game.').find((f) => f.type === 'attribution');
		const colon = extractFacts('Chuck Schumer said: "We will pass this bill."').find((f) => f.type === 'attribution');
		expect([quoted?.quote, reported?.quote, colon?.quote]).toEqual([true, undefined, true]);
	});
});

describe('extractFacts: roles written out and joined', () => {
	it('writes abbreviated titles out and keeps two-word roles: "state Sen.", "Attorney General", "the Tory deputy chair"', () => {
		expect(people('Democrats back state Sen. Tony Vargas for the seat.')).toEqual([['Tony Vargas', 'senator']]);
		expect(people('The firm was written to by Attorney General Maria Delgado last week.')).toEqual([['Maria Delgado', 'attorney general']]);
		expect(people('Owen Pryce, the Liberal deputy chair and a trustee of the fund, asked questions.')).toEqual([['Owen Pryce', 'deputy chair']]);
	});

	it('takes no possessive or glued word as an organisation name: "publisher Vandermeer\'s purchase", "giant StarVision"', () => {
		expect([...recurringNames("It signed a pact with Dutch book publisher Vandermeer's printers. Sales at cable giant StarVision fell.")]).toEqual([]);
	});
});

describe('extractFacts: continents', () => {
	it('gives continents their own level (countries-list), so a continent is never swapped for a state', () => {
		expect(extractFacts('People lived in North America long before they reached New Mexico or Europe.').map((f) => [f.text, f.level])).toEqual([
			['North America', 'continent'],
			['New Mexico', 'region'],
			['Europe', 'continent']
		]);
	});
});

describe('extractFacts: the counted noun', () => {
	it('keeps one adjective with the counted noun of a number word: "two new methods", "six league games"', () => {
		expect(extractFacts('Researchers used two new methods over six league games.').map((f) => [f.text, f.value, f.noun])).toEqual([
			['two', 2, 'new methods'],
			['six', 6, 'league games']
		]);
	});
});

describe('extractFacts: a club by its short name', () => {
	it('reads a bare "Leeds" as the club where the article names "Leeds United", and "Bristol" still as the city', () => {
		const text = 'Leeds United beat Aston Villa at Villa Park. Leeds equalised four minutes after half-time. Bristol City Council met in Bristol.';
		const known = { surnames: new Map(), organisations: recurringNames(text) };
		expect(extractFacts('Leeds equalised four minutes after half-time.', known).map((f) => [f.type, f.text])).toEqual([
			['organisation', 'Leeds'],
			['count', 'four']
		]);
		expect(extractFacts('Bristol City Council met in Bristol.', known).map((f) => [f.type, f.text])).toEqual([
			['organisation', 'Bristol City Council'],
			['place', 'Bristol']
		]);
	});
});

describe('extractFacts: a name with an age after it', () => {
	it('reads "Ferris, 68, has led" as a person, but not a table "Leeds, 10, and Chelsea, 9, lead"', () => {
		expect(people('Four decades later, Ferris, 68, has now led more than 300 rescues.')).toEqual([['Ferris', undefined]]);
		expect(people('Brighton, 12, Leeds, 10, and Chelsea, 9, lead the table.')).toEqual([]);
	});
});

describe('time zones', () => {
	it('reads "EDT" and "GMT" after a time as no organisation', () => {
		const facts = extractFacts('The rocket lifted off at 4:05 p.m. EDT, and the first signal reached the Norland Space Agency at 9:40 p.m. GMT.');
		expect(facts.filter((f) => f.type === 'organisation').map((f) => f.text)).toEqual(['Norland Space Agency']);
	});
});

describe('extractFacts: police ranks and local areas', () => {
	it('reads "Det Insp", "Ch Supt" and "Cllr" as titles before a person, with the rank as role', () => {
		expect(people('Det Insp Mara Quill said the inquiry was going well.')).toEqual([['Mara Quill', 'inspector']]);
		expect(people('Ch Supt Owen Farrant visited the scene on Sunday.')).toEqual([['Owen Farrant', 'superintendent']]);
		expect(extractFacts('Cllr Ruth Ambler opposed the plan.').find((f) => f.type === 'person')?.text).toBe('Ruth Ambler');
	});

	it('keeps a role noun after a title in the title: "Chief Economist", "Chief Constable"', () => {
		expect(people('Chief Economist Wanda Pell preferred to hold rates.')).toEqual([['Wanda Pell', 'chief economist']]);
		expect(people('Chief Constable Ruth Ambler spoke to reporters.')).toEqual([['Ruth Ambler', 'chief constable']]);
	});

	it('types a county or township named with a first name as a place, and a district "in nearby" one as no person', () => {
		const county = extractFacts('Farmers in western Madison County opposed the plan.').find((f) => f.text === 'Madison County');
		expect(county?.type).toBe('place');
		expect(extractFacts('The suspect was detained in nearby Carter Hill on Sunday.').some((f) => f.type === 'person')).toBe(false);
	});
});

describe('a speaker the sentence calls "it"', () => {
	it('reads "Vestra Bahn said it would ..." as no person, and "said Giorgos Stamelis, an analyst" as one', () => {
		expect(extractFacts('Vestra Bahn said it would run a reduced timetable.').some((f) => f.type === 'person')).toBe(false);
		expect(extractFacts('"The ring sold out in a day," said Giorgos Stamelis, an analyst at Fenwick.').find((f) => f.type === 'person')?.text).toBe('Giorgos Stamelis');
	});
});
