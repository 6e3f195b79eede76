import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { createPrng } from '../../src/lib/quiz/prng';
import { splitSentences } from '../../src/lib/quiz/sentences';
import type { Article } from '../../src/lib/quiz/types';
import { datedEvents, whichFirst, WHICH_FIRST_STEM } from '../../src/lib/quiz/which-first';

/** The dated events of one paragraph per line, with a resolver that knows one person. */
function eventsOf(paragraphs: string[], published?: string) {
	const sentences = splitSentences({ title: 'T', paragraphs });
	return datedEvents({
		sentences,
		facts: sentences.map((s) => extractFacts(s.text)),
		published,
		eligible: () => true,
		resolve: (_, text) => text.replace(/^He /, 'Tomas Reval ')
	});
}

const LIFE = [
	'Born in 1921, Tomas Reval left school at 15.',
	'He volunteered for the merchant navy in 1940 and rose to the rank of chief mate.',
	'He became finance minister when the Liberals returned to power in 1958.',
	'He ran three ministries in turn and became Baron Reval of Ostmark in 1983.',
	'When Norland went to the polls in 1975, Ada Brunn was swept into office.'
];

describe('datedEvents: the events an article dates', () => {
	it('writes each event as the clause its date closes, without the date', () => {
		expect(eventsOf(LIFE).map((e) => [e.text, e.date.text])).toEqual([
			['Tomas Reval volunteered for the merchant navy', '1940'],
			['The Liberals returned to power', '1958'],
			['Tomas Reval became Baron Reval of Ostmark', '1983'],
			['Norland went to the polls', '1975']
		]);
	});

	it('reads a leading date as the date of the clause after it', () => {
		expect(eventsOf(['In 2006, officials in Dunmore were accused of hiding the scale of the floods.']).map((e) => e.text)).toEqual([
			'Officials in Dunmore were accused of hiding the scale of the floods'
		]);
	});

	it('leaves out dates of relations, reported claims, quotes, present and future events', () => {
		expect(
			eventsOf([
				'Whale strandings have been recorded since 1840.',
				'Chen Wei wrote that the pair had been taken to the clinic on October 2.',
				'"It brought Tomas Reval into parliament in 1949," she said.',
				'The US is seeking his extradition over the sale of stolen files in 2011.',
				'Prosecutors in Vallen have dropped an inquiry into a complaint made in 2012.',
				'TimeWarner will restate its results in 2005.',
				'Seven decades later, he attended the 1945 general election.'
			])
		).toEqual([]);
	});

	it('leaves out an event whose pronoun has no single referent, or whose words tell the order', () => {
		expect(
			eventsOf([
				'She entered the governor’s mansion in 1969.',
				'These cases were dropped in 2015.',
				'The first three infections were confirmed on 9 October 2018.'
			])
		).toEqual([]);
	});

	it('uses a relative date only when the publication date resolves it', () => {
		const paragraphs = ['Michael Webb was convicted in a federal court last Thursday.'];
		expect(eventsOf(paragraphs)).toEqual([]);
		expect(eventsOf(paragraphs, '2019-11-18').map((e) => [e.text, e.date.text])).toEqual([['Michael Webb was convicted in a federal court', 'last Thursday']]);
	});
});

describe('whichFirst: the item', () => {
	it('asks which of four disjointly dated events came first, keyed on the earliest', () => {
		const item = whichFirst(eventsOf(LIFE), createPrng(7))!;
		expect(item.stem).toBe(WHICH_FIRST_STEM);
		expect([...item.options].sort()).toEqual([
			'Norland went to the polls',
			'The Liberals returned to power',
			'Tomas Reval became Baron Reval of Ostmark',
			'Tomas Reval volunteered for the merchant navy'
		]);
		expect(item.options[item.key]).toBe('Tomas Reval volunteered for the merchant navy');
		expect(item.failed).toBeUndefined();
		expect(item.sentence.text.slice(item.keySpan.start, item.keySpan.end)).toBe('1940');
	});

	it('never offers two events of the same date, nor a year and a day inside it', () => {
		const events = eventsOf([
			'The Liberals returned to power in 1958.',
			'Ada Brunn entered the cabinet in 1958.',
			'The krona was devalued on 14 March 1961.',
			'Farm prices fell sharply in 1961.'
		]);
		const item = whichFirst(events, createPrng(1))!;
		expect(item.options.length).toBe(2);
		expect(item.options[item.key]).toBe('The Liberals returned to power');
	});

	it('gives no item from one dated event, nor from equal dates alone', () => {
		expect(whichFirst(eventsOf(['The Liberals returned to power in 1958.']), createPrng(1))).toBeUndefined();
		expect(whichFirst(eventsOf(['The Liberals returned to power in 1958.', 'Ada Brunn entered the cabinet in 1958.']), createPrng(1))).toBeUndefined();
	});

	it('fails R7 for two events decades apart, whose order needs no reading, yet not for four milestones', () => {
		const law = eventsOf(['The Competition Act came into force in 1999.', 'Shares in FreshMark fell 4.2 per cent on March 3, 2026.']);
		expect(whichFirst(law, createPrng(1))?.failed).toBe('R7');
		const months = eventsOf(['A smaller round of storms killed two people in Arkansas on March 28, 2026.', 'The governor declared a state of emergency on April 14, 2026.']);
		expect(whichFirst(months, createPrng(1))?.failed).toBeUndefined();
		expect(whichFirst(eventsOf(LIFE), createPrng(7))?.failed).toBeUndefined();
	});

	it('orders days without a year only among themselves, and within half a year', () => {
		const near = eventsOf(['Doctors took a herder to hospital on November 3.', 'Officials confirmed two cases on November 12.']);
		expect(whichFirst(near, createPrng(1))!.options.length).toBe(2);
		const far = eventsOf(['Doctors took a herder to hospital on January 3.', 'Officials confirmed two cases on November 12.']);
		expect(whichFirst(far, createPrng(1))).toBeUndefined();
	});
});

describe('generateQuiz: a which-first item in a quiz', () => {
	it('is generated from an article with dated events, passes every check and validates', () => {
		const article: Article = {
			title: 'Former minister Baron Reval dies aged 88',
			paragraphs: [
				'Former Liberal finance minister Baron Reval has died at the age of 88, a week after the death of his brother Emil.',
				...LIFE.slice(1).map((s) => s.replace(/^He /, 'Baron Reval ')),
				'Baron Reval was the only minister to have run all three of the ministries of trade.'
			]
		};
		const quiz = generateQuiz(article, { seed: 1 });
		const item = quiz.items.find((i) => i.type === 'which-first')!;
		expect(item.options[item.key]).toBe('Baron Reval volunteered for the merchant navy');
		expect(item.options.length).toBe(4);
		expect(item.checks).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9']);
		expect(item.source.text.slice(item.source.keySpan.start, item.source.keySpan.end)).toBe('1940');
	});
});

describe('generateQuiz: a which-first option read alone', () => {
	it('never offers an event whose anaphor points at a sentence before ("three men from the ship")', () => {
		const article: Article = {
			title: 'Former minister Baron Reval dies aged 88',
			paragraphs: [
				'Former Liberal finance minister Baron Reval has died at the age of 88, a week after the death of his brother Emil.',
				LIFE[1].replace(/^He /, 'Baron Reval '),
				'Three men from the ship were lost in a storm off Iceland in 1942.',
				...LIFE.slice(2).map((s) => s.replace(/^He /, 'Baron Reval ')),
				'Baron Reval was the only minister to have run all three of the ministries of trade.'
			]
		};
		let seen = 0;
		for (let seed = 1; seed <= 5; seed++) {
			const item = generateQuiz(article, { seed }).items.find((i) => i.type === 'which-first');
			if (!item) continue;
			seen++;
			expect(item.options.filter((o) => /the ship/.test(o))).toEqual([]);
		}
		expect(seen).toBeGreaterThan(0);
	});
});
