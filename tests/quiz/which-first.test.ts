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
		resolve: (_, text) => text.replace(/^He /, 'Jim Callaghan ')
	});
}

const LIFE = [
	'Born in 1912, Jim Callaghan left school at 14.',
	'He enlisted in the Royal Navy in 1942 and rose to the rank of lieutenant.',
	'He became chancellor of the exchequer when Labour returned to power in 1964.',
	'He held each of the major offices of state and became Lord Callaghan of Cardiff in 1987.',
	'When Britain went to the polls in 1979, Margaret Thatcher was swept into power.'
];

describe('datedEvents: the events an article dates', () => {
	it('writes each event as the clause its date closes, without the date', () => {
		expect(eventsOf(LIFE).map((e) => [e.text, e.date.text])).toEqual([
			['Jim Callaghan enlisted in the Royal Navy', '1942'],
			['Labour returned to power', '1964'],
			['Jim Callaghan became Lord Callaghan of Cardiff', '1987'],
			['Britain went to the polls', '1979']
		]);
	});

	it('reads a leading date as the date of the clause after it', () => {
		expect(eventsOf(['In 2003, authorities in Beijing were accused of concealing the extent of the outbreak.']).map((e) => e.text)).toEqual([
			'Authorities in Beijing were accused of concealing the extent of the outbreak'
		]);
	});

	it('leaves out dates of relations, reported claims, quotes, present and future events', () => {
		expect(
			eventsOf([
				'Whale strandings have been recorded since 1840.',
				'Li Jifeng wrote that the couple had been moved to the hospital on November 3.',
				'"It brought Jim Callaghan into Parliament in 1945," she said.',
				'The US is seeking his extradition over the leak of military files in 2010.',
				'Prosecutors in Sweden have dropped an investigation into an allegation made in 2010.',
				'TimeWarner will restate its results in 2005.',
				'Seven decades later, he attended the 1945 general election.'
			])
		).toEqual([]);
	});

	it('leaves out an event whose pronoun has no single referent, or whose words tell the order', () => {
		expect(
			eventsOf([
				'She entered Downing Street in 1976.',
				'These cases were dropped in 2015.',
				'The first two illnesses were confirmed on 12 November 2019.'
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
			'Britain went to the polls',
			'Jim Callaghan became Lord Callaghan of Cardiff',
			'Jim Callaghan enlisted in the Royal Navy',
			'Labour returned to power'
		]);
		expect(item.options[item.key]).toBe('Jim Callaghan enlisted in the Royal Navy');
		expect(item.failed).toBeUndefined();
		expect(item.sentence.text.slice(item.keySpan.start, item.keySpan.end)).toBe('1942');
	});

	it('never offers two events of the same date, nor a year and a day inside it', () => {
		const events = eventsOf([
			'Labour returned to power in 1964.',
			'Harold Wilson entered Downing Street in 1964.',
			'Sterling was devalued on 18 November 1967.',
			'The pound fell sharply in 1967.'
		]);
		const item = whichFirst(events, createPrng(1))!;
		expect(item.options.length).toBe(2);
		expect(item.options[item.key]).toBe('Labour returned to power');
	});

	it('gives no item from one dated event, nor from equal dates alone', () => {
		expect(whichFirst(eventsOf(['Labour returned to power in 1964.']), createPrng(1))).toBeUndefined();
		expect(whichFirst(eventsOf(['Labour returned to power in 1964.', 'Harold Wilson entered Downing Street in 1964.']), createPrng(1))).toBeUndefined();
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
			title: 'Ex-PM Lord Callaghan dies aged 92',
			paragraphs: [
				'Former Labour prime minister Lord Callaghan has died at the age of 92, a day after the death of his wife Audrey.',
				...LIFE.slice(1).map((s) => s.replace(/^He /, 'Lord Callaghan ')),
				'Lord Callaghan was the only politician to have held all four of the great offices of state.'
			]
		};
		const quiz = generateQuiz(article, { seed: 1 });
		const item = quiz.items.find((i) => i.type === 'which-first')!;
		expect(item.options[item.key]).toBe('Lord Callaghan enlisted in the Royal Navy');
		expect(item.options.length).toBe(4);
		expect(item.checks).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9']);
		expect(item.source.text.slice(item.source.keySpan.start, item.source.keySpan.end)).toBe('1942');
	});
});
