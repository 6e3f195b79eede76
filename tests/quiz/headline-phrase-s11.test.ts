import { describe, expect, it } from 'vitest';
import { headlineNounPhrase, withHeadlineNounPhrase } from '../../src/lib/quiz/in-view';

// an article body that writes its common words in lower case
const BODY = 'The unemployment rate rose as the councillors met. The plan was approved.';

describe('the headline’s noun phrase for a stem’s "the <noun>" (QUALITY.md R4)', () => {
	it('runs back from the noun over figures, hyphenated words, names and plain nouns, stopping at a verb', () => {
		// a figure stays where the body sets it before the noun too (lead-s14: "£1.9bn ... contracts" was an overspend)
		expect(headlineNounPhrase('Dublin to introduce €5 city-centre traffic charge and 40km of new cycle lanes', 'charge', `${BODY} Drivers will pay a €5 daily charge.`)).toBe('€5 city-centre traffic charge');
		expect(headlineNounPhrase('Dublin to introduce €5 city-centre traffic charge and 40km of new cycle lanes', 'charge', BODY)).toBe('city-centre traffic charge');
		expect(headlineNounPhrase("Rotterdam lashers' strike strands 40 vessels as carriers divert to Antwerp", 'strike', BODY)).toBeUndefined();
		expect(headlineNounPhrase('Councillors back 460-home Balerno scheme despite 1,300 objections', 'scheme', `${BODY} The 460-home scheme was approved.`)).toBe('460-home Balerno scheme');
		expect(headlineNounPhrase('Restaurant chain Bistrot Léon to close 41 outlets as court approves takeover plan', 'plan', BODY)).toBe('takeover plan');
		// a word after "to" is the headline's verb, whatever the tagger makes of "clinch"
		expect(headlineNounPhrase('Raghavan holds nerve to clinch Asian Continental chess title', 'title', BODY)).toBe('Asian Continental chess title');
		expect(headlineNounPhrase('Unemployment rate at 4.5pc as hiring stalls', 'rate', BODY)).toBe('unemployment rate');
	});

	it('gives none where the noun names part of something else, one half of a pair, or a title-case headline', () => {
		expect(headlineNounPhrase('Jobless rate at 4.5pc as hiring stalls', 'rate', BODY)).toBeUndefined();
		expect(headlineNounPhrase('IIT Delhi breaks into global top 100 as Indian institutions climb', 'top', BODY)).toBeUndefined();
		expect(headlineNounPhrase('Arts Council cuts funding to 14 theatre companies', 'theatre', BODY)).toBeUndefined();
		expect(headlineNounPhrase('Lothian to raise bus and tram fares from April', 'fares', BODY)).toBeUndefined();
		expect(headlineNounPhrase('Dublin To Introduce €5 City-Centre Traffic Charge', 'charge', BODY)).toBeUndefined();
	});

	it('writes it in, without "the" after a name’s possessive, and not where the body tells of several', () => {
		const dublin = ['Motorists driving into Dublin will pay a €5 daily charge from next September.', 'Dublin City Council estimates the charge will raise €30m a year.'];
		expect(withHeadlineNounPhrase('Dublin to introduce €5 city-centre traffic charge', dublin, 'Dublin City Council estimates the charge will raise _____ a year.')).toBe(
			'Dublin City Council estimates the €5 city-centre traffic charge will raise _____ a year.'
		);
		expect(withHeadlineNounPhrase("Kenya's central bank to cut rate again", ['Kenya’s central bank cut its key rate to 9% on Tuesday.', 'Traders expected it.'], 'The bank cut its rate to _____%.')).toBe("Kenya's central bank cut its rate to _____%.");
		const nebraska = ['Trump faces a test in the governor’s race on Tuesday.', 'In the 1st District, a competitive race is expected.', 'Flood will enter the race as a strong favorite.'];
		expect(withHeadlineNounPhrase("Trump faces new test in Neb. governor's race", nebraska, 'Who will enter the race as a strong favorite?')).toBe('Who will enter the race as a strong favorite?');
		expect(withHeadlineNounPhrase('Dublin to introduce €5 city-centre traffic charge', dublin, '“We think the charge is fair,” she said.')).toBe('“We think the charge is fair,” she said.');
		// the noun modifying the next one: the headline's phrase is for a highway, the stem's for a bridge
		const bridge = ['A highway bridge collapsed on Tuesday.', 'The bridge opened in 1974.'];
		expect(withHeadlineNounPhrase('Bridge collapse on Brazil border highway kills 9', bridge, 'The highway bridge opened in _____.')).toBe('The highway bridge opened in _____.');
	});
});
