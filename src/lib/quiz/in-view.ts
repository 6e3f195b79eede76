import { tagsOf } from './lexicon';

/**
 * Definite noun phrases whose own words say what they are (QUALITY.md R4): "the weakest area",
 * "the first woman to ...", "the same period of 2024", "the decision to admit them", "the two
 * detectorists, Anna Lee and ...". None points back to something said before the stem, so the
 * R4 check lets them stand; a bare "the same day", "the decision" or "the two" still points back.
 */

// a time a "the same" phrase is measured against inside its own words: "of 2024", "last year"
const SAME_TIME = /^ (?:period|time|month|week|quarter|day|stretch|point)s?(?: (?:of|in) (?:\d{4}|the previous year|the year before)| (?:last|a) year(?: earlier| before| ago)?\b| a year (?:earlier|before|ago)\b)/;
// nouns a "to" infinitive completes: "the decision to admit them", "the plan to build homes"
const COMPLEMENTED = /^(?:decision|plan|move|proposal|bid|deal|measure|scheme|idea|policy|initiative|strategy|programme|program|bill|law|rules|attempt|effort|order|call|request|agreement)$/;

/**
 * Does a match of the R4 check's definite-noun pattern describe its referent in its own words?
 * `match` is a match over `match.input`, group 1 the noun. True for a superlative or an ordinal
 * among its words ("remained the weakest area", "the first woman"), unless it opens the stem
 * ("The largest group was found": largest of a group said before); "the same" with a time of
 * its own ("the same period of 2024", "the same month last year"); a noun of a decision or a
 * plan completed by an infinitive ("the decision to admit them"); a count of a plural noun
 * followed by the names it counts ("The two detectorists, Anna Lee and ..."). False otherwise.
 */
export function describedInPlace(match: RegExpMatchArray): boolean {
	const text = match.input ?? '';
	const start = match.index ?? 0;
	const after = text.slice(start + match[0].length);
	const words = match[0].split(' ');
	const noun = (match[1] ?? '').toLowerCase();
	if (start > 0 && words.slice(1, -1).some((w) => tagsOf(w.toLowerCase()).some((t) => t === 'Superlative' || t === 'Ordinal'))) return true;
	if (noun === 'same') return SAME_TIME.test(after);
	const infinitive = /^ to (\p{Ll}+)\b/u.exec(after)?.[1];
	if (infinitive && COMPLEMENTED.test(noun) && tagsOf(infinitive).includes('Infinitive')) return true;
	return /^(?:two|three)$/.test(noun) && /^ \p{Ll}+s, \p{Lu}\p{Ll}+ \p{Lu}/u.test(after);
}

/**
 * Has a stem's opening "The <word> <word> <word>" a subject the R4 opening check misreads: a
 * count ("The two detectorists, ...", whose "two" is no noun) or a plural noun before its verb
 * ("The main spending measures include ..."), which the check leaves to the noun-phrase checks
 * as it does any plural subject? `noun` and `verb` are the words the check took for the noun
 * and the verb; `rest` the stem after them.
 */
export function misreadOpening(noun: string, verb: string, rest: string): boolean {
	if (tagsOf(noun).some((t) => t === 'Cardinal' || t === 'TextValue')) return true;
	const next = /^ (\p{Ll}+)\b/u.exec(rest)?.[1];
	return tagsOf(verb).includes('Plural') && next !== undefined && tagsOf(next).some((t) => t === 'Infinitive' || t === 'PresentTense' || t === 'Modal' || t === 'Copula');
}

/**
 * Does a headline word build on `noun` ("wildfire" for "the fire", "earthquake" for "the quake"):
 * a compound of at least three more letters before it? `title` is lower-case, `noun` at least
 * four letters.
 */
export function headlineCompound(title: string, noun: string): boolean {
	if (noun.length < 4) return false;
	return (title.match(/\p{L}+/gu) ?? []).some((w) => w.length >= noun.length + 3 && w.endsWith(noun));
}

// "Oura, by contrast, said ...", "However, the bank ...": words that set a statement against the one before it
const CONNECTIVE = /^(?:By contrast|In contrast|By comparison|In comparison|However|Meanwhile|Instead|Similarly|Likewise|Nevertheless|Nonetheless|Still),\s|,\s(?:by contrast|in contrast|by comparison|in comparison|however|meanwhile|instead|similarly|likewise|nevertheless|nonetheless),(?=\s)/g;

/**
 * A stem without the connectives that lean on the sentence before it ("Oura, by contrast, said
 * it had sold ..." → "Oura said it had sold ..."; "However, the bank ..." → "The bank ..."),
 * which a quiz item shown on its own cannot honour (QUALITY.md R4); what the sentence states
 * stays as it was. Inside a direct quote the speaker's words stay theirs (R6).
 */
export function dropConnectives(stem: string): string {
	const out = stem.replace(CONNECTIVE, (whole, at: number) => {
		const before = stem.slice(0, at);
		if ((before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1) return whole;
		return '';
	});
	return out === stem ? stem : out[0].toUpperCase() + out.slice(1);
}


/**
 * Does a stem rank its subject after something said before it: "The North West followed with
 * annual growth of 5.2%", "Leeds came next", "Scotland followed suit" (QUALITY.md R4)? What it
 * followed is in the sentence before, not in the stem.
 */
export function followsPrevious(stem: string): boolean {
	return /\b(?:followed|follows) (?:with\b|close behind\b|closely\b|suit\b|in (?:second|third|fourth)\b)|\b(?:came|comes) next\b|\b(?:was|is) next\b(?! (?:week|month|year|day|season)\b)/.test(stem.replace(/“[^”]*”|"[^"]*"/g, ''));
}

// the words that may follow a noun phrase's head: a verb, a preposition, a conjunction
const VERB_OR_LINK = new Set(['Copula', 'Modal', 'Auxiliary', 'PastTense', 'PresentTense', 'Preposition', 'Conjunction', 'Adverb']);
// the words before a headline noun that say which one it is: "tax" in "... with tax cut for middle earners"
const NOT_MODIFIER = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adjective', 'Comparative', 'Superlative', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Adverb', 'Value', 'Cardinal', 'TextValue', 'Ordinal']);

/**
 * A stem with "the <noun>" written as the headline's phrase for it when the headline names the
 * noun once, after a plain noun: "The cut is expected to cost ..." under "... budget with tax cut
 * for middle earners" → "The tax cut is expected to cost ...". The phrase is in view above the
 * item already; the stem now says which one (QUALITY.md R4). `title` is the article's headline.
 */
export function withHeadlineModifier(title: string, stem: string): string {
	return stem.replace(/\b([Tt]he) (\p{Ll}+)\b(?![\p{L}-]|,? \p{Lu}| of \p{Lu})/gu, (whole, the: string, noun: string, at: number) => {
		const before = stem.slice(0, at);
		if ((before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1) return whole;
		// "to raise rates" is a verb before its object, not a kind of rate; the "m" of "£14.6m budget"
		// is the amount's scale, not a word
		const found = [...title.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}’'.,-])(?<!\b(?:to|will|would|may|could|can|should|must) )(\p{L}+) ${noun}(?![\p{L}-])`, 'gu'))];
		if (found.length !== 1) return whole;
		const modifier = found[0][1];
		if (!/^\p{Ll}+$/u.test(modifier) || tagsOf(modifier).some((t) => NOT_MODIFIER.has(t)) || tagsOf(noun).some((t) => NOT_MODIFIER.has(t))) return whole;
		// the phrase opens a noun phrase of the headline ("with tax cut", "of market town"), not a verb's object ("passes aid package")
		const opener = /(\p{L}+)\s$/u.exec(title.slice(0, found[0].index))?.[1];
		if (opener !== undefined && !tagsOf(opener.toLowerCase()).some((t) => t === 'Preposition' || t === 'Determiner' || t === 'Conjunction')) return whole;
		if (stem.includes(`${modifier} ${noun}`)) return whole;
		// "the budget documents", "The aid package": the noun modifies another, which the headline does not
		const next = /^(?:[’']s)? (\p{Ll}+)/u.exec(stem.slice(at + whole.length))?.[1];
		if (next && !tagsOf(next).some((t) => VERB_OR_LINK.has(t)) && !/(?:ed|es)$/.test(next)) return whole;
		return `${the} ${modifier} ${noun}`;
	});
}

/** A written item with its stems passed through `dropConnectives` and `withHeadlineModifier`. */
export function inViewIn<W extends { stem: string; falseStem?: string }>(title: string, written: W): W {
	const fix = (stem: string) => withHeadlineModifier(title, dropConnectives(stem));
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}

/**
 * The noun of a "the kick", "the cut" in a stem: an event the sentence before tells of, which the
 * stem does not ("Byrne struck the kick from 42 metres", "The cut will cost £3bn"); undefined when
 * there is none or its own words say which ("the cut in interest rates"). Both words are verbs
 * as often, so only "the" with at most one word between counts (QUALITY.md R4).
 */
export function pointingNoun(stem: string): string | undefined {
	const unquoted = stem.replace(/“[^”]*”|"[^"]*"/g, '');
	return /\b[Tt]he (?:[\p{Ll}-]+ )?(kick|cut)\b(?![\p{L}-]| (?:in|to|of|on)\b)/u.exec(unquoted)?.[1];
}

/**
 * The verb a who-said item asks with, from the sentence's words after the speaker's name: "said",
 * "insisted", "wrote" ...; "said" when none is there. A relative clause on the speaker ("X, who
 * wrote much of the novel at dawn, said ...") is passed over: its verb is no attribution
 * (QUALITY.md R6: no words put in a speaker's mouth, nor a saying turned into a writing).
 */
export function attributionVerb(afterSpeaker: string): string {
	return /\b(said|says|insists|insisted|claimed|claims|argued|warned|told|added|believes|thinks|announced|wrote|explained|noted|admitted|denied)\b/.exec(afterSpeaker.replace(/^,\s(?:who|which)\b[^,]*,/, ''))?.[1] ?? 'said';
}
