import { describe, expect, it } from 'vitest';
import { splitSentenceSpans } from '../../src/lib/quiz/sentences';

const split = (text: string) => splitSentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('short forms inside Philippine and Spanish names ("Ma.", "Sta.", "Sto.") end no sentence', () => {
	it('keeps "Ma. Luisa", "Sta. Cruz" and "Sto. Tomas" inside their sentences', () => {
		expect(split('The school principal, Ma. Luisa Dizon, said 40 pupils were sent home. Classes resume on Monday.')).toEqual([
			'The school principal, Ma. Luisa Dizon, said 40 pupils were sent home.',
			'Classes resume on Monday.'
		]);
		expect(split('Floodwater rose in Sta. Cruz and Sto. Tomas overnight. About 300 families left their homes.')).toEqual([
			'Floodwater rose in Sta. Cruz and Sto. Tomas overnight.',
			'About 300 families left their homes.'
		]);
		expect(split('Residents of Brgy. San Roque were told to leave, Atty. Ramon Cruz said. The order ends Friday.')).toEqual([
			'Residents of Brgy. San Roque were told to leave, Atty. Ramon Cruz said.',
			'The order ends Friday.'
		]);
	});

	it('still ends a sentence on a surname of the same letters, or before a sentence opener', () => {
		expect(split('The shop was founded by Jack Ma. Alibaba later bought it.')).toEqual(['The shop was founded by Jack Ma.', 'Alibaba later bought it.']);
		expect(split('She thanked her Ma. The crowd cheered.')).toEqual(['She thanked her Ma.', 'The crowd cheered.']);
	});
});

import { extractFacts, recurringNames, settledPlaces } from '../../src/lib/quiz/facts';
import { countryTowns, isCapital, regionPeers } from '../../src/lib/quiz/lexicon';
import { filler, itemsOf, reportOf } from './report';

describe('places no lexicon knows, whose kind the article settles by its own words', () => {
	it('reads a town after "the village of", "residents of" or "the mayor of", and one an appositive calls a town', () => {
		expect(settledPlaces('Floodwater reached the village of Hrabětice on Tuesday. Residents of Hrabětice were told to leave.').get('Hrabětice')).toBe('town');
		expect(settledPlaces('The mayor of Velmora said the bridge would reopen.').get('Velmora')).toBe('town');
		expect(settledPlaces('Velmora, a town of about 9,000 people, lies 30 kilometres north of the capital.').get('Velmora')).toBe('town');
		expect(settledPlaces('Police sealed off Dravenik, a small mining town near the border.').get('Dravenik')).toBe('town');
		expect(settledPlaces('Shelling hit the city of Orlovka overnight.').get('Orlovka')).toBe('city');
	});

	it('reads a region before "region" or "province", and an Irish county named with its council or after "County"', () => {
		expect(settledPlaces('Fires burned across the Kessaria region on Sunday.').get('Kessaria')).toBe('region');
		expect(settledPlaces('Carrowbeg County Council approved the plan.').get('Carrowbeg')).toBe('region');
		expect(settledPlaces('Roads were closed in County Carrowbeg and Co Drumlish.')).toEqual(new Map([['Carrowbeg', 'region'], ['Drumlish', 'region']]));
	});

	it('leaves a word the lexicon knows, a region named after a city the gazetteer lists, and a name given two levels', () => {
		expect(settledPlaces('The Kurdish region voted on Sunday.').size).toBe(0);
		expect(settledPlaces('Residents of Trent were angry.').size).toBe(0);
		expect(settledPlaces('The Olomouc region declared an emergency.').size).toBe(0);
		expect(settledPlaces('The town of Kessaria flooded. Fires burned across the Kessaria region.').size).toBe(0);
	});

	it('types every mention of a settled place as the place, at its level, also where no preposition of place stands before it', () => {
		const report = reportOf('Floods hit Moravian villages', [
			'Hundreds of people were evacuated from the village of Hrabětice on Tuesday after the river burst its banks.',
			'Residents of Hrabětice said the water rose faster than in 1997.',
			'Carrowbeg County Council said roads in Carrowbeg would stay closed.',
			...filler
		]);
		const places = report.facts.flat().filter((f) => f.type === 'place' && f.text !== 'Leeds').map((f) => `${f.text}/${f.level}`);
		expect(places).toEqual(['Hrabětice/town', 'Hrabětice/town', 'Carrowbeg/region']);
		// without the article's words the bare name is nothing
		expect(extractFacts('Residents of Hrabětice said the water rose faster than in 1997.').filter((f) => f.type === 'place')).toEqual([]);
	});
});

describe('companies no lexicon knows, whose kind the article settles by its own words', () => {
	it('reads a short name the article also writes with its legal form or trade ("X Water", "X Ltd"), where it stands alone', () => {
		const text = 'Kelvale Trent Water was fined £2m. Kelvale Trent said it had replaced the pump.';
		expect(recurringNames(text).has('Kelvale Trent')).toBe(true);
		expect(recurringNames('Brennock Ltd cut 40 jobs. Brennock said demand had fallen.').has('Brennock')).toBe(true);
	});

	it('leaves a short name that is a county, a town the firm is named after, or a surname', () => {
		expect(recurringNames('Yorkshire Water was fined. Rain fell in Yorkshire.').has('Yorkshire')).toBe(false);
		expect(recurringNames('Ardvale Group cut 40 jobs at its plant in Ardvale. Workers in Ardvale were told on Monday.').has('Ardvale')).toBe(false);
		expect(recurringNames('Brennock Ltd cut 40 jobs, said chairman Tom Brennock.').has('Brennock')).toBe(false);
	});

	it('reads a name an appositive calls a kind of body, but not the end of a list before the speaker', () => {
		expect(recurringNames('Brightmart, the Cork-based grocery chain, will open 12 stores.').has('Brightmart')).toBe(true);
		expect(recurringNames('New shops open in Galway, Limerick and Waterford, the company said.').has('Waterford')).toBe(false);
		expect(recurringNames('Ann Keane, the company founder, said sales rose.').size).toBe(0);
	});
});

describe('options for a town or region that no gazetteer lists, from the lists of its country', () => {
	it('takes a country\'s smaller towns, never a capital', () => {
		const towns = countryTowns('Greece');
		expect(towns.length).toBeGreaterThanOrEqual(8);
		expect(towns.some((t) => isCapital(t))).toBe(false);
		expect(towns).not.toContain('Athens');
		expect(countryTowns('Atlantis')).toEqual([]);
	});

	it('takes the other regions of the one country whose own list holds the key, none of them also a city', () => {
		const irish = regionPeers('Mayo', new Set(['Ireland']))!;
		expect(irish.country).toBe('Ireland');
		expect(irish.regions).toContain('Leitrim');
		expect(irish.regions).not.toContain('Mayo');
		expect(irish.regions).not.toContain('Galway');
		expect(regionPeers('Amhara', new Set(['Ethiopia']))?.regions).toContain('Tigray');
		// a list in the country's own language holds no English name a story writes
		expect(regionPeers('Attica', new Set(['Greece']))).toBeUndefined();
		expect(regionPeers('Mayo', new Set(['Kenya']))).toBeUndefined();
	});

	it('makes a false statement about a village of the story\'s country with another town of it', () => {
		const items = itemsOf('Wildfire forces evacuations in Greece', [
			'A wildfire forced the evacuation of hundreds of homes in Greece on Sunday, the fire service said.',
			'Residents of Mesovouni were told by text message to leave their homes and head towards the coast.',
			'More than 200 firefighters were sent to fight the blaze in Greece.'
		]);
		const swapped = items.filter((i) => i.type === 'true-false' && i.source.text.startsWith('Residents of Mesovouni') && i.key === 1);
		expect(swapped.length).toBeGreaterThan(0);
		for (const item of swapped) expect(countryTowns('Greece')).toContain(/^Residents of (\S+) were/.exec(item.stem)![1]);
	});
});

describe('a settled place is the whole name, and no adjective', () => {
	it('leaves a name a particle joins to more of it, and an adjective before "region"', () => {
		expect(settledPlaces('She is a former mayor of Playa del Sol, a resort.').size).toBe(0);
		expect(settledPlaces('Trawlermen in the Pomeranian region were angry.').size).toBe(0);
	});
});

describe('region lists of one level only', () => {
	it('leaves a list of mixed council areas, and the US list\'s postal codes of the forces', () => {
		expect(regionPeers('Derbyshire', new Set(['United Kingdom']))).toBeUndefined();
		const states = regionPeers('Texas', new Set(['United States']))!.regions;
		expect(states).toContain('Ohio');
		expect(states.some((s) => /Armed Forces|Islands/.test(s))).toBe(false);
	});
});

describe('a body placed in a town keeps its place in a false statement', () => {
	it('swaps no other body into "a psychiatrist at the X Institute in <town>"', () => {
		const items = itemsOf('Phones at night cut teenagers\' sleep, trial finds', [
			'The trial was run by the Tromsvik Centre for Youth Health and the Fjordvik Institute of Public Health.',
			'Researchers at the Tromsvik Centre for Youth Health followed 1,900 pupils for a school year.',
			'Dr. Ola Brekke, a psychiatrist at the Halvorsen Institute in Uppsala, said the design of the study was sound.',
			'The Fjordvik Institute of Public Health said it would publish the full data in the spring.'
		]);
		const statements = items.filter((i) => i.type === 'true-false' && i.source.text.startsWith('Dr. Ola Brekke')).map((i) => i.stem);
		expect(statements.some((s) => /Institute of Public Health in Uppsala|Centre for Youth Health in Uppsala/.test(s))).toBe(false);
	});
});

describe('a town the gazetteer lists keeps its level', () => {
	it('settles no level for "residents of" a listed city', () => {
		expect(settledPlaces('Residents of Kharkiv queued for water.').size).toBe(0);
	});
});
