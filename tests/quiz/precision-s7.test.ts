import { describe, expect, it } from 'vitest';
import { headlessQuantity } from '../../src/lib/quiz/headless';
import { countryTier } from '../../src/lib/quiz/lexicon';
import { personOptionFault } from '../../src/lib/quiz/person-options';
import { soleReferent } from '../../src/lib/quiz/pronouns';
import { itemsOf } from './report';

const names = (text: string, persons: [string, string][], organisations: string[] = []) => ({ text, persons: persons.map(([t, surname]) => ({ text: t, surname })), organisations: new Set(organisations) });

describe('person options', () => {
	it('refuses a lone surname two people share, a lone first name among surnames, and a piece of an organisation', () => {
		const shared = names('Nora Pell and her daughter Ida Pell were rescued. Pell said the water rose fast. Judge Amos Crane agreed.', [['Nora Pell', 'Pell'], ['Ida Pell', 'Pell'], ['Pell', 'Pell'], ['Amos Crane', 'Crane']]);
		expect(personOptionFault({}, shared, ['Pell', 'Crane', 'Okoro'])).toBe('R3');
		expect(personOptionFault({}, shared, ['Nora Pell', 'Ida Pell', 'Amos Crane'])).toBeUndefined();
		const first = names('Derek said the dog ran off. Anna Hollis and Tom Brack searched the moor.', [['Derek', 'Derek'], ['Anna Hollis', 'Hollis'], ['Tom Brack', 'Brack']]);
		expect(personOptionFault({}, first, ['Derek', 'Hollis', 'Brack'])).toBe('R5');
		expect(personOptionFault({}, first, ['Hollis', 'Brack'])).toBeUndefined();
		const org = names('The Transport Department said the road would reopen. Department officials and Mayor Ruth Vane visited.', [['Department', 'Department'], ['Ruth Vane', 'Vane']]);
		expect(personOptionFault({}, org, ['Department', 'Vane', 'Okoro'])).toBe('R8');
		expect(personOptionFault({}, org, ['Vane', 'Okoro'])).toBeUndefined();
	});
});

describe('a pronoun with two people of its gender near it', () => {
	it('is left unresolved when two women of one surname, or two women in the last two sentences, may be meant', () => {
		const nora = { surname: 'Pell', full: 'Nora Pell', gender: 'female' as const };
		const ida = { surname: 'Pell', full: 'Ida Pell', gender: 'female' as const };
		expect(soleReferent('She', [{ persons: [nora, ida], text: 'Nora Pell and her daughter Ida Pell were rescued.' }])).toBeUndefined();
		const vane = { surname: 'Vane', full: 'Ruth Vane', gender: 'female' as const };
		expect(soleReferent('She', [{ persons: [vane], text: 'Ruth Vane visited the site.' }, { persons: [nora], text: 'Nora Pell was rescued.' }])).toBeUndefined();
		expect(soleReferent('She', [{ persons: [vane], text: 'Ruth Vane visited the site.' }, { persons: [], text: 'The road was shut.' }])).toBe(vane);
	});

	it('asks nothing that writes "She" as one of two women who share a surname', () => {
		const items = itemsOf('Mother and daughter rescued from flooded cottage', [
			'Nora Pell, 52, and her mother Ida Pell, 81, were rescued from their cottage near Harrogate on Sunday after the river burst its banks.',
			'She was greeted by neighbours at the village hall, where volunteers served hot meals to 40 people.'
		], 10);
		expect(items.some((i) => /Pell was greeted/.test(i.stem))).toBe(false);
		for (const item of items) expect(item.options.includes('Pell')).toBe(false);
	});
});

describe('a quantity whose head noun is missing', () => {
	const verb = (w: string) => /^(?:had|was|continues|said)$|ed$/.test(w);
	it('is caught opening a stem ("About half had ...", "Nearly 30 percent backed ...") or after "the" ("the fourth continues")', () => {
		expect(headlessQuantity('About half had been moved to the new ward by Friday.', verb)).toBe(true);
		expect(headlessQuantity('Nearly 30 percent backed the plan in the first round.', verb)).toBe(true);
		expect(headlessQuantity('The search for the fourth continues along the coast.', verb)).toBe(true);
		expect(headlessQuantity('Half of the 120 patients had been moved to the new ward.', verb)).toBe(false);
		expect(headlessQuantity('It was the fourth time the club had been fined.', verb)).toBe(false);
	});

	it('is never asked', () => {
		const items = itemsOf('Care home residents moved after fire', [
			'Fire crews moved 86 residents from the Larchfield care home near Harrogate on Tuesday night.',
			'About half had spent more than two nights at the community hospital in Ripon, where 14 beds had been set aside.'
		]);
		expect(items.some((i) => i.source.text.startsWith('About half'))).toBe(false);
	});
});

describe('"the government" written as a name', () => {
	it('is never a department or agency quoted earlier', () => {
		const items = itemsOf('Dry season leaves farmers short of grain in the east', [
			'The Lunar Valley Weather Department warned on Monday that the spring rains would fail for a second year across 17 districts.',
			'Officials said the government would release 30,000 tonnes of wheat from its reserves to families in the worst-hit districts.'
		]);
		expect(items.some((i) => /said the Lunar Valley Weather Department would release/.test(i.stem))).toBe(false);
	});
});

describe('place distractors', () => {
	it('keep the standing of the key or of the story’s country: no island state beside Canada, no foreign capital beside Toronto', () => {
		const items = itemsOf('Night shifts linked to higher risk of heart disease', [
			'The largest national study of night-shift nurses was conducted in Canada by a team from Toronto.',
			'Nurses who worked nights for five years or more had a 20 percent higher risk of heart disease, the researchers in Toronto found.',
			// a false statement puts only a country the article names (country-swap-s43)
			'A smaller study in Germany found a similar link.'
		], 20);
		const swapped = items.map((i) => /conducted in (\w+) by/.exec(i.stem)?.[1]).filter((c) => c !== undefined && c !== 'Canada');
		expect(swapped.length).toBeGreaterThan(0);
		for (const c of swapped) expect(countryTier(c!)).toBe(1);
		// Toronto is a city of the story's own country: a foreign capital (Washington, Havana) beside
		// it is absurd, and the article names no other Canadian city, so it is offered in no option list
		expect(items.some((i) => i.type !== 'numeric' && i.options.includes('Toronto'))).toBe(false);
		expect(countryTier('Belize')).toBe(2);
		expect(countryTier('Germany')).toBe(1);
	});
});

describe('date distractors after a delay', () => {
	it('all fall after the date that was put back ("due to open on 14 June, will now open on 21 June")', () => {
		const items = itemsOf('New footbridge over the Nidd delayed again', [
			'The footbridge over the river Nidd in Knaresborough, which was due to open on 14 June, will now open on 21 June after problems with its steel deck.',
			'The council said the delay would add about £400,000 to the cost of the project.'
		], 30).filter((i) => i.source.text.includes('21 June') && i.type !== 'numeric');
		expect(items.length).toBeGreaterThan(0);
		const day = (text: string) => Number(/(\d{1,2}) June/.exec(text)?.[1] ?? (/July/.test(text) ? 99 : 0));
		for (const item of items) {
			const offered = item.type === 'true-false' ? [item.stem] : item.options;
			for (const o of offered) expect(day(o)).toBeGreaterThan(14);
		}
	});
});
