import { describe, expect, it } from 'vitest';
import { backReference } from '../../src/lib/quiz/back-references';
import { tagsOf } from '../../src/lib/quiz/lexicon';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { filler } from './report';

/** The phrase `backReference` finds in `stem`, asked of the sentence `at` of an article of `paragraphs` (with `filler`). */
function pointer(title: string, paragraphs: string[], at: RegExp, stem: string): string | undefined {
	const article = parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
	const sentences = splitSentences(article);
	const isVerb = (word: string) => tagsOf(word.toLowerCase()).some((t) => /Tense|Copula|Modal|Auxiliary/.test(t));
	return backReference(article, sentences, sentences.find((s) => at.test(s.text))!, stem, isVerb);
}

describe('v53: a definite whose head was only a noun modifier before points back to nothing (R4, a council story lost its lead)', () => {
	const lead = 'Castlemoor’s town board voted 6 to 3 on Monday to build a €12 million lock on the old canal.';

	it('passes "the old canal" under a headline that used "canal" only to describe a lock', () => {
		expect(pointer('Castlemoor approves €12 million canal lock after long row', [lead], /^Castlemoor’s town board/, lead)).toBeUndefined();
	});

	it('passes it after a body sentence that used "canal" only before a singular noun', () => {
		const paragraphs = ['Plans for a canal lock were drawn up by the county engineers in the spring.', lead];
		expect(pointer('Town board backs lock plan', paragraphs, /^Castlemoor’s town board/, lead)).toBeUndefined();
	});

	it('still refuses it where the headline made "canal" the head of its phrase', () => {
		expect(pointer('Castlemoor to rebuild lock on historic canal', [lead], /^Castlemoor’s town board/, lead)).toBe('the old canal');
	});

	it('still refuses it where a headline verb, written like a plural, follows the word ("Canal floods")', () => {
		expect(pointer('Canal floods Castlemoor streets', [lead], /^Castlemoor’s town board/, lead)).toBe('the old canal');
	});
});
