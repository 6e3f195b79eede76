/**
 * Whole-word tests shared by the generator's modules, which each kept a copy of their own.
 */

/** `text` with the characters a regular expression gives a meaning escaped, to match it literally (MDN, "Regular expressions: escaping"). */
export function escapeRe(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Does `text` contain `word` as a whole word: no letter or combining mark either side ("Westpac"
 * in "Westpac's chief", not "Ash" in "Ashgrove")? Case-sensitive; takes both as written.
 */
export function containsWord(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		if (!/[\p{L}\p{M}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{M}]/u.test(text[at + word.length] ?? '')) return true;
	}
	return false;
}
