import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../src/lib/quiz/lexicon';
import { actsAfter, courtSideAround, courtSidesAgainst, mentionedAsReference, speaksOfOwnBody, technicalStatement, witnessedStatement } from '../../src/lib/quiz/speakers';
import { itemsOf, wrongOf } from './report';

describe('who may be offered as the false sayer of a statement (QUALITY.md R8)', () => {
	it('reads an accusation as against the defence, unless it is denied', () => {
		expect([...courtSidesAgainst('The money these men stole should have paid for nurses.')]).toEqual(['defence']);
		expect([...courtSidesAgainst('It was not a mistake – it was deliberate, organised theft.')]).toEqual(['defence']);
		expect([...courtSidesAgainst('My client never stole a penny from anyone.')]).toEqual([]);
		expect([...courtSidesAgainst('He did not steal; he borrowed and paid it back.')]).toEqual([]);
		expect([...courtSidesAgainst('He has always said he is innocent of the theft.')]).toEqual([]);
		expect([...courtSidesAgainst('The shop will reopen on Monday.')]).toEqual([]);
	});

	it('reads the defence from "Defending X," and "In mitigation," and the tried themselves', () => {
		expect(courtSideAround('Defending Okoro, Mr ', ' said')).toBe('defence');
		expect(courtSideAround('In mitigation, ', ' said')).toBe('defence');
		expect(courtSideAround('A third defendant, bookkeeper Mrs ', ', 59, received')).toBe('defence');
		expect(courtSideAround('His partner, ', ', 44, was jailed for three years')).toBe('defence');
		expect(courtSideAround('Prosecuting, Ms ', ' told the court')).toBe('prosecution');
		expect(courtSideAround('Outside court, Mr ', ', an investigator, said')).toBeUndefined();
		expect(courtSideAround('The defending champion, ', ', said she was tired')).toBeUndefined();
	});

	it('reads an office or a business the speaker claims as their own', () => {
		expect(speaksOfOwnBody("I'm going to be the mayor for everybody.")).toBe(true);
		expect(speaksOfOwnBody('I will be your senator for all six years.')).toBe(true);
		expect(speaksOfOwnBody('As your MP I will fight for the hospital.')).toBe(true);
		expect(speaksOfOwnBody('The water reached the counter of my bakery in minutes.')).toBe(true);
		expect(speaksOfOwnBody('The mayor has let this city down for years.')).toBe(false);
		expect(speaksOfOwnBody('I am going to the bakery every morning.')).toBe(false);
	});

	it('tells an expert’s figure from a witness’s experience', () => {
		expect(technicalStatement('Each degree of warming lets the air hold about 7% more water vapour.')).toBe(true);
		expect(technicalStatement('Sea temperatures were 2.5 degrees above normal all summer.')).toBe(true);
		expect(technicalStatement('The water came down the street like a train.')).toBe(false);
		expect(witnessedStatement('I have lived here my whole life and never seen this.')).toBe(true);
		expect(witnessedStatement('We lost everything on the ground floor.')).toBe(true);
		expect(witnessedStatement('We should expect more days like this, not fewer.')).toBe(false);
	});

	it('reads who acts from the verb after a name, never a possessive or an object', () => {
		expect(actsAfter(' resigned in December to take a new job.', tagsOf)).toBe(true);
		expect(actsAfter(', 44, took 52% of the vote.', tagsOf)).toBe(true);
		expect(actsAfter(' conceded on Wednesday.', tagsOf)).toBe(true);
		expect(actsAfter("'s 2024 margin in the same districts.", tagsOf)).toBe(false);
		expect(actsAfter(' by nine points in 2024.', tagsOf)).toBe(false);
		expect(actsAfter(' KC told the jury the scheme was planned.', tagsOf)).toBe(true);
		expect(actsAfter(', 61, a retired engineer who has lived here for 27 years, said the plan was wrong.', tagsOf)).toBe(true);
		expect(actsAfter(', who said the council was sleepwalking.', tagsOf)).toBe(true);
		expect(actsAfter(', the former vice-president.', tagsOf)).toBe(false);
	});

	it('reads a possessive or an object as a mere reference, a subject or an inverted speaker as none', () => {
		expect(mentionedAsReference('Democrats ran ahead of Kamala ', "'s 2024 margin.", tagsOf)).toBe(true);
		expect(mentionedAsReference('a district that backed President ', ' by nine points', tagsOf)).toBe(true);
		expect(mentionedAsReference('', ' conceded on Wednesday.', tagsOf)).toBe(false);
		expect(mentionedAsReference('"We should expect more days like this," said Dr ', ', a climatologist.', tagsOf)).toBe(false);
		expect(mentionedAsReference('Four councillors voted against the plan: Cllr ', ' and Cllr Aoife Kenny.', tagsOf)).toBe(false);
		expect(mentionedAsReference('The mayor of the town, ', ', estimated the damage at €40m.', tagsOf)).toBe(false);
	});

	it('never offers the defence barrister or a defendant as who accused the defendants', () => {
		const items = itemsOf('Bakery chain owner jailed for tax fraud', [
			'A bakery chain owner who hid takings from the tax office for five years was jailed for four years on Friday at Westbridge Crown Court.',
			'Daniel Okoro, 51, was convicted in March of cheating the public revenue of £1.4m.',
			'Prosecuting, Ms Helen Marsh told the court that Okoro had kept two sets of accounts for the whole period.',
			'Defending Okoro, Mr Peter Lindgren said his client had been under great pressure after his wife fell ill.',
			'"Mr Okoro regrets what he did and has already repaid part of the money," Mr Lindgren said.',
			'Judge Robert Ainsley said the fraud had been planned with great care over several years.',
			'Outside court, Mr Simon Keeble, a senior investigator at the tax office, said the sentence sent a clear message.',
			'"The money these men stole should have paid for nurses, teachers and roads in every town," he said.'
		]);
		const wrong = wrongOf(items, 'money these men stole');
		expect(wrong.filter((w) => /Lindgren|Okoro/.test(w))).toEqual([]);
	});

	it('never gives a lay witness the expert’s figure, nor the expert the witness’s life', () => {
		const items = itemsOf('Flash floods kill six in Sorrel Vale', [
			'Flash floods killed six people in the hill town of Sorrel Vale on Sunday after a month of rain fell in three hours.',
			'"The water came down the street like a river," said Maria Castell, 58, who runs a bakery on the main square.',
			'"I have lived here my whole life and I have never seen anything like it," Castell said.',
			'Regional leader Tomas Arnau said the army had sent 300 soldiers to help clear the mud.',
			'"We will rebuild every home and every bridge that was lost," Arnau said.',
			'"Each degree of warming lets the air hold about 7% more water vapour, and the sea has been hot all summer," said Dr Elena Ribas, a climatologist at the University of Valdor.'
		]);
		expect(wrongOf(items, '7% more water vapour').filter((w) => /Castell/.test(w))).toEqual([]);
		expect(wrongOf(items, 'my whole life').filter((w) => /Ribas/.test(w))).toEqual([]);
	});

	it('never gives the mayor-elect’s pledge to a political scientist', () => {
		const items = itemsOf('Moreland wins Harlow mayoral race', [
			'Adaeze Moreland won the Harlow mayoral race on Tuesday, ending 12 years of rule by the other party.',
			'Moreland told several hundred supporters at a union hall on Fourth Street that the city had chosen hope over fear.',
			'"I\'m going to be the mayor for everybody – including the people who didn\'t vote for me," she said.',
			'Her rival, Brent Sorensen, 58, conceded in a short statement on Wednesday morning.',
			'"The voters have spoken clearly and I respect their decision," Sorensen said.',
			'Dr Patricia Lindqvist, a political scientist at Harlow State University, said the race was won in the river wards.',
			'"Those river wards are full of young families crushed by rents and child care costs," Lindqvist said.'
		]);
		expect(wrongOf(items, 'mayor for everybody').filter((w) => /Lindqvist/.test(w))).toEqual([]);
		expect(items.filter((i) => /Those river wards/.test(i.stem)).length).toBeGreaterThan(0);
	});

	it('never offers a name the article writes only as a reference as a speaker', () => {
		const items = itemsOf('Democrat Okafor flips state Senate seat', [
			'Democrat Ada Okafor won a special election for a Republican-held state Senate seat on Tuesday.',
			'Okafor took 52% of the vote against 47% for Republican Dale Brunswick, a farm equipment dealer.',
			'Brunswick conceded in a short statement on Wednesday morning, saying he had called Okafor.',
			'"The voters have spoken, and I respect the result of this election," he said.',
			'Party chair Marisol Ibarra called the result "a warning shot" for Republicans across the state.',
			"Democratic candidates have run about 12 points ahead of Kamala Harris's 2024 margin in such districts, according to one tally.",
			'Ewa Zielinska, a political scientist at the state university, said the result should be treated with caution.'
		]);
		const asked = items.filter((i) => /The voters have spoken/.test(i.stem));
		expect(asked.length).toBeGreaterThan(0);
		expect(wrongOf(items, 'The voters have spoken').filter((w) => /Harris/.test(w))).toEqual([]);
	});
});
