import { containsWord, keptPerTextAnd } from './words';

/**
 * Labels of a list whose lines open on a name and a colon ("Greater Toronto: The benchmark price
 * fell ..."). A line of such a list is a sentence about its label, but a stem that copies the
 * label is no English sentence (a blind reader's R1): the label is written in as the place it
 * names ("In Greater Toronto, the benchmark price fell ..."), or the line gives no item.
 */

// "Greater Toronto:", "Calgary and Edmonton:", "Metro Vancouver:": one to four capitalised words,
// or two such names joined by "and", then a colon and a capital
const LABEL = /^((?:\p{Lu}[\p{L}’'.-]*\s){0,3}\p{Lu}[\p{L}’'.-]*(?:(?:,\s|\s(?:and|&)\s)(?:\p{Lu}[\p{L}’'.-]*\s){0,3}\p{Lu}[\p{L}’'.-]*)*):\s(?=\p{Lu})/u;

// a region's own prefix to a city's name ("Greater Toronto", "Metro Vancouver")
const REGION_PREFIX = /^(?:Greater|Metro|Metropolitan|Central|Inner|Outer|North|South|East|West|Northern|Southern|Eastern|Western|Downtown|Suburban|Rural|Coastal)\s/;

/**
 * The label a clause opens on, as `LABEL` reads it: its words and the length of the label with
 * its colon and space. Undefined for a clause with no such opening or a dateline in capitals.
 */
export function openingLabel(text: string): { label: string; length: number } | undefined {
	// a label ends on its colon, which most clauses lack: their capitals are left untried
	const m = text.includes(':') ? LABEL.exec(text) : null;
	// "CHENNAI:" in capitals is a wire dateline, which the stem drops (generate.ts), no label
	return m && m[1] !== m[1].toUpperCase() ? { label: m[1], length: m[0].length } : undefined;
}

/**
 * The clause opening of a place label written as a sentence's own words: "Greater Toronto: The"
 * becomes "In Greater Toronto, the"; "Calgary and Edmonton: Benchmark" becomes "In Calgary and
 * Edmonton, benchmark". Takes the clause text, a test of whether a name is a place (the
 * article's places, the gazetteer's cities and countries) and one of whether a word is a name
 * (the article writes it with a capital mid-sentence). Returns the length of the opening to
 * replace and its replacement (nothing for a dateline: a label the line names again), or undefined when the clause opens on no label, on one that
 * names no place ("Brief scores:", "Update:"), or on a name after it, whose capital
 * cannot be told from a sentence's: `labelled` then refuses the stem.
 */
export function placeLabel(text: string, isPlace: (name: string) => boolean, isName: (word: string) => boolean): { length: number; phrase: string } | undefined {
	const opening = openingLabel(text);
	if (!opening) return undefined;
	const parts = opening.label.split(/,\s|\s(?:and|&)\s/);
	// "Leeds and Bradford:": a list of names one of which is a place is a list of places
	if (!parts.some((p) => isPlace(p) || isPlace(p.replace(REGION_PREFIX, '')))) return undefined;
	const next = text.slice(opening.length);
	// "Chennai: An 11-year-old schoolboy from Chennai has ...": a label the line names again is a
	// dateline, which goes ("In Chennai, ... from Chennai" says it twice, R1)
	if (containsWord(next, opening.label)) return { length: opening.length, phrase: '' };
	const word = /^\p{Lu}[\p{L}’'-]*/u.exec(next)?.[0] ?? '';
	if (!word || isName(word) || /^\p{Lu}{2,}/u.test(word)) return undefined;
	return { length: opening.length + 1, phrase: `In ${opening.label}, ${next[0].toLowerCase()}` };
}

/** Does a stem open on a list's label ("Greater Toronto: ...", "Brief scores: ...") that no rule wrote in as a sentence's words? */
export function labelled(stem: string, hasVerb: (text: string) => boolean): boolean {
	return labelledKept(stem, hasVerb);
}
const labelledKept = keptPerTextAnd(readLabelled, 4096);

/** `labelled`, read afresh. */
function readLabelled(stem: string, hasVerb: (text: string) => boolean): boolean {
	const opening = openingLabel(stem);
	return opening !== undefined && !hasVerb(opening.label);
}
