import { describe, expect, it } from 'vitest';
import { nameHeadlineThing } from '../../src/lib/quiz/named-things';
import { splitSentences } from '../../src/lib/quiz/sentences';
import type { Article } from '../../src/lib/quiz/types';

/** An invented story whose headline has "ferry" and whose body names one ferry in its first sentence. */
const article: Article = {
	title: 'Island council’s new ferry makes its first crossing to Carrowmore',
	paragraphs: [
		'The 40-metre ferry, named Gwennol after a seabird of the bay, left Portbrack quay at dawn on Monday.',
		'The ferry carries up to 120 passengers and 18 cars on each trip.',
		'The ferry service employs 30 people on the island.',
		'The harbour, called Porth Isaf by older residents, was dredged last spring.'
	]
};
const sentences = splitSentences(article);
const at = (n: number) => sentences[n];

describe('nameHeadlineThing: an opening "The <noun>" written as the name the body gives the headline’s one thing', () => {
	it('writes the name where the headline has the noun and an earlier sentence names one thing of it', () => {
		expect(nameHeadlineThing(article, sentences, at(1), 'The ferry carries up to _____ passengers on each trip.')).toBe('Gwennol carries up to _____ passengers on each trip.');
	});

	it('leaves a stem whose noun the headline lacks, though the body names one thing of it', () => {
		expect(nameHeadlineThing(article, sentences, at(1), 'The harbour was dredged last _____.')).toBe('The harbour was dredged last _____.');
	});

	it('leaves a stem where a noun follows, since the noun after is the head the stem is about', () => {
		expect(nameHeadlineThing(article, sentences, at(2), 'The ferry service employs _____ people on the island.')).toBe('The ferry service employs _____ people on the island.');
	});

	it('leaves the stem of the sentence that gives the name, and of any before it', () => {
		expect(nameHeadlineThing(article, sentences, at(0), 'The ferry left Portbrack quay at _____.')).toBe('The ferry left Portbrack quay at _____.');
	});

	it('leaves a stem that already has the name, or opens on no bare "The <noun>"', () => {
		expect(nameHeadlineThing(article, sentences, at(1), 'The ferry Gwennol carries _____ cars.')).toBe('The ferry Gwennol carries _____ cars.');
		expect(nameHeadlineThing(article, sentences, at(1), 'A ferry carries _____ cars on each trip.')).toBe('A ferry carries _____ cars on each trip.');
	});

	it('leaves the stem when the body names two things of the noun', () => {
		const two: Article = { ...article, paragraphs: [...article.paragraphs, 'The second ferry, named Drudwy after the starling, follows in May.'] };
		expect(nameHeadlineThing(two, splitSentences(two), splitSentences(two)[1], 'The ferry carries up to _____ passengers on each trip.')).toBe('The ferry carries up to _____ passengers on each trip.');
	});
});
