import { describe, expect, it } from 'vitest';
import { written, reportOf, stemsMatching } from './report';

describe('g31-a: the story’s subject written in where a stem leaves it out (R4)', () => {
	it('a body’s board is the museum the headline and the lead name', () => {
		const stems = stemsMatching(
			'Kestrel Bay Maritime Museum to close two galleries as visitor numbers fall',
			[
				'The Kestrel Bay Maritime Museum will close two of its five galleries next spring after visitor numbers fell by a third in four years, its director said on Friday.',
				'The museum drew 182,000 visitors last year, down from 271,000 in 2021, and ended the year with a deficit of £1.4 million.',
				'Volunteers were angry at the plan. Their spokesman, Owen Prothero, said the board had never asked the 140 volunteers for their ideas before deciding to cut the galleries.',
				'The two galleries hold 3,200 objects, including a whaling boat built in 1851, which will be moved to a store in Cardiff.'
			],
			/ board had never asked/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /said the board/.test(w.stem))).toEqual([]);
		expect(stems.every((w) => /said the Kestrel Bay Maritime Museum’s board had never asked/.test(w.stem))).toBe(true);
	});

	it('a forecast of results is the one company’s, the pollster being no owner', () => {
		const stems = stemsMatching(
			'Harrowgate shares slide 6% as brewer’s sales miss estimates',
			[
				'Harrowgate Brewing Co. reported third-quarter sales below Wall Street estimates on Thursday, as drinkers in its home market cut back on craft beer, and the Denver-based brewer lowered its forecast for the year.',
				'Revenue fell 4 percent to $611 million in the three months to September.',
				'Analysts surveyed by FactSet had forecast revenue of $640 million for the quarter.',
				'The brewer said it would close its smallest plant, in Boise, by March, affecting about 190 jobs, and would spend $45 million on a new canning line in Colorado.'
			],
			/forecast (?:Harrowgate Brewing’s )?revenue of/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /had forecast Harrowgate Brewing’s revenue of/.test(w.stem))).toBe(true);
	});

	it('"the third stage" takes the complement the lead gives it, its owner the lead’s subject', () => {
		const stems = stemsMatching(
			'Tallinn begins third stage of tree-planting drive along its ring road',
			[
				'Tallinn on Monday began the third stage of its tree-planting programme, aiming to plant 12,000 trees along the city’s ring road and in four northern districts by the end of 2027.',
				'About 4,300 saplings will be planted during the third stage, paid for largely by a grant from the European Union, officials said.',
				'The first two stages planted 9,800 trees, of which about 88 percent survived their first summer, according to the city’s environment department.',
				'Deputy mayor Kadri Mets said the programme would cool the streets by as much as two degrees on the hottest days.'
			],
			/saplings will be planted during/
		);
		// a candidate that blanks the ordinal itself ("during the _____ stage") has no stage to complete, and is refused R4
		const staged = stems.filter((w) => w.stem.includes('third stage'));
		expect(staged.length).toBeGreaterThan(0);
		expect(staged.every((w) => /during the third stage of Tallinn’s tree-planting programme, paid for/.test(w.stem))).toBe(true);
		expect(stems.filter((w) => !w.stem.includes('third stage')).every((w) => w.check === 'R4')).toBe(true);
	});

	it('"the event" of an event’s story is an edition of the event the lead names', () => {
		const stems = stemsMatching(
			'Harbourlight Jazz Festival calls off final night as gale warning issued',
			[
				'HALIFAX, N.S. — Organisers of the Harbourlight Jazz Festival called off the third and final night of this year’s event on Sunday, after forecasters issued a gale warning for the waterfront.',
				'About 9,000 people had bought tickets for Sunday’s concerts, which were to feature 11 acts on two stages.',
				'Ticket holders will get a full refund within 14 days, the festival said.',
				'Festival organisers said they would announce dates for the 2027 event in March.'
			],
			/announce dates for the/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /dates for the (?:2027|_____) edition of the Harbourlight Jazz Festival in March/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('"the administration" of a story that names another administration is left for R4', () => {
		const stems = stemsMatching(
			'Marlton College to shut two campuses as federal grants are cut',
			[
				'Marlton College will close two of its four campuses next year after the Reyes administration cut the federal grants that paid for a fifth of its budget, the college said on Tuesday.',
				'The closures will affect about 2,600 students and 310 staff.',
				'Union leader Femi Adebayo said the administration had given colleges only six weeks to plan for the cuts.',
				'The college expects to save $19 million a year from the closures.'
			],
			/said .*administration had given/
		);
		expect(stems.filter((w) => /Marlton College’s administration/.test(w.stem))).toEqual([]);
	});
});

describe('g31-a: stems whose owner or reference the article does not give are refused (R4)', () => {
	it('"the average member" of an unnamed scheme, "Among other gifts" and "the schedule" are refused', () => {
		const report = written(
			reportOf('Credit union treasurer jailed for stealing savings of dockworkers', [
				'A former credit union treasurer who stole nearly £900,000 from the savings of dockworkers has been jailed for five years.',
				'Colin Meredith, 58, of Barrow, was sentenced at Preston Crown Court on Monday after he admitted fraud.',
				'The court heard that the average member lost about £2,100, and that some lost their whole savings.',
				'Meredith spent the money on holidays, a caravan and gifts for his family. Among other gifts were three watches worth £14,000 in total.',
				'Debt adviser Ruth Okafor said keeping members in the schedule would be the hard part now that 310 of them had lost money.'
			])
		);
		expect(report.filter((w) => /the average member lost/.test(w.stem) && w.check === '')).toEqual([]);
		expect(report.filter((w) => /^Among other gifts/.test(w.stem) && w.check === '')).toEqual([]);
		expect(report.filter((w) => /in the schedule would/.test(w.stem) && w.check === '')).toEqual([]);
	});
});

describe('g31-a: an event with parties that the stem never names is refused (R4)', () => {
	it('"Talks mediated by ..." and "A costs hearing ..." without the parties or the defendant are refused; with them they stay', () => {
		const report = written(
			reportOf('Ferry crews walk out for 48 hours as pay dispute deepens', [
				'Crews at the island ferry operator Skerry Link began a 48-hour strike on Friday, cancelling 64 sailings between the mainland and four islands.',
				'The union wants a 9 percent pay rise; the company has offered 4 percent. Talks mediated by the Labour Relations Agency broke down on 3 May.',
				'Talks between Skerry Link and the union are due to resume on 19 May, the agency said.',
				'In a separate case, former Skerry Link manager Duncan Fairlie admitted stealing £86,000 from ticket sales.',
				'A costs hearing is listed for 2 July at Inverness Sheriff Court.',
				'The sentencing of Duncan Fairlie is due on 16 June at Inverness Sheriff Court.'
			])
		);
		expect(report.filter((w) => /^Talks mediated by/.test(w.stem) && w.check === '')).toEqual([]);
		expect(report.filter((w) => /^A costs hearing/.test(w.stem) && w.check === '')).toEqual([]);
		const sentencing = report.filter((w) => /^The sentencing of Duncan Fairlie/.test(w.stem));
		expect(sentencing.length).toBeGreaterThan(0);
		expect(sentencing.every((w) => w.check !== 'R4')).toBe(true);
	});
});
