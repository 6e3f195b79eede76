import { describe, expect, it } from 'vitest';
import { filler, stemsMatching, thingsNamed } from './report';

// written for this test: one dig site named in the lead, then "the site" (holdout110's shape)
const DIG_TITLE = 'Archaeologists in Bolivia find painted burial chamber';
const DIG = [
	'Archaeologists in western Bolivia have found a painted burial chamber about 900 years old, the culture ministry said on Friday.',
	'The chamber was found at the Cerro Quemado site, part of a larger ceremonial complex near the town of Tiquina.',
	'About 45 students and local workers have dug at the site since March.'
];

// written for this test: a wind farm named as a project, then "The project cost" (holdout107's shape)
const WIND_TITLE = 'Estonia’s first offshore wind farm starts up';
const WIND = [
	'Estonia’s first offshore wind farm began sending power to the grid on Tuesday.',
	'The first 12 of 40 turbines at the Saare Laht project, about 20 kilometres off the island of Hiiumaa, are now turning, the developer said.',
	'The project cost an estimated €1.9 billion and was paid for by a group of Nordic banks.',
	'“Wind is not a fashionable project for us. It is about our security,” the energy minister said.'
];

// written for this test: a metro line the lead names with its network (holdout104's shape)
const METRO_TITLE = 'Lisbon Metro Line 9 delayed to 2029';
const METRO = [
	'The opening of Line 9 of the Lisbon Metro has been pushed back by a year, the operator said on Friday.',
	'The operator said the 14-kilometre line would now cost €1.4 billion.',
	'“We would rather open a line late than open it unsafe,” its chairman said.',
	'The line will have 16 stations and is expected to carry 180,000 passengers a day.'
];

describe('y36b: "the site", "the line" and "the project" of the one the lead names (R4)', () => {
	it('writes the dig site the lead names for "the site"', () => {
		expect(thingsNamed(DIG_TITLE, DIG, 'About 45', 'About _____ students and local workers have dug at the site since March.')).toBe('About _____ students and local workers have dug at the Cerro Quemado site since March.');
	});

	it('leaves "the site" where the article names a second site or tells of sites', () => {
		const two = [...DIG.slice(0, 2), 'A second team is working at the Pampa Alta site.', DIG[2]];
		expect(thingsNamed(DIG_TITLE, two, 'About 45', 'About _____ students have dug at the site.')).toBe('About _____ students have dug at the site.');
		const plural = [...DIG.slice(0, 2), 'Looters have damaged dozens of sites in the region.', DIG[2]];
		expect(thingsNamed(DIG_TITLE, plural, 'About 45', 'About _____ students have dug at the site.')).toBe('About _____ students have dug at the site.');
	});

	it('reads "The project cost an estimated" as the project and its verb, and a speaker’s "a fashionable project" as no other project', () => {
		expect(thingsNamed(WIND_TITLE, WIND, 'The project cost', 'The project cost an estimated €_____ billion.')).toBe('The Saare Laht project cost an estimated €_____ billion.');
	});

	it('still leaves "the project" where a quote tells of another project', () => {
		const another = [...WIND.slice(0, 3), '“We already have another project planned further north,” the minister said.'];
		expect(thingsNamed(WIND_TITLE, another, 'The project cost', 'The project cost an estimated €_____ billion.')).toBe('The project cost an estimated €_____ billion.');
	});

	it('writes a numbered line in full with its network, never its possessive', () => {
		expect(thingsNamed(METRO_TITLE, METRO, 'The line will', 'The line will have _____ stations.')).toBe('Line 9 of the Lisbon Metro will have _____ stations.');
		expect(thingsNamed(METRO_TITLE, METRO, 'The line will', 'The line’s _____ stations will open in 2029.')).toBe('The line’s _____ stations will open in 2029.');
		expect(thingsNamed(METRO_TITLE, METRO, 'The line will', 'Staff who do not toe the line face _____ fines.')).toBe('Staff who do not toe the line face _____ fines.');
	});

	it('writes a troupe named in the apposition after it, and leaves one whose name the apposition does not close', () => {
		const troupe = ['In 1971 he founded his own troupe, Teatro Ferro, with his sister.', 'After 1990 the troupe toured 14 countries.'];
		expect(thingsNamed('Puppeteer dies at 90', troupe, 'After 1990', 'After 1990 the troupe toured _____ countries.')).toBe('After 1990 Teatro Ferro toured _____ countries.');
		const open = ['In 1971 he founded his own troupe, Teatro di ferro (the Iron Theatre), with his sister.', 'After 1990 the troupe toured 14 countries.'];
		expect(thingsNamed('Puppeteer dies at 90', open, 'After 1990', 'After 1990 the troupe toured _____ countries.')).toBe('After 1990 the troupe toured _____ countries.');
	});

	it('never takes "Line" alone for the name of a line "known as Line 4"', () => {
		const known = ['The city’s second metro line, known as Line 4, will not open until 2030, officials said.', 'The line will carry 90,000 passengers a day.'];
		expect(thingsNamed('Metro opening delayed', known, 'The line will', 'The line will carry _____ passengers a day.')).toBe('Line 4 will carry _____ passengers a day.');
	});
});

// written for this test: a members' association credited, then "The group estimates" (holdout105's shape)
const CLINICS_TITLE = 'Dental clinics in Brabant cut opening hours over unpaid bills';
const CLINICS = [
	'Dental clinics across Brabant have started cutting their opening hours after the regional insurer Zorgpunt fell months behind on payments, clinic owners said on Monday.',
	'At least 30 clinics have shortened their weeks since January, according to the Brabant Association of Dental Practices. The group estimates that Zorgpunt owes its members about 48 million euros for work done last year.',
	'Patients’ groups say waiting times have doubled.'
];

describe('y36b: an opening "The group" is the members’ body the sentence before credits (R4)', () => {
	it('writes the association for "The group estimates" and keeps the item', () => {
		const stems = stemsMatching(CLINICS_TITLE, [...CLINICS, ...filler], /owes its members/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('The Brabant Association of Dental Practices estimates that'))).toBe(true);
		expect(stems.some((s) => s.check === '')).toBe(true);
	});

	it('leaves "The group" where the association is only a place in the sentence before', () => {
		const offices = ['Police held five men outside the offices of the Brabant Association of Dental Practices on Monday. The group is accused of stealing 48 dental drills from clinics.', ...filler];
		const stems = stemsMatching('Five men held over dental drill thefts', offices, /accused of stealing/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('The group') && s.check !== '')).toBe(true);
	});
});

// written for this test: a department no tagger knows, credited in the lead, then "The department said" (holdout106's shape)
const CLINIC_TITLE = 'Tasmania to fund a nurse in every rural primary school';
const NURSES = [
	'Every rural primary school in Tasmania will have a nurse by 2029 under a A$41 million plan announced by the state government on Monday.',
	'The plan will fund about 90 new posts, according to the Department of Health and Wellbeing.',
	'The department said visits to school sick bays had risen by 27% since 2021.'
];

describe('y36b: "the department" of the one ministry or department the article names (R4)', () => {
	it('writes the named department for "The department said" and keeps the item', () => {
		const stems = stemsMatching(CLINIC_TITLE, [...NURSES, ...filler], /sick bays/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('The Department of Health and Wellbeing said visits'))).toBe(true);
		expect(stems.some((s) => s.check === '')).toBe(true);
	});

	it('leaves "the department" where the article writes another ministry or department', () => {
		const other = [NURSES[0], NURSES[1], 'The education ministry will pay for training.', NURSES[2]];
		const stems = stemsMatching(CLINIC_TITLE, [...other, ...filler], /sick bays/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('The department said') && s.check !== '')).toBe(true);
	});
});
