import { describe, expect, it } from 'vitest';
import { wordPattern } from '../../src/lib/quiz/words';

// A pattern compiled once for every word must find what the pattern built with the word finds,
// match for match and group for group: the generator's output may not change by a byte.
const TEXTS = [
	'The Harwick Ferry Terminal reopened; the old terminal, a terminal. a busy terminal closes\nthe new terminals are open.',
	'A rebuilt harbour wall, the harbour, its harbour walls and the Port of Tremont harbour opened in 2019.',
	'Its 3,000-seat Norbury Arena arena was shut; the arena reopened after a review of the arena roof.',
	'(terminal) the terminal? the Élan terminal, and 𝒜terminal the terminal',
	'harbour'
];
const WORDS = ['terminal', 'harbour', 'arena', 'wall', 'review'];
// a group before the word, one after it, `$` with the "m" flag, a lookbehind at the text's start
const BUILDS: [(word: string) => string, string][] = [
	[(word) => String.raw`(?<![\p{L}\p{M}-])(?:a|an|the|its|[\d,.]+)\s(?:[\p{L}\p{M}\d’'.,-]+\s){0,3}?(?:\p{L}{3,})?${word}s?(?:([.,;:!?)]|$)| ([\p{L}-]+))`, 'mu'],
	[(word) => String.raw`(?<![\p{L}\p{M}’'-])[Tt]he (\p{Lu}[\p{L}\p{M}’'&-]*(?: (?:of )?\p{Lu}[\p{L}\p{M}’'&-]*){0,4}) ${word}(?![\p{L}\p{M}’'-])`, 'u'],
	[(word) => String.raw`(?<![\p{L}\p{N}’'.,-])(\p{L}+) ${word}(?![\p{L}-])`, 'giu']
];

describe('a pattern compiled once for every word', () => {
	it('finds the matches, groups and offsets of the pattern built with the word', () => {
		for (const [build, flags] of BUILDS) {
			const find = wordPattern(build, flags);
			for (const text of TEXTS)
				for (const word of WORDS) {
					const built = [...text.matchAll(new RegExp(build(word), flags.includes('g') ? flags : `${flags}g`))].map((m) => [m.index, ...m]);
					expect(find(text, word).map((m) => [m.index, ...m])).toEqual(built);
				}
		}
	});

	it('finds nothing in the word it was asked with, nor the word inside a longer one', () => {
		const find = wordPattern((word) => String.raw`\b(\p{Ll}+) ${word}\b`, 'u');
		expect(find('the port opened', 'port').map((m) => [m.index, m[1]])).toEqual([[0, 'the']]);
		expect(find('the sport opened', 'port')).toEqual([]);
		expect(find('the port opened', 'the port')).toEqual([]);
	});
});
