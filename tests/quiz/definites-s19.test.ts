import { describe, expect, it } from 'vitest';
import { ownerlessAcronym } from '../../src/lib/quiz/anchors';
import { backReference } from '../../src/lib/quiz/back-references';
import { tagsOf } from '../../src/lib/quiz/lexicon';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { filler, kept } from './report';

/** The phrase `backReference` finds in `stem`, asked of the sentence `at` of an article of `paragraphs` (with `filler`). */
function pointer(title: string, paragraphs: string[], at: RegExp, stem: string): string | undefined {
	const article = parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
	const sentences = splitSentences(article);
	const isVerb = (word: string) => tagsOf(word.toLowerCase()).some((t) => /Tense|Copula|Modal|Auxiliary/.test(t));
	return backReference(article, sentences, sentences.find((s) => at.test(s.text))!, stem, isVerb);
}

describe('session 19: definite phrases of a story thing the stem never identifies (R4, holdout54 and holdout55 grades)', () => {
	it('refuses a thing a measure or an age describes ("The 44.4-metre rocket", "the 1,584-meter volcano", "The 32-wagon train")', () => {
		const stems = kept('Space agency puts ocean satellite Seaview-2 in orbit', [
			'The Orbital Research Agency on Wednesday launched Seaview-2, a 1,180-kg ocean observation satellite, aboard its workhorse Polar Launch Vehicle.',
			'The 44.4-metre rocket lifted off from the coastal launch site at 10.17 am, after a countdown of 25.5 hours.',
			'In the highlands, the 1,584-meter volcano near the launch site erupted violently in November 2024, killing 10 people.',
			'The 32-wagon train carrying the fuel was travelling with about 1,200 tonnes of propellant when it arrived on Monday.',
			...filler
		]);
		expect(stems.filter((s) => /44\.4-metre rocket|1,584-meter volcano|32-wagon train/.test(s))).toEqual([]);
		const launch = ['ISRO on Wednesday launched Oceansat-3B, a 1,180-kg earth observation satellite, aboard its Polar Satellite Launch Vehicle.', 'The 44.4-metre rocket lifted off at 10.17 am, after a countdown of 25.5 hours.'];
		expect(pointer('ISRO places Oceansat-3B in orbit', launch, /44\.4/, 'The 44.4-metre rocket lifted off at 10.17 am, after a countdown of _____ hours.')).toBe('The 44.4-metre rocket');
		const rail = ['A KTMB freight train derailed near Paloh on Monday.', 'The 32-wagon train was travelling from Padang Besar with about 1,500 tonnes of cement.'];
		expect(pointer('Freight train derails in Johor', rail, /32-wagon/, 'The 32-wagon train was travelling from Padang Besar with about _____ tonnes of cement.')).toBe('The 32-wagon train');
		// a span of time a measure bounds is no thing of the story
		expect(pointer('Freight train derails in Johor', rail, /32-wagon/, 'Over the 12-month period, _____ wagons left the track.')).toBeUndefined();
	});

	it('refuses an age-described subject after a fronted clause, which is no apposition to the name before the comma', () => {
		const stems = kept('Outsider Ballyconneely Lad lands Irish Grand National', [
			'Ballyconneely Lad, a 33/1 outsider trained by Denise Foley, won the Irish Grand National at Fairyhouse on Monday.',
			'Ridden by 19-year-old jockey Aoife Kilbride, the nine-year-old gelding finished 2 lengths clear of the favourite Corran Bay.',
			...filler
		]);
		expect(stems.filter((s) => s.includes('nine-year-old gelding'))).toEqual([]);
	});

	it('counts "whose" as a determiner: "whose nearly complete skeleton" names the skeleton before "The skeleton"', () => {
		const stems = kept('New meat-eating dinosaur found in Patagonia', [
			'Palaeontologists in Argentina have named a new meat-eating dinosaur, Dromocarnis arrolensis, whose nearly complete skeleton was dug up near the village of Paso de Indios.',
			'The skeleton, about 70 per cent complete, was found in 2023 by a farm worker on a sheep ranch.',
			...filler
		]);
		expect(stems.filter((s) => /^The skeleton\b/.test(s))).toEqual([]);
		const find = ['Palaeontologists have named a new dinosaur, Dromocarnis arrolensis, whose nearly complete skeleton was dug up near Paso de Indios.', 'The skeleton, about 70 per cent complete, was found in 2023 by a farm worker.'];
		expect(pointer('New dinosaur found in Patagonia', find, /70 per cent/, 'The skeleton, about _____ per cent complete, was found in 2023 by a farm worker.')).toBe('The skeleton');
	});

	it('refuses "the result" of a ballot the stem never names ("result" is no head every reader shares)', () => {
		const stems = kept('Teachers vote for strike action over pay', [
			'Members of the Teachers Union of Ireland voted by 87 per cent to take strike action over pay, the union said on Tuesday.',
			'Turnout in the ballot was 68 per cent, and the result was announced at a press conference in Dublin.',
			'General secretary Michael Gillespie said the result was a clear message to the education minister, Helen McEntee.',
			...filler
		]);
		expect(stems.filter((s) => /\bthe result was a clear message/.test(s))).toEqual([]);
		const ballot = ['Teachers voted by 87 per cent to strike, and the result was announced in Dublin on Tuesday.', 'Michael Gillespie said the result was a clear message to the minister.'];
		expect(pointer('Teachers vote to strike', ballot, /clear message/, 'Michael Gillespie said the result was a clear message to _____.')).toBe('the result');
	});

	it('refuses an acronym of a committee whose owner the article gives and the stem does not ("The MPC")', () => {
		const article = parseArticleText(
			[
				"South Africa's central bank cuts rates by 25 bps",
				"Four of the six members of the South African Reserve Bank's (SARB) Monetary Policy Committee (MPC) voted for the cut on Thursday.",
				"The MPC's next scheduled meeting is on May 28.",
				...filler
			].join('\n\n')
		);
		expect(ownerlessAcronym(article, "The MPC's next scheduled meeting is on May _____.")).toBe('MPC');
		expect(ownerlessAcronym(article, 'The SARB’s MPC flagged a proposed _____% increase in electricity tariffs.')).toBeUndefined();
		expect(ownerlessAcronym(article, "The South African Reserve Bank's MPC met on Thursday.")).toBeUndefined();
		// an acronym the article writes with no owner before it is left alone
		expect(ownerlessAcronym(article, 'The SARB cut its repo rate by _____ basis points.')).toBeUndefined();
		const stems = kept(article.title, [...article.paragraphs.slice(0, 2), 'The MPC also flagged a proposed 12.7% increase in electricity tariffs by state utility Eskom from April.', ...filler]);
		expect(stems.filter((s) => /^The MPC\b/.test(s))).toEqual([]);
	});
});
