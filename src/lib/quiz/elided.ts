import type { Fact } from './facts';
import { keptPerTextAnd } from './words';

/**
 * Figures whose meaning the sentence leaves to the one before it (QUALITY.md R4: a stem must be
 * self-contained). News copy elides what it has just said: "in the 14th minute ... and in the
 * 38th", "Crews arriving four minutes later", "Analysts had expected $8.21 billion". Asked alone,
 * each leaves the player to guess what the figure counts or where it counts from.
 */

// what a forecast or an estimate can be of: with one of these in the clause, "expected $X" says what
const MEASURE = /\b(?:revenue|revenues|sales|profit|profits|earnings|income|loss|losses|turnover|spending|cost|costs|price|prices|rate|growth|output|margin|deficit|surplus|debt|dividend|bill|budget|attendance|turnout|vote|votes|figure|total|value|valuation|fee|fees|fine|bid|offer|pay|salary|wage|wages)\b/i;

/**
 * Is the fact at `[before, after]` a figure whose noun or anchor the sentence elides?
 * - an ordinal after "the" with no noun after it ("in the 38th with a curling shot");
 * - a span of time counted from an event the sentence does not state ("four minutes later");
 * - one end of a range whose other end the clause lost ("dates between _____.");
 * - the bare object of "expected", "forecast", "estimated" or "predicted" at the clause's end,
 *   when the clause names no measure ("Analysts had on average expected $8.21 billion").
 * Takes the fact, the text before it and the text after it in the clause; returns true when the
 * figure should not be a key.
 */
export function elidedFigure(fact: Fact, before: string, after: string): boolean {
	// "dates between _____.": the clause kept one end of a range and lost the other
	if (fact.type !== 'range' && /\bbetween\s$/i.test(before) && /^[.,;:]?\s*$/.test(after)) return true;
	if (fact.type === 'ordinal' && /\bthe\s$/i.test(before) && /^(?:\s(?:with|from|after|before|to|as|and|but|when|while|in|of|for|on)\b|[,.;:!?–—]|$)/.test(after)) return true;
	if ((fact.type === 'count' || fact.type === 'ordinal') && /^\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s(?:later|earlier|afterwards?)\b/.test(after)) return true;
	return /\b(?:expected|forecast|forecasted|estimated|predicted|anticipated|projected)\s(?:on average\s|an average of\s)?$/.test(before) && /^(?:[.,;:]|\s*$)/.test(after) && !MEASURE.test(before);
}

/**
 * Does a person's name stand in apposition to a relation ("His Wigan counterpart, Paul Tierney,",
 * "her husband, Geoff,")? A true/false that swaps in another person of the article then names
 * someone the player knows holds another part in the story (a scorer as the other manager), so
 * it is false at a glance, never by what the article says (QUALITY.md R8). Takes the text before
 * the name.
 */
export function relationBefore(before: string): boolean {
	return /\b(?:counterpart|opposite number|successor|predecessor|replacement|husband|wife|partner|son|daughter|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|niece|nephew|uncle|aunt|cousin|fiancée?|widow|widower),\s$/i.test(before);
}

/**
 * Does a stem lean on the sentence before it through a word news copy uses for what it just
 * told (QUALITY.md R4)? "the German" or "the Spaniard" for a player named before (a nationality
 * standing for a person: `isDemonym` tells which words are nationalities), and "X then
 * sheltered ..." whose "then" follows an event the stem does not give.
 */
export function leansOnPrevious(stem: string, isDemonym: (word: string) => boolean): boolean {
	return leansOnPreviousKept(stem, isDemonym);
}
const leansOnPreviousKept = keptPerTextAnd(readLeansOnPrevious, 4096);

/** `leansOnPrevious`, read afresh. */
function readLeansOnPrevious(stem: string, isDemonym: (word: string) => boolean): boolean {
	const unquoted = stem.replace(/“[^”]*”|"[^"]*"/g, '');
	for (const m of unquoted.matchAll(/\b[Tt]he (\p{Lu}\p{Ll}+)(?=[,;.]| (?:was|is|has|had|will|would|said|says|won|beat|lost|withdrew|took|made|\p{Ll}+ed)\b)/gu)) {
		if (isDemonym(m[1])) return true;
	}
	// "How many errors did the German commit?": a question's inverted subject
	for (const m of unquoted.matchAll(/\b(?:did|does|do|has|have|had|was|were|is|will|would|could|can) the (\p{Lu}\p{Ll}+) \p{Ll}/gu)) {
		if (isDemonym(m[1])) return true;
	}
	return /^(?:\p{Lu}[\p{L}’'.-]*\s){1,4}then (?:\p{Ll}+ed|went|took|ran|made|found|left|got|set|began|spent|sought)\b/u.test(unquoted);
}
