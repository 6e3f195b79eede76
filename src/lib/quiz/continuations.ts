/**
 * Stems that go on from a sentence before them (QUALITY.md R4: the referent must be in the stem).
 * A continuation ("Further commissions followed", "More arrests came"), an ordinal of a count
 * ("A third victim, a _____ delivery driver, died", "The fourth body was found"), a superlative
 * with no noun ("The smallest, Low Marrick, has _____ pupils"), a sum named by its amount alone ("An
 * initial package of €_____ million is expected") and seats won in a body the cut left out ("to take
 * a 6-3 majority" of "In the race for the nine-member City Council, ...") each lean on words the
 * sentences before (or the cut clause) said: further than what, the third of which dead, the
 * smallest of what, a package of what, a majority where. The holdout172, holdout173 and dev174
 * readers refused each; quotes keep their speaker's words and are not read.
 */

import { unquoted } from './anchors';
import { IRREGULAR_PAST, tagsOf } from './lexicon';

const VERB_TAGS = /^(?:PastTense|PresentTense|Copula|Modal|Auxiliary|Verb)$/;

const IRREGULAR = new RegExp(String.raw`^(?:${IRREGULAR_PAST})$`);

/** Does `word` read as a finite verb: a tense, a copula, a modal or an auxiliary the lexicon knows, an irregular past, or a word on "-ed"? */
function finiteVerb(word: string): boolean {
	return tagsOf(word).some((t) => VERB_TAGS.test(t)) || /ed$/.test(word) || IRREGULAR.test(word);
}

// "Further commissions followed", "More arrests were made", "Other donors came forward": a plural subject that adds to or
// sets itself beside what the sentences before told; "Further details of the plan", "More than 200 people" say of what or compare
const CONTINUED_SUBJECT = /^(?:Further|More|Additional|Other|Subsequent) (\p{Ll}[\p{Ll}-]*s) (?:\p{Ll}+ly )?(\p{Ll}+)\b/u;
// "A third victim, a _____ driver, died", "The fourth body was found": the ordinal of a count the sentences before began
const ORDINAL_SUBJECT = /^(?:An?|The) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) ([\p{Ll}-]+)(?=[,\s])(?! (?:of|in|at|on|for|to|from|between|against|since|than)\b)/u;
// an ordinal's nouns that say their own whole: a stretch of time, a part of a game or a series, or a thing every
// reader counts the same way ("The second half", "A second referendum", "The third runway at ...")
const SELF_COUNTING = /^(?:day|days|week|weeks|month|months|year|years|decade|decades|century|quarter|half|time|times|term|season|seasons|round|leg|set|game|match|goal|try|innings|period|place|language|home|referendum|runway|wave|generation|edition|opinion|chance)$/;
// a name in apposition after the subject: ", bookkeeper Lorraine Petty,", ", Mrs Petty,"
const NAMED_APPOSITION = /^, (?:[\p{Ll}-]+ ){0,3}\p{Lu}/u;
// "The smallest, Low Marrick, has", "The oldest was 92": a superlative that stands for a noun only a sentence before gave
const BARE_SUPERLATIVE = /^The (\p{Ll}+|most \p{Ll}+|least \p{Ll}+)(?=, | (?:\p{Ll}+ly )?(?:is|are|was|were|has|have|had|will|would|could|can|may|remains|remained)\b)/u;

/**
 * Does `stem` open on words that go on from a sentence before it: a continuation's plural subject
 * before its verb ("Further commissions followed – in Accra ...", "More awards came her way"), an
 * ordinal subject of a count the stem never gives ("A third victim, a _____ delivery driver, died",
 * "The fourth body was recovered"; a name in apposition says who it is), or a superlative with no noun ("The smallest, Low Marrick,
 * has ...")? Takes the stem with its key written in, so a blanked ordinal reads as the ordinal it asks. Further than what, the third of which, the smallest of what: the sentences before
 * said (the holdout172 and dev174 readers' R4). A phrase after the noun that says of what ("Further
 * details of the plan", "The second phase of the scheme", "The largest of the six") answers it, a
 * comparison with "than" is no continuation, and a time, a part of a game or a thing counted the
 * same everywhere ("The second half", "A second referendum") is its own whole.
 */
export function continuesEarlier(stem: string): boolean {
	const read = unquoted(stem);
	const continued = CONTINUED_SUBJECT.exec(read);
	if (continued && !/\bthan\b/.test(read) && finiteVerb(continued[2])) return true;
	const ordinal = ORDINAL_SUBJECT.exec(read);
	// "A third defendant, bookkeeper Lorraine Petty, 59, received ...": a name in apposition says who (the holdout173 reader kept it)
	if (ordinal && !SELF_COUNTING.test(ordinal[2]) && !NAMED_APPOSITION.test(read.slice(ordinal[0].length)) && !tagsOf(ordinal[2]).some((t) => /^(?:Adjective|Superlative|Comparative|Adverb)$/.test(t) || VERB_TAGS.test(t))) return true;
	const superlative = BARE_SUPERLATIVE.exec(read)?.[1];
	return superlative !== undefined && (/^(?:most|least) /.test(superlative) || /^(?:best|worst)$/.test(superlative) || tagsOf(superlative).includes('Superlative'));
}

// "An initial package of €_____ million is expected", "A first tranche of $40m will be paid": a sum named by its kind and amount
const AMOUNT_PACKAGE = /^(?:An?|The) (?:[\p{Ll}-]+ ){0,2}(?:package|tranche|instalment|installment|payment|injection|sum|pot|allocation) of (?:[$£€¥₹]\s?)?(?:_____|\d[\d,.]*)(?:\s?(?:m|bn|k|million|billion))?(?: (?:euros|dollars|pounds))? (?:is|was|are|were|will|would|could|may|has|had)\b/u;
// the words that say what a sum is for, from whom or to whom, or that name it
const SUM_OWNED = /\b(?:for|from|by|to (?!be\b)|towards|aid|relief|support|grants?|compensation|funding)\b|(?<=\s)\p{Lu}/u;

/**
 * Does `stem` open on a sum named only by its kind and amount ("An initial package of €_____ million
 * is expected"), with no word after it of what it is for or from whom? The sentence before said
 * (central-government emergency aid: the holdout173 reader's R4); "An initial package of €150
 * million in flood aid from Madrid" says it.
 */
export function ownerlessPackage(stem: string): boolean {
	const read = unquoted(stem);
	const m = AMOUNT_PACKAGE.exec(read);
	return m !== null && !SUM_OWNED.test(read.slice(m[0].length)) && !/\b(?:aid|relief|emergency|rescue|stimulus|support|compensation)\b/.test(m[0]);
}

// seats or a majority's split: what a body's election counts ("gained two seats", "a 6-3 majority")
const SEATS = /\bseats?\b|\b\d{1,3}[-–]\d{1,3} (?:majority|split)\b/;
// the bodies whose seats an election fills, as a sentence names them
const SEATED_BODY = /\b(?:[Cc]ouncil|[Ss]enate|[Hh]ouse|[Aa]ssembly|[Pp]arliament|[Ll]egislature|[Cc]hamber|[Bb]oard|[Cc]ongress|Commons|Lords|Bundestag|Dáil|Knesset|Duma|Sejm|Riksdag|Storting|Cortes|Diet)\b/;

/**
 * Does `stem` count seats or a majority ("How many seats did Democrats gain to take a 6-3 majority?")
 * in a body its source sentence names ("In the race for the nine-member City Council, ...") and the
 * stem, cut, no longer does? Seats of which body, the stem never says, and a story of two races
 * leaves either (the holdout173 reader's R4). Takes the stem and the source sentence's text.
 */
export function seatsWithoutBody(stem: string, sentence: string): boolean {
	const read = unquoted(stem);
	return SEATS.test(read) && !SEATED_BODY.test(read) && SEATED_BODY.test(sentence);
}
