/**
 * Where people come from, as an article writes it ("Kenya's Daniel Kiprotich", "Ben Leclair of
 * Sherbrooke", "Kenyan runner Joyline Chepngeno", "The top Canadians were ..."), and where a
 * slot for a person says its person comes from. A person option that the article places
 * elsewhere, or nowhere, does not fit such a slot ("Calgary's Yonas Haile" for an Ethiopian;
 * QUALITY.md R3, R6, R8). Pure: the lexicon comes in as `OriginLexicon`.
 */

import { codePointBefore } from './words';

/** What origins.ts needs of a gazetteer: which names are places, their countries, and the country of a demonym. */
export interface OriginLexicon {
	/** Is this capitalised name a place (a country, a city, a place the article types as one)? */
	isPlace(name: string): boolean;
	/** The country of a place, when known. */
	countryOf(place: string): string | undefined;
	/** The country a demonym names ("Canadian" → "Canada"), when known. */
	countryOfDemonym(word: string): string | undefined;
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}.’'-]*`;
// "Calgary's ", "Sierra Leone's ": a place in the possessive right before a name
const POSSESSIVE_BEFORE = new RegExp(String.raw`((?:${NAME_WORD}\s){0,2}${NAME_WORD})[’']s\s$`, 'u');
// "Kenyan ", "Canadian runner ", "the Ethiopian star ": a nationality and up to two lower-case words
const DEMONYM_BEFORE = /(?=\p{Lu})(?<![\p{L}])(\p{Lu}\p{Ll}+)\s(?:\p{Ll}+\s){0,2}$/u;
// " of Sherbrooke", " of Nairobi": a place right after a name
const OF_AFTER = new RegExp(String.raw`^\s(?:of|from)\s((?:${NAME_WORD}\s){0,2}${NAME_WORD})`, 'u');
// "The top Canadians were ", "Kenyans included ": a group of one nationality whose members the sentence lists
const GROUP_BEFORE = /^(?:The\s)?(?:\p{Ll}+\s){0,2}(\p{Lu}\p{Ll}+s)\s(?:were|was|are|is|include[sd]?|including)\b/u;
// "his countryman ", "her compatriot ": someone of the origin of a person named before
const COMPATRIOT_BEFORE = /\b(?:countryman|countrywoman|countrymen|compatriots?|fellow\s(?:countryman|countrywoman|national))\s$/i;

/** The place `name` and its country, lower-cased, as origins; empty when `name` is no place. */
function placeOrigin(name: string, lexicon: OriginLexicon): string[] {
	const words = name.split(' ');
	// "Ethiopia" in "Then Ethiopia's": the longest run of the last words that is a place
	for (let i = 0; i < words.length; i++) {
		const run = words.slice(i).join(' ');
		if (!lexicon.isPlace(run)) continue;
		const country = lexicon.countryOf(run);
		return [run.toLowerCase(), ...(country ? [country.toLowerCase()] : [])];
	}
	return [];
}

/** The country of a demonym ("Canadian", or the plural "Canadians"), lower-cased, as origins. */
function demonymOrigin(word: string, lexicon: OriginLexicon): string[] {
	const country = lexicon.countryOfDemonym(word) ?? (/s$/.test(word) ? lexicon.countryOfDemonym(word.slice(0, -1)) : undefined);
	return country ? [country.toLowerCase()] : [];
}

/**
 * The origin a sentence gives whoever stands between `before` and `after` (a key's slot, or a
 * person's mention): a place in the possessive before it, a nationality before it, "of" a place
 * after it, or a group of one nationality the sentence lists ("The top Canadians were").
 * Returns the places and countries, lower-cased; undefined when the slot says no origin. A
 * compatriot ("his countryman ___") takes `earlier`, the origins of the people named before it
 * in the sentence (an empty set when they have none known).
 */
export function slotOrigin(before: string, after: string, lexicon: OriginLexicon, earlier: ReadonlySet<string> = new Set()): Set<string> | undefined {
	if (COMPATRIOT_BEFORE.test(before)) return new Set(earlier);
	const found: string[] = [];
	const possessive = POSSESSIVE_BEFORE.exec(before);
	if (possessive) found.push(...placeOrigin(possessive[1], lexicon));
	const demonym = DEMONYM_BEFORE.exec(before);
	if (demonym) found.push(...demonymOrigin(demonym[1], lexicon));
	const of = OF_AFTER.exec(after);
	if (of) found.push(...placeOrigin(of[1], lexicon));
	const group = GROUP_BEFORE.exec(before);
	if (group) found.push(...demonymOrigin(group[1], lexicon));
	return found.length ? new Set(found) : undefined;
}

/** A person as origins.ts reads them: the full name the article gives and the surname it uses. */
export interface NamedPerson {
	full: string;
	surname: string;
}

const LETTER = /\p{L}/u;

/**
 * Where `text` writes `full` or `surname` with no letter either side, as [start, end] pairs in
 * order, never overlapping, the full name first where both start at one offset: what
 * `(?<!\p{L})(?:full|surname)(?!\p{L})` with the "gu" flags finds, without compiling a pattern
 * for each person of a new article.
 */
function mentionsIn(text: string, full: string, surname: string): [number, number][] {
	const found: [number, number][] = [];
	const free = (at: number) => {
		const next = text.codePointAt(at);
		return next === undefined || !LETTER.test(String.fromCodePoint(next));
	};
	for (let from = 0; from <= text.length; ) {
		const a = text.indexOf(full, from);
		const b = text.indexOf(surname, from);
		const at = a < 0 ? b : b < 0 ? a : Math.min(a, b);
		if (at < 0) break;
		const length = LETTER.test(codePointBefore(text, at)) ? -1 : text.startsWith(full, at) && free(at + full.length) ? full.length : text.startsWith(surname, at) && free(at + surname.length) ? surname.length : -1;
		if (length >= 0) found.push([at, at + length]);
		from = at + Math.max(length, 1);
	}
	return found;
}

/**
 * Where the article places each person, by surname: every origin `slotOrigin` reads around any
 * mention of them (full name or surname), compatriots taking the origins of the people named
 * before them in their sentence. Takes the article's sentences, its people and a lexicon;
 * returns lower-cased places and countries per surname (absent when the article gives none).
 */
export function originsOf(sentences: readonly string[], people: readonly NamedPerson[], lexicon: OriginLexicon): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const add = (surname: string, places: Iterable<string>) => {
		const set = out.get(surname) ?? new Set<string>();
		for (const p of places) set.add(p);
		if (set.size) out.set(surname, set);
	};
	// two passes, so that a compatriot named before the person whose origin is read later still gets it
	for (let pass = 0; pass < 2; pass++) {
		for (const text of sentences) {
			// read only in a sentence that holds the surname (which the full name holds too)
			const mentions = people
				.filter((p) => text.includes(p.surname))
				.flatMap((p) => mentionsIn(text, p.full, p.surname).map(([start, end]) => ({ p, start, end })))
				.sort((a, b) => a.start - b.start);
			for (const m of mentions) {
				const earlier = new Set(mentions.filter((o) => o.end <= m.start && o.p.surname !== m.p.surname).flatMap((o) => [...(out.get(o.p.surname) ?? [])]));
				const origin = slotOrigin(text.slice(0, m.start), text.slice(m.end), lexicon, earlier);
				if (origin) add(m.p.surname, origin);
			}
		}
	}
	return out;
}

/** Do two sets of origins share a place or a country? */
export function sameOrigin(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
	return !!a && !!b && [...a].some((x) => b.has(x));
}

// "my first time in Canada", "to come to Toronto", "visiting Kenya": a place a quote's speaker is or goes to as a visitor
const VISITED = new RegExp(String.raw`\b(?:(?:first|second|third|last)\s(?:time|visit|trip|race)\s(?:in|to)|come\s(?:back\s)?to|came\s(?:back\s)?to|visit(?:ing)?|travel(?:led|ing)?\sto)\s(?:the\s)?((?:${NAME_WORD}\s){0,2}${NAME_WORD})`, 'gu');

/**
 * The places a quote's speaker says they visit ("It is my first time in Canada"), lower-cased
 * with their countries: no one the article places there said it (QUALITY.md R8). Empty when
 * the statement names none.
 */
export function visitedIn(statement: string, lexicon: OriginLexicon): Set<string> {
	return new Set([...statement.matchAll(VISITED)].flatMap((m) => placeOrigin(m[1], lexicon)));
}
