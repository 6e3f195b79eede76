import type { GameStorage } from '$lib/game/storage';
import { quizSchema } from '$lib/quiz/schema';
import type { Item, Quiz } from '$lib/quiz/types';
import { sentencesOf } from '../fixtures/quiz';

const paragraphs = [
	'Belarus’ embattled president Alexander Lukashenko has landed in Russia for face-to-face talks with Vladimir Putin.',
	'The talks will be held in the Black Sea resort of Sochi – a day after an estimated 150,000 people flooded the streets of the Belarusian capital, Minsk, demanding his resignation.',
	'Belarus’ interior ministry said 774 people were arrested in Minsk and other cities around the country for holding unsanctioned rallies on Sunday.',
	'Mr Putin has agreed to provide a $1.5 billion loan to Belarus, the Kremlin said.'
];

const sentences = sentencesOf(paragraphs);

function source(sentence: number, key: string): Item['source'] {
	const s = sentences[sentence];
	const start = s.text.indexOf(key);
	if (start < 0) throw new Error(`fixture: "${key}" is not in sentence ${sentence}`);
	return { sentence, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text, keySpan: { start, end: start + key.length } };
}

/**
 * A small hand-made quiz with one item of each answer mode: a multiple-choice item, a
 * true/false item, a typed cloze item and a numeric estimate. Items 0 and 1 are `choice`.
 */
export const fixtureQuiz: Quiz = quizSchema.parse({
	id: 'fixture-belarus',
	title: 'Lukashenko meets Putin',
	article: { title: 'Lukashenko in Russia for talks with Putin', paragraphs, published: '2020-09-14' },
	sentences,
	seed: 7,
	items: [
		{
			id: 'i-where',
			type: 'mcq',
			factType: 'place',
			stem: 'In which Black Sea resort will the talks between Lukashenko and Putin be held?',
			options: ['Sochi', 'Yalta', 'Batumi', 'Odessa'],
			key: 0,
			source: source(1, 'Sochi'),
			checks: ['R1', 'R2'],
			difficulty: 0.3
		},
		{
			id: 'i-tf',
			type: 'true-false',
			factType: 'count',
			stem: 'Belarus’ interior ministry said 774 people were arrested on Sunday.',
			options: ['True', 'False'],
			key: 0,
			source: source(2, '774'),
			checks: ['R1'],
			difficulty: 0.2
		},
		{
			id: 'i-who',
			type: 'cloze',
			factType: 'person',
			stem: 'Belarus’ embattled president ___ has landed in Russia for talks with Vladimir Putin.',
			answerMode: 'typed',
			options: ['Alexander Lukashenko'],
			accepted: ['Lukashenko'],
			key: 0,
			source: source(0, 'Alexander Lukashenko'),
			checks: ['R1'],
			difficulty: 0.4
		},
		{
			id: 'i-loan',
			type: 'numeric',
			factType: 'money',
			stem: 'How big a loan has Mr Putin agreed to provide to Belarus, in US dollars?',
			answerMode: 'estimate',
			options: ['$1.5 billion'],
			key: 0,
			numeric: { value: 1_500_000_000, unit: 'USD', min: 0, max: 5_000_000_000 },
			source: source(3, '$1.5 billion'),
			checks: ['R1'],
			difficulty: 0.6
		}
	]
}) as Quiz;

/** The fixture cut to its first `count` items (for machine walks that must stay small). */
export function fixtureOf(count: number): Quiz {
	return { ...fixtureQuiz, items: fixtureQuiz.items.slice(0, count) };
}

/** An in-memory `GameStorage` (the play page uses localStorage), with its entries in `data` for tests to read. */
export function memoryStorage(): GameStorage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key)
	};
}
