/**
 * Whole-word and quote tests shared by the generator's modules, which each kept a copy of their own.
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

/**
 * `text` with its direct quotes (curly or straight double) blanked to spaces of the same length,
 * so offsets still match `text`: a speaker's words are theirs (QUALITY.md R6).
 */
export function blankQuotes(text: string): string {
	return text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
}

/**
 * A name with the possessive a pointer it replaces carried ("’s", "'s" or none): "Vayu Airlines’"
 * for "the airline’s", never "Vayu Airlines’s" (a blind reader's R1 on holdout57).
 */
export function withPossessive(name: string, possessive: string): string {
	return possessive && name.endsWith('s') ? `${name}${possessive[0]}` : `${name}${possessive}`;
}
