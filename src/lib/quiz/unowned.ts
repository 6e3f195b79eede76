/**
 * Stems that never say whose or which thing they mean, because the sentence before (or a word the
 * blank took) said it (QUALITY.md R4: the referent must be in the stem). A "that" the subject of a
 * reported clause ("The union says that falls short of inflation"), an event of a country's history
 * with no country ("After independence in _____"), a thing named only by the year the blank asks
 * ("organised the _____ exhibition") and a person named only by a role in a question whose options
 * are people ("Who said the sprinter would race twice more?") each point past the stem. The
 * holdout182 and holdout183 readers refused each; quotes keep their speaker's words and are not read.
 */

import { unquoted } from './anchors';
import { isRoleNoun } from './facts';
import { tagsOf } from './lexicon';

// "says that falls short", "said that was not enough", "argued this would cost jobs": after a verb of saying or
// believing, a "that" or "this" with a finite verb straight after it is the clause's subject, a pronoun for
// what the sentence before told; "said that talks were", "said that it was" open a clause of their own
const SAID_THAT_SUBJECT =
	/\b(?:says|said|say|argues|argued|believes|believed|thinks|thought|insists|insisted|claims|claimed|warns|warned|adds|added|notes|noted|admits|admitted|accepts|accepted|complains|complained|counters|countered|stresses|stressed) (?:that|this) (?:is|was|are|were|falls|fell|remains|remained|leaves|left|means|meant|represents|represented|amounts|amounted|would|will|could|should|might|has|does|did|reflects|reflected|marks|marked|compares|compared|goes|went|comes|came|shows|showed)\b/;

/**
 * Does `stem` report a clause whose subject is a bare "that" or "this" ("The ISTF says that falls
 * short of inflation since 2022")? What "that" is, the sentence before said (the Government's
 * offer: the holdout183 teachers'-ballot reader's R4). "said that talks were", "said that deal
 * was" (a noun after it) open their own clause and pass.
 */
export function saidThatSubject(stem: string): boolean {
	return SAID_THAT_SUBJECT.test(unquoted(stem));
}

// "After independence in _____", "since the partition", "before the revolution": an event of a country's history by its
// kind alone, after a word of time; "Nigeria's independence", "independence from Britain", "the revolution of 1848"
// and "the revolution in Iran" say whose
const OWNERLESS_EVENT =
	/(?<![\p{L}\p{M}’'-])(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Ff]ollowing|[Dd]uring|[Aa]t) (?:the )?(?:independence|partition|reunification|unification|secession|annexation|liberation|revolution|occupation|invasion|armistice|handover)(?![\p{L}\p{M}’'-])(?! (?:of|from|by|to)\b| in \p{Lu})/u;

/**
 * Does `stem` set its time by an event of a country's history named only by its kind ("After
 * independence in _____, she won a scholarship to study in London")? Whose independence, the
 * stem never says, and the key is then a date of world history rather than of the story (the
 * holdout182 obituary reader's R4). "After Nigeria's independence", "independence from
 * Britain" say whose.
 */
export function ownerlessEvent(stem: string): boolean {
	return OWNERLESS_EVENT.test(unquoted(stem));
}

// "the _____ exhibition", "the _____ survey exhibition": a definite noun the blank alone describes; group 1 its first word
const YEAR_NAMED = /\b[Tt]he _____ ([\p{Ll}-]+)(?![\p{L}\p{M}’'-])/u;
// a second word of a compound noun ("survey exhibition"), no word of a phrase after it
const COMPOUND_WORD = /^ (?!(?:of|in|at|on|for|by|from|between|against|about|that|which|who|where|and|or|was|is|were|are|had|has|have|will|would)\b)([\p{Ll}-]+)(?![\p{L}\p{M}’'-])/u;
// what says which, after the noun: a phrase of whose or where ("of her work", "in Lagos", "at the Tate"), a name or a
// title ("exhibition “Daughters of Oshun”", ", Daughters of Oshun,"), or a clause on it ("that toured")
const NAMED_AFTER = /^(?:,? (?:of|in|at|on|for|by|from|between|against|about|called|titled|entitled|named|that|which|who|where)\b|,? ["“‘]|,? \p{Lu})/u;
// a year's own spans: "the _____ season" or "the _____ financial year" is the year itself, which says which
const YEAR_SPAN = /^(?:season|census|budget|year|campaign|term|session|edition|financial|fiscal|academic|school|tax)$/;

/**
 * Does `stem` blank a year that is the only word saying which thing a definite noun phrase is
 * ("Dr Olumide Fashola-Grant is a curator who organised the _____ exhibition")? With its year
 * blanked, the exhibition is none the reader can tell, and the sentence before named it (the 2017
 * survey of her work: the holdout182 obituary reader's R4). A phrase after the noun ("the _____
 * exhibition of her work", "the _____ exhibition in Lagos") or a name says which; a span of the
 * year itself ("the _____ season") is the year. Takes the stem and the key.
 */
export function yearOnlyNames(stem: string, keyText: string): boolean {
	if (!/^(?:1[89]|20)\d\d$/.test(keyText.trim())) return false;
	const read = unquoted(stem);
	const m = YEAR_NAMED.exec(read);
	if (m === null) return false;
	let noun = m[1];
	let after = read.slice(m.index + m[0].length);
	const second = COMPOUND_WORD.exec(after);
	if (second) [noun, after] = [second[1], after.slice(second[0].length)];
	return !YEAR_SPAN.test(noun) && !YEAR_SPAN.test(m[1]) && !NAMED_AFTER.test(after);
}

// "the sprinter", "the minister": a singular noun after "the", and what comes after it; a name after it or before it
// in apposition says who ("the sprinter Tobiloba Adeyemi", "Adeyemi, the sprinter,")
const THE_NOUN = /(?<!\p{Lu}[\p{L}\p{M}’'.-]*,? )\b[Tt]he (\p{Ll}+)(?![\p{L}\p{M}’'-])(?!,? \p{Lu}| of \p{Lu}|[’']s\b)/gu;
// athletes by their event, which the lexicon's Actor tag leaves out: a closed class of sport's nouns
const ATHLETE = /^(?:sprinter|runner|hurdler|jumper|thrower|swimmer|diver|rower|cyclist|skater|skier|boxer|wrestler|fighter|jockey|rider|gymnast|marathoner|racer|bowler|batter|batsman|pitcher|shooter|climber|fencer|sailor|archer|lifter|weightlifter|surfer|snowboarder|decathlete|heptathlete|triathlete)$/;

/**
 * Is `word` a singular noun of a person: a role the lexicon knows ("minister", "captain") or an athlete by event
 * ("sprinter", "swimmer")? The lexicon's roles take plurals too, but "the spectators" are a crowd, no one person an
 * option could be ("Who said that about half of the spectators had arrived ...", a test of wording-s18, was refused).
 */
function personNoun(word: string): boolean {
	return ATHLETE.test(word) || KIN.test(word) || (!/[^s]s$/.test(word) && isRoleNoun(word));
}

// a person by their place in a family, which the lexicon's roles leave out: "the father" of a story with a father and
// a son of one surname is either Gallagher (the t59q court reader's R4)
const KIN = /^(?:father|mother|son|daughter|husband|wife|brother|sister|grandfather|grandmother|grandson|granddaughter|uncle|aunt|nephew|niece|cousin|widow|widower|stepfather|stepmother|stepson|stepdaughter|partner|fiancé|fiancée)$/;

/**
 * Does the stem of a question whose options are people point at a person by a role alone ("Who
 * said the sprinter would race twice more in the United States?")? Which sprinter, the stem never
 * says, and the one meant may be among the options (the holdout183 athletics reader's R4). A name
 * after the role or before it in apposition says who.
 */
export function unnamedPerson(stem: string): boolean {
	return [...unquoted(stem).matchAll(THE_NOUN)].some((m) => personNoun(m[1]));
}

// the opening of a quote: its mark, then a share of a set ("Three of ", "Most of ") and any demonstrative, or "Those" alone,
// then the word after it; group 1 that word. "These numbers are not acceptable", "This one feels different" open a quote
// the holdout184 and holdout185 readers kept: a near demonstrative alone points at what the speaker has in hand
const QUOTE_DEMONSTRATIVE =
	/["“](?:(?:[Aa]ll|[Ss]ome|[Mm]any|[Mm]ost|[Nn]one|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Hh]alf|[Ee]ach|[Bb]oth|[Aa]ny|[Ff]ew|[Ss]everal|\d[\d,]*) of (?:this|that|these|those)|[Tt]hose) (\p{Ll}[\p{L}-]*)(?![’'\p{L}])/gu;
// words after a demonstrative that make it a pronoun ("Those who stay") or a clause's conjunction, not a determiner
const NOT_A_NOUN = /^(?:who|whom|which|what|of|in|on|at|for|to|with|by|and|or|but|is|was|are|were|has|have|had|does|did|do|would|will|could|should|can|may|might|must|means|meant|seems|seemed|said|says|comes|came|goes|went|gets|got|makes|made|too|also|just|again|alone|all|aside|one|ones)$/;

/**
 * Does a quote in `stem` open on a share of a demonstrative's set or on "Those" and a noun
 * ("Patricia Kerr said: “Three of those sites are still being cleaned today.”", "“Those
 * families were never told”")? Which sites, which families, the sentence before the quote said,
 * and the quote alone leaves the reader to guess (the t59q court reader's R4). A demonstrative
 * standing alone ("Those who stay") is no determiner and passes, as does one later in the quote.
 */
export function demonstrativeQuote(stem: string): boolean {
	for (const m of stem.matchAll(QUOTE_DEMONSTRATIVE)) {
		const word = m[1];
		if (NOT_A_NOUN.test(word) || /(?:ly|ed)$/.test(word)) continue;
		if (tagsOf(word).some((t) => t === 'Copula' || t === 'Modal' || t === 'Adverb' || t === 'Pronoun' || t === 'Preposition' || t === 'Conjunction' || t === 'Determiner' || t === 'PastTense')) continue;
		return true;
	}
	return false;
}
