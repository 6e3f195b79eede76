import { describe, expect, it } from 'vitest';
import { sameOrgKind } from '../../src/lib/quiz/generate';
import { namedAsAnimal, onlyAsMaker } from '../../src/lib/quiz/person-options';
import { pastYearCeiling, worldRecordFloor } from '../../src/lib/quiz/plausible';
import { isPortSlot } from '../../src/lib/quiz/ports';
import { extractFacts } from '../../src/lib/quiz/facts';
import { runPartFloor } from '../../src/lib/quiz/changes';
import { itemsOf, wrongOf } from './report';

describe('a year after the report for a day it reports as past', () => {
	it('caps the year of a day later in the year than publication at the year before', () => {
		expect(pastYearCeiling('He died on the morning of September 19th, ', '2026-03-18', 2026)).toBe(2025);
		expect(pastYearCeiling('The crash happened on 19 September ', '2026-03-18', 2026)).toBe(2025);
		expect(pastYearCeiling('The crash happened on 2 February ', '2026-03-18', 2026)).toBe(2026);
		expect(pastYearCeiling('The crash happened in ', '2026-03-18', 2026)).toBe(2026);
	});

	it('offers no such year for a death in court', () => {
		const court = [
			'Tomas Brennan, of Cork Road, Mallow, pleaded guilty at Cork Circuit Criminal Court to careless driving causing the death of Liam Doyle near Fermoy on the evening of October 3rd, 2023.',
			'The court heard Brennan had been driving a van at about 90km/h when it left the road on a bend.'
		];
		const options = wrongOf(itemsOf('Van driver jailed over fatal crash', court, 10, '2026-03-18'), 'October 3rd');
		expect(options.length).toBeGreaterThan(0);
		expect(options.filter((o) => /2026/.test(o))).toEqual([]);
	});
});

describe('a false world record that the story’s own figures rule out', () => {
	const show = [
		'Grower Alan Pike, 63, from Spalding, said his marrow weighed 61.4kg at the county show on Saturday, a new British record.',
		'The British result is still a long way short of the world record: 93.2kg, set by Wisconsin grower Dale Hart in 2019.',
		'Pike said the marrow had grown for nearly five months under a polythene tunnel.'
	];

	it('keeps the world record’s options above every weight the story gives', () => {
		const sentences = show.map((text) => ({ text, facts: extractFacts(text) }));
		const key = sentences[1].facts.find((f) => f.type === 'count')!;
		expect(worldRecordFloor(show[1], key, sentences)).toBe(61.4);
		const options = wrongOf(itemsOf('Giant marrow sets British record', show), 'world record');
		expect(options.length).toBeGreaterThan(0);
		for (const o of options) {
			const v = /(\d+(?:\.\d+)?)kg/.exec(o.includes('world record') ? o.slice(o.indexOf('world record')) : `${o}kg`);
			expect(v && Number(v[1])).toBeGreaterThan(61.4);
		}
	});
});

describe('an animal is never a person or a place option', () => {
	const sale = [
		'A filly by the stallion Northern Quay became the most expensive yearling sold at Newmarket this year, knocked down for 3.1 million guineas on Wednesday night.',
		'“She walks like a champion and she will win a Classic,” said auctioneer Peter Larkin.',
		'The filly was consigned by Greenhill Stud and bought by agent Tom Cole after a bidding duel that lasted five minutes.',
		'Her dam, Maria Celeste, won the Yorkshire Oaks and the Prix Vermeille and is already the mother of last year’s Group Three winner Brass Bell.',
		'Maria Celeste was retired to Greenhill Stud in 2019 after 14 races.',
		'“We set no reserve at all,” Greenhill manager Rachel Moore said.',
		'“It was worth every penny to my clients,” Cole said.'
	];

	it('reads a dam or a stallion named after its noun as an animal', () => {
		expect(namedAsAnimal(sale.join('\n'), 'Maria Celeste')).toBe(true);
		expect(namedAsAnimal(sale.join('\n'), 'Northern Quay')).toBe(true);
		expect(namedAsAnimal(sale.join('\n'), 'Brass Bell')).toBe(true);
		expect(namedAsAnimal(sale.join('\n'), 'Peter Larkin')).toBe(false);
	});

	it('puts no person where the dam stands, no dam among speakers and no stallion among places', () => {
		const all = itemsOf('Filly sells for record 3.1m guineas', sale);
		expect(wrongOf(all, 'Her dam').filter((o) => /Larkin|Cole|Moore/.test(o))).toEqual([]);
		expect(all.flatMap((i) => (i.type === 'who-said' ? i.options : [])).filter((o) => /Celeste|Brass Bell/.test(o))).toEqual([]);
		expect(all.flatMap((i) => [...i.options, i.stem]).filter((o) => /Northern Quay/.test(o) && !/stallion Northern Quay/.test(o))).toEqual([]);
		expect(all.filter((i) => /stallion Northern Quay/.test(i.source.text) && i.type === 'true-false' && i.key === 1 && !/stallion Northern Quay/.test(i.stem))).toEqual([]);
	});
});

describe('a maker of works is no speaker', () => {
	const show = [
		'The exhibition brings together 80 works, including six paintings by Johannes Vermeer.',
		'“We expected crowds, but not queues round the block,” said Helen Marsh, the museum’s director.',
		'Curator Tobias Lind spent four years arranging the loans from 20 collections.',
		'“Every lender said yes in the end,” Lind said.'
	];

	it('reads a painter named only by his paintings as a maker', () => {
		expect(onlyAsMaker(show, 'Vermeer')).toBe(true);
		expect(onlyAsMaker(show, 'Lind')).toBe(false);
		expect(onlyAsMaker(['The film will be shot from a script by playwright Marcus Odell.'], 'Odell')).toBe(false);
		expect(onlyAsMaker(['The charity was founded in 2019 by Sarah Jones.'], 'Jones')).toBe(false);
		expect(onlyAsMaker(['A £250,000 donation highlighted by Owen Tighe had come from a property firm.'], 'Tighe')).toBe(false);
	});

	it('never offers him as who said something', () => {
		expect(itemsOf('Vermeer show opens', show).flatMap((i) => [...i.options, i.stem]).filter((o) => /Vermeer/.test(o) && !/paintings by/.test(o))).toEqual([]);
	});
});

describe('an organisation swapped only for one of its kind', () => {
	it('tells a health body from a stock exchange', () => {
		expect(sameOrgKind('World Health Organization', 'Nairobi Securities Exchange')).toBe(false);
		expect(sameOrgKind('World Health Organization', 'Kenya Cancer Society')).toBe(true);
		expect(sameOrgKind('London Stock Exchange', 'Nairobi Securities Exchange')).toBe(true);
	});

	it('makes no false statement of a health body from an exchange', () => {
		const budget = [
			'Shares in the brewer fell 3.1 per cent at the Lusaka Securities Exchange on Friday.',
			'Dr Mary Banda of the Zambia Heart Alliance said the World Health Organization recommends taxes that raise the price of sugary drinks by at least a fifth.'
		];
		expect(wrongOf(itemsOf('Budget raises tax on sugary drinks', budget), 'recommends taxes').filter((o) => /Exchange/.test(o))).toEqual([]);
	});
});

describe('a port takes only ports as options', () => {
	const cruise = [
		'Passenger Jean Hollis, 58, of Madrid, said she was confined to her cabin for three days.',
		'The cruise ship Ocean Star left Barcelona on May 2 and called at Lisbon, Marseille and Naples before the outbreak began.',
		'Cases rose sharply after the ship docked in Naples, the health agency said.',
		// the ship by its name: "the cruise ship" under "Hundreds ill on cruise ship" is no referent for a stem read alone (QUALITY.md R4)
		'Since Friday the cruise ship Ocean Star has been berthed in Naples.'
	];

	it('reads the places after docked and called at as ports, and not a passenger’s home town', () => {
		expect(isPortSlot(cruise[2], extractFacts(cruise[2]).find((f) => f.text === 'Naples')!)).toBe(true);
		expect(isPortSlot(cruise[1], extractFacts(cruise[1]).find((f) => f.text === 'Marseille')!)).toBe(true);
		expect(isPortSlot(cruise[0], extractFacts(cruise[0]).find((f) => f.text === 'Madrid')!)).toBe(false);
	});

	it('offers the voyage’s ports, never an inland town', () => {
		// a town is no blank (a blind reader's R7), so the ports are the false statements' places
		const options = wrongOf(itemsOf('Hundreds ill on cruise ship', cruise), 'berthed in');
		expect(options.length).toBeGreaterThan(0);
		for (const o of options) expect(['Barcelona', 'Lisbon', 'Marseille'].some((p) => o.includes(p))).toBe(true);
	});
});

describe('a run no shorter than the part won in it', () => {
	it('reads the part before "in ___ seasons"', () => {
		expect(runPartFloor('Leeds, chasing a sixth title in ', ' seasons, lost')).toBe(6);
		expect(runPartFloor('She has four wins in her last ', ' races')).toBe(4);
		expect(runPartFloor('He won the title in ', ' seasons')).toBeUndefined();
	});

	it('never makes a sixth title in five seasons', () => {
		const final = [
			'Galway beat Cork by 2-21 to 1-19 in the hurling final at Croke Park on Sunday to win their first title since 2017.',
			'Cork, chasing a sixth title in eight seasons, were left to reflect on a string of second-half wides.',
			'Galway manager Tom Feeney said his players had shown great heart in the final quarter.'
		];
		const words = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];
		const all = itemsOf('Galway end wait for hurling title', final).filter((i) => /_____ seasons/.test(i.stem) || (i.type === 'true-false' && i.key === 1 && /sixth title in/.test(i.stem)));
		const runs = all.flatMap((i) => (i.type === 'true-false' ? [/sixth title in (\w+) seasons/.exec(i.stem)![1]] : i.options.filter((_, k) => k !== i.key)));
		expect(runs.length).toBeGreaterThan(0);
		for (const r of runs) expect(words.indexOf(r) + 2).toBeGreaterThanOrEqual(6);
	});
});
