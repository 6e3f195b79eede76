import { describe, expect, it } from 'vitest';
import { cutLongTail, firstSentenceRole, placeAppositive } from '../../src/lib/quiz/long-tails';
import { kept } from './report';

// an invented court story whose first sentence runs past 40 words: its main facts (the sentence's
// length, the court's town) sit before a trailing ", in a case that ..." aside
const COURT_TITLE = 'Estonian court jails customs official over bribes from shipping agents';
const COURT = [
	'A court in Tartu on Wednesday sentenced the former chief clerk of the customs office at one of the busiest freight terminals on the Baltic coast to seven years in prison for taking cash from shipping agents, in a case that investigators said had cost the state about €2.1 million over a decade.',
	'Judge Maarja Kask said the clerk, Andres Tamm, had waved through more than 400 containers without inspection between 2014 and 2023.',
	'Tamm, 61, denied the charges and his lawyer said he would appeal to the Tartu Circuit Court.',
	'Two shipping agents were given suspended sentences of 18 months each.',
	'The Tax and Customs Board said it had since moved all container checks to a new scanning hall in Muuga.'
];

describe('g32l: a lead sentence past 40 words is asked by its main clause (R1, the holdout102 grader: lead facts skipped)', () => {
	it('cuts a trailing aside after the key only where the clause runs past 40 words', () => {
		const text = COURT[0].replace(/\.$/, '');
		const keyEnd = text.indexOf('seven') + 'seven'.length;
		expect(cutLongTail(text, keyEnd)).toBe(
			'A court in Tartu on Wednesday sentenced the former chief clerk of the customs office at one of the busiest freight terminals on the Baltic coast to seven years in prison for taking cash from shipping agents'
		);
		// a clause within 40 words keeps its aside, which may say what a figure is
		const short = 'The mayor of Tartu was fined €9,000 for taking gifts, in a case that began in 2021';
		expect(cutLongTail(short, short.indexOf('€9,000') + 6)).toBe(short);
		// "according to" gives a claim its source: never cut
		const sourced = `${text.slice(0, text.indexOf(', in a case'))}, according to prosecutors who said the scheme had cost the state about €2.1 million over a decade and more`;
		expect(cutLongTail(sourced, keyEnd)).toBe(sourced);
		// a figure compared after ", up from" goes too; the key's own clause states it
		const compared = 'The fisheries agency of the northern province said on Monday that about 36,000 hectares of mangrove in the districts of Orla, Besk and Tirn were now protected, up from an estimated 21,000 hectares at the start of the previous decade, when the survey began';
		expect(cutLongTail(compared, compared.indexOf('36,000') + 6)).toBe(compared.slice(0, compared.indexOf(', up from')));
	});

	it('keeps an item on the lead’s sentence length, its stem without the aside', () => {
		const stems = kept(COURT_TITLE, COURT).filter((s) => s.startsWith('A court in Tartu on Wednesday sentenced the former chief clerk'));
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.endsWith('years in prison for taking cash from shipping agents.'))).toBe(true);
	});
});

describe('g32l: "the former <role> of ..." in the article’s first sentence introduces a person, no pointer back (R4)', () => {
	it('reads it as "a former ..." in sentence 0 only, and never a bare "the former minister"', () => {
		expect(firstSentenceRole('A court sentenced the former chief clerk of the customs office to _____ years.', 0)).toBe('A court sentenced a former chief clerk of the customs office to _____ years.');
		expect(firstSentenceRole('A court sentenced the former chief clerk of the customs office to _____ years.', 3)).toBe('A court sentenced the former chief clerk of the customs office to _____ years.');
		expect(firstSentenceRole('The former minister said _____ people had left.', 0)).toBe('The former minister said _____ people had left.');
	});
});

// an invented reopening whose lead opens on a description of its subject: "a library in <village>, the <adjective> village ..."
const LIBRARY_TITLE = 'Restored Carolingian library reopens after €8.3m works';
const LIBRARY = [
	'A library of medieval manuscripts in Kirchwald, the Bavarian village once called "the gate of the valley" for its narrow pass, will open to readers again on 2 May 2026 after five years of building work, with a newly bound psalter as the highlight of its first exhibition.',
	'The Stiftsbibliothek Kirchwald closed in October 2020 when surveyors found that water had rotted the floor of its reading room.',
	'Its director, Hanna Oberhuber, said the psalter had been found in a cupboard of the town hall in 2022.',
	'The building now holds about 4,600 volumes across nine rooms, and a lift has been fitted for the first time.',
	'Kirchwald, a village of about 2,800 people near Rosenheim, hopes the library will draw 25,000 visitors a year.'
];

describe('g32l: "<place>, the <...> village" describes the place before it, no pointer back (R4, the holdout102 grader: none of the museum lead’s facts asked)', () => {
	it('reads a place noun after a named place or a blank for one as its appositive, and nothing else', () => {
		expect(placeAppositive('A library in Kirchwald, ', 'village', ['Kirchwald'], 'X')).toBe(true);
		expect(placeAppositive('A library in X, ', 'village', ['Kirchwald'], 'X')).toBe(true);
		expect(placeAppositive('Visitors came by car, ', 'town', ['Kirchwald'], 'X')).toBe(false);
		expect(placeAppositive('Its director, Hanna Oberhuber, ', 'clerk', ['Kirchwald'], 'X')).toBe(false);
	});

	it('keeps an item on the lead’s first sentence', () => {
		const stems = kept(LIBRARY_TITLE, LIBRARY);
		expect(stems.some((s) => s.startsWith('A library of medieval manuscripts in ') && s.includes('the Bavarian village'))).toBe(true);
	});
});
