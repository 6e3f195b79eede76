import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { itemsOf } from './report';
import { typedAnswers } from '../../src/lib/quiz/generate';

/** The number facts of a text as "type:text:value". */
const numbers = (text: string) =>
	extractFacts(text)
		.filter((f) => f.value !== undefined)
		.map((f) => `${f.type}:${f.text}:${f.value}`);

describe('a race distance written "400m"', () => {
	it('is a distance in metres, never 400 million of anything', () => {
		expect(numbers("Results: men's 400m hurdles - Tom Vale (Army) 48.87.")).toEqual(['count:48.87:48.87']);
		expect(numbers('Ruth Akinyi retained her 1,500m title in 4:01.88 on Saturday.')).toEqual([]);
		expect(numbers("The women's 3,000m steeplechase went to Mary Wambui.")).toEqual([]);
	});

	it('keeps "m" a million after a currency or before a plural noun', () => {
		expect(numbers('The stadium cost £400m to build.')).toEqual(['money:£400m:400000000']);
		expect(numbers('Some 150m people watched the final.')).toEqual(['count:150m:150000000']);
	});
});

describe('a company named with its legal form mid-sentence ("ARC Resources Ltd. give it")', () => {
	it('keeps the full stop in the name, so that a blank leaves no stray "_____."', () => {
		const org = extractFacts('Contracts with producers such as Harrow Gas Ltd. give it predictable cash flow.').find((f) => f.type === 'organisation');
		expect(org?.text).toBe('Harrow Gas Ltd.');
	});

	it('accepts the name without its legal form as a typed answer', () => {
		expect(typedAnswers('Harrow Gas Ltd.', 'organisation')).toEqual(['Harrow Gas Ltd.', 'Harrow Gas']);
		expect(typedAnswers('Brightwave Inc', 'organisation')).toEqual(['Brightwave Inc', 'Brightwave']);
		expect(typedAnswers('Ellen Marsh', 'person')).toEqual(['Ellen Marsh', 'Marsh']);
		expect(typedAnswers('Tamarack Capital Markets', 'organisation')).toEqual(['Tamarack Capital Markets']);
	});
});

// a blind reader of holdout14: "Many residents of the United States Geological Survey fled" swapped
// an agency for "the Gazelle Peninsula", which a recurring name had made an organisation
describe('a landform named more than once ("the Gazelle Peninsula")', () => {
	it('is no organisation, so no body is swapped in for it', () => {
		const items = itemsOf('Strong quake shakes East New Britain', [
			'A magnitude 6.9 earthquake struck off the Gazelle Peninsula on Tuesday, the United States Geological Survey said.',
			'Many residents of the Gazelle Peninsula fled to higher ground, officials in Kokopo said.',
			'Roads on the Gazelle Peninsula were cut in 14 places by landslides.'
		]);
		expect(items.filter((i) => i.factType === 'organisation' && i.source.text.includes('residents of'))).toEqual([]);
		expect(items.some((i) => /residents of the United States Geological Survey/.test(i.stem))).toBe(false);
	});
});

// the holdout14 fares story: "will go up from £2.20 to £2.40" gave no candidate, read as a range
describe('a change written with a phrasal verb ("will go up from £2.20 to £2.40")', () => {
	const bounds = (text: string) => extractFacts(text).filter((f) => f.type === 'money').map((f) => `${f.text}${f.bound ? ':bound' : ''}`);

	it('states two exact values, as "rise from" does', () => {
		expect(bounds('The standard single will go up from £2.20 to £2.40 on 29 March.')).toEqual(['£2.20', '£2.40']);
		expect(bounds('The day ticket went up from £5.50 to £6 last year.')).toEqual(['£5.50', '£6']);
		expect(bounds('Prices have soared from £180,000 to £240,000 since 2020.')).toEqual(['£180,000', '£240,000']);
	});

	it('keeps a spread of prices a range', () => {
		expect(bounds('Tickets go on sale from £12 to £30 each.')).toEqual(['£12:bound', '£30:bound']);
	});
});

// the holdout14 tennis report: "the unseeded Colombian Valentina Restrepo" gave no person
describe('a nationality before a full name', () => {
	it('is no part of the name', () => {
		const people = (text: string) => extractFacts(text).filter((f) => f.type === 'person').map((f) => f.text);
		expect(people('Next up is the unseeded Colombian Valentina Restrepo, who won in straight sets.')).toEqual(['Valentina Restrepo']);
		expect(people('The Kenyan Mary Wambui won the steeplechase.')).toEqual(['Mary Wambui']);
		expect(extractFacts('The British Medical Association said so.').map((f) => f.text)).toContain('British Medical Association');
	});
});

// the holdout14 quake report: "Seismologist Dr Hannah Kerr" gave no person and "the Solomon Sea plate" one
describe('people beside roles and landforms', () => {
	const people = (text: string) => extractFacts(text).filter((f) => f.type === 'person').map((f) => f.text);

	it('reads a role noun before a courtesy title as the role of the person named after it', () => {
		expect(people('Seismologist Dr Hannah Kerr from the University of Otago said aftershocks were likely.')).toEqual(['Hannah Kerr']);
		expect(people('Paediatrician Dr Ama Owusu said the ward was full.')).toEqual(['Ama Owusu']);
	});

	it('never reads a landform named after someone as a person', () => {
		expect(people('"The Solomon Sea plate is diving beneath the South Bismarck plate," she said.')).toEqual([]);
		expect(people('Boats waited off Victoria Island for the storm to pass.')).toEqual([]);
	});
});

// the holdout14 drug approval and mine reports: "Corvanta Bio's velnastat", "Aldergrove Minerals" gave no company
describe('a company named by its trade ("Bio", "Minerals", "Therapeutics")', () => {
	const orgs = (text: string) => extractFacts(text).filter((f) => f.type === 'organisation').map((f) => f.text);

	it('is an organisation', () => {
		expect(orgs("The regulator approved Halvern Bio's new pill on Thursday.")).toEqual(['Halvern Bio']);
		expect(orgs('Shares in Redfern Minerals fell 14.6% in Toronto.')).toEqual(['Redfern Minerals']);
		expect(orgs('Cobalt Therapeutics said the trial would start in May.')).toEqual(['Cobalt Therapeutics']);
	});

	it('leaves a person with a surname that is no trade a person', () => {
		expect(extractFacts('Samantha Power said the aid would continue.').filter((f) => f.type === 'person').map((f) => f.text)).toEqual(['Samantha Power']);
	});
});

// the holdout14 fraud verdict: "were paid $_____ to $500" asked the lower end of a range as exact (R3)
describe('a range of amounts written "$300 to $500"', () => {
	it('makes both ends bounds, never asked alone', () => {
		const bounds = (text: string) => extractFacts(text).filter((f) => f.type === 'money').map((f) => `${f.text}${f.bound ? ':bound' : ''}`);
		expect(bounds('Recruiters were paid $300 to $500 for each patient they signed up.')).toEqual(['$300:bound', '$500:bound']);
		expect(bounds('The fee rose from £35 to £48 last year.')).toEqual(['£35', '£48']);
	});
});

describe('a person "of" a company whose name ends in a trade ("Rahim Kaur of Tamarack Capital")', () => {
	it('is a person, and the company an organisation of its own', () => {
		const facts = (text: string) => extractFacts(text).filter((f) => f.type === 'person' || f.type === 'organisation').map((f) => `${f.type}:${f.text}`);
		expect(facts('Analyst Rahim Kaur of Tamarack Capital said the price was full.')).toEqual(['person:Rahim Kaur', 'organisation:Tamarack Capital']);
		expect(facts('The Ministry of Energy said supply would return by Tuesday.')).toEqual(['organisation:Ministry of Energy']);
	});
});
