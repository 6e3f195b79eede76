import { describe, expect, it } from 'vitest';
import { placeVote, type AnchorSource } from '../../src/lib/quiz/anchors';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

/** An anchor source of a vote story set in Brackenford, the one place its headline and lead name. */
function brackenford(paragraphs: string[]): AnchorSource {
	return {
		article: parseArticleText(['Brackenford council votes to close two swimming pools', ...paragraphs].join('\n\n')),
		persons: new Map(),
		places: new Map([['brackenford', { text: 'Brackenford', level: 'city' }]]),
		organisations: new Map()
	} as AnchorSource;
}

describe('a capital after the vote’s place written in (anchors.ts placeVote)', () => {
	it('lower-cases a common word that opened the sentence: "In Brackenford, council leader X ...", never "Council leader"', () => {
		const source = brackenford([
			'Councillors in Brackenford have voted to close two of the town’s three pools, after a long meeting.',
			'Council leader Tomas Hurrell (Labour) told the chamber the vote had been the hardest of his 12 years.',
			'The pools will shut in September, the council said, and staff will be offered jobs at the remaining leisure centre in the town.'
		]);
		expect(placeVote(source, 'Council leader Tomas Hurrell (Labour) told the chamber the vote had been the hardest of his _____ years.')).toBe(
			'In Brackenford, council leader Tomas Hurrell (Labour) told the chamber the vote had been the hardest of his _____ years.'
		);
	});

	it('keeps the capital of a party the story writes as a name ("Reform"), even where it also writes the common word', () => {
		const source = brackenford([
			'Councillors in Brackenford have voted to close two of the town’s three pools, in a vote seen as a test of pension reform.',
			'Reform councillors walked out before the vote, and later said the meeting had been a sham.',
			'Turnout at the last local election was low, and many residents backed Reform at the time.'
		]);
		expect(placeVote(source, 'Reform councillors walked out before the vote, and later said the meeting had been a _____.')).toBe(
			'In Brackenford, Reform councillors walked out before the vote, and later said the meeting had been a _____.'
		);
	});
});
