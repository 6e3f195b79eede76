import { describe, expect, it } from 'vitest';
import { escapeRe, firstAfterWord, offsetsBetween } from '../../src/lib/quiz/words';

// The scans that stand in for a pattern built per name must find what that pattern finds: the
// generator's output may not change by a byte when a name is read without compiling one.
const TEXTS = [
	'Doctors at Riverside Hospital said the Riverside clinic would close; Riverside Trust disagreed.',
	'The Kemble Institute, a charity, and the Kemble-run shelter joined Kemble’s campaign.',
	'NewKemble and Kemble Kemble Trust met at O’Kemble Hall in Kemble\nKemble Ward opened.',
	'Anna Bergström, 54, died on Monday; Bergström had led Bergströmsgatan Trust since 2001.',
	'Élan Élan Motors and 𝒜Élan Works both spoke to Élan’s staff.'
];
const NAMES = ['Riverside', 'Kemble', 'Bergström', 'Élan', 'Anna Bergström', 'Trust'];

describe('a name read without a pattern of its own', () => {
	it('finds the first capitalised word after a name as the pattern (?<![\\p{L}\\p{M}’\'-])name\\s(\\p{Lu}\\p{Ll}+)\\b does', () => {
		for (const text of TEXTS)
			for (const name of NAMES) {
				const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])${escapeRe(name)}\s(\p{Lu}\p{Ll}+)\b`, 'u').exec(text);
				const found = firstAfterWord(text, name, /[\p{L}\p{M}’'-]/u, /\s(\p{Lu}\p{Ll}+)\b/uy);
				expect([found?.[1], found ? found.index - name.length : null]).toEqual([pattern?.[1], pattern?.index ?? null]);
			}
	});

	it('finds a word after a name where an earlier mention is followed by none ("Kemble Ward" after "Kemble’s")', () => {
		expect(firstAfterWord('Kemble’s staff met. Then Kemble Ward opened.', 'Kemble', /[\p{L}\p{M}’'-]/u, /\s(\p{Lu}\p{Ll}+)\b/uy)?.[1]).toBe('Ward');
		expect(firstAfterWord('NewKemble Ward opened.', 'Kemble', /[\p{L}\p{M}’'-]/u, /\s(\p{Lu}\p{Ll}+)\b/uy)).toBeNull();
	});

	it('finds every mention of a name with no letter, mark or apostrophe after it, as the "gu" pattern does', () => {
		for (const text of TEXTS)
			for (const name of NAMES) {
				const pattern = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}])${escapeRe(name)}(?![\p{L}\p{M}’'])`, 'gu'))].map((m) => m.index);
				expect(offsetsBetween(text, name, /[\p{L}\p{M}]/u, /[\p{L}\p{M}’']/u)).toEqual(pattern);
			}
	});
});
