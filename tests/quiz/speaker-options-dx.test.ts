import { describe, expect, it } from 'vitest';
import { ORG_SUFFIX } from '../../src/lib/quiz/facts';
import { mayBePerson } from '../../src/lib/quiz/person-options';
import { speaksOfOwnBody } from '../../src/lib/quiz/speakers';

describe('a place a first name opens is no speaker', () => {
	const estate = [
		'Conservationists have planted 40,000 native trees on the hillside at Glen Morven, in Argyll, since the estate was bought by a local trust in 2019.',
		'At Glen Morven, volunteers spent two winters fencing off the slopes from deer.',
		'"We wanted the hill to feel alive again," said Dr Isla Munro, the ecologist who led the planting.',
		'A spokesperson said on Friday that Glen Morven showed what a small community could achieve.'
	];

	it('reads a name written after "at" and never with a person’s marks as a place', () => {
		const text = estate.join('\n');
		expect(mayBePerson('Glen Morven', text, ORG_SUFFIX)).toBe(false);
		expect(mayBePerson('Isla Munro', text, ORG_SUFFIX)).toBe(true);
	});
});

describe('a quote in the voice of its speaker’s organisation', () => {
	it('reads a "we" that admits, treats or employs as the body speaking', () => {
		expect(speaksOfOwnBody('What hurts most is the children we could not admit that winter.')).toBe(true);
		expect(speaksOfOwnBody('We expected the river to rise, but not this quickly.')).toBe(false);
	});
});
