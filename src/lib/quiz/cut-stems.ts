import { tagsOf } from './lexicon';
import { escapeRe } from './words';

/**
 * Stems the simplifier or a rewrite left broken, read against their source sentence (QUALITY.md
 * R1): a list cut after its second item, a colon's list cut after its first, a semicolon's clause
 * left as a bare condition, an appositive that lost its closing comma, a full name written twice,
 * a determiner whose noun was cut.
 * The dev156s and dev157s readers refused each ("wrote four symphonies, two operas.", "focused on
 * three pledges: building 120 homes.", "; if warming is held close to targets.", "The Union,
 * Local 417 said", "X's funeral ... choirs X worked with"). Each test takes the stem as shown,
 * blank and all.
 */

const BLANK = '_____';

/**
 * The source sentence after the stem's end, or undefined when the stem's end is not the
 * sentence's own words: the stem's last words after its blank (at least 12 characters, at most
 * 30) found in `sentence`. Takes the stem without its final stop.
 */
function restAfter(body: string, sentence: string): string | undefined {
	const afterBlank = body.includes(BLANK) ? body.slice(body.lastIndexOf(BLANK) + BLANK.length) : body;
	const tail = afterBlank.slice(-30);
	if (tail.length < 12) return undefined;
	const at = sentence.lastIndexOf(tail);
	return at < 0 ? undefined : sentence.slice(at + tail.length).replace(/[.!?]["”’]?$/, '');
}

/**
 * Is `word` a past in -ed the lexicon may not know ("inflated"), by its form alone? The one guess every test of
 * cut stems makes: five letters or more, lower case (a capitalised word is a name's: "United", "Allied"). Takes
 * one word; returns true for a past form.
 */
export const pastByForm = (word: string) => word.length > 4 && /^\p{Ll}.*ed$/u.test(word);
// a finite verb, which a list's item of a few nouns has none of
const FINITE = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);
const hasFinite = (text: string) => (text.match(/[\p{L}’'-]+/gu) ?? []).some((w) => tagsOf(w.toLowerCase()).some((t) => FINITE.has(t)) || pastByForm(w));
// a verb other than a present tense, which the lexicon gives plural nouns too ("lists", "transfer")
const hasVerbNotPresent = (text: string) => (text.match(/[\p{L}’'-]+/gu) ?? []).some((w) => tagsOf(w.toLowerCase()).some((t) => t !== 'PresentTense' && FINITE.has(t)) || pastByForm(w));
// a word that opens a clause or an aside after a comma, never a list's next item
const CLAUSE_OPENER = /^(?:which|who|whom|whose|where|when|while|as|after|before|but|and|or|so|said|says|according|including|with)\b/;

/**
 * Does the stem end on the second item of a list that its sentence goes on with ("wrote four
 * symphonies, two operas." of "... two operas, a violin concerto and 70 choral pieces")? The
 * stem's last comma opens an item of at most four words with no verb and no "and", and the
 * sentence goes on past the stem with a comma, a short item and its "and" or "or" before its
 * next comma: a list cut short reads as broken English and as the whole list (QUALITY.md R1, R6).
 */
export function cutInList(stem: string, sentence: string): boolean {
	const body = stem.replace(/[.?!]$/, '');
	const comma = body.lastIndexOf(', ');
	if (comma < 0) return false;
	const item = body.slice(comma + 2);
	// "makes 14 recommendations, among them weekend operating lists": a list's first item after the word that opens it
	const opened = /^(?:including|among them|such as|notably)\s/.test(item) && item.split(/\s+/).length <= 8;
	if ((!opened && item.split(/\s+/).length > 4) || /\b(?:and|or)\b/.test(item) || hasVerbNotPresent(item)) return false;
	const rest = restAfter(body, sentence);
	// the next item is a noun phrase: ", which has since been sold" or ", and the yacht was sold" goes on with a clause
	// (a present tense is left out: "scheme to transfer patients" reads "transfer" as one)
	const next = /^,\s([^,;:]{1,80}?)(?:,\s|\s(?:and|or)\s)/.exec(rest ?? '');
	return next !== null && !CLAUSE_OPENER.test(next[1]) && !hasVerbNotPresent(next[1]) && /\s(?:and|or)\s/.test(rest!.split(/[;:]/)[0]);
}

const isPast = (word: string) => tagsOf(word).includes('PastTense') || pastByForm(word);

/**
 * Does the stem end on a predicate of a series whose last its sentence goes on with ("Qureshi billed
 * 40 councils for hours never worked, inflated the fees paid by residents." of "..., and moved the
 * proceeds ...")? The stem's last comma opens a past verb with no subject of its own, and the
 * sentence goes on past the stem with ", and" and another past verb: the series is cut before its
 * "and", and the stem reads as a comma splice of predicates (QUALITY.md R1). The first predicate's verb
 * may be a past the lexicon reads as a noun ("cut the number of homes from an original 275, dropped a
 * block of flats." of "..., and agreed to ...": the dev174 reader's R1) where no comma before it opens an appositive.
 */
export function cutPredicateSeries(stem: string, sentence: string): boolean {
	const body = stem.replace(/[.?!]$/, '');
	const comma = body.lastIndexOf(', ');
	if (comma < 0 || !isPast(/^[\p{L}-]+/u.exec(body.slice(comma + 2))?.[0] ?? '')) return false;
	// "The minister, Ann Reid, announced ...": a comma that closes the subject's appositive before its verb, no series; with
	// no comma before it no appositive is open, and its verb may be a past the lexicon reads as a noun ("cut", "set")
	const before = body.slice(0, comma);
	if (before.includes(',') && !(before.match(/\p{Ll}[\p{L}-]*/gu) ?? []).some(isPast)) return false;
	const next = /^,?\s(?:and|or)\s(\p{Ll}+)\b/u.exec(restAfter(body, sentence) ?? '');
	return next !== null && isPast(next[1]);
}

/**
 * Does the stem keep a colon whose list its sentence goes on with past the stem ("focused on three
 * pledges: building 120 homes by 2030." of "..., guaranteeing ..., and publishing ...")? What the
 * colon announces is then cut to its first item (QUALITY.md R1, R6). A quote's colon ("X said:
 * “...”") is the speaker's, and no list.
 */
export function cutColonList(stem: string, sentence: string): boolean {
	const body = stem.replace(/[.?!]$/, '');
	const colon = body.search(/:\s/);
	if (colon < 0 || /^\s*[“"‘]/.test(body.slice(colon + 1))) return false;
	const rest = restAfter(body, sentence);
	return rest !== undefined && /^[,;]\s/.test(rest) && /(?:,|;)\s(?:and|or)\s|\s(?:and|or)\s/.test(rest);
}

// a conjunction that opens a subordinate clause, which needs a main clause after its comma;
// "before", "after" and "until" are prepositions before a pointer or a time ("; until then it
// ran daily", "; before that it employed 600 people"), whose main clause follows with no comma
const SUBORDINATOR = /^(?:if|unless|when|whenever|while|whilst|although|though|because|once|whereas|as long as|provided|(?:until|before|after)(?!\s(?:then|that|this|which|now|it|\d+|the\s(?:year|month|week|day|time|war|season|election|end|start)s?)\b))\s/i;

/**
 * Does a part of the stem after a semicolon open on a subordinate clause with no comma and main
 * clause after it ("...; if warming is held close to international targets.")? Cut from its main
 * clause, it dangles (QUALITY.md R1).
 */
export function danglingAfterSemicolon(stem: string): boolean {
	return stem
		.split(';')
		.slice(1)
		.some((part) => SUBORDINATOR.test(part.trim()) && !/,\s/.test(part));
}

/**
 * Does the stem run an appositive into the words after it where its sentence closes it with a
 * comma ("The Rail Operators Union, Local 417 said ..." of "..., Local 417, which represents ...,
 * said")? The comma that closed it went with the aside after it, and the name and its
 * appositive run on into the verb (QUALITY.md R1). Only where the stem opens on the noun phrase
 * the appositive follows: after a leading phrase ("In March, Acme said") the word after the comma
 * is the subject, and no appositive is open.
 */
export function lostClosingComma(stem: string, sentence: string): boolean {
	for (const m of stem.matchAll(/,\s/g)) {
		const prefix = stem.slice(0, m.index);
		const first = /^[\p{L}’'-]+/u.exec(prefix)?.[0].toLowerCase() ?? '';
		if (/[,;:“”"]/.test(prefix) || hasFinite(prefix) || tagsOf(first).some((t) => t === 'Preposition' || t === 'Adverb' || t === 'Conjunction')) continue;
		const words = stem.slice(m.index + 2).split(' ');
		// ", and Carvalho finished" where the sentence has ", and Carvalho, the Brazilian, finished": a clause joined, its aside cut whole
		if (CLAUSE_OPENER.test(words[0])) continue;
		for (let k = 1; k <= Math.min(6, words.length - 1); k++) {
			const phrase = words.slice(0, k).join(' ');
			if (/[,;:]$/.test(phrase)) break;
			if (sentence.includes(`, ${phrase}, `) && !sentence.includes(`, ${phrase} ${words[k]}`)) return true;
		}
	}
	return false;
}

/**
 * Does the stem write a person's full name (of two words or more) twice where its sentence does
 * not ("Gwilym Rhys Morgan's funeral ... six choirs Gwilym Rhys Morgan worked with", the second
 * a resolved "he")? A writer would use the pronoun; the doubled name reads as clumsy (a dev157s
 * reader's R1). `fullNames` are the article's persons' full names.
 */
export function nameTwice(stem: string, sentence: string, fullNames: Iterable<string>): boolean {
	// "the Ileana Dragomir Foundation": a name inside a longer one is that body's, no second mention of the person
	const count = (text: string, name: string) => [...text.matchAll(new RegExp(String.raw`${escapeRe(name)}(?! \p{Lu})`, 'gu'))].length;
	for (const name of fullNames) {
		// two matches need two occurrences: a stem that writes the name once or not at all (nearly every stem, for
		// every person of the article) is answered without building the name's pattern, which cost about 1% of generation
		if (name.includes(' ') && stem.indexOf(name) !== stem.lastIndexOf(name) && count(stem, name) > 1 && count(sentence, name) <= 1) return true;
	}
	return false;
}

// a word that stands as the subject of a clause of its own after a comma ("..., most because they were waiting")
const STRANDED = /,\s(?:most|many|some|all|half|none|few|several|each|both|others|one|he|she|they|it|we)$/i;

/**
 * Does the stem end on a comma and a lone quantifier or pronoun that its sentence goes on with as
 * the subject of a cut clause ("... could not be discharged, most." of "..., most because they
 * were waiting for a care home place")? The clause was cut after its first word, which is left
 * dangling (the holdout184 reader's R1). Takes the stem as shown and its source sentence.
 */
export function strandedSubject(stem: string, sentence: string): boolean {
	const body = stem.replace(/[.!?]$/, '');
	if (!STRANDED.test(body)) return false;
	const rest = restAfter(body, sentence);
	return rest !== undefined && /^\s\p{L}/u.test(rest);
}

// a stem that opens on a name and an appositive and has no other comma: "Lumora Energy, the battery start-up that ..."
const OPEN_APPOSITIVE = /^\p{Lu}[^,;:]{0,60},\s(?:the|a|an)\s[^,;:]+$/u;

/**
 * Does the stem keep a sentence's subject and its appositive but cut the main clause after them
 * ("Lumora Energy, the battery start-up that was valued at _____ as recently as March." of "...,
 * filed for bankruptcy on Tuesday")? What is left has no main verb: a fragment (the holdout184
 * reader's R1). The stem opens on a name (no opening phrase), a comma and "the", "a" or "an" and
 * has no other comma nor a verb outside a relative clause, and its sentence goes on past it with
 * the comma that closed the appositive and a lower-case word.
 */
export function cutMainClause(stem: string, sentence: string): boolean {
	const body = stem.replace(/[.!?]$/, '');
	if (!OPEN_APPOSITIVE.test(body)) return false;
	// "In March, the firm raised ...": an opening phrase, after which the subject and its verb follow
	const first = /^[\p{L}’'-]+/u.exec(body)?.[0].toLowerCase() ?? '';
	if (tagsOf(first).some((t) => t === 'Preposition' || t === 'Adverb' || t === 'Conjunction')) return false;
	// "Acme, the firm said, ...": an appositive is a noun phrase, its verbs only in a relative clause
	const appositive = body.slice(body.indexOf(',') + 2);
	if (!/\b(?:that|which|who|whose)\b/.test(appositive) && hasFinite(appositive)) return false;
	const rest = restAfter(body, sentence);
	return rest !== undefined && /^,\s\p{Ll}/u.test(rest);
}

// a determiner and the word after it that no noun phrase has between them: a function word ("her" and "those" left out,
// as an object "told her that" and "those who" read well); a letter before it, accented or not, makes it a word's end
// ("España is": a \b reads "ñ" as no letter)
const ORPHANED = /(?<![\p{L}\p{M}’'-])(?:the|a|an|its|their)\s(?:that|which|who|whom|and|or|but|of|to|in|on|at|by|for|with|from|is|are|was|were|has|had|will|said|says|the|a|an)(?=\s)/giu;

/**
 * Does the stem leave a determiner with no noun ("told the that a flood ...", "the of")? A cut or a
 * rewrite took the noun with the words after it, and the stem reads as broken English (a fresh
 * user's R1). Only a pair the source sentence does not itself write counts, so a name or title that
 * has one ("The The", "a of" in a quoted slogan) passes.
 */
export function orphanedDeterminer(stem: string, sentence: string): boolean {
	const source = sentence.toLowerCase();
	return [...stem.matchAll(ORPHANED)].some((m) => !source.includes(m[0].toLowerCase()));
}

// a clause that says for what or on what condition the main clause holds: "before the levy can take effect", "unless ...", "so that ..."
const PURPOSE_OR_CONDITION = /^,?\s(?:before|until|unless|if|once|so that|in order to|so as to|to allow|provided|as long as)\b/;
// the same clause opening its sentence, up to its comma: "Before the levy can take effect, the council must ..."; group 1 its words
const OPENING_PURPOSE = /^((?:Before|Until|Unless|If|Once|In order to|So that|So as to|To allow)\s[^,;:]{3,120}),\s/;
// what such a clause completes: an obligation ("must", "has to", "is required to") or a notice, warning or approval, which
// is always of or for something
const NEEDS_PURPOSE = /\b(?:must|has to|have to|had to|needs? to|needed to|will have to|would have to|(?:is|are|was|were) required to|notice|warning|approval|permission|consent)\b/;

// does `body` write `clause`, whole or with a blank standing for some of its words ("Before the levy can take effect in
// _____, ..." writes "Before the levy can take effect in April"): the blank hides the key, not a cut
function writesAround(body: string, clause: string): boolean {
	if (body.includes(clause)) return true;
	const at = body.indexOf(BLANK);
	if (at < 0) return false;
	const before = body.slice(0, at);
	const after = body.slice(at + BLANK.length);
	// the hidden part is a key's few words, and what the stem writes is most of the clause
	for (let i = 1; i < clause.length; i++) {
		if (!before.endsWith(clause.slice(0, i))) continue;
		for (let j = Math.min(clause.length, i + 40); j > i; j--) if (i + clause.length - j >= (clause.length * 2) / 3 && after.startsWith(clause.slice(j))) return true;
	}
	return false;
}

/**
 * Does the stem leave out the clause its obligation or notice needs, which its sentence opens on
 * or goes on with ("Strathfionn Council must publish a formal scheme and give _____ months'
 * notice." of "Before the levy can take effect, the council must ...", or of "... notice before the
 * levy can take effect")? Notice of what, for what the obligation holds, only the cut clause said
 * (the dev165s levy reader's R4). An opening clause counts when the stem does not write it, whole or around its blank (a key
 * inside the clause: "Before the levy can take effect in _____, ..."); a
 * closing one when the stem's last words after its blank (6 to 30 characters) stand once in
 * `sentence`, so that what follows them there is what the cut took.
 */
export function cutNeededClause(stem: string, sentence: string): boolean {
	const body = stem.replace(/[.?!]$/, '');
	if (!NEEDS_PURPOSE.test(body)) return false;
	const opening = OPENING_PURPOSE.exec(sentence);
	if (opening && !writesAround(body.toLowerCase(), opening[1].toLowerCase())) return true;
	const tail = (body.includes(BLANK) ? body.slice(body.lastIndexOf(BLANK) + BLANK.length) : body).slice(-30);
	if (tail.trim().length < 6) return false;
	const at = sentence.indexOf(tail);
	if (at < 0 || sentence.indexOf(tail, at + 1) >= 0) return false;
	return PURPOSE_OR_CONDITION.test(sentence.slice(at + tail.length));
}

// a verb of spending time or money, whose "-ing" complement says on what ("spent three seasons blocking ditches")
const SPENT = /\bspen(?:d|ds|t|ding)\s/i;
// words in "-ing" that are no verb's form
const NOT_GERUND = /^(?:during|morning|evening|nothing|something|anything|everything|thing|things|king|ring|spring|string|building|ceiling|funding|housing|training)$/;
const hasGerund = (text: string) => (text.match(/\p{Ll}{2,}ing\b/gu) ?? []).some((w) => !NOT_GERUND.test(w));

/**
 * Does the stem keep a verb of spending ("spent three seasons") without the "-ing" complement its
 * sentence gives it ("... blocking 62km of ditches")? Spent doing what, only the cut words said, and
 * the stem reads cut off ("At Glen Arrach, contractors spent _____ seasons, between 2020 and 2022.": the
 * dev174 reader's R1). Takes the stem and its source sentence.
 */
export function cutSpentComplement(stem: string, sentence: string): boolean {
	const at = stem.search(SPENT);
	if (at < 0 || hasGerund(stem.slice(at + 5))) return false;
	const from = sentence.search(SPENT);
	return from >= 0 && hasGerund(sentence.slice(from + 5));
}

/**
 * Does a question end on an absolute phrase ("how many homes did a preliminary count find damaged,
 * 58 of them destroyed?")? Said of a count the statement gave, "58 of them" is a part of a whole the
 * question now asks for, and it dangles after the question's verb (the dev174 reader's R1). A
 * statement keeps it: "found 212 homes damaged, 58 of them destroyed." reads well; so does a question's
 * "most of them on short-haul routes", which counts no part (company-s12).
 */
export function danglingAbsolute(stem: string): boolean {
	return /,\s(?:\d[\d,.]*|[a-z]+-?[a-z]*)\sof\s(?:them|those|these|which)\s[^,?]*\?$/u.test(stem) && !/,\s(?:most|many|some|all|half|few|none|each|both)\sof\s(?:them|those|these|which)\s[^,?]*\?$/u.test(stem);
}

// words that say an event happens again, which makes it one of two or more ("Kelsey levelled again on 71 minutes")
const REPEAT = /\b(?:again|once more|anew|(?:for )?(?:a|the) (?:second|third|fourth) time)\b/gi;

/**
 * Does the stem drop a word of its sentence that marks a repeated event ("Kelsey levelled on _____
 * minutes." of "Kelsey levelled again on 71 minutes")? Without it the stem asks of one of two or more
 * like events, and the first one's value (an equaliser on 34 minutes) is as true an answer
 * (QUALITY.md R3: the dev174 reader's). The marker counts as dropped when the stem writes the
 * words on either side of it together ("levelled on", "levelled."). Takes the stem and its source sentence.
 */
export function droppedRepeat(stem: string, sentence: string): boolean {
	const lower = stem.toLowerCase();
	for (const m of sentence.matchAll(REPEAT)) {
		if (lower.includes(m[0].toLowerCase())) continue;
		const prev = /([\p{L}\d’'-]+)\s$/u.exec(sentence.slice(0, m.index))?.[1]?.toLowerCase();
		const next = /^(?:\s[\p{L}\d’'-]+|[.,;:?!])/u.exec(sentence.slice(m.index + m[0].length))?.[0].toLowerCase();
		if (!prev || !next) continue;
		// "levelled again." asked as "When did Kelsey level?" keeps no word after it: the stem's own end stands for the stop
		if (lower.includes(`${prev}${next}`) || (/^[.,;:?!]$/.test(next) && new RegExp(`(?<![\\p{L}\\d’'-])${escapeRe(prev)}[.?]$`, 'u').test(lower))) return true;
	}
	return false;
}
