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
	// the story names a second work (Cold Harbour), so "the film" is written as the headline's title (r46, holdout184's R4)
	it('asks a stem on "The film" after the lead that names the winner', () => {
		const stems = stemsMatching(TITLE, [...STORY, ...filler], /^Salt Roads was one of/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === '')).not.toEqual([]);
	});

	// a stem is read beside the whole quiz: a story that names another work anywhere leaves a bare "the film" unsaid (r46)
	it('reads "the film" as the headline’s only until the article names another work', () => {
		const sentences = splitSentences(parseArticleText(`${TITLE}\n\n${STORY.join('\n\n')}`));
		expect(headlineEvent(TITLE, sentences, sentences[1], 'film')).toBe(false);
		expect(headlineEvent(TITLE, sentences, sentences[3], 'film')).toBe(false);
		expect(headlineEvent('Rotterdam festival opens with record crowds', sentences, sentences[1], 'film')).toBe(false);
	});
});

// "The award was shared with "Small Hours," a Korean drama ...": a second winner, named in quotes, or "the two films"
describe('"the film" is no longer the headline’s once a second work is named in quotes or counted', () => {
	const title = 'Georgian debut wins top prize at Sarajevo festival';
	const story = [
		'Georgian director Nino Beridze’s debut "The Long Winter" won the Heart of Sarajevo award for best film at the Sarajevo Film Festival on Saturday.',
		'The prize was shared with "Quiet Water," a Slovenian drama by first-time filmmaker Ana Kos.',
		'Kos, 31, made the film on a budget of about €200,000.'
	];
	const sentences = splitSentences(parseArticleText(`${title}\n\n${story.join('\n\n')}`));

	// r46: the story names a second work, so not even in the lead (a bare "the film" there is written as its title or refused)
	it('reads "the film" as the headline’s nowhere in a story that names a second work, not even in the lead', () => {
		expect(headlineEvent(title, sentences, sentences[0], 'film')).toBe(false);
		expect(headlineEvent(title, sentences, sentences[2], 'film')).toBe(false);
	});

	it('a count of films is a second work too', () => {
		const counted = splitSentences(parseArticleText(`${title}\n\n${[story[0], 'The jury, chaired by the Austrian actor Lena Maier, said it could not separate the two films and had voted four times.', story[2]].join('\n\n')}`));
		expect(headlineEvent(title, counted, counted[2], 'film')).toBe(false);
	});
});
