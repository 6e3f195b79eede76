import { describe, expect, it } from 'vitest';
import { checksOf, filler, reportOf, written } from './report';
import { headlineOfPhrase } from '../../src/lib/quiz/back-references';

/** Every stem written from a headline and paragraphs, kept or refused. */
function stemsOf(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, paragraphs)).map((w) => w.stem);
}

// the paragraphs of the graded articles (holdout72, holdout73) that the cases need, as published
describe('session 24: a definite the headline writes with an of-phrase says whose (R4, holdout72)', () => {
	it('writes "the restart" as the headline\'s "restart of Quebec\'s Gentilly-2 reactor"', () => {
		const stems = stemsOf("Nuclear regulator approves restart of Quebec's Gentilly-2 reactor, 14 years after shutdown", [
			"The Canadian Nuclear Safety Commission has approved Hydro-Québec's plan to restart the Gentilly-2 nuclear generating station in Bécancour, Que., clearing the way for the province's only nuclear reactor to return to service for the first time since it was shut down in December, 2012.",
			'"This decision is the result of an exhaustive review, and the commission is satisfied that Hydro-Québec is qualified to carry out the activities authorized by the licence," CNSC president Dr. Isabelle Thériault said in a statement. She added that the commission would "maintain rigorous oversight at every stage."',
			'Hydro-Québec chief executive Philippe Duchesneau welcomed the ruling, saying the province needs every available source of low-emission power to meet surging demand from electric vehicles, heat pumps and new industrial projects.',
			'"Gentilly-2 gives us reliable, around-the-clock power from a site that already exists and a work force that knows this technology," Mr. Duchesneau told reporters in Montreal on Wednesday afternoon. "We are not starting from a blank page."',
			'The decision to close Gentilly-2 was made by the Parti Québécois government of the day, which said at the time that refurbishing the reactor – then estimated at $4.3-billion – was too expensive. About 800 jobs were lost.',
			'Bécancour mayor Lucie Pellerin said the restart would bring back hundreds of well-paid jobs. Hydro-Québec expects about 2,500 workers to be employed at the peak of the refurbishment and 650 once the plant is operating.',
			...filler
		]);
		expect(stems).toContain("Who said the restart of Quebec's Gentilly-2 reactor would bring back hundreds of well-paid jobs?");
		expect(stems.filter((s) => /\bthe restart would\b/.test(s))).toEqual([]);
	});

	it('takes a name and one noun after "of", never the headline\'s verb, and nothing from a lower-case of-phrase', () => {
		const isVerb = (w: string) => /^(?:angers|kills|sparks)$/.test(w);
		expect(headlineOfPhrase('Sale of Harrods angers staff', 'sale', isVerb)).toBe('sale of Harrods');
		expect(headlineOfPhrase('Collapse of Mindolo East mine kills three', 'collapse', isVerb)).toBe('collapse of Mindolo East mine');
		expect(headlineOfPhrase('Divers find wreck of steamer lost off Tasmania', 'wreck', isVerb)).toBeUndefined();
	});
});

describe('session 24: a pronoun whose referent is the indefinite subject of a clause in the stem (R4, holdout73)', () => {
	it('lets "his" mean "an Argentine farmer" of "a rock that an Argentine farmer pulled out of his soybean field"', () => {
		const checks = checksOf("Argentine farmer's strange black rock is a rare meteorite, scientists confirm", [
			'A dark, unusually heavy rock that an Argentine farmer pulled out of his soybean field last year is a rare stony-iron meteorite weighing 38.4 kilograms, researchers announced this week.',
			'Analysis at the National University of La Plata confirmed that the rock is a pallasite, a type of meteorite made of olivine crystals embedded in a metal matrix of iron and nickel.'
		], /soybean field/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c.startsWith('R4'))).toEqual([]);
	});
});
