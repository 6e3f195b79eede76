import { describe, expect, it } from 'vitest';
import { thingsNamed } from './report';

// written for this test: one scheme named ("the Rwanda scheme"), then "the scheme"
const PMQS_TITLE = 'MPs question Home Office over asylum spending';
const PMQS = [
	'Near the close of Tuesday’s committee session, its chair, Margaret Ellison, pressed officials on what had been spent on the Rwanda scheme.',
	'On Friday the Home Office revealed that in addition to the initial £140m spent on the scheme, another £100m was paid in April and £50m is due next year.'
];
const STEM = 'The Home Office revealed that in addition to the initial £_____m spent on the scheme, another £100m was paid in April.';

describe('named-things: "the scheme", "the plan", "the survey" of the one the article names (R4)', () => {
	it('writes "the Rwanda scheme" for "the scheme" after the article named it', () => {
		expect(thingsNamed(PMQS_TITLE, PMQS, 'On Friday', STEM)).toBe('The Home Office revealed that in addition to the initial £_____m spent on the Rwanda scheme, another £100m was paid in April.');
	});

	it('names a survey the article gave by an apposition, and a plan by its place', () => {
		const birds = ['More than 600,000 people took part in the Big Garden Birdwatch, an annual survey run by the RSPB.', 'House sparrows topped the survey for the 21st year.'];
		expect(thingsNamed('Sparrows top garden bird count again', birds, 'House sparrows', 'House sparrows topped the survey for the _____ year.')).toBe('House sparrows topped the Big Garden Birdwatch for the _____ year.');
		const water = ['United Utilities submitted the Haweswater plan to regulators in May.', 'The plan would cost £1.2bn.'];
		expect(thingsNamed('Water firm sets out pipeline plan', water, 'The plan would', 'The plan would cost £_____bn.')).toBe('The Haweswater plan would cost £_____bn.');
	});

	it('leaves "the scheme" where a second scheme is named or an unnamed one told of, before the name, in a quote, or as a verb', () => {
		expect(thingsNamed(PMQS_TITLE, [PMQS[0], 'Labour said the Bibby Stockholm scheme had also overrun.', PMQS[1]], 'On Friday', STEM)).toBe(STEM);
		expect(thingsNamed(PMQS_TITLE, [PMQS[0], 'Ministers are drawing up a new scheme for Albania.', PMQS[1]], 'On Friday', STEM)).toBe(STEM);
		expect(thingsNamed(PMQS_TITLE, [PMQS[1], PMQS[0]], 'On Friday', STEM)).toBe(STEM);
		expect(thingsNamed(PMQS_TITLE, PMQS, 'On Friday', 'Ellison said: “We have spent £_____m on the scheme.”')).toBe('Ellison said: “We have spent £_____m on the scheme.”');
		const verb = ['Officials plan to reopen the road in May.', 'The plan would cost £1.2bn.'];
		expect(thingsNamed('Road to reopen', verb, 'The plan would', 'The plan would cost £_____bn.')).toBe('The plan would cost £_____bn.');
	});
});

describe('named-things: an apposition to a whole phrase names no thing by its last word (y29b)', () => {
	it('leaves "The project" where ", a project" follows "the southern city of Valdoria"', () => {
		const port = ['Chile’s government on Monday approved a 900 billion peso expansion of the Punta Arenal container terminal in the southern city of Valdoria, a project ministers say will double the region’s exports.', 'The project is expected to create about 2,600 construction jobs.'];
		expect(thingsNamed('Chile approves expansion of Valdoria container terminal', port, 'The project', 'The project is expected to create about _____ construction jobs.')).toBe('The project is expected to create about _____ construction jobs.');
	});
});

describe('named-things: a second name met only later is no referent yet (y50c)', () => {
	// written for this test: a headline's numbered tram line, and an older one the story names only near its end
	const TITLE = 'Caldera Bay opens tram Line 4 a year late';
	const STORY = [
		'Riders in Caldera Bay took the new tram line on Saturday for the first time.',
		'The line is expected to carry about 90,000 riders a week.',
		'Transfers to the older Line 3 will be free at Harbour Square.',
		'The line will also run a night service on Fridays.'
	];

	it('writes "Line 4" for "the line" before the story names Line 3', () => {
		expect(thingsNamed(TITLE, STORY, 'The line is expected', 'The line is expected to carry about _____ riders a week.')).toBe('Line 4 is expected to carry about _____ riders a week.');
	});

	it('writes "the Line 4 project" for "the project" of the line the headline names, until another line or project is told of', () => {
		const built = [STORY[0], 'The project was begun in 2019 at a cost of £600m.', ...STORY.slice(2), 'The project also paid for new bus lanes.'];
		expect(thingsNamed(TITLE, built, 'The project was begun', 'The project was begun in _____ at a cost of £600m.')).toBe('The Line 4 project was begun in _____ at a cost of £600m.');
		expect(thingsNamed(TITLE, built, 'The project also', 'The project also paid for new bus _____.')).toBe('The project also paid for new bus _____.');
		const twoProjects = [...built.slice(0, 2), 'Officials said a separate project would rebuild the harbour station.'];
		expect(thingsNamed(TITLE, twoProjects, 'The project was begun', 'The project was begun in _____ at a cost of £600m.')).toBe('The project was begun in _____ at a cost of £600m.');
		expect(thingsNamed('Caldera Bay tram opens a year late', ['Riders took Line 4 on Saturday.', built[1]], 'The project was begun', 'The project was begun in _____ at a cost of £600m.')).toBe('The project was begun in _____ at a cost of £600m.');
	});

	it('leaves "the line" once Line 3 has been named, where it may mean either', () => {
		expect(thingsNamed(TITLE, STORY, 'The line will also', 'The line will also run a night service on _____.')).toBe('The line will also run a night service on _____.');
	});
});
