import { describe, expect, it } from 'vitest';
import { unownedDefinite } from '../../src/lib/quiz/definites';
import { demonymSubject } from '../../src/lib/quiz/events';
import { frontedName, gendersFromPronouns, otherSexPronoun, shareOfUnsaid, timeOnlyBefore } from '../../src/lib/quiz/pronouns';
import { stemsFrom } from './report';

const isVerb = (word: string) => /^(?:scored|said|was|is|kicked|ran|held)$/.test(word);

describe('a stem whose subject or referent only the sentences before name', () => {
	it('finds a cost sized by its amount, a coalition, the money, a settlement and a transfer with no owner', () => {
		expect(unownedDefinite('Of the £_____m cost, £2.2m will come from a lottery grant.')).toBe('the £_____m cost');
		expect(unownedDefinite('Of the $14.5m cost, $_____m will be borrowed.')).toBe('the $14.5m cost');
		expect(unownedDefinite('The Green List won _____ seats, giving the coalition a majority of four.')).toBe('the coalition');
		expect(unownedDefinite('About $_____ of the money was spent on a yacht moored in Split.')).toBe('the money');
		expect(unownedDefinite('Okafor said the settlement would leave libraries short of staff by _____.')).toBe('the settlement');
		expect(unownedDefinite('The second transfer, jurors were told, was for €_____.')).toBe('The second transfer');
	});

	it('lets such a phrase stand where its own words say of what, or it modifies a noun', () => {
		expect(unownedDefinite('Of the £_____m cost of the new pier, £2m will come from a grant.')).toBeUndefined();
		expect(unownedDefinite('The coalition government fell after _____ days.')).toBeUndefined();
		expect(unownedDefinite('The transfer window closes on _____.')).toBeUndefined();
	});

	it('finds a nationality and a player’s role standing for a person, unless a name follows or the office is one person’s', () => {
		expect(demonymSubject('The Fijian winger, bought from Toulon last year, scored _____ tries.', isVerb)).toBe(true);
		expect(demonymSubject('The Nigerian striker scored _____ goals in the cup run.', isVerb)).toBe(true);
		expect(demonymSubject('The Fijian winger Semi Ravuama scored _____ tries.', isVerb)).toBe(false);
		expect(demonymSubject('The Fijian winger, Semi Ravuama, scored _____ tries.', isVerb)).toBe(false);
		expect(demonymSubject('The Spanish general election was held in _____.', isVerb)).toBe(false);
		expect(demonymSubject('The Kenyan president said _____ schools would reopen.', isVerb)).toBe(false);
	});

	it('finds a stem that opens on a preposition and a name before its “he” or “she”, who is someone else', () => {
		expect(frontedName('From Zalewski ')).toBe(true);
		expect(frontedName('Under _____ ')).toBe(true);
		expect(frontedName('With Irena Zalewska, ')).toBe(true);
		expect(frontedName('Born in Gdynia in 1941, ')).toBe(false);
		expect(frontedName('Tomasz Wirth said ')).toBe(false);
	});

	it('finds a share of an “it” whose whole the stem never gives, and a “they” after only a time', () => {
		expect(shareOfUnsaid('Dariusz Nowak spent most of ')).toBe(true);
		expect(shareOfUnsaid('Nowak, who ran the club’s accounts, lost all of ')).toBe(true);
		expect(shareOfUnsaid('Nowak stole £412,000 from the club and spent most of ')).toBe(false);
		expect(shareOfUnsaid('The club sold its ground and spent most of ')).toBe(false);
		expect(shareOfUnsaid('Nowak spent ')).toBe(false);
		expect(timeOnlyBefore('In _____ ')).toBe(true);
		expect(timeOnlyBefore('In 1987, ')).toBe(true);
		expect(timeOnlyBefore('Later ')).toBe(true);
		expect(timeOnlyBefore('In 1987 the two sisters ')).toBe(false);
	});

	it('finds a who-said “he” or “she” that cannot be the speaker, by the speaker’s sex', () => {
		expect(otherSexPronoun('Who said on Monday that he had been "the most patient artist I ever worked with"?', 'female')).toBe(true);
		expect(otherSexPronoun('Who said her designs had “changed the town”?', 'male')).toBe(true);
		expect(otherSexPronoun('Who said on Monday that he would stand down in _____?', 'male')).toBe(false);
		expect(otherSexPronoun('Who said “he never once raised his voice”?', 'female')).toBe(false);
		expect(otherSexPronoun('Who said on Monday that he had been "the most patient artist"?', undefined)).toBe(false);
	});

	it('reads a speaker’s sex from the quote the next sentence goes on with, not from the “his” she said of another', () => {
		const first = 'The curator Siobhan Kellow, who staged his last show in 2022, said on Monday that he had been "the most patient artist".';
		const genders = gendersFromPronouns([
			{ text: first, paragraph: 4, mentions: [{ surname: 'Kellow', end: first.indexOf(' Kellow') + 7 }] },
			{ text: '"He would spend a week on the curl of a mane," she said.', paragraph: 4, mentions: [] }
		]);
		expect(genders.get('Kellow')).toBe('female');
	});

	it('never takes a complement from another of its kind ("the fastest period of retreat") for a bare "the period"', () => {
		const stems = stemsFrom(
			'Alpine lakes warmed by 2C in four decades, survey finds',
			[
				'Lakes in the Swiss Alps warmed by an average of 2C between 1985 and 2025, according to a survey of 140 lakes published on Monday.',
				'The survey found that the summers from 2018 to 2024 were the warmest period of measurement on record.',
				'Lake Sils, the largest lake surveyed, lost about 18% of its winter ice cover over the period, the authors calculated.',
				'The authors said warmer water had let algae bloom earlier in spring at 62 of the lakes.'
			],
			'winter ice cover'
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.startsWith('OK:') && s.includes('period of measurement'))).toEqual([]);
	});

	it('never scopes one university’s scheme to the country it is in', () => {
		const stems = stemsFrom(
			'Dunmore University to pay rent for student nurses',
			[
				'The University of Dunmore will pay the rent of every student nurse in their first year, becoming one of the first universities in England to house trainee nurses free of charge.',
				'From October 2026, student nurses on any degree course will pay nothing towards the £7,420 cost of a room in halls, and will also get a travel grant of £600 a year. The university expects about 310 students a year to take up the offer, at a cost of around £2.3m a year.',
				'The vice-chancellor, Ruth Hallam, said nursing students had told the university they could not afford to live near the hospitals they trained in.'
			],
			'student nurses on any degree course'
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.startsWith('OK: In England'))).toEqual([]);
	});
});
