import { describe, expect, it } from 'vitest';
import { headlineNounPhrase, ordinalAdjective, withHeadlineModifier, withHeadlineNounPhrase } from '../../src/lib/quiz/in-view';
import { reportOf, written } from './report';

const title = 'Ballyrane reach Munster Plate final';
const match = [
	'Ballyrane Celtic beat Kilcoole 3-2 on Saturday in front of 1,400 supporters at Mill Road.',
	'Celtic were a goal down at half-time but scored twice in the final 12 minutes to go through.',
	'Midfielder Ciara Nolan curled in the winner from 25 yards in the 86th minute.',
	'Kilcoole had gone ahead through a header from Orla Dempsey after 19 minutes.',
	'Manager Pat Geraghty named the same 11 players for the third match running.',
	'Ballyrane will meet Cahir Wanderers at Mill Road on May 3.'
];

describe('a headline’s noun phrase is written only over the noun it names', () => {
	it('ends the phrase before a team’s verb after a name the body writes only capitalised', () => {
		expect(headlineNounPhrase(title, 'final', match.join('\n'))).toBe('Munster Plate final');
	});

	it('keeps a lower-case headline word the body also writes in lower case', () => {
		// "Ferry" is a plain word here ("The ferry fare rise"), so "Ferry fare" is no name followed by a verb
		expect(headlineNounPhrase('Ferry fare rise angers islanders', 'rise', 'The ferry fare rise of 12% takes effect in March, and islanders say the ferry is their only link.')).toBe('ferry fare rise');
	});

	it('reads "final", "first", "same" before a count or a noun as an adjective, not as the headline’s noun', () => {
		expect(ordinalAdjective('final', ' 12 minutes to go through.')).toBe(true);
		expect(ordinalAdjective('final', ' _____ minutes to go through.')).toBe(true);
		expect(ordinalAdjective('final', ' two games.')).toBe(true);
		expect(ordinalAdjective('same', ' players for the third match.')).toBe(true);
		expect(ordinalAdjective('final', ' whistle blew.')).toBe(true);
		expect(ordinalAdjective('final', ' on May 3.')).toBe(false);
		expect(ordinalAdjective('final', ' was played in heavy rain.')).toBe(false);
		expect(ordinalAdjective('final', '.')).toBe(false);
		expect(ordinalAdjective('final', ' go on sale on Tuesday.')).toBe(false);
		expect(ordinalAdjective('budget', ' 12 times.')).toBe(false);
	});

	it('leaves "the final 12 minutes" as it is and names "the final" on its own', () => {
		expect(withHeadlineNounPhrase(title, match, 'Celtic scored twice in the final 12 minutes to go through.')).toBe('Celtic scored twice in the final 12 minutes to go through.');
		expect(withHeadlineNounPhrase(title, match, 'Celtic scored twice in the final _____ minutes to go through.')).toBe('Celtic scored twice in the final _____ minutes to go through.');
		expect(withHeadlineNounPhrase(title, match, 'Ballyrane will play in the final on May 3.')).toBe('Ballyrane will play in the Munster Plate final on May 3.');
		expect(withHeadlineModifier('Harriers reach cup final', 'Harriers scored in the final 12 minutes.')).toBe('Harriers scored in the final 12 minutes.');
		expect(withHeadlineNounPhrase('Nolan header sends Ballyrane to first cup final', [...match], 'Seats for the final go on sale on Monday.')).toBe('Seats for the cup final go on sale on Monday.');
	});

	it('writes no headline words into a stem of the last minutes of a match', () => {
		const stems = written(reportOf(title, match)).map((w) => w.stem);
		const late = stems.filter((s) => s.includes('scored twice'));
		expect(late.length).toBeGreaterThan(0);
		for (const stem of late) expect(stem).toMatch(/in the final (?:12|_____) minutes/);
		expect(stems.some((s) => /reach|Plate final (?:\d|_____)/.test(s))).toBe(false);
	});
});
