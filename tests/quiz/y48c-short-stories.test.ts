import { describe, expect, it } from 'vitest';
import { checksOf, filler, reportOf } from './report';

// an invented short utility story of about 200 words, of the kind a wire sends: a lead that describes its company in
// apposition and names the systems hit by joined modifiers, then a few short paragraphs
const title = 'Cyber attack halts payments at Estonian heating company';
const story = [
	'A cyber attack has shut down the payment and meter reading systems of Soojus Tartu, the city-owned heating company supplying about 38,000 homes in the Estonian city of Tartu, the company said on Tuesday.',
	'Chief executive Kaarel Mägi said the attack, found late on Sunday, had not touched the boilers or the pipe network, which run on their own control system.',
	'The attackers locked files holding customer records and asked for a payment in bitcoin worth about €1.4 million.',
	'Kadri Org, a spokeswoman for the national information security authority, said the intruders had used a password stolen from a supplier.',
	'January invoices will go out at least ten days late, and no interest will be charged on them.',
	'Soojus Tartu was listed on the stock exchange in 2009 and employs 410 people.'
];

describe('y48c: a short story keeps its lead and its self-contained stems', () => {
	it('asks a lead whose company is described in apposition to its name inside the stem (R4 had refused "the city-owned heating company")', () => {
		const report = reportOf(title, story);
		const lead = report.quiz.items.find((i) => i.source.sentence === 0);
		expect(lead?.stem).toMatch(/^A cyber attack has shut down the payment and meter reading systems of Soojus Tartu, the city-owned heating company supplying about/);
	});

	it('reads "the payment and meter reading systems of" a named company as identified by its own words', () => {
		const checks = checksOf(title, story, /^A cyber attack has shut down the payment and meter reading systems of Soojus Tartu/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).toContain('');
		// a modifier joined to no head that the words after identify still points back
		const bare = 'Engineers restored the payment and meter reading systems on Thursday after a week of manual billing.';
		expect(checksOf(title, [story[0], bare], /^Engineers restored the payment and meter reading systems on _____/)).not.toContain('');
	});

	it('refuses a definite phrase after a place name when it opens a clause of its own', () => {
		// "in Tartu, the minister said": the phrase after the comma is the subject of its own verb, no apposition
		const clause = 'After a meeting in Tartu, the minister announced an extra €2.5 million for the city’s cyber defences.';
		expect(checksOf(title, [story[0], clause], /^After a meeting in Tartu, the minister announced an extra/)).not.toContain('');
	});

	it('asks a stem that says a company was listed on the stock exchange (R4 had refused "the stock")', () => {
		const checks = checksOf(title, story, /listed on the stock exchange/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).toContain('');
	});

	// an invented short transport story: a lead that opens on a named route, then a paragraph that calls it "the project"
	const tramTitle = 'Harwick tram extension to open on Sunday';
	const tram = [
		'The Green Line, Harwick’s first tram route in 60 years, will open to passengers on Sunday, joining the rail station to the university along a 6.2-kilometre track.',
		'The £86 million project includes 11 stops, reserved tram lanes for most of the route and signals that give way to approaching trams.',
		'Trams will run every eight minutes during the day, and fares will match those of city buses.'
	];

	it('writes the named route of the lead into "The £86 million project" the next paragraph opens on', () => {
		const stems = reportOf(tramTitle, tram).quiz.items.map((i) => i.stem);
		expect(stems.some((s) => /^The £_____ million Green Line project includes 11 stops|^The £86 million Green Line project includes _____ stops/.test(s))).toBe(true);
	});

	it('writes in no name where the lead opens on no named thing', () => {
		const unnamed = ['A new tram route will open to passengers in Harwick on Sunday, joining the rail station to the university along a 6.2-kilometre track.', ...tram.slice(1)];
		const checks = checksOf(tramTitle, unnamed, /project includes/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).not.toContain('');
		expect(checksOf(tramTitle, unnamed, /Green Line project/)).toEqual([]);
	});

	// an invented weather paragraph: a body that opens its sentence, a list of counties, then "Its" gauge
	const floodTitle = 'Storm Ailbhe floods homes across the west';
	const warning = 'The Environment Agency had issued a red warning for rain covering Cornwall, Devon and Somerset from noon on Friday until Saturday morning.';
	const gauge = 'Its river gauge at Ashby Weir recorded a rise of 2.4 metres in six hours, the fastest it has ever measured there.';

	it('writes the body a sentence opens on for the next sentence’s "Its" when the other names are a list of places', () => {
		const stems = reportOf(floodTitle, [`${warning} ${gauge}`, ...filler]).quiz.items.map((i) => i.stem);
		expect(stems.some((s) => s.startsWith('The Environment Agency’s river gauge at Ashby Weir') || s.startsWith("The Environment Agency's river gauge at Ashby Weir"))).toBe(true);
	});
});
