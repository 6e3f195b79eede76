import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { personBodies } from '../../src/lib/quiz/person-bodies';
import { personNounBefore } from '../../src/lib/quiz/pronouns';
import { itemsOf } from './report';

/** The names `personBodies` finds in the sentences, read with their first-pass facts. */
function bodiesIn(sentences: string[]): string[] {
	return [...personBodies(sentences, sentences.map((s) => extractFacts(s)))].sort();
}

describe('g32p (1): a company written like a person is no person (R8)', () => {
	it('a trade plural ends a company\'s name: "Ashcombe Homes", "Corvane Renewables"', () => {
		expect(bodiesIn(['The developer, Ashcombe Homes, says half of the flats will be affordable.'])).toEqual(['Ashcombe Homes']);
		expect(bodiesIn(['The applicant, Leeds-based Corvane Renewables, said it was disappointed and would appeal.'])).toEqual(['Leeds-based Corvane Renewables']);
	});

	it('a name with a given name\'s look listed after a plural of businesses is a company', () => {
		expect(bodiesIn(['Cereal makers including Carmen Vidal and Kellner have said they are watching prices.'])).toEqual(['Carmen Vidal']);
		expect(bodiesIn(['Lenders such as Martin Kessel and Orbisbank have raised their rates.'])).toEqual(['Martin Kessel']);
	});

	it('a name that says "it" planned or expected is a body, never offered as who said a quote (R8)', () => {
		const title = 'Harbour trust unveils €90m plan for 400 homes on old ferry terminal';
		const paragraphs = [
			'A housing trust in the port city of Vlietmond has unveiled plans for 400 homes on the site of a disused ferry terminal.',
			'Brugwater Veldhuis said on Monday that the €90 million scheme would include 160 social-rent flats and 240 homes for sale.',
			'"Vlietmond has never lacked ideas. It has lacked homes that a nurse can afford," said Joris Hendriksen, the trust\'s director.',
			'Brugwater Veldhuis said it expected the first residents to move in by the end of 2029.',
			'Nadia Oukili, 31, a bus driver who lives with her parents, has been on the waiting list for seven years.',
			'"I have applied for more than 90 flats," she said.',
			'Brugwater Veldhuis said it planned to use electric diggers on the site, at an extra cost of about €1.8 million.',
			'Councillor Pieter Dalmeijer said the council would decide on the plan in the autumn.'
		];
		const speakers = itemsOf(title, paragraphs).filter((i) => i.type === 'who-said');
		expect(speakers.length).toBeGreaterThan(0);
		for (const item of speakers) expect(item.options).not.toContain('Brugwater Veldhuis');
	});

	it('a person with a given name who says "it" planned stays a person', () => {
		expect(bodiesIn(['Chief executive Maria Lopez said it planned to open two more stores.'])).toEqual([]);
	});

	it('a name after a word only a team is ("host leaders Portland Vale") is a team\'s', () => {
		expect(bodiesIn(['Ashcombe host leaders Penrith Vale next Saturday, while Kestrel travel to Harlow Cross.'])).toEqual(['Penrith Vale']);
		expect(bodiesIn(['The hosts were level when Maria Okafor scored after the break.'])).toEqual([]);
	});

	it('people listed after a plural of people, or given an age or a company\'s role, stay people', () => {
		expect(bodiesIn(['Growers including Carmen Vidal and Peter Otieno said the rain came late.'])).toEqual([]);
		expect(bodiesIn(['Markus Feld, the firm\'s chief executive, said the tunnel would open late.'])).toEqual([]);
		expect(bodiesIn(['Cereal makers including Carmen Vidal have said they are watching prices.', 'Carmen Vidal, 52, said she had sold her mill.'])).toEqual([]);
	});

	it('a company is never offered as who said a quote, nor asked as its speaker', () => {
		const title = 'Council backs 180 flats on edge of market town despite protests';
		const paragraphs = [
			'Councillors on Tuesday approved plans for 180 flats on farmland north of Market Harlow, despite more than 900 objections from residents.',
			'The developer, Ashcombe Homes, says a third of the flats will be sold below market rates.',
			'"Nobody in this chamber wanted to vote for this, but the law left us little room," said Cllr Janet Morrow, who chairs the planning committee.',
			'Peter Quill, 71, who leads the residents\' campaign, said they would ask for a judicial review.',
			'"They have ignored every letter we sent and every meeting we held," he said.',
			'Ashcombe Homes\' sales director, Owen Barlow, said the firm had cut the number of flats from 240.',
			'"This is a scheme that young families in the town badly need," he said.'
		];
		const items = itemsOf(title, paragraphs);
		expect(items.some((i) => i.type === 'who-said')).toBe(true);
		expect(items.flatMap((i) => i.options ?? []).filter((o) => /^Ashcombe|^Homes$/.test(o))).toEqual([]);
		expect(items.filter((i) => /^Ashcombe Homes said:/.test(i.stem))).toEqual([]);
	});
});

describe('g32p (2): a name with particles or two family names is written whole (R5, R6)', () => {
	it('"Ana do Rosário Matos" is one name, never "Rosário Matos"', () => {
		const persons = extractFacts('Ana do Rosário Matos, 58, said she had lost her orchard.').filter((f) => f.type === 'person');
		expect(persons.map((f) => [f.text, f.surname])).toEqual([['Ana do Rosário Matos', 'Matos']]);
	});

	it('"Health Minister Ana Lucía Ferrer Ríos" keeps both given names, never "Lucía Ferrer Ríos"', () => {
		const persons = extractFacts('Health Minister Ana Lucía Ferrer Ríos said clinics would open on Sundays.').filter((f) => f.type === 'person');
		expect(persons.map((f) => f.text)).toEqual(['Ana Lucía Ferrer Ríos']);
		expect(extractFacts('Senate Majority Leader Chuck Schumer said the vote would be held.').filter((f) => f.type === 'person').map((f) => f.text)).toEqual(['Chuck Schumer']);
	});

	it('a given name and two family names, neither written alone, is never offered by its last word', () => {
		const title = 'Fuel prices hit record as government weighs tax cut';
		const paragraphs = [
			'Petrol prices rose to a record 27 pesos a litre on Monday, the energy regulator said.',
			'President Laura Vence said the government would not let fuel costs crush small businesses.',
			'Deputy Finance Minister Tomás Ibarra Quezada said the ministry was studying a cut in the fuel tax for the rest of the year.',
			'"We will not allow the price of getting to work to ruin working families," he told a news conference.',
			'Economist Sofía Laredo, of the Autonomous University, said a cut would cost the treasury about 40 billion pesos.',
			'"A tax cut helps drivers today and leaves a hole in the budget tomorrow," she said.',
			'Trucker Mario Benítez said he had paid 2,000 pesos more for diesel this month than last.'
		];
		const items = itemsOf(title, paragraphs);
		expect(items.length).toBeGreaterThan(0);
		expect(items.flatMap((i) => i.options ?? []).filter((o) => o === 'Quezada' || o === 'Ibarra Quezada')).toEqual([]);
	});
});

describe('g32p (3): a pronoun is resolved only where one referent fits (R4, R6)', () => {
	it('"and a 64-year-old man ... his arms" names a man the pronoun may mean', () => {
		expect(personNounBefore('Nine people were treated for burns and a 64-year-old man was taken to hospital in Braga with cuts to ', 'male')).toBe(true);
		expect(personNounBefore('Nine people were treated for burns and a large crowd gathered outside ', 'male')).toBe(false);
	});

	it('"his" after "and a man" is never given to the man named the sentence before', () => {
		const title = 'Forest fire forces evacuation of six villages in northern Portugal';
		const paragraphs = [
			'More than 800 firefighters fought a forest fire in northern Portugal on Thursday as strong winds pushed the flames toward several villages.',
			'Regional civil protection commander Paulo Antunes said 14 homes had been destroyed.',
			'Nine people were treated for burns and a 64-year-old man was taken to hospital in Braga with cuts to his legs and arms.',
			'The fire had burned about 3,500 hectares by Thursday evening, Antunes told reporters.'
		];
		const stems = itemsOf(title, paragraphs).map((i) => i.stem);
		expect(stems.filter((s) => /Antunes['’]s legs/.test(s))).toEqual([]);
	});

	it('"the firm" is never a residents\' action group', () => {
		const title = 'Council approves 150 homes on edge of Millbrook despite objections';
		const paragraphs = [
			'Councillors approved plans for 150 homes on farmland east of Millbrook on Wednesday, despite more than 600 objections.',
			'Jane Roe, who chairs the Millbrook Action Group, said residents would ask for the decision to be reviewed.',
			'Tom Hale, a planning director, said the firm had cut the number of homes from 210 and added a new footpath to the school.',
			'Building work is expected to begin in the spring of 2027.'
		];
		const stems = itemsOf(title, paragraphs).map((i) => i.stem);
		expect(stems.filter((s) => /Millbrook Action Group had cut/.test(s))).toEqual([]);
	});
});

describe('g32p (1b): a founder named before "the company" as its next clause\'s subject stays a person', () => {
	it('"Founded by engineer Nils Bergqvist, the company employs ..." is no apposition', () => {
		expect(bodiesIn(['Founded in 1979 by engineer Nils Bergqvist, the company employs about 4,100 people.'])).toEqual([]);
		expect(bodiesIn(['Orrin Vale, a Dundee firm that makes drones, said orders had doubled.'])).toEqual(['Orrin Vale']);
		expect(bodiesIn(['"Prices have stalled," said Dana Whitcombe, a broker with a firm in Halifax.'])).toEqual([]);
		expect(bodiesIn(['The chief executive of the company, Dana Whitcombe, said prices had stalled.'])).toEqual([]);
	});
});
