import { describe, expect, it } from 'vitest';
import { isCapital, peerTowns } from '../../src/lib/quiz/lexicon';
import { itemsOf } from './report';

/**
 * The places offered instead of `key` in the place items asked of its sentence: the other options of a
 * choice, and the place a false true/false stem writes where `frame` (a pattern with one group)
 * finds it.
 */
function offeredFor(items: ReturnType<typeof itemsOf>, key: string, frame: RegExp): string[] {
	return items
		.filter((i) => i.factType === 'place' && i.source.text.includes(key))
		.flatMap((i) => (i.type === 'true-false' ? [frame.exec(i.stem)?.[1] ?? key] : i.options.includes(key) ? i.options : []))
		.filter((o) => o !== key);
}

describe('towns of the key’s own country and size, from the populated places list (lexicon.ts peerTowns)', () => {
	it('gives the nearest towns of the key’s size in its country, none within 30 km', () => {
		expect(peerTowns('Duisburg').slice(0, 3)).toEqual(['Wuppertal', 'Dortmund', 'Cologne']);
		expect(peerTowns('Limerick')).toContain('Cork');
		for (const town of peerTowns('Duisburg')) expect(['Essen', 'Oberhausen', 'Mulheim', 'Krefeld']).not.toContain(town);
	});

	it('picks the key’s row by the story’s country when the list has the name twice, and gives nothing when it cannot', () => {
		expect(peerTowns('London')).toEqual([]);
		expect(peerTowns('London', new Set(['United Kingdom']))).toContain('Birmingham');
		expect(peerTowns('London', new Set(['Canada']))).not.toContain('Birmingham');
	});
});

describe('a town of the story that the article sets beside no other of its level (QUALITY.md R8)', () => {
	const fire = [
		'A fire broke out at a paint factory in Germany on Monday, forcing 200 workers to leave the site.',
		// "a paint factory fire", not "the paint factory": the headline's factory is no referent for a stem read alone (QUALITY.md R4)
		'Workers hurt in a paint factory fire were taken to a hospital in Duisburg with burns to their hands and arms.',
		'Firefighters brought the blaze under control after six hours, the fire service said.'
	];

	it('is asked, with towns of its country and size as the other options or the false statement', () => {
		const offered = offeredFor(itemsOf('Fire at German paint factory', fire, 60), 'Duisburg', /hospital in (\w+) with/);
		expect(offered.length).toBeGreaterThan(0);
		for (const o of offered) expect(peerTowns('Duisburg')).toContain(o);
	});

	it('never takes a town the article writes elsewhere, if only inside a name', () => {
		const named = [...fire, 'The factory is owned by Bielefeld Paints Ltd, which makes coatings for ships.'];
		const offered = offeredFor(itemsOf('Fire at German paint factory', named, 60), 'Duisburg', /hospital in (\w+) with/);
		expect(offered.length).toBeGreaterThan(0);
		expect(offered).not.toContain('Bielefeld');
	});

	it('drops a city the article places in another country, which beside the key’s towns is of another level', () => {
		const abroad = [...fire, 'The company also runs a smaller plant near Chicago, which was not affected.'];
		const offered = offeredFor(itemsOf('Fire at German paint factory', abroad, 60), 'Duisburg', /hospital in (\w+) with/);
		expect(offered.length).toBeGreaterThan(0);
		expect(offered).not.toContain('Chicago');
	});
});

describe('a town that takes no towns of its size as options (QUALITY.md R3, R5, R8)', () => {
	it('a town the list knows only in another country than the story’s (Sale, Victoria, for the Sale near Manchester)', () => {
		const items = itemsOf('Burglars jailed in England', [
			'Four burglars who stole cars worth £900,000 from homes across England were jailed on Friday.',
			'The men were arrested at a storage unit in Sale after a six-month police inquiry.',
			'Officers recovered £86,000 in cash and three vehicles from the unit.',
			'Two of the men live in Sale, near Manchester, police said.'
		], 60);
		for (const o of offeredFor(items, 'Sale', /live in (\w+), near/)) expect(peerTowns('Sale')).not.toContain(o);
	});

	it('a capital, where national bodies sit and which would be the one capital of four', () => {
		const items = itemsOf('Asylum claims fall in Germany', [
			'Asylum applications in Germany fell by 30,000 in the first half of the year, officials said.',
			'A spokesperson for the Federal Interior Ministry in Berlin said the fall followed new border checks.',
			'Applications from Syria and Afghanistan fell the most, the figures show.'
		], 20);
		expect(offeredFor(items, 'Berlin', /Ministry in (\w+) said/).filter((o) => !isCapital(o))).toEqual([]);
	});

	it('a town that names a team or modifies a noun after it', () => {
		const items = itemsOf('Napoli sign Betis striker', [
			'Napoli have signed the Betis striker Carlos Vela for 48 million euros, the club said on Friday.',
			'He is expected to play in the opening game at home to Cagliari on 23 August.',
			'Lyon coach Marc Dubois said on Saturday that his club had also made an offer.'
		], 20);
		for (const o of offeredFor(items, 'Cagliari', /home to (\w+) on/)) expect(peerTowns('Cagliari')).not.toContain(o);
		for (const o of offeredFor(items, 'Lyon', /^(\w+) coach/)) expect(peerTowns('Lyon')).not.toContain(o);
	});
});

describe('a town that says where something lies, which the nearest towns of its size may say as truly (QUALITY.md R3)', () => {
	it('takes no towns of its size after "near" or "north of"', () => {
		const items = itemsOf('Burglars jailed in England', [
			'Four burglars who stole cars worth £900,000 from homes across England were jailed on Friday.',
			'Officers recovered £86,000 in cash and three vehicles from a storage unit.',
			'Two of the men live in Sale, near Manchester, police said.'
		], 60);
		const offered = offeredFor(items, 'Manchester', /near (\w+), police/);
		for (const o of offered) expect(peerTowns('Manchester', new Set(['United Kingdom']))).not.toContain(o);
	});
});

describe('a stem that opens on a name no tagger typed, scoped by the story’s place (QUALITY.md R1)', () => {
	it('never writes "In Rotterdam, kestrova has cancelled ...": the stem is left unscoped, for R4 to judge', () => {
		const items = itemsOf('Rotterdam dock strike strands ships', [
			'Dock workers in Rotterdam walked out on Monday over pay, stranding 40 ships at anchor.',
			'The strike in Rotterdam is the longest at the port since 2002, the union said.',
			'Kestrova has cancelled 12 sailings this month and warned customers of long delays.',
			'The port of Rotterdam handled 13 million containers last year.'
		]);
		expect(items.map((i) => i.stem).filter((s) => /\bkestrova\b/.test(s))).toEqual([]);
	});
});
