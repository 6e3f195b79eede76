import { describe, expect, it } from 'vitest';
import { backReference } from '../../src/lib/quiz/back-references';
import { dropSaidAtTheTime } from '../../src/lib/quiz/definites';
import { tagsOf } from '../../src/lib/quiz/lexicon';
import { hasMainVerb } from '../../src/lib/quiz/main-clause';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { filler, reportOf, written } from './report';

const isVerb = (word: string) => tagsOf(word.toLowerCase()).some((t) => /Tense|Copula|Modal|Auxiliary/.test(t));

/** The phrase `backReference` finds in `stem`, asked of the sentence `at` of an article of `paragraphs` (with `filler`). */
function pointer(title: string, paragraphs: string[], at: RegExp, stem: string): string | undefined {
	const article = parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
	const sentences = splitSentences(article);
	return backReference(article, sentences, sentences.find((s) => at.test(s.text))!, stem, isVerb);
}

/** A finite-verb test as loose as the generator's: any word the lexicon tags as a verb form, a base form included. */
const anyVerb = (text: string) => (text.toLowerCase().match(/[a-z’']+/g) ?? []).some((w) => tagsOf(w).some((t) => /Tense|Copula|Modal|Auxiliary|Infinitive/.test(t)));

describe('stems whose referent an earlier sentence set up (R4, holdout176/177 grades)', () => {
	it('refuses a place told only against another ("the surrounding municipality", "the neighbouring district")', () => {
		const fire = ['A wildfire swept through hills above the town of Korvala on Tuesday, forcing hundreds to flee.', 'Mira Castellan, the mayor of the surrounding municipality, said farms would suffer for years.'];
		expect(pointer('Wildfire forces hundreds to flee Korvala', fire, /Castellan/, 'In the article, who is described as the mayor of the surrounding municipality?')).toBe('the surrounding municipality');
		expect(pointer('Wildfire forces hundreds to flee Korvala', fire, /Castellan/, 'The neighbouring district sent _____ fire crews.')).toBe('The neighbouring district');
		expect(pointer('Wildfire forces hundreds to flee Korvala', fire, /Castellan/, 'Residents of the nearby villages were moved to _____ shelters.')).toBe('the nearby villages');
		// the stem gives the place itself, or the phrase says which by a name after it
		expect(pointer('Wildfire forces hundreds to flee Korvala', fire, /Castellan/, 'The fire spread from Korvala into the surrounding hills within _____ hours.')).toBeUndefined();
		expect(pointer('Wildfire forces hundreds to flee Korvala', fire, /Castellan/, 'Crews came from the neighbouring town of Pelleri.')).toBeUndefined();
	});

	it('refuses an event a verb of saying was held at, whose "that" opens what was said, not which event', () => {
		const call = ['Velmar Batteries reported a quarterly loss on Wednesday and told analysts on a conference call that demand would stay weak.', 'Chief financial officer Ji-ho Park said on the call that Velmar had held talks with _____ carmakers.'];
		expect(pointer('Velmar Batteries swings to loss', call, /Ji-ho Park/, 'Ji-ho Park said on the call that Velmar had held talks with _____ carmakers.')).toBe('the call');
		const briefing = ['Harbour officials gave a press briefing on Monday after the ferry ran aground.', 'Port chief Anna Lind told reporters at the briefing that _____ passengers had been taken ashore.'];
		expect(pointer('Ferry runs aground off Sandholm', briefing, /Anna Lind/, 'Anna Lind told reporters at the briefing that _____ passengers had been taken ashore.')).toBe('the briefing');
		// a relative "that" after a phrase with no verb of saying before it still says which
		expect(pointer('Velmar Batteries swings to loss', call, /Ji-ho Park/, 'Velmar cut _____ jobs after the call that investors had demanded.')).toBeUndefined();
	});

	it('drops the "at the time" of a verb of saying, and keeps one that dates a claim', () => {
		expect(dropSaidAtTheTime('Who said at the time that "a town that forgets its mills has forgotten itself"?')).toBe('Who said that "a town that forgets its mills has forgotten itself"?');
		expect(dropSaidAtTheTime('The minister told reporters at the time that the plan was sound.')).toBe('The minister told reporters that the plan was sound.');
		expect(dropSaidAtTheTime('Okafor said at the time: "We will rebuild."')).toBe('Okafor said: "We will rebuild."');
		expect(dropSaidAtTheTime('The firm was worth $2bn at the time.')).toBe('The firm was worth $2bn at the time.');
		expect(dropSaidAtTheTime('He said it was at the time that the crisis began.')).toBe('He said it was at the time that the crisis began.');
	});
});

describe('a stem whose main clause was cut, leaving a prepositional phrase and its relative clause (R1, holdout177 grade)', () => {
	it('finds no main verb in "In the X arm, where ..."', () => {
		expect(hasMainVerb('In the Kenyan arm, where most patients paid for their own inhalers at prices from about KSh_____ to more than KSh900.', anyVerb)).toBe(false);
		expect(hasMainVerb('In the Kenyan arm, where most patients paid for their own inhalers at prices from about KSh4,500 to more than KSh9,000.', anyVerb)).toBe(false);
		expect(hasMainVerb('At the northern site, where volunteers counted _____ nests last spring.', anyVerb)).toBe(false);
		expect(hasMainVerb('In the control group, which received no treatment.', anyVerb)).toBe(false);
	});

	it('still finds the verb of a clause after such a phrase', () => {
		expect(hasMainVerb('In the Kenyan arm, where most patients paid for their own inhalers, the figure was _____%.', anyVerb)).toBe(true);
		expect(hasMainVerb('In the end they won by _____ points.', anyVerb)).toBe(true);
	});
});

describe('a stem that opens on its own whole ("Of the N participants, ...") takes no scope before it (R1, holdout177 grade)', () => {
	it('writes no "In the ... study, of the ..."', () => {
		const report = written(
			reportOf('Daily walking linked to fewer falls in large study of older adults', [
				'Older adults who walked for at least 30 minutes a day had fewer falls over five years, according to a study published on Monday in the Journal of Ageing Research.',
				'The researchers followed volunteers aged 65 and over in Norway and Portugal from 2018 to 2023.',
				'Of the 6,120 participants, 2,405 walked daily for at least half an hour.',
				'Those who walked daily had 24% fewer falls than those who did not, the researchers said.',
				...filler
			])
		);
		expect(report.filter((w) => /^In the [^,]*(?:study|trial), of the/i.test(w.stem))).toEqual([]);
	});
});
