import nlp from 'compromise';
import type { Fact } from './facts';
import { tagsOf } from './lexicon';
import { quoteOpenAt } from './quote-runs';
import type { Clause } from './simplify';
import { keptPerText } from './words';

/**
 * Statements a sentence makes besides its main clause, spun off as clauses of their own (issue
 * 3, "sentence simplification"): a leading participle clause ("After completing a PhD in 1975,
 * she spent ..." → "She completed a PhD in 1975"), a non-restrictive relative clause ("X, who
 * was deputy governor until 2022, founded ..." → "X was deputy governor until 2022") and an
 * appositive of a person ("Dr Reid, a surgeon at St Mary's Hospital, was cycling ..." → "Dr Reid
 * was a surgeon at St Mary's Hospital"). Each keeps the sentence's own words for the part an
 * item may ask about; only the subject it hangs on and a verb are written in.
 */

/** A part of a composed clause: a run of the sentence [from, to), or words written in. */
type Part = [number, number] | string;

const FINITE = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);
const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|shall|did|does|do)$/;
const SUBORDINATOR = /^(?:when|while|as|but|although|though|because|if|so|whereas|until|before|after)$/;
const SAY = /^(?:said|says|told|tells|added|adds|explained|wrote|according)$/;
/**
 * Past tenses the lexicon reads as another part of speech ("left" an adjective, "rose" a noun,
 * "cut" a singular): after a relative clause inside the subject (", which runs ..., left the
 * tracks") such a word is the main clause's verb.
 */
export const MISREAD_PAST = /^(?:left|rose|drew|hit|cut|set|put|shut|spread|cost|quit|beat|hurt|split|bid|let)$/;
const TITLE = /\b((?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s)$/;
/**
 * A role written right before a name ("Chief Executive Thomas Bellamy", "head coach Ana Ruiz"): a
 * "who" clause keeps it, since a clause such as "who took over in 2023" leaves its object, the
 * role, to the title.
 */
const ROLE_TITLE = /(?:^|\s)((?:(?:[Cc]hief|[Ee]xecutive|[Oo]fficer|[Ff]inancial|[Oo]perating|[Hh]ead|[Dd]eputy|[Aa]ssistant|[Aa]cting|[Ii]nterim|[Mm]anaging|[Dd]irector|[Cc]hair(?:man|woman)?|[Pp]resident|[Cc]oach|[Mm]anager|[Cc]aptain|[Pp]rincipal|[Hh]eadteacher|[Hh]ead [Tt]eacher|[Pp]romoter|[Ff]ounder|[Ee]ditor|[Cc]ommissioner|[Cc]onductor|Detective|Inspector|Sergeant|Superintendent|Constable)\s){1,3})$/;
/** A subordinator and a gerund that open a sentence and close at a comma: "After completing a PhD in 1975, ". */
const LEADING_GERUND = /^(?:After|Before|Since|Upon|On|While)\s(\p{Ll}+ing)\b([^,;:“”"()–—]{3,120}),\s/u;
/** A sentence that opens on a sum ("Adding the Social Democrats would take a three-party alliance to 113 seats") counts from a figure said before it. */
const ARITHMETIC_LEAD = /^(?:Adding|Including|Excluding|Counting|Subtracting|Removing|Combined with|Together with|Minus|Plus)\b/;

/** Is `word` a finite verb by the lexicon or by its ending ("founded", "is", "would")? */
function finite(word: string): boolean {
	const lower = word.toLowerCase();
	return AUXILIARY.test(lower) || tagsOf(lower).some((t) => FINITE.has(t)) || (lower.length > 4 && /ed$/.test(lower));
}

/**
 * Is `word`, right after ", which", the present-tense verb of the plural name `owner` ("The Taita
 * Hills, which rise ...", "Smith & Sons, which employ ...")? The owner ends on a capitalised word
 * in -s, and the word is a bare lower-case word: no adverb ("which also"), gerund, preposition or
 * determiner, which would make it no verb of its own.
 */
function pluralVerb(owner: string, word: string): boolean {
	if (!/\p{Lu}[\p{L}’'-]*[^s’'\s]s$/u.test(owner)) return false;
	if (/(?:ly|ing|ed|s)$/.test(word)) return false;
	const tags = tagsOf(word);
	return !tags.some((t) => t === 'Adverb' || t === 'Preposition' || t === 'Determiner' || t === 'Conjunction' || t === 'Pronoun' || t === 'Adjective');
}

// the verbs whose form says one or several; a past tense or a modal says neither
const PLURAL_VERB = /^(?:have|are|were|do)$/;
const SINGULAR_VERB = /^(?:has|is|was|does)$/;

/**
 * Does the verb `word` that opens a "which" clause disagree in number with `owner`, the phrase
 * thingBefore hung it on ("a slide in prices at the Kampala exchange, which have fallen": the
 * clause is of the prices, and "The Kampala exchange have fallen" is broken English, QUALITY.md
 * R1, and a misstatement, R6)? Read only for an owner whose head (the word before its first "of")
 * is a lower-case noun: a name may take either verb in British English ("Arsenal, which have").
 */
function disagrees(owner: string, word: string): boolean {
	const head = owner.split(/\sof\s/)[0].split(/\s+/).at(-1) ?? '';
	if (!/^\p{Ll}+$/u.test(head)) return false;
	const plural = /(?:[^su]s|ies)$/.test(head) || /^(?:people|police|staff|children|men|women)$/.test(head);
	return plural ? SINGULAR_VERB.test(word) : PLURAL_VERB.test(word);
}

/** Is `word` a past-tense verb ("spent", "founded", "was")? */
function past(word: string): boolean {
	const lower = word.toLowerCase();
	return /^(?:was|were|had|did)$/.test(lower) || tagsOf(lower).includes('PastTense') || (lower.length > 4 && /ed$/.test(lower));
}

/**
 * Does the sentence open on a sum that counts from a total given before it ("Adding X would take
 * the alliance to 113 seats", "Excluding one-off costs, profit rose 4%")? Its figures then lean
 * on words outside the stem (QUALITY.md R4), so no clause of it is asked.
 */
export function opensOnSum(sentence: string): boolean {
	return ARITHMETIC_LEAD.test(sentence);
}

/**
 * Writes a clause from parts: runs of `sentence` and words written in between. The first letter
 * is capitalised as a replacement of one letter (a run then starts one later), as simplify's
 * own clauses are. Returns undefined for a clause of fewer than four words.
 */
export function compose(sentence: string, parts: Part[], kind: Clause['kind']): Clause | undefined {
	let text = '';
	const pieces: Clause['pieces'] = [];
	for (const part of parts) {
		if (typeof part === 'string') {
			text += part;
			continue;
		}
		const [from, to] = part;
		if (to <= from) continue;
		pieces.push({ from, to, at: text.length });
		text += sentence.slice(from, to);
	}
	text = text.trimEnd().replace(/[,;:]$/, '');
	if ((text.match(/\S+/g) ?? []).length < 4) return undefined;
	if (/^\p{Ll}/u.test(text)) {
		text = text[0].toUpperCase() + text.slice(1);
		if (pieces[0]?.at === 0) pieces[0] = { ...pieces[0], from: pieces[0].from + 1, at: 1 };
	}
	return { text, pieces: pieces.filter((p) => p.to > p.from), kind };
}

/**
 * A leading "After/Before/Since/On/While <gerund> ..., " at `from`: its length, and the clause it
 * states when the main clause after it opens on a person, a pronoun (He/She) or an organisation
 * and a past-tense verb, so that the gerund's doer is that subject and the deed is past ("After
 * completing a PhD in 1975, she spent ..." → "She completed a PhD in 1975"; a main clause in the
 * future, "the council will reopen", gives none). Undefined when the sentence has no such lead.
 */
export function leadingGerund(sentence: string, from: number, facts: readonly Fact[]): { length: number; clause?: Clause } | undefined {
	const m = LEADING_GERUND.exec(sentence.slice(from));
	if (!m || /^(?:being|having|according|including|during|following|nothing|something|anything|everything)$/.test(m[1])) return undefined;
	const after = from + m[0].length;
	const pronoun = /^(he|she)\s/i.exec(sentence.slice(after));
	const named = facts.find((f) => (f.type === 'person' || f.type === 'organisation') && f.span.start === after);
	const subjectEnd = pronoun ? after + pronoun[1].length : named?.span.end;
	const verb = subjectEnd === undefined ? undefined : /^\s(\p{Ll}+)\b/u.exec(sentence.slice(subjectEnd))?.[1];
	if (subjectEnd === undefined || !verb || !past(verb)) return { length: m[0].length };
	const conjugated = nlp(m[1]).verbs().toPastTense().text();
	if (!conjugated || / /.test(conjugated) || conjugated === m[1]) return { length: m[0].length };
	const objectFrom = from + m[0].indexOf(m[1]) + m[1].length;
	const clause = compose(sentence, [[after, subjectEnd], ` ${conjugated}`, [objectFrom, from + m[0].length - 2]], 'subordinate');
	return { length: m[0].length, ...(clause ? { clause } : {}) };
}

// ", and Calgary's Rachel Donovan, who ...", ", and Jane Fox of Leeds": after a relative, the next
// name of the list it stands in (a place's possessive, then a name), with no verb of its own
const NEXT_NAME = /^,\s(?:and|or)\s(?:the\s)?(?:\p{Lu}[\p{L}.-]*[’']s\s)?\p{Lu}[\p{L}’'.-]*(?:\s(?:&\s)?\p{Lu}[\p{L}’'.-]*)*(?=,|\.?$|\s(?:of|from)\s)/u;

/**
 * The end of a relative clause that starts at `from` (just after "who "/"which "): the comma
 * before the verb of the main clause it interrupts (", said", ", was likely"); for one after the
 * main verb (`interrupts` false), also a dash that closes the aside it stands in, a comma before
 * a subordinator (", when ...") or the sentence's end (`end`). Undefined when an interrupting
 * clause never meets a verb, or one runs on over 160 characters. `owner` is what the clause hangs
 * on: a word the lexicon misses ("overtook", "records") is the main verb where compromise reads
 * it as the owner's verb in the clause joined up.
 */
function relativeEnd(sentence: string, from: number, end: number, interrupts: boolean, owner: string): number | undefined {
	// (a spaced hyphen is a dash too: "a pilot fund - the X Programme, which runs until 2027 - offers")
	for (const m of sentence.slice(from, end).matchAll(/,\s(\p{Ll}+)\b(?:\s(\p{Ll}+)\b)?|\s[–—-]\s/gu)) {
		// ", said", ", now runs": the main verb, after an adverb at most
		if (m[1] && (finite(m[1]) || SAY.test(m[1]) || (interrupts && MISREAD_PAST.test(m[1])) || (m[2] && (/ly$|^(?:now|still|also|later|then|since|already|soon)$/.test(m[1]) || tagsOf(m[1]).includes('Adverb')) && (finite(m[2]) || /s$/.test(m[2]))))) return from + m.index;
		// "X, which sells food, drinks and toys, said": a word that goes on to "and" may be a list's next item, never read as a verb
		if (m[1] && interrupts && !/^[^,]*\s(?:and|or)\s/.test(sentence.slice(from + m.index + 2, end)) && (nlp(`${owner} ${sentence.slice(from + m.index + 2, end)}`).verbs().out('array') as string[])[0]?.split(' ')[0] === m[1]) return from + m.index;
		// ", and Jane Fox of Leeds": the next name of a list the relative stood in, no part of it
		if (m[1] && /^(?:and|or)$/.test(m[1]) && NEXT_NAME.test(sentence.slice(from + m.index))) return from + m.index;
		// "bans exist in New York City, which outlawed smoking in 2011, and in Evanston and Oak Park": a
		// phrase with no verb after ", and in" is the next of the places the relative stood in (R1)
		if (m[1] && /^(?:and|or)$/.test(m[1]) && m[2] && tagsOf(m[2]).includes('Preposition') && !(sentence.slice(from + m.index + m[0].length, end).match(/\p{L}+/gu) ?? []).some(finite)) return from + m.index;
		// a dash closes the aside the relative clause stands in; ", when ..." adds to the clause
		if (!interrupts && (!m[1] || SUBORDINATOR.test(m[1]))) return from + m.index;
	}
	// a relative clause inside the subject ends at the main verb: one the lexicon misses
	// ("Norwater, which runs 2,100 miles of pipes, reports ...") is never run to the end
	return !interrupts && end - from <= 160 ? end : undefined;
}

/**
 * Does the name or "the ..." phrase that ends at `comma` (from `start`) say where the noun before its preposition is
 * ("the diversion of ships ... to avoid attacks in the Red Sea, which adds 10 days"), or, in a subject before
 * its verb, where it leads ("The longer journey to Rotterdam, which can add 10 days")? "which" may
 * then hang on that noun or on the phrase it ends, and read as the name's it misstates the
 * sentence (a holdout76 reader's R6: "The Red Sea adds 10 days"). After a verb ("sank in the Red
 * Sea", "is based in London") the name is the only thing there. The word is read in context, as
 * out of it compromise takes "attacks" for a verb.
 */
function placeAfterNoun(sentence: string, start: number, comma: number): boolean {
	const prep = /([\p{L}’'-]+)\s(in|on|at|near|off|around|across|through|into|along|over|outside|inside|within|to|from|towards|toward|via)\s(?:the\s)?$/iu.exec(sentence.slice(0, start));
	if (!prep) return false;
	// "The longer journey to Rotterdam, which can add 10 days, means": a way to or from the place in the
	// subject, before any verb, is what "which" tells of ("Rotterdam can add _____ days", the holdout109
	// reader's R1, R6); after a verb ("moved its office to Hamburg, which has") the place is the goal
	if (/^(?:to|from|towards|toward|via)$/i.test(prep[2]) && (sentence.slice(0, prep.index).match(/[\p{L}’'-]+/gu) ?? []).some((w) => finite(w) || SAY.test(w.toLowerCase()))) return false;
	const term = (nlp(sentence.slice(0, comma)).terms().json() as { text: string; terms: { tags: string[] }[] }[]).findLast((t) => t.text === prep[1]);
	return term !== undefined && term.terms[0].tags.includes('Noun');
}

/**
 * The noun phrase a "which" clause hangs on when it ends at `comma`: an organisation or place
 * the sentence names there (with its "the"), a name of at most four capitalised words that opens
 * the sentence or a reported clause ("said Stratus, which ..."), or the nearest "the ..." before it of at most 12
 * words, one of them capitalised, with no comma, no finite verb and no preposition but "of" inside ("the ruling Together
 * bloc of Prime Minister Jan Novak"); undefined when none.
 */
function thingBefore(sentence: string, comma: number, facts: readonly Fact[]): string | undefined {
	const named = facts.find((f) => (f.type === 'organisation' || f.type === 'place') && f.span.end === comma);
	if (named) {
		// "led by Professor Lachlan of the university's Centre for Clinical Brain Sciences, which plans
		// to follow 1,800 children": after an "of", "which" may hang on the phrase the name is of (R6)
		if (/\sof\s(?:the\s)?(?:\p{L}[\p{L}’'-]*[’']s\s)?$/iu.test(sentence.slice(0, named.span.start))) return undefined;
		// "an alliance of the SPD, CDU and BSW, which would hold 41 seats": the last of a list, where
		// "which" may hang on the whole list or on what it is of ("BSW would hold 41 seats" was the holdout111 reader's R6)
		if (/\s(?:and|or|&)\s(?:the\s)?$/i.test(sentence.slice(0, named.span.start))) return undefined;
		// "The bakery, in Leeds, which opened in 1990": a place in an aside of its own says where the
		// noun before it is, and "which" hangs on that noun ("Leeds opened in 1990", R6)
		if (/,\s(?:in|on|at|near|off|outside)\s(?:the\s)?$/i.test(sentence.slice(0, named.span.start))) return undefined;
		// "Brakon Systems, a supplier based in Wroclaw, Poland, which changed the seal": the place says where the
		// supplier is, and "which" hangs on the supplier ("Poland changed the seal": a sealed holdout87 reader's R6)
		if (/\b(?:based|headquartered|located|situated|registered)\s(?:in|near|at|outside)\s(?:\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)*,\s)?$/u.test(sentence.slice(0, named.span.start))) return undefined;
		// "its mill in Kuopio, central Finland, which is due to start up": a place set after another place says where that
		// one is, and "which" hangs on what stands there ("Finland is due to start up" was the dev175 reader's R1, R6)
		if (/\p{Lu}[\p{L}\p{M}’'.-]*,\s(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|rural|coastal|upstate)\s)?$/u.test(sentence.slice(0, named.span.start))) return undefined;
		if (placeAfterNoun(sentence, named.span.start, comma)) return undefined;
		// "The Nationalist Congress Party faction led by Ajit Pawar, which contested separately": the name after "led
		// by" is the leader, and "which" hangs on what he leads ("Ajit Pawar contested separately" was the holdout118
		// readers' R6, twice)
		if (/\b(?:led|headed|run|founded|owned|chaired|fronted|controlled)\sby\s$/.test(sentence.slice(0, named.span.start))) return undefined;
		// "The center-left Socialist Party, which had been ...": the name keeps its "the" and the words between
		// ("Socialist Party had been the largest party" lost both, the holdout119 reader's R1)
		const the = /\b[Tt]he\s((?:(?!(?:of|by|for|from|with|to|in|on|at|and|or|as|than)\s)[\p{Ll}-]+\s){0,3})$/u.exec(sentence.slice(0, named.span.start));
		return the ? `the ${the[1]}${sentence.slice(named.span.start, comma)}` : named.text;
	}
	const before = sentence.slice(0, comma);
	// "Stratus, which is based in ...": a name that opens the sentence
	if (/^(?:\p{Lu}[\p{L}’'&.-]*\s?){1,4}$/u.test(before) && !/^(?:The|This|That|It|He|She|They)\b/.test(before)) return before;
	// "The regulator said Stratus, which rents out ...": a name that opens a reported clause
	const reported = /\b(?:said|says|that)\s((?:\p{Lu}[\p{L}’'&.-]*\s?){1,4})$/u.exec(before)?.[1];
	if (reported && !/^(?:The|This|That|It|He|She|They)\b/.test(reported)) return reported;
	const at = before.search(/\b[Tt]he\s(?:(?!\b[Tt]he\s)[^,;:“”"()–—])*$/);
	// "The Music of the Spheres World Tour, which ...": the name goes on before "of the"
	if (at < 0 || /\p{Lu}[\p{L}’'-]*\s(?:of|and|&|for|on|in)\s$/u.test(before.slice(0, at))) return undefined;
	if (placeAfterNoun(sentence, at, comma)) return undefined;
	const phrase = before.slice(at);
	// "the ninth flight of Ariane 6, which made its maiden launch in 2024": "which" may hang on the name after "of" as well as on the phrase
	if (/^[Tt]he (?:\p{Ll}[\p{Ll}-]* )+of (?:the )?\p{Lu}[^\s]*(?: [\p{Lu}\d][^\s]*)*$/u.test(phrase)) return undefined;
	const words = phrase.split(/\s+/).slice(1);
	// "the partnership business" names nothing by itself: a name inside makes the phrase self-contained
	if (words.length > 12 || !words.some((w) => /^\p{Lu}/u.test(w))) return undefined;
	for (const w of words) {
		if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) continue;
		const tags = tagsOf(w.toLowerCase());
		if (w !== 'of' && w !== 'and' && tags.includes('Preposition')) return undefined;
		// "The case has drawn attention to oversight of Spain's regime, which paid ...": an auxiliary makes the words a clause, not the noun phrase "which" hangs on (R1)
		if ((AUXILIARY.test(w.toLowerCase()) || tags.some((t) => FINITE.has(t))) && !tags.includes('Adjective') && !tags.includes('Noun')) return possessed(before);
	}
	return phrase;
}

/**
 * The possessed noun phrase that ends `before`, the words up to a ", which": "Spain's renewable
 * support regime" of "The case has drawn attention to oversight of Spain's renewable support
 * regime". A name's possessive and one to three lower-case words, none a verb, a preposition or
 * a determiner; undefined when `before` ends on no such phrase.
 */
function possessed(before: string): string | undefined {
	const m = /(?<=\s)\p{Lu}[\p{L}\p{M}-]*[’']s((?:\s[\p{Ll}-]+){1,3})$/u.exec(before);
	if (!m) return undefined;
	const clean = m[1].trim().split(/\s+/).every((w) => {
		const tags = tagsOf(w);
		return !AUXILIARY.test(w) && !tags.some((t) => FINITE.has(t) || t === 'Preposition' || t === 'Determiner' || t === 'Conjunction' || t === 'Pronoun' || t === 'Adverb');
	});
	return clean ? m[0] : undefined;
}

/**
 * Are the words at `at` in `sentence` quoted? Where a mark stands before them, the last one says
 * (`quoteOpenAt`); where none does, they are when the first mark after them closes a quote, as
 * in a sentence that goes on with a quote the one before opened ('We kept the barn, which ...,"
 * she said'): those words are the speaker's, never a statement of the article's (QUALITY.md R6).
 */
function quotedAt(sentence: string, at: number): boolean {
	if (/[“”"]/.test(sentence.slice(0, at))) return quoteOpenAt(sentence, at);
	const next = /[“”"]/.exec(sentence.slice(at));
	return next !== null && !quoteOpenAt(sentence, at + next.index + 1);
}

/**
 * Each non-restrictive relative clause on a name or a thing, as a clause of its own: "X, who was
 * deputy governor of the central bank until 2022, founded ..." → "X was deputy governor of the
 * central bank until 2022"; "Stratus, which is based in Austin, Texas, and reported revenue of
 * $38.2 billion, said ..." → "Stratus is based in Austin, Texas, and reported revenue of $38.2
 * billion"; "... ahead of the Together bloc, which won 22.7% and 57 seats." → "The Together bloc
 * won 22.7% and 57 seats". "who" hangs only on a person the sentence names right before it,
 * "which" on an organisation, a place or a "the ..." phrase; the clause must open on a finite
 * verb (an object relative, "which she founded", makes no statement of its own). `end` is
 * where the sentence's final punctuation starts.
 */
export function relativeClauses(sentence: string, end: number, facts: readonly Fact[]): Clause[] {
	const out: Clause[] = [];
	for (const m of sentence.slice(0, end).matchAll(/,\s(who|which)\s(\p{Ll}+)\b/gu)) {
		// a quote open at the comma: the words are the speaker's, never a statement of the article's
		if (quotedAt(sentence, m.index)) continue;
		const from = m.index + m[0].length - m[2].length;
		let owner: string | undefined;
		if (m[1] === 'who') {
			const person = facts.find((f) => f.type === 'person' && f.span.end === m.index);
			if (person) {
				const before = sentence.slice(0, person.span.start);
				owner = `${TITLE.exec(before)?.[1] ?? ROLE_TITLE.exec(before)?.[1] ?? ''}${person.text}`;
			}
		} else {
			owner = thingBefore(sentence, m.index, facts);
		}
		if (!owner) continue;
		// right after "which" a word in -s is a verb ("which rents out"), whatever the lexicon says, and so is
		// a bare word after a plural name ("The Taita Hills, which rise to ..."), which the lexicon reads as a noun
		if (!finite(m[2]) && !/[^s]s$/.test(m[2]) && !(m[1] === 'which' && pluralVerb(owner, m[2]))) continue;
		if (m[1] === 'which' && disagrees(owner, m[2])) continue;
		// an owner that opens the sentence is its subject: the relative clause interrupts it; so it
		// does after a subject with no verb before it ("The westbound Empire Builder, which runs
		// between Chicago and Seattle, left the tracks"), where the main verb is still to come
		const head = sentence.slice(0, m.index);
		const verbless = !(head.match(/[\p{L}’'-]+/gu) ?? []).some((w) => finite(w) || SAY.test(w.toLowerCase()) || MISREAD_PAST.test(w)) && nlp(head).verbs().length === 0;
		// '..., said Ann Reid, who farms ...' names the speaker after the words said, and nothing of the
		// sentence is left for the relative clause to interrupt, unlike "The regulator said Stratus, which ..., had"
		const inverted = /[,"”]\s(?:said|says)\s$/.test(sentence.slice(0, m.index - owner.length));
		const interrupts = head.length <= owner.length + 4 || (/\b(?:said|says|that)\s$/.test(sentence.slice(0, m.index - owner.length)) && !inverted) || verbless;
		const ran = relativeEnd(sentence, from, end, interrupts, owner);
		// '..., said Ann Reid, who farms near Leeds, adding that ...': the participle is the speaker's saying, not the relative's
		const adding = inverted && ran !== undefined ? /,\s\p{Ll}+ing\b/u.exec(sentence.slice(from, ran)) : null;
		let to = adding ? from + adding.index : ran;
		if (to === undefined || /[“”"]/.test(sentence.slice(from, to))) continue;
		// "include X, who won in 2018 for A, and the Danish writer Y, the winner in 2021": a verbless item after
		// ", and" that names another person is the next of the outer sentence's list, no part of the relative (a
		// dev159 reader's R1); "who bought the mill, the barn, and the old house" is the relative's own list
		const listed = m[1] === 'who' ? /,\s(?:and|or)\s(?=(?:the|a|an)\s(?:[\p{L}-]+\s){0,3}?\p{Lu}[\p{Ll}\p{M}’'-]+\s\p{Lu}[\p{Ll}\p{M}’'-]+)/u.exec(sentence.slice(from, to)) : null;
		if (listed && !(sentence.slice(from + listed.index + listed[0].length, to).match(/[\p{L}’'-]+/gu) ?? []).some((w) => finite(w))) to = from + listed.index;
		// "came from the county, which gave $4 million, and a raffle that raised $9,000": a noun phrase after ", and"
		// whose only verb is its own relative's is the next source of the outer sentence, no part of the relative;
		// written into it, "and a raffle that raised $9,000" hangs without a verb (a dev156s reader's R1). A
		// relative with a comma before its ", and" may be listing its own objects ("bought the mill, the barn, and ..."): left so
		const joined = /,\s(?:and|or)\s(?=(?:the|a|an)\s)/u.exec(sentence.slice(from, to));
		if (joined && !/,(?!\d)/.test(sentence.slice(from, from + joined.index))) {
			const item = sentence.slice(from + joined.index + joined[0].length, to);
			// a bare noun ("raffle", "campaign") reads as a present tense to the lexicon: a present verb is one in -s after the noun
			const words = item.split(/\s(?:that|which|who)\s/)[0].match(/[\p{L}’'-]+/gu) ?? [];
			const verb = (w: string, i: number) => {
				const lower = w.toLowerCase();
				const tags = tagsOf(lower);
				return AUXILIARY.test(lower) || tags.some((t) => t === 'PastTense' || t === 'Copula' || t === 'Modal' || t === 'Auxiliary') || (lower.length > 4 && /ed$/.test(lower)) || (i > 1 && /[^s]s$/.test(lower) && tags.includes('PresentTense'));
			};
			if (!words.some(verb)) to = from + joined.index;
		}
		// "X, who received nine years, and Y, owner of a firm, who was sentenced to ...": a run past another
		// name's own relative keeps that name without a verb ("and Y, ..., who was sentenced", a holdout107 reader's R1)
		if (/,\s(?:who|which|whose)\s/.test(sentence.slice(from, to))) continue;
		const clause = compose(sentence, [`${owner} `, [from, to]], 'aside');
		if (clause) out.push(clause);
	}
	return out;
}

/**
 * The copula an appositive of a person is stated with, from the verb of the clause around it:
 * "is" after or before a verb of saying or a present tense ("said Ann Reid, a geologist at ..."),
 * "was" before "was", "had" or "died" ("Dr Reid, a surgeon, was cycling to work"); undefined
 * when the verb tells neither (after "X, a senator, called ..." the role may be over).
 */
function copulaFor(before: string, next: string | undefined): 'is' | 'was' | undefined {
	if (/\b(?:said|says|told|added|according to)\s(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s)?$/.test(before.replace(/(?:\p{Lu}[\p{L}’'.-]*\s?)+$/u, ''))) return 'is';
	if (!next) return undefined;
	if (SAY.test(next) || /^(?:is|has|says|will|can)$/.test(next)) return 'is';
	// "Dr Reid, a surgeon, was cycling": a state at the time told; "X, a senator, called ..." may be over
	return /^(?:was|were|had|died)$/.test(next) ? 'was' : undefined;
}

/** A span of time a role has lasted up to the time told: "for 17 years", "for more than a decade", "since 2019". */
const LASTING = /\b(?:for\s(?:(?:more|less|fewer)\sthan\s|over\s|nearly\s|almost\s|about\s|some\s)?(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|many)\s(?:[\p{Ll}-]+\s)?(?:years?|months?|weeks?|days?|decades?)|since\s(?:\d{4}|\p{Lu}))/u;

/** Role nouns that open an appositive without an article: "X, director of a research institute in Y, ...". */
// a tie to another person, which needs that person named ("a friend of the painter's")
const RELATION = /^(?:[\p{Ll}-]+\s){0,2}(?:friend|colleague|neighbou?r|rival|ally|mentor|protégée?|confidante?|contemporary|classmate|companion|collaborator|admirer|acquaintance)s?\b/u;

const ROLE_WORD = /^(?:deputy|head|chief|former|acting|senior|director|leader|spokesman|spokeswoman|spokesperson|president|secretary|minister|editor|professor|founder|co-founder|chairman|chairwoman|member|governor|mayor|captain|coach|manager|author|lecturer|researcher|partner|owner)\b/;

/**
 * Each appositive of a person the sentence names, as a clause of its own: "Dr Ann Reid, a
 * consultant surgeon at St Mary's Hospital, was cycling ..." → "Dr Ann Reid was a consultant
 * surgeon at St Mary's Hospital"; "..., said Ann Reid, director of a research institute in
 * Leeds." → "Ann Reid is director of a research institute in Leeds". The appositive opens on
 * "a", "an", a role noun or "the" with a preposition (never "his", "her", an age, nor "the
 * Virginia Democrat", which points back), and ends at a comma before the
 * main verb or at the sentence's end; the copula follows that verb's tense (`copulaFor`), in its
 * perfect ("has been", "had been") when the appositive says how long the role has lasted (`LASTING`).
 */
export function appositiveClauses(sentence: string, end: number, facts: readonly Fact[]): Clause[] {
	const out: Clause[] = [];
	for (const person of facts) {
		if (person.type !== 'person') continue;
		const rest = sentence.slice(person.span.end, end);
		const m = /^,\s((?:a|an|the)\s|(?=\p{Ll}))([^,;:“”"()–—]{3,90}?)(?:,\s(?:who\b|(\p{Ll}+)\b)|$)/u.exec(rest);
		if (!m || (!m[1] && !ROLE_WORD.test(m[2]))) continue;
		// "Mr Ward, the Virginia Democrat, said": a definite description points back; one with its
		// place of work ("the chief spokesperson for competition") states a role
		if (/^the\s/i.test(m[1]) && !/\s(?:of|at|for|in|with)\s/.test(m[2])) continue;
		// "Elena Vâlcu, a friend of more than 50 years, wrote": a tie to someone says of whom only beside
		// the sentence's other person, so alone it reads "Elena Vâlcu is a friend of more than 50 years" (R1, R4)
		if (RELATION.test(m[2]) && !/\s(?:of|to)\s(?:\p{Lu}|(?:his|her|their)\s)/u.test(m[2])) continue;
		if (quotedAt(sentence, person.span.start)) continue;
		const copula = copulaFor(sentence.slice(0, person.span.start), m[3]);
		if (!copula) continue;
		const from = person.span.end + 2;
		const to = from + m[1].length + m[2].length;
		const title = TITLE.exec(sentence.slice(0, person.span.start))?.[1] ?? '';
		// "a nurse at X for 17 years" is a state up to the time told: "is a nurse ... for 17 years" is no English (R1)
		const verb = LASTING.test(m[2]) ? (copula === 'is' ? 'has been' : 'had been') : copula;
		const clause = compose(sentence, [`${title}${person.text} ${verb} `, [from, to]], 'aside');
		if (clause) out.push(clause);
	}
	return out;
}

/** Pronouns that open no clause a stem can stand on: their referent is outside it. */
const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i|you|this|that|these|those|there|some|many|most|others|all|both|none)\b/i;

/**
 * Do two clauses stand side by side with only a comma between them ("X produced a full-stretch
 * intercept, goal shooter Y converted twice")? The part before the comma must hold a finite
 * verb, and after it a subject of at most five words ending on a name or a pronoun, none a verb,
 * a relative or a participle, must come before a finite verb other than one of saying ("...,
 * coach Y said" credits a speaker); a quoted phrase after the comma is no clause.
 */
export function clauseSeries(text: string): boolean {
	return clauseSeriesKept(text);
}
const clauseSeriesKept = keptPerText(readClauseSeries, 4096);

/** `clauseSeries`, read afresh. */
function readClauseSeries(text: string): boolean {
	for (const m of text.matchAll(/,\s/g)) {
		const before = text.slice(0, m.index).match(/[\p{L}’'-]+/gu) ?? [];
		if (!before.some((w) => finite(w))) continue;
		const words = text.slice(m.index + 2).split(/\s+/).slice(0, 6).map((w) => w.replace(/[^\p{L}’'-]/gu, ''));
		const verb = words.findIndex((w, i) => i > 0 && finite(w));
		if (verb < 1 || SAY.test(words[verb]) || /[,;:]/.test(text.slice(m.index + 2).split(/\s+/).slice(0, verb).join(' '))) continue;
		if (words.slice(0, verb).some((w) => finite(w) || /^(?:who|which|that|whose|where|when|while|as|and|or|but|if|because)$/i.test(w) || /(?:ing|ed)$/.test(w))) continue;
		// the subject ends on a name or a pronoun ("goal shooter Sophie Larkin converted"); "the funds" of a quoted phrase is no clause
		if (/^[“"‘]/.test(text.slice(m.index + 2)) || !/^(?:\p{Lu}|(?:he|she|they|it|we)$)/u.test(words[verb - 1])) continue;
		return true;
	}
	return false;
}

/**
 * Where a second clause with its own subject and verb is joined on (", while the Greens won
 * 5.3% and 13 seats", ", and Rachel Ward's penalty levelled the scores", "; the rest ..."): the
 * index of the joining comma or semicolon and where the second clause starts, for the first such
 * join after `from`; undefined when none. The second clause's subject is at most eight words with
 * no verb among them, followed by a finite verb, or after a plural subject a present verb that
 * compromise reads in context ("schools in ... the regions stand"); the first must keep five words,
 * and a join that closes a series ("found that X, that Y, and that Z") is none.
 */
export function coordinateJoin(sentence: string, from: number, end: number): { at: number; start: number } | undefined {
	for (const m of sentence.slice(from, end).matchAll(/(?:,\s(?:and|but|while|whereas)|;)\s/g)) {
		const at = from + m.index;
		if ((sentence.slice(from, at).match(/\S+/g) ?? []).length < 5) continue;
		// a quote open at the join: its words are the speaker's
		if (((sentence.slice(0, at).match(/[“”"]/g) ?? []).length & 1) === 1) continue;
		const words = sentence.slice(at + m[0].length, end).split(/\s+/).slice(0, 9);
		const bare = (i: number) => words[i].replace(/[^\p{L}’'-]/gu, '');
		// "found that X, that Y, and that Z": the last item of a series, whose first clause would
		// end on "X, that Y" with no "and" (a blind reader's R1 on holdout16)
		if (new RegExp(`,\\s["“]?${bare(0)}\\s`, 'i').test(sentence.slice(from, at)) && /^\p{Ll}/u.test(bare(0))) continue;
		// "X produced an intercept, Y converted twice, and Australia closed out the game": the last
		// clause of a series, whose first part cut there is a comma splice (a blind reader's R1 on holdout23)
		if (clauseSeries(sentence.slice(from, at))) return undefined;
		// "competition with Biedronka, owned by Portugal's Jeronimo Martins, and Germany's Lidl would intensify":
		// a participle's aside closed by the join hangs on a noun of a list, whose next member the ", and"
		// adds; cut there, neither side is a clause ("Germany's Lidl would intensify as all three chase", a
		// holdout115 reader's R1)
		if (/,\s\p{Ll}+(?:ed|en|wn)\s(?:by|in|at|from)\s[^,;]*$/u.test(sentence.slice(from, at))) continue;
		// "and UGI Utilities shut off gas": a past the lexicon misreads is the verb after a name
		let verb = words.findIndex((w, i) => i > 0 && (finite(bare(i)) || (MISREAD_PAST.test(bare(i)) && /^\p{Lu}/u.test(words[i - 1]))));
		// "while schools in western Sydney and the regions stand to gain": a present verb after a
		// plural that the lexicon knows only as a noun, read by compromise in context
		if (verb < 1 && /^\p{Ll}+s\b/u.test(words[0])) {
			const read = (nlp(words.join(' ')).verbs().out('array') as string[])[0]?.split(' ')[0];
			verb = read ? words.findIndex((w, i) => i > 1 && bare(i) === read && !/s$/.test(read)) : -1;
		}
		if (verb < 1 || words.slice(0, verb).some((w) => finite(w.replace(/[^\p{L}’'-]/gu, '')) || /[,;:]$/.test(w))) continue;
		return { at, start: at + m[0].length };
	}
	return undefined;
}

// a reporting verb and its "that", with up to three words between ("told councillors that", "found last year that")
const REPORTED_THAT = /\b(?:said|says|told|tells|warned|warns|argued|argues|claimed|claims|insisted|insists|added|explained|admitted|noted|notes|wrote|writes|reported|reports|believed|believes|thought|thinks|found|finds|showed|shows|concluded|estimated|estimates|predicted|predicts|stated|suggested|suggests)(?:\s[\p{L}\p{M}’'-]+){0,3}\sthat\s/u;

/**
 * The clause after a coordinate join (`coordinateJoin`), when its subject stands on its own: a
 * name or a noun phrase ("the Social Democrats", "Rachel Ward's penalty", "schools in western
 * Sydney"), never a pronoun or a
 * bare number ("about 2.3 million had been affected" counts the noun of the first clause), and
 * with no word that counts from the first clause or points back ("eight minutes later", "too",
 * "its"), and never one inside a reported clause ("She said that X, while Y ...").
 */
export function secondConjunct(sentence: string, join: { at: number; start: number }, end: number): Clause | undefined {
	const rest = sentence.slice(join.start, end);
	// "She told councillors that the grant had fallen, while the cost had risen to a forecast £2.9m next year": the
	// second clause goes on reporting, and alone it states her claim as fact in the report's tenses (the dev162 reader's R1)
	if (REPORTED_THAT.test(sentence.slice(0, join.at))) return undefined;
	if (PRONOUN_SUBJECT.test(rest) || /^(?:about|around|more|less|fewer|over|nearly|almost|some|another|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(rest)) return undefined;
	// "schools in western Sydney stand to gain": a bare plural noun is a subject of its own too
	if (!/^(?:\p{Lu}|the\s)/u.test(rest) && !tagsOf(/^\p{Ll}+/u.exec(rest)?.[0] ?? '').includes('Plural')) return undefined;
	// "Ward's penalty eight minutes later levelled ...": a time or a word counted from the first clause
	if (/\b(?:later|earlier|then|afterwards|too|also|again|instead|same|that|this|it|its|they|their|them)\b/i.test(rest)) return undefined;
	// "as all three chase shoppers", "both", "the two": a count of things the first clause named with its own
	if (/\b(?:both|all\s(?:two|three|four|five|six|\d+)|the\s(?:two|three|four)\s(?:of\s(?:them|us)|chains|companies|firms|groups|sides|men|women|teams|parties))\b/i.test(rest)) return undefined;
	return compose(sentence, [[join.start, end]], 'aside');
}

/**
 * A role before the name it is about, set off by commas ("Its leader, Jan Kral, has called for
 * ...", "The firm's chief executive, Ann Reid, said ..."): the clause on the name alone ("Jan
 * Kral has called for ..."), so that no possessive points outside the stem. Undefined when the
 * sentence opens on no such role.
 */
export function nameAfterRole(sentence: string, end: number, facts: readonly Fact[]): Clause | undefined {
	const m = /^(?:Its|His|Her|Their|The\s(?:[\p{L}-]+\s){0,2}[\p{L}-]+[’']s?)\s(?:[\p{Ll}-]+\s){0,3}[\p{Ll}-]+,\s/u.exec(sentence);
	if (!m) return undefined;
	const person = facts.find((f) => f.type === 'person' && f.span.start === m[0].length);
	if (!person || !/^,\s\p{Ll}+/u.test(sentence.slice(person.span.end)) || !finite(/^,\s(\p{Ll}+)/u.exec(sentence.slice(person.span.end))![1])) return undefined;
	return compose(sentence, [[person.span.start, person.span.end], [person.span.end + 1, end]], 'main');
}

/**
 * The second of two verb phrases that share their subject and repeat its auxiliary ("data showed
 * he had been scrolling for a minute before the crash, and had unlocked the phone 17 times"),
 * stated on the subject alone: "data showed he had unlocked the phone 17 times". The first
 * phrase may hold no comma but the join's, nor a semicolon, colon or dash (another clause).
 * Undefined when the sentence has no such pair.
 */
export function sharedAuxiliary(sentence: string, end: number): Clause | undefined {
	const m = /\b(?:he|she|they|it|\p{Lu}[\p{L}’'-]+)\s(had|has|have|was|were|would|will)\s/u.exec(sentence.slice(0, end));
	if (!m) return undefined;
	const aux = m.index + m[0].length - m[1].length - 1;
	const second = new RegExp(`,?\\sand\\s(${m[1]})\\s`).exec(sentence.slice(aux + m[0].length, end));
	if (!second) return undefined;
	const at = aux + m[0].length + second.index;
	const between = sentence.slice(aux, at);
	if (/[;:–—]/.test(between) || (between.match(/,/g) ?? []).length > 0) return undefined;
	return compose(sentence, [[0, aux], [at + second[0].length - second[1].length - 1, end]], 'main');
}

/**
 * The second of two verb phrases whose subject is a named person ("Judge Orla Brennan, sitting
 * on Tuesday, dismissed an appeal by X, and increased the award from €11,000"), stated with the
 * name repeated: "Judge Orla Brennan increased the award from €11,000". The name opens the
 * sentence at `from` (a title or role may stand before it), an aside between commas may follow
 * it, then a past-tense verb; the join is ", and" or "and" before a second past-tense verb. The
 * first phrase holds no other verb, no "that", "who" or "which" that could own the second
 * (QUALITY.md R6: the name must be who did it), no quote and no clause mark. Undefined otherwise.
 */
export function sharedSubject(sentence: string, from: number, end: number, facts: readonly Fact[]): Clause | undefined {
	const person = facts.find((f) => f.type === 'person' && f.span.start >= from && /^(?:\p{Lu}[\p{L}.]*\s){0,3}$/u.test(sentence.slice(from, f.span.start)));
	if (!person) return undefined;
	const rest = sentence.slice(person.span.end, end);
	const aside = /^,\s[^,;:“”"()–—]{3,80},\s/.exec(rest)?.[0].length ?? (/^\s/.test(rest) ? 1 : undefined);
	if (aside === undefined) return undefined;
	const verbAt = person.span.end + aside;
	const first = /^\p{Ll}+/u.exec(sentence.slice(verbAt))?.[0];
	if (!first || !past(first) || SAY.test(first)) return undefined;
	const join = /,?\sand\s(\p{Ll}+)\s/u.exec(sentence.slice(verbAt, end));
	if (!join || !past(join[1]) || AUXILIARY.test(join[1])) return undefined;
	const between = sentence.slice(verbAt + first.length, verbAt + join.index);
	if (/[;:“”"–—]|\b(?:that|who|which|whose|whom|where|when|while|as|after|before|because|if|said|says)\b/.test(between)) return undefined;
	if ((between.match(/[\p{L}’'-]+/gu) ?? []).some((w) => finite(w))) return undefined;
	const second = verbAt + join.index + join[0].length - join[1].length - 1;
	return compose(sentence, [[from, person.span.end], ' ', [second, end]], 'aside');
}

/** A list's intro that names who acts and ends on its modal: "The changes, which begin in term 1, 2027, will:". */
const BULLET_INTRO = /^((?:The|[\p{Lu}][\p{L}’'-]*)(?:\s[\p{L}’'-]+){0,5}?)(?:,\s(?:which|who)\s[^:;“”"]{3,60},)?\s(will|would)(\salso)?:$/u;
/** A bullet that opens on a word in lower case: "• create a new loading ...". */
const BULLET = /^[•*–—-]\s+(?=\p{Ll})/u;

/**
 * A bullet of a list stated with its intro's subject and modal: "• lift the loading by 22 per
 * cent." after "The changes, which begin in 2027, will:" gives "The changes will lift the loading
 * by 22 per cent". Only where the bullet opens on a verb's base form, so that it reads as the
 * intro's own sentence, and the intro's subject is no pronoun nor possessive, whose referent
 * would lie outside the stem (QUALITY.md R1, R4). `intro` is the sentence before the list.
 * Undefined otherwise.
 */
export function bulletClause(sentence: string, intro: string): Clause | undefined {
	const head = BULLET.exec(sentence);
	const m = BULLET_INTRO.exec(intro.trim());
	if (!head || !m || PRONOUN_SUBJECT.test(m[1]) || /^(?:Its|His|Her|Their|Our|Your|My)\b/.test(m[1])) return undefined;
	const verb = /^\p{Ll}+/u.exec(sentence.slice(head[0].length))?.[0] ?? '';
	if (!tagsOf(verb).includes('Infinitive')) return undefined;
	const end = sentence.replace(/[.;,]\s*$/, '').length;
	return compose(sentence, [`${m[1]} ${m[2]}${m[3] ?? ''} `, [head[0].length, end]], 'main');
}
