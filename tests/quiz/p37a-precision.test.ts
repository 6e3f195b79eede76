import { describe, expect, it } from 'vitest';
import { leansOnEarlierEvent } from '../../src/lib/quiz/back-references';
import { unownedDefinite } from '../../src/lib/quiz/definites';
import { extractFacts } from '../../src/lib/quiz/facts';
import { shorten } from '../../src/lib/quiz/generate';
import { headlinePhrase, withHeadlineModifier } from '../../src/lib/quiz/in-view';
import { filler, stemsMatching } from './report';

describe('a headline verb is never written into a stem as a noun phrase (R1)', () => {
	it('"... and go top" gives no modifier to "the top" ("moved Tarvik to the go top")', () => {
		const stem = 'The win moved Tarvik to the top, a point clear of Norrhamn.';
		expect(withHeadlineModifier('Tarvik beat Norrhamn and go top', stem)).toBe(stem);
		expect(withHeadlineModifier('Tarvik win derby and move top', stem)).toBe(stem);
	});

	it('a noun phrase after a preposition still names the thing ("with tax cut")', () => {
		expect(withHeadlineModifier('Treasurer unveils budget with tax cut for young workers', 'The cut is expected to cost £1.4bn.')).toBe('The tax cut is expected to cost £1.4bn.');
	});

	it('"Tarvik beat Norrhamn 2-1" gives no phrase for "The win" ("The Tarvik beat was ...")', () => {
		expect(headlinePhrase('Tarvik beat Norrhamn 2-1 to reach the regional cup final', "The win was Tarvik's first over Norrhamn since 2009.")).toBeUndefined();
	});

	it('a court is never written as the trial it holds ("The fraud trial has scheduled ...")', () => {
		expect(headlinePhrase('Lubeck court sets date for harbour fraud trial', 'The court has scheduled 12 hearing days for the case.')).toBeUndefined();
		const stems = stemsMatching('Lubeck court sets date for harbour fraud trial', [
			'A court in Lubeck has set the trial of two former harbour managers for April 14, prosecutors said on Monday.',
			'The court has scheduled 12 hearing days, and a verdict is expected before the summer break.',
			...filler
		], /hearing days/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /trial has scheduled/.test(s.stem))).toEqual([]);
	});
});

describe('a list after a colon stays whole in a stem, or goes whole (R1, R6)', () => {
	const REVIEW = 'The review by the Kessmark Port Authority identified three main causes of the delays: staff shortages at the northern quay, a lack of trucks and a booking system that failed twice in June.';

	it('a long clause is cut at the colon, never after the first item', () => {
		const keyEnd = REVIEW.indexOf('three') + 'three'.length;
		expect(shorten(REVIEW, keyEnd)).toBe('The review by the Kessmark Port Authority identified three main causes of the delays');
	});

	it('with the key in the list, the list is never cut after it', () => {
		const text = 'The jury prize was shared by two first-time directors: 41-year-old Ines Varga, a former nurse who filmed her debut in her home village, and Tomasz Lind, 29, for a documentary about his grandfather.';
		const keyEnd = text.indexOf('41-year-old') + 2;
		expect(shorten(text, keyEnd)).toBe(text);
	});

	it('"How many ...?" leaves out the list rather than asking its first items', () => {
		const stems = stemsMatching('Kessmark council rejects tram extension', [
			'Kessmark city council on Tuesday rejected a plan to extend the tram line to the airport, ending a four-year campaign by residents.',
			'Councillors gave three reasons for the vote: the 380 million euro cost, the demolition of 45 homes along the route, and the noise.',
			...filler
		], /^How many reasons/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.stem.includes(':'))).toEqual([]);
	});
});

describe('a number in a rank after a possessive is no count to ask (R3)', () => {
	it('"one of Europe\'s five biggest" and "the world\'s 100 richest" are bounds', () => {
		const five = extractFacts("Halder had been one of Europe's five biggest shipowners until 2018.").find((f) => f.text === 'five');
		const hundred = extractFacts("Its founder is one of the world's 100 richest people, according to Forbes.").find((f) => f.text === '100');
		expect(five?.bound).toBe(true);
		expect(hundred?.bound).toBe(true);
	});

	it('no stem blanks the number ("Europe\'s _____ biggest")', () => {
		const stems = stemsMatching('Ferry operator Halder files for insolvency', [
			'Halder, the ferry operator based in Kiel, filed for insolvency on Tuesday after talks with its lenders failed.',
			"Halder had been one of Europe's five biggest shipowners until 2018, when it began to sell ships.",
			...filler
		], /biggest shipowners/);
		expect(stems.filter((s) => /_____ biggest/.test(s.stem))).toEqual([]);
	});
});

describe('a share or a kind only the sentence before names is refused (R4)', () => {
	it('"The remaining _____%" leans on the whole the sentence before gave', () => {
		expect(leansOnEarlierEvent('The remaining _____% will be sold to mills in Porto.')).toBe(true);
		expect(leansOnEarlierEvent('The remaining 35 per cent will be sold to mills in Porto.')).toBe(true);
		expect(leansOnEarlierEvent('Growers in Braga keep 65% and mills in Porto buy the remaining 35%.')).toBe(false);
	});

	it('"the genre" and "this year\'s crop" say no kind', () => {
		expect(unownedDefinite('Sales of the genre in Portugal rose by _____% last year.')).toBe('the genre');
		expect(unownedDefinite('The agency expects this year\'s crop in Alentejo to fall to _____ tonnes.')).toBe("this year's crop");
		expect(unownedDefinite('The agency expects this year\'s olive crop in Alentejo to fall to _____ tonnes.')).toBeUndefined();
		expect(unownedDefinite('Sales of the genre of crime fiction rose by _____% last year.')).toBeUndefined();
	});
});

describe('an ordinal in a time that modifies a noun stays whole (R1)', () => {
	it('"a 37th‑minute header" with a non-breaking hyphen gives no ordinal, as with "-"', () => {
		expect(extractFacts('Varga scored with a 37th\u2011minute header from a corner.').filter((f) => f.type === 'ordinal')).toEqual([]);
	});

	it('"a 37th minute own goal" is never blanked or swapped', () => {
		const stems = stemsMatching('Tarvik beat Norrhamn 2-1', [
			'Tarvik beat Norrhamn 2-1 at the Strand Ground on Saturday to move within a point of the leaders.',
			"Tarvik's winner was a 37th minute own goal by a Norrhamn defender, Oskar Lind, who turned a cross into his own net.",
			...filler
		], /own goal/);
		expect(stems.filter((s) => !/a 37th minute own goal/.test(s.stem))).toEqual([]);
	});
});
