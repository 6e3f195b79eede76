import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { filler, reportOf, written } from './report';

// a national release whose headline names no place: the lead says where ("in England")
const release = [
	'The waiting list for routine hospital treatment in England has fallen to its lowest level in more than three years, official figures show.',
	'An estimated 7.12 million treatments were waiting to be carried out at the end of May, according to data published on Thursday.',
	'The proportion of patients who had been waiting less than 18 weeks rose to 61.8 per cent.',
	'Some 148,300 people had waited more than a year for treatment, down from 163,900 in April.',
	'One of them is Margaret Ashdown, a retired librarian from Taunton, Somerset, who has been waiting for a knee replacement.',
	...filler
];

describe('session 19 lead: kinds from the blind grades', () => {
	it('writes the country a lead sets a national release in as the scope of its nameless figures, under a headline that names no place (R4 had refused them)', () => {
		const stems = written(reportOf('NHS waiting list falls to lowest level in three years', release)).filter((w) => w.check === '').map((w) => w.stem);
		expect(stems.some((s) => /^In England, some (?:_____|[\d,]+) people had waited more than a year for treatment/.test(s))).toBe(true);
		// the country anchors a national proportion, which no stem may ask without it
		expect(stems.some((s) => /^In England, the proportion of patients who had been waiting less than 18 weeks rose to/.test(s))).toBe(true);
		expect(stems.filter((s) => /^(?:Some|The proportion)\b/.test(s))).toEqual([]);
	});

	it('writes no lead country where the article names a town of another country, or the lead names two countries', () => {
		const abroad = release.map((p) => p.replace('Taunton, Somerset', 'Lyon'));
		const stems = written(reportOf('NHS waiting list falls to lowest level in three years', abroad)).map((w) => w.stem);
		expect(stems.filter((s) => s.startsWith('In England,'))).toEqual([]);
		const two = release.map((p, i) => (i === 0 ? p.replace('in England', 'in England and France') : p));
		expect(written(reportOf('NHS waiting list falls to lowest level in three years', two)).map((w) => w.stem).filter((s) => /^In (?:England|France),/.test(s))).toEqual([]);
	});
});

describe('an age in brackets after a name, as Irish and British papers write it', () => {
	it('is an age, and the quote before "said Ó Flatharta (58), who ..." is his', () => {
		const text = '"I keep six horses behind the house," said Ó Flatharta (58), who bought the horse as a three-year-old.';
		const facts = extractFacts(text);
		const said = facts.find((f) => f.type === 'attribution');
		expect(said && text.slice(said.span.start, said.span.end)).toBe('Ó Flatharta');
		expect(said?.statement && text.slice(said.statement.start, said.statement.end)).toBe('I keep six horses behind the house');
		expect(facts.filter((f) => f.type === 'age').map((f) => f.text)).toEqual(['58']);
		const reported = 'Mary Byrne (71) said the new bus route was a lifeline for the village.';
		const byrne = extractFacts(reported).find((f) => f.type === 'attribution');
		expect(byrne && reported.slice(byrne.statement!.start, byrne.statement!.end)).toBe('the new bus route was a lifeline for the village');
	});
});

describe('a who-said item that reports a statement', () => {
	it('is refused where the statement leans on a thing named before ("Who said the festival would return in 2027?")', () => {
		const report = reportOf('Headland Sounds cancelled as storms batter Byron Bay site', [
			'Headland Sounds, the three-day music festival at Byron Bay, was cancelled on Saturday after storms flooded the campsite, organisers said.',
			'Festival director Adam Pryor-Jones said on Sunday that the festival would return in 2027 with a new campsite on higher ground.',
			'Local mayor Rhys Caddick said the council would review its storm plans for the whole coast.',
			'Police inspector Mark Whitlock said officers had helped about 400 campers leave the site overnight.',
			'Weather bureau forecaster Paul Jenner said more than 80 millimetres of rain had fallen in two hours.',
			...filler
		]);
		const whoSaid = written(report).filter((w) => /^Who said on Sunday that the festival would return/.test(w.stem));
		expect(whoSaid.length).toBeGreaterThan(0);
		expect(whoSaid.map((w) => w.check)).toEqual(whoSaid.map(() => 'R4'));
	});
});
