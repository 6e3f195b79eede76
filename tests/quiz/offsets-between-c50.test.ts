import { describe, expect, it } from 'vitest';
import { escapeRe, offsetsBetween } from '../../src/lib/quiz/words';

// generate.ts reads names this way where it matched `(?<![\p{L}])name(?![\p{L}])` with "gu", compiled per name
const LETTER = /\p{L}/u;
const byPattern = (text: string, word: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRe(word)}(?![\\p{L}])`, 'gu'))].map((m) => m.index);

describe('a name read as a whole word between letters', () => {
	it.each([
		['Mr Ek met Eriksson Ek and Ekberg in Ek.', 'Ek'],
		['Ek’s boat, Ek-Larsen’s boat and Eks.', 'Ek'],
		['Ana Ana Ana', 'Ana'],
		['AnaAna Ana', 'Ana'],
		['𝐀Ana and Ana𝐀 and Ana.', 'Ana'],
		['Né Ana and Ana\u0301 (a combining mark is no letter here)', 'Ana'],
		['St. Kilda and St.Kilda', 'St. Kilda'],
		['(Lagos) and [Lagos] and Lagos2', 'Lagos']
	])('%s', (text, word) => {
		expect(offsetsBetween(text, word, LETTER, LETTER)).toEqual(byPattern(text, word));
	});
});
