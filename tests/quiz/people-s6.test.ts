import { describe, expect, it } from 'vitest';
import { extractFacts, recurringNames, roleOwners, type Fact } from '../../src/lib/quiz/facts';
import { isFirstName, nameGender } from '../../src/lib/quiz/lexicon';
import { personRoles } from '../../src/lib/quiz/person-roles';
import { kinGender, organisationDescribed, organisationKinds, particleSurname, speakerLeftover, withoutOwnRelations } from '../../src/lib/quiz/speakers';
import { listCountsKey } from '../../src/lib/quiz/plausible';
import { simplify } from '../../src/lib/quiz/simplify';
import { itemsOf } from './report';

const persons = (facts: Fact[]) => facts.filter((f) => f.type === 'person').map((f) => f.text);
const attribution = (text: string) => extractFacts(text).find((f) => f.type === 'attribution');

describe('non-English and accented names', () => {
	it('knows an accented first name and its gender ("Inês", "Sérgio") as the lexicon knows it unaccented', () => {
		expect([isFirstName('Inês'), nameGender('Inês'), isFirstName('Sérgio'), nameGender('Sérgio')]).toEqual([true, 'female', true, 'male']);
		const facts = extractFacts('Defence lawyer Sérgio Campos Lima said the ruling would be appealed.');
		expect(facts.find((f) => f.type === 'person')).toMatchObject({ text: 'Sérgio Campos Lima', gender: 'male', role: 'lawyer' });
	});

	it('knows a hyphenated first name whose parts are first names ("Marie-Louise"), never a double-barrelled surname', () => {
		expect([isFirstName('Marie-Louise'), nameGender('Marie-Louise'), isFirstName('Gibson-Park')]).toEqual([true, 'female', false]);
		const facts = extractFacts('Housing Minister Marie-Louise Ferrand said the plan would add 4,000 homes.');
		expect(facts.find((f) => f.type === 'person')).toMatchObject({ text: 'Marie-Louise Ferrand', role: 'minister', gender: 'female' });
	});

	it('takes a surname with a capital inside it ("McArdle", "DeLuca") for part of a person\u2019s name', () => {
		expect(persons(extractFacts('Paul McArdle said the club would appeal against the ban.'))).toEqual(['Paul McArdle']);
		expect(persons(extractFacts('Reporters asked Anna DeLuca-Ward about the plan.'))).toEqual(['Anna DeLuca-Ward']);
	});
});

describe('organisations are never people', () => {
	it('finds the owner of a role another named person holds: "Jo Ferries" in "Jo Ferries chief executive Daniel Hart", "Norda Bahn" in "Norda Bahn\u2019s head of sales, Martin Kessler"', () => {
		const sentences = [
			'Jo Ferries chief executive Daniel Hart said the crossings would resume on Monday.',
			'Norda Bahn\u2019s head of sales, Martin Kessler, told reporters the fares would rise.',
			'Mr Grant\u2019s lawyer, Simon Pratt, said the case was weak.',
			'Finance Minister Karen Holt said the budget was balanced.'
		];
		expect([...roleOwners(sentences, sentences.map((s) => extractFacts(s)))]).toEqual(['Jo Ferries', 'Norda Bahn']);
	});

	it('types "Jo Ferries", which opens on a first name, as an organisation where the article names its chief executive, so it is no person option', () => {
		const items = itemsOf('Ferry services resume after storm damage', [
			'Jo Ferries chief executive Daniel Hart said the crossings between the two islands would resume on Monday after repairs.',
			'"We have worked through the night to get the harbour ready for passengers," said Daniel Hart.',
			'Harbour master Susan Reid said the storm had damaged 14 boats and two piers in the port.',
			'"The waves were higher than anything I have seen in thirty years at sea," said Susan Reid.',
			'Local councillor Peter Vance said the island had been cut off for nearly a week.',
			'"Families have been waiting days for food deliveries to reach the island," said Peter Vance.',
			'The crossings are operated by Jo Ferries, which carries about 300,000 passengers a year.'
		]);
		const options = items.flatMap((i) => i.options);
		expect(items.some((i) => i.type === 'who-said')).toBe(true);
		expect(options).not.toContain('Jo Ferries');
		expect(options).not.toContain('Ferries');
	});

	it('never takes a name written as the owner of a role ("Norda Bahn\u2019s head of sales, X") for a speaker who is a person', () => {
		const items = itemsOf('Rail fares to rise as strike ends', [
			'Norda Bahn\u2019s head of sales, Martin Kessler, told reporters the fares would rise by 4% next year.',
			'Norda Bahn said that only an emergency timetable had run during the three-day strike by its drivers.',
			'Union leader Karl Weber said his members would accept the deal if the working week was cut.',
			'"We are not the ones who stopped the trains," said Karl Weber.',
			'Transport Minister Jonas Brandt said the government would not step in to settle the dispute.',
			'"Passengers deserve a railway that runs every day of the year," said Jonas Brandt.'
		]);
		expect(items.flatMap((i) => i.options)).not.toContain('Norda Bahn');
		expect(items.flatMap((i) => i.options)).not.toContain('Bahn');
	});
});

describe('what a speaker is said to have said', () => {
	it('reads no statement in "added a third try, converted by X" (an act), but does in "added the plan would work"', () => {
		expect(attribution('Tom Hale added a third try, converted by Evans, early in the second half.')).toBeUndefined();
		expect(attribution('Tom Hale added 12 points in the second half.')).toBeUndefined();
		expect(attribution('Tom Hale added a decision would come within days.')).toMatchObject({ text: 'Tom Hale' });
	});

	it('reads no statement after "X said at a briefing" in the middle of a sentence ("A, X said at a briefing, and B")', () => {
		const a = attribution('Three people were hurt, County Sheriff Dan Moss said at a briefing, and two others were missing.');
		expect(a?.statement).toBeUndefined();
		expect(attribution('On Monday, the minister said the plan would work.')?.statement).toBeDefined();
	});

	it('leaves nothing of "Rovers head coach Ian Marsh" but the name, so the role is not read as a verb', () => {
		expect(speakerLeftover('Rovers head coach Ian Marsh', 'Ian Marsh')).toBe('');
		expect(speakerLeftover('Krul shook his head and Farke', 'Farke')).toBe('shook his and');
	});

	it('asks who said a quote whose speaker is written "said Rovers head coach X"', () => {
		const items = itemsOf('Rovers beat United in cup tie', [
			'"We made life harder for ourselves than we needed to in the second half," said Rovers head coach Ian Marsh.',
			'United manager Colin Shaw said his players had deserved at least a draw.',
			'"We gave the ball away far too cheaply in our own half," said Colin Shaw.',
			'Rovers coach Dean Fry said the squad would rest before the league game on Saturday.'
		]);
		expect(items.some((i) => i.type === 'who-said' && i.stem.includes('harder for ourselves') && i.options[i.key] === 'Ian Marsh')).toBe(true);
	});

	it('takes a lawyer\u2019s "his client" and a coach\u2019s "his players" for the speaker\u2019s own', () => {
		expect(withoutOwnRelations('his client was innocent and would appeal', 'law')).toBe('the speaker’s own was innocent and would appeal');
		expect(withoutOwnRelations('his players were tired', 'coaching')).toBe('the speaker’s own were tired');
		expect(withoutOwnRelations('his client was innocent', 'politics')).toBe('his client was innocent');
	});

	it('files an estate agent under business, not under security', () => {
		const sentences = ['Jeremy Lane, a north London estate agent, said viewings were up.', 'FBI agent Ruth Cole said the search was over.'];
		expect(Object.fromEntries(personRoles(sentences, sentences.map((s) => extractFacts(s))))).toEqual({ Lane: 'business', Cole: 'security' });
	});
});

describe('speakers the article names around a quote', () => {
	it('reads the speaker of ""Q," the firm\u2019s head of sales, Ann Example, told reporters in Bonn."', () => {
		expect(attribution('"This strike is reckless and costly," Norda Bahn\u2019s head of sales, Martin Kessler, told reporters in Bonn.')).toMatchObject({ text: 'Martin Kessler', quote: true });
	});

	it('reads the quote after "X, senior UK economist at Y, said:" as X\u2019s own words', () => {
		const text = 'Anna Pryor, senior UK economist at Harbour Economics, said: "We think growth will slow in the new year."';
		const a = attribution(text);
		expect(a).toMatchObject({ text: 'Anna Pryor', quote: true });
		expect(text.slice(a!.statement!.start, a!.statement!.end)).toBe('We think growth will slow in the new year');
	});

	it('asks who said a quote with "the country" in it: the words are the speaker\u2019s own', () => {
		const items = itemsOf('Train drivers strike for second day', [
			'Union leader Karl Weber said his members would not accept any deal that kept the 38-hour week for shift workers.',
			'"We are not the ones holding the country hostage," said Karl Weber.',
			'Transport Minister Jonas Brandt said the government would not step in to settle the dispute between the two sides.',
			'"Passengers deserve a railway that runs every day of the year," said Jonas Brandt.',
			'Rail operator chief executive Lena Vogt said about 80% of long-distance trains had been cancelled on Thursday.'
		]);
		expect(items.some((i) => i.type === 'who-said' && i.stem.includes('holding the country hostage'))).toBe(true);
	});
});

describe('organisations that the sentence describes', () => {
	it('offers no other organisation where the words before the key say what it is ("bus operator X", "its X")', () => {
		expect(organisationDescribed('while long-distance bus operator ', (w) => w === 'operator')).toBe(true);
		expect(organisationDescribed('protesters gathered outside its ', () => false)).toBe(true);
		expect(organisationDescribed('the match against ', () => true)).toBe(false);
		expect(organisationDescribed('fares were set by ', () => false)).toBe(false);
	});

	it('swaps no organisation of another stated kind into a statement ("bus operator X", "the airline Y")', () => {
		const items = itemsOf('Rail strike sends travellers to planes and coaches', [
			'The airline Skyways said it had added larger aircraft on routes between the four largest cities during the rail strike.',
			'Demand for seats rose sharply on Thursday, while long-distance bus operator Roadlink said demand was up about threefold compared with a normal Thursday.',
			'Skyways said it would keep the larger aircraft on the busiest routes until the strike was over.',
			'Roadlink said it had added 40 extra coaches to cope with demand on Friday.'
		]);
		expect(items.filter((i) => i.factType === 'organisation').map((i) => i.stem)).toEqual([]);
		expect(organisationKinds('The airline Skyways flew. Long-distance bus operator Roadlink said so. Skyways grew.')).toEqual(
			new Map([
				['Skyways', 'airline'],
				['Roadlink', 'operator']
			])
		);
	});
});

describe('clubs and bodies named like people', () => {
	it('takes no club whose name opens on a first name ("Carlton City", "Eastfield Town") for a person', () => {
		expect(persons(extractFacts('The leaders were held to a goalless draw at home by Carlton City on Friday night.'))).toEqual([]);
		expect(persons(extractFacts('Midfielder Carlton Reeves joined from Eastfield Town in the summer.'))).toEqual(['Carlton Reeves']);
	});

	it('keeps "the weather institute, IPMA," whole where it follows a place: the role and the name are the subject, no aside', () => {
		const text = 'In neighbouring Norland, the national weather institute, NWI, said temperatures had reached 44C in the south.';
		expect(simplify(text, extractFacts(text)).map((c) => c.text)).toContain('In neighbouring Norland, the national weather institute, NWI, said temperatures had reached 44C in the south');
	});
});

describe('names that are no organisation or person option', () => {
	it('takes no day of events ("Singles Day") for an organisation, though it recurs', () => {
		const names = recurringNames('Sales rose on Singles Day in Shanghai. Tmall said Singles Day was its best yet. Vestra Group grew. Analysts at Vestra Group agreed.');
		expect([...names]).toContain('Vestra Group');
		expect([...names]).not.toContain('Singles Day');
	});

	it('offers no surname that needs its particle ("Bill de Blasio") among surnames', () => {
		expect([particleSurname('Bill de Blasio'), particleSurname('Ursula von der Leyen'), particleSurname('Patrick McHugh')]).toEqual([true, true, false]);
	});

	it('writes no false statement that swaps a party into what may happen ("X may oust Y")', () => {
		const items = itemsOf('Coalition talks begin after close election', [
			'The Harbour Party won 48 seats and the Valley Party won 43 seats in the election on Friday.',
			'The Harbour Party may block the budget when parliament returns in the spring.',
			'The Valley Party could seek a deal with smaller groups to reach a majority of 80 seats.',
			'The Harbour Party and the Valley Party have ruled the country in turns for a century.'
		]);
		expect(items.filter((i) => i.type === 'true-false' && /\b(?:may|could)\b/.test(i.stem) && i.factType === 'organisation')).toEqual([]);
	});
});

describe('a list of names after a count', () => {
	it('gives the count away when it stands between commas ("two businessmen, X and Y, were each jailed")', () => {
		expect(listCountsKey(2, ' businessmen, Otto Sample and Rui Antunes da Costa, were each sentenced to six years.')).toBe(true);
		expect(listCountsKey(3, ' businessmen, Otto Sample and Rui Antunes da Costa, were each sentenced to six years.')).toBe(false);
	});
});

describe('places of origin', () => {
	it('offers no place where the story happens as someone\u2019s origin ("believed to be from ___" in a report datelined there)', () => {
		const items = itemsOf('Coast guard rescues 300 migrants off island', [
			'ATHENS, Greece (AP) — Greece\u2019s coast guard rescued more than 300 people from two boats south of Crete on Sunday, officials said.',
			'One man, believed to be from Sudan, was found dead aboard one of the boats, the Hellenic Coast Guard said.',
			'Most of the people rescued had sailed from Libya, and others came from Egypt and Bangladesh.',
			'Arrivals across Greece stood at 38,500 by the end of August, officials said.'
		]);
		const origin = items.filter((i) => i.source.text.startsWith('One man'));
		expect(origin.length).toBeGreaterThan(0);
		expect(origin.flatMap((i) => [...i.options, i.stem])).not.toContain('Greece');
		expect(origin.map((i) => i.stem).join(' ')).not.toMatch(/from Greece/);
	});
});

describe('kin before a name', () => {
	it('reads the gender a kinship word gives the name after it ("her son, X", "his widow X")', () => {
		expect([kinGender('Her death was confirmed by her son, '), kinGender('He is survived by his widow '), kinGender('The award went to ')]).toEqual(['male', 'female', undefined]);
	});
});

describe('owners of a role as organisations', () => {
	it('types a name the article writes as the owner of a role ("Norda Bahn") as an organisation wherever it stands', () => {
		const known = { surnames: new Map(), organisations: new Set<string>(), notPersons: new Set(['Norda Bahn']) };
		const facts = extractFacts('Norda Bahn said that only an emergency timetable was running on Thursday.', known);
		expect(facts.filter((f) => f.type === 'organisation').map((f) => f.text)).toEqual(['Norda Bahn']);
		expect(persons(facts)).toEqual([]);
	});
});
