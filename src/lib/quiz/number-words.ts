/**
 * The words that spell a number, and their values: one lexicon for the generator's facts and for
 * the headline mask, which runs in server loads and so takes nothing heavier than this module.
 */

/** Number words from two to twenty, in order (index + 2 is the value). */
export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** Number words from one to nineteen, in order (index + 1 is the value). */
export const UNIT_WORDS = ['one', ...NUMBER_WORDS.slice(0, 18)];
/** The tens from twenty to ninety, in order (index + 2 is the value's tens). */
export const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * The value of a number spelled in words, any whole number from one up ("one" → 1, "Twenty-two" →
 * 22, "a hundred" → 100, "two dozen" → 24, "three hundred" → 300), or undefined when a word is no
 * number word or "hundred" or "dozen" has no number before it.
 */
export function spelledNumberValue(phrase: string): number | undefined {
	const words = phrase.toLowerCase().split(/[\s-]+/);
	let value = 0;
	for (const w of words) {
		if (w === 'hundred' || w === 'dozen') {
			if (value === 0) return undefined;
			value *= w === 'hundred' ? 100 : 12;
		} else if (w === 'a') value += 1;
		else if (TENS_WORDS.includes(w)) value += (TENS_WORDS.indexOf(w) + 2) * 10;
		else if (UNIT_WORDS.includes(w)) value += UNIT_WORDS.indexOf(w) + 1;
		else return undefined;
	}
	return value > 0 ? value : undefined;
}

/**
 * The value of a number phrase written in words ("Twenty-two" → 22, "a hundred" → 100, "two
 * dozen" → 24, "seven" → 7), or undefined when it is not one or is less than two (a bare "a",
 * "one"), which the facts read as no count.
 */
export function numberWordValue(phrase: string): number | undefined {
	const value = spelledNumberValue(phrase);
	return value !== undefined && value >= 2 ? value : undefined;
}
