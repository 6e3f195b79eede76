import { describe, expect, it } from 'vitest';
import { written, stemsMatching } from './report';

const REPORT_TITLE = 'Galdor rents reach new high as listings dry up';
const REPORT_BODY = [
	'Average asking rents in Galdor have risen to a record 1,840 euros a month, up 7.2% on a year earlier, according to a report published on Thursday by the lettings website Flatfinder.ie.',
	'Rents in the smaller town of Marrow rose by 4.1% over the same period.',
	'The report found only 1,260 homes listed for rent in Galdor on June 1, the lowest number since 2009.',
	'Landlords who left the market last year cited higher interest rates and new tax rules, the authors said.',
	'Housing campaigners in Galdor called on ministers to fund 3,000 new public homes a year.'
];

describe('y33a (1): a bare "the report" is the lead’s one report with an author (R4)', () => {
	it('"The report found" is written "The Flatfinder.ie report found" and kept', () => {
		const stems = stemsMatching(REPORT_TITLE, REPORT_BODY, /homes listed for rent/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^The Flatfinder\.ie report found only/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('stays unnamed where the article tells of a second report, which it may mean', () => {
		const body = [...REPORT_BODY.slice(0, 2), 'A separate survey by a tenants’ group found that one in five renters had skipped a meal to pay rent.', ...REPORT_BODY.slice(2)];
		const stems = stemsMatching(REPORT_TITLE, body, /homes listed for rent/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /Flatfinder/.test(w.stem))).toEqual([]);
	});

	it('a study "from" a country names no author ("the Norway study")', () => {
		const body = ['Older drivers who took a refresher course had 18% fewer crashes, according to a large study from Norway published on Monday.', 'The study followed 41,000 drivers aged 70 and over for six years.', ...REPORT_BODY.slice(3)];
		const stems = stemsMatching('Refresher courses cut crashes among older drivers', body, /drivers aged 70/);
		expect(stems.filter((w) => /Norway study/.test(w.stem))).toEqual([]);
	});
});

const PLAN_TITLE = 'Tampere to close three branch libraries as visitor numbers fall';
const PLAN_BODY = [
	'TAMPERE, Finland — Tampere city council voted on Tuesday to close three branch libraries in the Hervanta area from January 2027, citing a sharp fall in visitor numbers.',
	'Under the plan, approved by 41 votes to 26, staff will move to the central Metso library, about four kilometres away.',
	'The city expects to save around 410,000 euros a year in rent and staff costs.',
	'Visitor numbers at the three branches fell by 38% between 2019 and 2025, according to council figures.'
];

describe('y33a (2): a bare "the plan" is what the headline says a named place will do (R4)', () => {
	it('"Under the plan" is written "Under Tampere’s plan to close three branch libraries" and kept', () => {
		const stems = stemsMatching(PLAN_TITLE, PLAN_BODY, /staff will move to the central/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^Under Tampere['’]s plan to close three branch libraries, approved by/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('a headline of what befalls the place says no plan of its own', () => {
		const stems = stemsMatching('Tampere to face library closures as visitor numbers fall', PLAN_BODY, /staff will move to the central/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /Tampere['’]s plan/.test(w.stem))).toEqual([]);
	});

	it('stays unnamed where the article tells of another plan', () => {
		const body = [...PLAN_BODY.slice(0, 1), 'An earlier plan to close five branches was dropped in 2023.', ...PLAN_BODY.slice(1)];
		const stems = stemsMatching(PLAN_TITLE, body, /staff will move to the central/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /Tampere['’]s plan/.test(w.stem))).toEqual([]);
	});
});

const FARM_TITLE = 'Chile approves $800 million solar farm in Atacama desert';
const FARM_BODY = [
	'SANTIAGO (Reuters) — Chile’s environmental regulator on Monday approved a 600-megawatt solar farm near the mining town of Calama, the largest yet planned in the north of the country.',
	'Construction is due to start in March 2027, with the first panels connected to the grid in 2029.',
	'Energy Minister Rocío Fuentes said the solar farm would supply about 410,000 homes and cut emissions by 700,000 tonnes a year.',
	'Local farmers said they feared the panels would draw on scarce water supplies used to clean them.'
];

describe('y33a (3): a bare "the solar farm" is the one the lead places (R4)', () => {
	it('"said the solar farm would supply" is written with its place, its figure left out', () => {
		const stems = stemsMatching(FARM_TITLE, FARM_BODY, /would supply about/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /said the solar farm near the mining town of Calama would supply/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('stays unnamed where the article tells of another solar farm', () => {
		const body = [...FARM_BODY.slice(0, 2), 'Another solar farm, near Antofagasta, was approved last year.', ...FARM_BODY.slice(2)];
		const stems = stemsMatching(FARM_TITLE, body, /would supply about/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /Calama would/.test(w.stem))).toEqual([]);
	});
});

const DEAL_TITLE = 'Baltic states strike first herring sharing deal in a decade after Riga talks';
const DEAL_BODY = [
	'RIGA, Latvia (AP) — Latvia, Estonia, Lithuania and Finland agreed on Thursday to divide the Baltic herring catch between them, ending a quarrel over quotas that scientists say has left stocks at a record low.',
	'Under the deal, Finland will receive the largest share, 38.5%.',
	'Fishing crews in the region land about 140,000 tonnes of herring a year, according to industry figures.',
	'Environmental groups in Tallinn welcomed the talks but said catch limits should be cut further.'
];

describe('y33a (4): a bare "the deal" gets the headline’s words for it where the headline names no two parties (R4)', () => {
	it('"Under the deal," is written "Under the herring sharing deal,", the headline’s verb and "first" left out', () => {
		const stems = stemsMatching(DEAL_TITLE, DEAL_BODY, /will receive the largest share/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^Under the herring sharing deal, /.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('stays unnamed where the body tells of an earlier deal', () => {
		const body = [...DEAL_BODY.slice(0, 1), 'An earlier deal between the four collapsed in 2016 after a row over Finnish catches.', ...DEAL_BODY.slice(1)];
		const stems = stemsMatching(DEAL_TITLE, body, /will receive the largest share/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /herring sharing deal/.test(w.stem))).toEqual([]);
	});
});

const PAIR_TITLE = 'Peru and Bolivia agree to reopen border crossings closed since 2019';
const PAIR_BODY = [
	'LIMA (Reuters) — Peru and Bolivia agreed on Wednesday to reopen four crossings on their shared border, ending restrictions imposed during a dispute over smuggling.',
	'Officials said the crossings at Desaguadero and Kasani would reopen first, in May.',
	'Trade between the two countries was worth about $1.7 billion last year, according to customs figures.',
	'Truck drivers have waited up to nine days to cross at the one post that stayed open.'
];

describe('y33a (5): "the two countries" are the two the headline opens on (R4)', () => {
	it('"Trade between the two countries" is written "Trade between Peru and Bolivia" and kept', () => {
		const stems = stemsMatching(PAIR_TITLE, PAIR_BODY, /^Trade between/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^Trade between Peru and Bolivia was worth about/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('stays unnamed after a sentence that names a third country', () => {
		const body = [...PAIR_BODY.slice(0, 2), 'Chile has asked to join the talks on the crossings next year.', ...PAIR_BODY.slice(2)];
		const stems = stemsMatching(PAIR_TITLE, body, /^Trade between/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /Peru and Bolivia/.test(w.stem))).toEqual([]);
	});
});
