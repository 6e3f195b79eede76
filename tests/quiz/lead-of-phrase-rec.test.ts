import { describe, expect, it } from 'vitest';
import { nameBackReferences } from '../../src/lib/quiz/back-references';
import type { Article } from '../../src/lib/quiz/types';
import { splitSentences } from '../../src/lib/quiz/sentences';

// the R4 check's own test of a finite verb is private to generate.ts; these sentences need only these
const isVerb = (word: string) => /\p{Ll}ed$/u.test(word) || /^(?:will|was|is|opened|cost|has|had|would)$/.test(word);

/** The article, its sentences and the last sentence, from a headline and paragraphs. */
function setUp(title: string, paragraphs: string[]) {
	const article: Article = { title, paragraphs };
	const sentences = splitSentences(article);
	return { article, sentences, last: sentences.at(-1)! };
}

describe('a later definite of the one thing the lead names with an of-phrase', () => {
	it('writes the lead’s of-phrase after a bare head or a measured one', () => {
		const tunnel = setUp('Harbour tunnel delayed again', ['The widening of the Kestrel Bay harbour tunnel will not finish until 2029, officials said on Tuesday.', 'The 2.1-kilometre widening was costed at $400 million in 2020.']);
		expect(nameBackReferences(tunnel.article, tunnel.sentences, tunnel.last, 'The 2.1-kilometre widening was costed at $_____ million in 2020.', isVerb)).toBe('The 2.1-kilometre widening of the Kestrel Bay harbour tunnel was costed at $_____ million in 2020.');
		const museum = setUp('Museum reopening slips', ['The refurbishment of Dunmore’s Maritime Museum will cost twice what was planned, the trustees said.', 'The refurbishment was first costed at £9m in 2021.']);
		expect(nameBackReferences(museum.article, museum.sentences, museum.last, 'The refurbishment was first costed at £_____ in 2021.', isVerb)).toBe('The refurbishment of Dunmore’s Maritime Museum was first costed at £_____ in 2021.');
	});

	it('leaves the definite where the lead names two, or a later sentence another', () => {
		const two = setUp('Works overrun', ['The widening of the Kestrel Bay tunnel and the widening of the Orrin Road bridge will both finish late.', 'The 2.1-kilometre widening was costed at $400 million.']);
		expect(nameBackReferences(two.article, two.sentences, two.last, 'The 2.1-kilometre widening was costed at $_____ million.', isVerb)).toBe('The 2.1-kilometre widening was costed at $_____ million.');
		const another = setUp('Works overrun', ['The widening of the Kestrel Bay tunnel will finish late.', 'A second widening, on the coast road, has also slipped.', 'The 2.1-kilometre widening was costed at $400 million.']);
		expect(nameBackReferences(another.article, another.sentences, another.last, 'The 2.1-kilometre widening was costed at $_____ million.', isVerb)).toBe('The 2.1-kilometre widening was costed at $_____ million.');
	});

	it('leaves a definite modified by a describing word, which may pick one of several', () => {
		const tunnel = setUp('Harbour tunnel delayed again', ['The widening of the Kestrel Bay harbour tunnel will not finish until 2029, officials said on Tuesday.', 'The northern widening was costed at $400 million in 2020.']);
		expect(nameBackReferences(tunnel.article, tunnel.sentences, tunnel.last, 'The northern widening was costed at $_____ million in 2020.', isVerb)).toBe('The northern widening was costed at $_____ million in 2020.');
	});
});
