import { parseQuiz } from '../../../src/lib/quiz/schema';
import type { Quiz } from '../../../src/lib/quiz/types';
import { sentencesOf } from '../../fixtures/quiz';

const sentences = [
	'Alexander Lukashenko met Vladimir Putin in Sochi on Friday.',
	'The two leaders talked for more than five hours.',
	'Belarus has relied on Russian loans worth $1.5 billion.'
];

/**
 * A three-item quiz valid against the quiz schema, for classroom tests: the key of item i is
 * option `keys[i]` (so tests can answer right or wrong on purpose).
 */
export const keys = [1, 0, 2];

/** Builds the fixture quiz (a fresh copy each call). */
export function fixtureQuiz(id = 'room-fixture'): Quiz {
	const sentenceRows = sentencesOf(sentences);
	const item = (i: number, stem: string, options: string[], keyWord: string) => {
		const text = sentences[i];
		const start = text.indexOf(keyWord);
		return {
			id: `item-${i}`,
			type: 'mcq' as const,
			factType: 'place' as const,
			stem,
			options,
			key: keys[i],
			source: {
				sentence: i,
				paragraph: i,
				start: sentenceRows[i].start,
				end: sentenceRows[i].end,
				text,
				keySpan: { start, end: start + keyWord.length }
			},
			checks: ['R1'],
			difficulty: 0.5
		};
	};
	return parseQuiz({
		id,
		title: 'Lukashenko meets Putin in Sochi',
		article: { title: 'Lukashenko meets Putin in Sochi', paragraphs: sentences, published: '2021-05-28' },
		sentences: sentenceRows,
		items: [
			item(0, 'Where did Alexander Lukashenko meet Vladimir Putin?', ['Minsk', 'Sochi', 'Moscow', 'Kyiv'], 'Sochi'),
			item(1, 'For how long did the two leaders talk?', ['More than five hours', 'About an hour', 'Two days', 'Ten minutes'], 'five hours'),
			item(2, 'How much have Russian loans to Belarus been worth?', ['$500 million', '$900 million', '$1.5 billion', '$3 billion'], '$1.5 billion')
		],
		seed: 1
	});
}
