import { describe, expect, it } from 'vitest';
import { written, reportOf } from './report';
import { headlineGivesDoer } from '../../src/lib/quiz/headline-doer';
import { cutMainClause, strandedSubject } from '../../src/lib/quiz/cut-stems';
import { personNounBefore } from '../../src/lib/quiz/pronouns';

const filler = [
	'Officials said the talks had been difficult but constructive from the start.',
	'Industry groups said they would study the details before commenting further.',
	'Environmental campaigners said the outcome fell short of what scientists had advised.'
];

describe('r15: a deal’s parties are named in the deal’s own clause of the headline', () => {
	// "the Fishermen–North Atlantic deal" joined the subject of "Fishermen warn ..." to the sea the deal was struck for (holdout185 reader's R1)
	it('joins no subject of another clause to a place into "the A–B deal"', () => {
		const stems = written(
			reportOf('Trawler crews fear layoffs as haddock quota slashed in Baltic Sea deal', [
				'GDANSK, March 3, 2026 - Coastal states agreed on Friday to cut the haddock catch limit by 40% for next year.',
				'For Poland, the deal means a drop of roughly 3,100 tonnes, most of it landed at small harbours.',
				...filler
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => /Trawler|Crews–|–Baltic/.test(s))).toEqual([]);
	});

	it('still names a deal whose two parties share its clause after another clause', () => {
		const stems = written(
			reportOf('Shares jump as Fjordvern and Kystliv Insurance agree $2.1 billion merger', [
				'OSLO (Reuters) - Norwegian insurers Fjordvern and Kystliv Insurance agreed on Monday to merge in an all-share deal worth $2.1 billion.',
				'Under the terms, Kystliv shareholders will receive 0.37 new Fjordvern shares for each share they hold.',
				...filler
			])
		).map((w) => w.stem);
		expect(stems.some((s) => s.startsWith('Under the terms of the Fjordvern–Kystliv Insurance merger,'))).toBe(true);
	});
});

describe('r15: a false statement swaps out no person the headline names with its deed', () => {
	it('headlineGivesDoer reads the headline’s deed beside the key person', () => {
		expect(headlineGivesDoer('Oduya smashes course record as Lakeside marathon draws big field', 'Peter Oduya', ' broke the course record at the Lakeside Marathon on Sunday, pulling clear')).toBe(true);
		expect(headlineGivesDoer('Mwangi wins Lakeside half marathon in windy conditions', 'Ruth Mwangi', ' won the Lakeside half marathon in 68 minutes')).toBe(true);
		expect(headlineGivesDoer('Ruth Mwangi’s late goal sinks Rovers', 'Ruth Mwangi', ' scored the late goal that sank Rovers at home')).toBe(true);
		expect(headlineGivesDoer('Oduya smashes course record as Lakeside marathon draws big field', 'Peter Oduya', ' thanked his coach and his family after the race')).toBe(false);
		expect(headlineGivesDoer('Lakeside marathon draws big field', 'Peter Oduya', ' broke the course record')).toBe(false);
		expect(headlineGivesDoer('Oduya thanks coach after record run', 'Peter Oduya', ' broke the course record on Sunday')).toBe(false);
	});
});

describe('r15: a quote asked for its speaker keeps no speech tag’s comma', () => {
	it('drops the comma set inside the closing quote of a title at the end of the quote', () => {
		const stems = written(
			reportOf('Danish drama "Low Harbour" wins top prize at Corvina film festival', [
				'CORVINA, Italy - "Low Harbour," a family drama by Danish director Mette Lund, won the top prize at the Corvina film festival on Saturday.',
				'"Every one of us on the jury was deeply moved by \'Low Harbour,\'" jury president Marta Silvestri told reporters after the ceremony.',
				'"I made this film for my grandmother and for every family that has lost a home to the sea," Lund said on stage.',
				'Critic Paolo Greco said the jury had made a brave and deserved choice this year.',
				...filler
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => /,['’]”/.test(s))).toEqual([]);
		expect(stems.some((s) => s.includes("moved by 'Low Harbour'”"))).toBe(true);
	});
});

describe('r15: a clause cut after its subject leaves no lone word after a comma', () => {
	it('strandedSubject finds a quantifier or pronoun whose clause went with the cut', () => {
		const sentence = 'About 140 of the shelter’s 600 beds were taken by families who had lost their homes in the floods, most because their insurers had refused to pay.';
		expect(strandedSubject('About 140 of the shelter’s 600 beds were taken by families who had lost their homes in the floods, most.', sentence)).toBe(true);
		expect(strandedSubject('About 140 of the shelter’s 600 beds were taken by families who had lost their homes in the floods.', sentence)).toBe(false);
		const pronoun = 'The ferry was cancelled for the third day running on Friday, it said in a notice posted at the harbour.';
		expect(strandedSubject('The ferry was cancelled for the _____ day running on Friday, it.', pronoun)).toBe(true);
		// the sentence's own last words: no clause was cut
		expect(strandedSubject('Tickets for the first night sold out within an hour, all of them, and the rest went to members, most.', 'Tickets for the first night sold out within an hour, all of them, and the rest went to members, most.')).toBe(false);
		expect(strandedSubject('The council approved _____ new homes on the site, some.', 'The council approved 40 new homes on the site, some of them for social rent.')).toBe(true);
	});
});

describe('r15: a subject and its appositive are no sentence without their main clause', () => {
	it('cutMainClause finds the predicate cut after an unclosed appositive', () => {
		const sentence = 'Harbor Robotics, the warehouse automation firm that raised $90 million only last spring, laid off half its staff on Monday.';
		expect(cutMainClause('Harbor Robotics, the warehouse automation firm that raised _____ only last spring.', sentence)).toBe(true);
		expect(cutMainClause('Harbor Robotics, a warehouse automation firm that raised $90 million only last spring.', sentence.replace('the warehouse', 'a warehouse'))).toBe(true);
		expect(cutMainClause('Harbor Robotics, the warehouse automation firm that raised $90 million only last spring, laid off half its staff on Monday.', sentence)).toBe(false);
		expect(cutMainClause('Harbor Robotics laid off half its staff on Monday.', sentence)).toBe(false);
		// "In March, the firm raised ...": an opening phrase, with its main clause kept whole
		expect(cutMainClause('In March, the firm raised _____ from investors in Boston.', 'In March, the firm raised $90 million from investors in Boston, filings show.')).toBe(false);
		expect(cutMainClause('Harbor Robotics, the company said, raised _____ from investors in Boston.', 'Harbor Robotics, the company said, raised $90 million from investors in Boston, filings show.')).toBe(false);
	});
});

describe('r15: "he" after an official the sentence describes is that official', () => {
	it('personNounBefore reads an official, an executive, a candidate and an engineer as persons', () => {
		expect(personNounBefore('Police on Tuesday arrested a senior water board official in Kisumu over claims that ', 'male')).toBe(true);
		expect(personNounBefore('The regulator fined a former bank executive after finding that ', 'female')).toBe(true);
		expect(personNounBefore('Voters backed a little-known candidate in the ward, and ', 'male')).toBe(true);
		expect(personNounBefore('The council approved a new ring road in the north after ', 'male')).toBe(false);
	});
});
