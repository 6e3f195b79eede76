import { describe, expect, it } from 'vitest';
import { headlineEvent } from '../../src/lib/quiz/events';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { filler, stemsMatching } from './report';

const TITLE = "Chilean documentary 'Salt Roads' wins top prize at Rotterdam festival";
const STORY = [
	'Salt Roads, a first feature by the Santiago-born director Camila Rojas about miners crossing the Atacama desert, has won the top award at the Rotterdam International Film Festival.',
	'The film was one of 16 titles competing for the festival’s main prize, presented at a ceremony in the Dutch port city on Saturday night.',
	'The Danish thriller Cold Harbour, directed by Jens Lund, won the audience award.',
	'The film was shot over 40 days, Rojas said.'
];

describe('y41b: "the film" of a prize story is the film its headline says won (R4)', () => {
	it('asks a stem on "The film" after the lead that names the winner', () => {
		const stems = stemsMatching(TITLE, [...STORY, ...filler], /^The film was one of/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === '')).not.toEqual([]);
	});

	it('reads "the film" as the headline’s only until the article names another work', () => {
		const sentences = splitSentences(parseArticleText(`${TITLE}\n\n${STORY.join('\n\n')}`));
		expect(headlineEvent(TITLE, sentences, sentences[1], 'film')).toBe(true);
		expect(headlineEvent(TITLE, sentences, sentences[3], 'film')).toBe(false);
		expect(headlineEvent('Rotterdam festival opens with record crowds', sentences, sentences[1], 'film')).toBe(false);
	});
});
