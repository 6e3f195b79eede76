import { describe, expect, it } from 'vitest';
import { spanGivesKey } from '../../src/lib/quiz/arithmetic';
import { cutPredicateSeries, cutSpentComplement, danglingAbsolute, droppedRepeat } from '../../src/lib/quiz/cut-stems';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { halfAThought } from '../../src/lib/quiz/quote-runs';

// a planning story whose objector answers a councillor in half a thought, and whose chair sets up a contrast across two sentences
const DEPOT = `Councillors back bus depot on old gasworks site in Thornleigh

Councillors in Thornleigh have approved a bus depot for 60 vehicles on the site of the town's old gasworks, despite 220 objections from residents.

The council's planning committee voted 8-3 on Tuesday to grant permission to Valeway Buses, which runs 14 routes across the county.

Marion Ashby, who lives on Gas Lane and led the objections, said the depot would bring diesel fumes and noise to a street of family homes. "A park on the site would have been welcome," she said. "A depot full of idling buses certainly would not."

The committee chair, Cllr Peter Lund, said the site had been empty for 12 years. "The fumes from the old gasworks were one thing. The empty site is the real problem for the town," Mr Lund said. "We cannot leave it fenced off and derelict for another decade."

Valeway Buses said the first buses would move to the depot in the spring of 2027.`;

const report = () => generateWithReport(parseArticleText(DEPOT), { seed: 1 });

describe('stems that a sentence rewrite left broken or ambiguous (gr)', () => {
	it('refuses a series of predicates cut before its "and" whose first verb the lexicon reads as a noun', () => {
		const full = 'The builder cut the height of the tower from an original 14 storeys, moved the car park underground, and agreed to plant 90 trees along the canal.';
		expect(cutPredicateSeries('Harwell Homes cut the height of the tower from an original 14 storeys, moved the car park underground.', full)).toBe(true);
		// an appositive before the verb is no series
		const appositive = 'The builder, Harwell Homes, moved the car park underground, and agreed to plant 90 trees.';
		expect(cutPredicateSeries('The builder, Harwell Homes, moved the car park underground.', appositive)).toBe(false);
	});

	it('refuses a stem that drops the word marking a repeated event, not one that keeps it', () => {
		const full = 'Rovers equalised again on 78 minutes through a deflected shot.';
		expect(droppedRepeat('Rovers equalised on _____ minutes through a deflected shot.', full)).toBe(true);
		expect(droppedRepeat('Rovers equalised again on _____ minutes through a deflected shot.', full)).toBe(false);
		expect(droppedRepeat('The ferry was delayed on _____ March.', 'The ferry was delayed a second time on 9 March.')).toBe(true);
		expect(droppedRepeat('The ferry was delayed on _____ March.', 'The ferry was delayed on 9 March.')).toBe(false);
	});

	it('refuses a spending verb cut from its "-ing" complement, and a count its stem\'s span of years gives', () => {
		const full = 'In the valley, volunteers spent four summers, between 2018 and 2021, rebuilding 3km of dry-stone walls.';
		expect(cutSpentComplement('In the valley, volunteers spent _____ summers, between 2018 and 2021.', full)).toBe(true);
		expect(cutSpentComplement('In the valley, volunteers spent _____ summers rebuilding 3km of dry-stone walls.', full)).toBe(false);
		expect(spanGivesKey('In the valley, volunteers spent _____ summers, between 2018 and 2021.', 4)).toBe(true);
		expect(spanGivesKey('Volunteers worked on the walls from 2018 to 2021, spending _____ summers.', 3)).toBe(true);
		expect(spanGivesKey('In the valley, volunteers spent _____ summers, between 2018 and 2021.', 7)).toBe(false);
		// a count of anything else is no length of the span
		expect(spanGivesKey('The survey covered _____ valleys between 2018 and 2021.', 4)).toBe(false);
	});

	it('refuses a question that ends on an absolute phrase, not a statement that has one', () => {
		expect(danglingAbsolute('How many boats did the storm sink, 12 of them fishing boats?')).toBe(true);
		expect(danglingAbsolute('How many boats did the storm sink in the harbour?')).toBe(false);
		expect(danglingAbsolute('The storm sank 40 boats, 12 of them fishing boats.')).toBe(false);
	});

	it('reads a quote cut to its auxiliary, or the set-up of a contrast, as half a thought', () => {
		expect(halfAThought('A depot full of buses would not.')).toBe(true);
		expect(halfAThought('Nobody else did.')).toBe(true);
		expect(halfAThought('The fumes were one thing.')).toBe(true);
		expect(halfAThought('That is what we did.')).toBe(false);
		expect(halfAThought('We will not back down.')).toBe(false);
		// "do" and "have" as main verbs end a whole clause
		expect(halfAThought('There was nothing we could do.')).toBe(false);
		expect(halfAThought('This is the only home we have.')).toBe(false);
		expect(halfAThought('The empty site is the real problem.')).toBe(false);
	});

	it('writes no item from a quote that is half a thought, in a whole article', () => {
		const { quiz, passedIn } = report();
		const index = (words: string) => quiz.sentences.findIndex((s) => s.text.includes(words));
		expect(index('would not')).toBeGreaterThan(0);
		expect(passedIn).not.toContain(index('would not'));
		expect(passedIn).not.toContain(index('were one thing'));
		expect(passedIn).toContain(index('the real problem'));
	});
});
