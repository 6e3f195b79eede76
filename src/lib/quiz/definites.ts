import { tagsOf } from './lexicon';
import type { Article, Sentence } from './types';

/**
 * Definite noun phrases whose head needs an owner or a complement to say which one is meant
 * (QUALITY.md R4): "The budget closes a $38.6 million gap" (whose budget?), "the rate was just
 * 19%" (which rate, where?), "this year's total" (a total of what?), "Recent editions, staged in
 * Atlanta" (editions of what?), "put a selection on display" (a selection of what?). The
 * headline in view does not say it: the blind readers refused "The budget" under "... passes
 * $642M budget". Where the article introduces the thing once, as a name's ("Rochester City
 * Council on Tuesday approved a $642 million budget"), `ownDefinites` writes the owner in
 * ("Rochester City Council's budget"); where the stem still names no owner, `unownedDefinite`
 * says so, for the R4 check to refuse it. Dangling "also" that points back to a statement the
 * stem does not give is dropped (`dropDanglingAlso`).
 */

// heads that are some owner's or something's by their sense: a budget is a body's, a rate or a
// total is of something, an edition is of a series, a period is of a report; the plural forms are
// listed where news copy uses them ("the items", "Recent editions", "the districts that changed")
const RELATIONAL = String.raw`budget|budgets|spending plan|rate|total|tally|increase|hike|overhaul|modelling|modeling|period|collection|editions?|items|apartment|flat|notice|districts?|deficit|shortfall|changes`;
// "the", "this year's", or an opening "Recent": a determiner that points back; up to two lower-case
// modifiers before the head (group 1), the head (group 2)
const DEFINITE = new RegExp(String.raw`(?:(?<![\p{L}\p{M}’'-])(?:[Tt]he|(?:[Tt]his|[Ll]ast|[Nn]ext) year[’']s)|^(?:Recent|Previous|Past|Earlier|Future)) ((?:[\p{Ll}\d][\p{Ll}\d-]* ){0,2}?)(${RELATIONAL})(?![\p{L}\p{M}’'-])`, 'gu');
// "of property taxes", "in Germany", "for 2026", "to quit": a complement that says of what or where
const COMPLEMENT = /^,? (?:of|for|in) (?:the |a |an |its |their )?(?:[\p{L}\d$£€])|^ to (?!the\b|a\b|an\b)\p{Ll}/u;
// "put a selection on display", "a portion was sold": a part of something the stem does not name
const BARE_PART = /(?<![\p{L}\p{M}-])[Aa] (?:selection|portion|fraction|handful)(?! of\b)(?![\p{L}\p{M}-])/u;
// "What followed was ...": what the sentence before told of
const WHAT_FOLLOWED = /^What (?:followed|came next|happened next)\b/;
// "A further 92,700 are waiting": a further number of what the sentence before counted
const FURTHER_COUNT = /^(?:A further|Another) (?:_____|[$£€]?[\d,.]+(?: (?:million|billion))?)(?: (?:are|were|was|is|have|had|will|would|could|may|remain|remained))\b/;

// "urged Ottawa to act quickly again.": an action repeated, the first time and its object said before
const CLOSING_AGAIN = /(?<![\p{L}\p{M}-])again[.?!]?$/u;

// a stem that opens on a name and its verb: "The Central Bank of Kenya cut", "Heartland has recalled"; group 1 the name
const NAMED_SUBJECT = /^(?:The (?=\p{Lu}))?(\p{Lu}[\p{L}\p{M}’'.&-]*(?: (?:of |and |& )?\p{Lu}[\p{L}\p{M}’'.&-]*)*) (?:(?:has|have|had|will|would|also|\p{Ll}+ly) )?\p{Ll}+\b/u;

/**
 * Does a stem open on a name and its verb: a run of two capitalised words or more ("The Central
 * Bank of Kenya cut"), or one the lexicon does not know as a word ("Heartland recalled"; not
 * "Organizers said", "The budget closes")?
 */
function opensOnName(text: string): boolean {
	const name = NAMED_SUBJECT.exec(text)?.[1];
	if (!name || /^(?:The|A|An|In|At|On|By|For|With|After|Before|But|And|It|He|She|They|We|This|That|These|Those|Their|His|Her|Its|Who|What|How|Where|When|Which|Why)$/.test(name.split(' ')[0])) return false;
	return name.includes(' ') || tagsOf(name.toLowerCase()).length === 0;
}

/** `text` with its direct quotes blanked to the same length: a speaker's words are theirs (QUALITY.md R6). */
function unquoted(text: string): string {
	return text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
}

/** The head's forms a stem may name it by earlier ("rates" before "the rate"). */
function forms(head: string): string[] {
	const last = head.split(' ').at(-1)!;
	return [last, last.endsWith('s') ? last.slice(0, -1) : `${last}s`];
}

/**
 * The definite phrase of a stem whose relational head (`RELATIONAL`) names neither owner nor
 * complement, as written ("The budget", "this year's total", "Recent editions"), a bare part
 * ("a selection"), a further count ("A further 92,700 are"), "What followed" or a closing "again" ("urged Ottawa
 * to act quickly again"); undefined when there is none. A
 * phrase is owned when a capitalised word or a possessive stands in it ("the NSW formula", "the
 * city's budget"), a complement or a participle follows ("the rate of inflation", "the increase in fares", "the
 * items taken"), the stem opens on an owner's possessive ("The HSE's plan aims to cut the
 * total") or on a name whose verb takes it as object ("The Central Bank of Kenya cut the
 * benchmark rate"; not "Ní Bhriain said the notice ..." nor "... the insurance value of the collection") or names the head before it ("cut rates ..., when the rate stood at"); a head read as
 * a modifier of the noun after it ("the total public debt") is none. "The same period" is
 * left to the R4 check's own rule. Quotes are left out.
 */
export function unownedDefinite(stem: string): string | undefined {
	const text = unquoted(stem);
	const again = CLOSING_AGAIN.exec(text.trimEnd());
	if (again) return again[0];
	const followed = WHAT_FOLLOWED.exec(text);
	if (followed) return followed[0];
	const further = FURTHER_COUNT.exec(text);
	if (further) return further[0];
	const part = BARE_PART.exec(text);
	if (part) return part[0];
	for (const m of text.matchAll(DEFINITE)) {
		const [whole, modifiers, head] = m;
		if (/\bsame\b/.test(modifiers)) continue;
		const after = text.slice(m.index + whole.length);
		if (COMPLEMENT.test(after)) continue;
		// "the total public debt": the word is a modifier of the noun after it; "the items taken": a participle says which
		const next = /^ (\p{Ll}+)\b/u.exec(after)?.[1];
		if (next && tagsOf(next).some((t) => t === 'Adjective' || t === 'Singular' || t === 'Participle')) continue;
		const before = text.slice(0, m.index);
		// "The HSE's 2026 plan aims to cut the total": the owner the stem opens on, whose it is
		if (m.index > 0 && /^(?:The )?\p{Lu}[\p{L}\p{M}\d-]*[’']s /u.test(text)) continue;
		// "The Central Bank of Kenya cut the benchmark rate": the name the stem opens on owns the object of its verb;
		// "said the notice was invalid", "estimated the insurance value of the collection" tell of another's
		if (opensOnName(text) && NAMED_SUBJECT.exec(text)![0].length + 1 === m.index && !/\b(?:said|says|told|added|claimed|argued|warned)$/.test(before.trimEnd())) continue;
		if (forms(head).some((f) => new RegExp(String.raw`(?<![\p{L}\p{M}-])${f}(?![\p{L}\p{M}-])`, 'u').test(before.toLowerCase()))) continue;
		return whole.trim();
	}
	return undefined;
}

// a name that opens a clause: "Rochester City Council", "Tecla Ltd" (group 1), after a dateline ("TORONTO — ")
const OPENING_NAME = /^(?:[A-Z]{2,}(?: [A-Z]{2,})* [—–-] )?(\p{Lu}[\p{L}\p{M}&’'-]*(?: (?:of |and |& )?\p{Lu}[\p{L}\p{M}&’'-]*){0,4})(?= )/u;
// words that open a sentence, never an owner's name
const NOT_OWNER = /^(?:The|A|An|In|At|On|By|From|For|With|After|Before|But|And|Or|It|Its|He|She|They|We|I|This|That|These|Those|Their|His|Her|Officials|Police|Mr|Mrs|Ms|Dr)\b/;
// what may stand between the opening name and its verb: "on Tuesday night", "late on Monday"
const ADVERBIAL = String.raw`(?:(?:on|late on|early on|last|this) (?:\p{Lu}\p{Ll}+ ?)+(?:(?:night|morning|afternoon|evening) )?)?`;
// the verbs a body adopts or sets out a thing of its own with
const ADOPTS = String.raw`(?:passe[sd]|pass|approved?s?|adopt(?:s|ed)?|unveil(?:s|ed)?|announce[sd]?|set(?:s)? out|publishe[sd]|present(?:s|ed)?|propose[sd]?|released?|launche[sd]?)`;

/**
 * The owner of a relational head as the article introduces it: the name that opens the title or
 * a sentence up to `sentence` and adopts or sets out "a <head>" ("Rochester City Council on
 * Tuesday night approved a $642 million budget", "Rochester City Council passes $642M budget").
 * A name only the title writes ("Govt") is none. Undefined when no such name does, or two
 * different names do: a pointer is resolved only when exactly one referent fits.
 */
function ownerOf(article: Article, sentences: readonly Sentence[], sentence: Sentence, head: string): string | undefined {
	const owners = new Set<string>();
	const last = head.split(' ').at(-1)!;
	const adopts = new RegExp(String.raw`^ ${ADVERBIAL}${ADOPTS} (?:(?:an?|its|their) )?(?:[^\s.,;]+ ){0,3}?${last}\b`, 'u');
	for (const text of [article.title, ...sentences.slice(0, sentence.index + 1).map((s) => s.text)]) {
		const name = OPENING_NAME.exec(text);
		if (!name || NOT_OWNER.test(name[1]) || name[1].endsWith('.')) continue;
		// "Govt proposes W736tr budget": a headline's shorthand the body never writes is no name for a stem
		if (text === article.title && !article.paragraphs.some((p) => p.includes(name[1].replace(/[’']s$/, '')))) continue;
		if (adopts.test(text.slice(name[0].length))) owners.add(name[1].replace(/[’']s$/, ''));
	}
	return owners.size === 1 ? [...owners][0] : undefined;
}

// "a notice of termination stating ...", "the notice to quit arrived": a one-word complement, where the phrase ends
const COMPLEMENT_END = String.raw`(?=[^\s\p{L}\p{M}’'-]|$| \p{Lu}| \p{Ll}+(?:ing|ed)\b| (?:was|were|is|are|had|has|have|will|would|and|or|by|in|on|at|for|from|with|that|which|who|against)\b)`;

/**
 * The one complement the article writes a relational head with, up to and in `sentence`:
 * "notice of termination" for "notice" where the article writes "served a notice of termination";
 * undefined where it writes none, or two ("notice to quit", "notice of appeal"), or a longer one
 * whose end a single word does not mark.
 */
function complementOf(article: Article, sentences: readonly Sentence[], sentence: Sentence, head: string): string | undefined {
	const last = head.split(' ').at(-1)!;
	const found = new Set<string>();
	const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}-])${last} ((?:of|to) (?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)\p{Ll}+)${COMPLEMENT_END}`, 'gu');
	for (const text of [article.title, ...sentences.slice(0, sentence.index + 1).map((s) => s.text)]) for (const m of text.matchAll(pattern)) found.add(m[1]);
	return found.size === 1 ? [...found][0] : undefined;
}

/** "Canada's", "Rochester City Council's": the possessive of a name, with the article's apostrophe. */
function possessive(name: string, article: Article): string {
	const text = article.paragraphs.join('\n');
	const apostrophe = (text.match(/\p{L}'s\b/gu) ?? []).length > (text.match(/\p{L}’s\b/gu) ?? []).length ? "'" : '’';
	return name.endsWith('s') ? `${name}${apostrophe}` : `${name}${apostrophe}s`;
}

/**
 * A stem with each unowned "the <head>" (`unownedDefinite`) written with the owner the article
 * introduces it with (`ownerOf`): "The budget closes ..." → "Rochester City Council's budget
 * closes ..."; or, where no owner fits, with the one complement the article writes it with
 * (`complementOf`): "that the notice was invalid" → "that the notice of termination was invalid". Only "the" is replaced ("this year's total" keeps its time, which an owner would
 * not replace); the stem is unchanged where no one owner fits or the stem names it already.
 */
export function ownDefinites(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	let out = stem;
	for (let guard = 0; guard < 3; guard++) {
		const text = unquoted(out);
		const phrase = unownedDefinite(text);
		if (!phrase || !/^[Tt]he /.test(phrase)) return out;
		const at = text.indexOf(phrase);
		const head = new RegExp(String.raw`(${RELATIONAL})$`, 'u').exec(phrase)![1];
		const owner = ownerOf(article, sentences, sentence, head);
		const complement = owner ? undefined : complementOf(article, sentences, sentence, head);
		if ((!owner && !complement) || (owner && out.includes(owner))) return out;
		const owned = owner ? `${possessive(owner, article)} ${phrase.slice(4)}` : `${phrase} ${complement}`;
		const next = `${out.slice(0, at)}${owned}${out.slice(at + phrase.length)}`;
		if (unquoted(next).indexOf(phrase) === at && unownedDefinite(next) === phrase) return out;
		out = next;
	}
	return out;
}

// "Carrick also defended ...", "Syrians again made up ...": an "also" or "again" in the stem's first
// clause, after its subject and before its verb, that adds to or repeats a statement the stem does not give
const FIRST_CLAUSE_ALSO = /^([^,;:“”"]*?[^\s,;:“”"])(?<![Bb]ut) (?:also|again) (?!known\b|called\b|named\b|spelled\b|spelt\b|referred\b)(?=\p{Ll})/u;

/**
 * A stem without the "also" or "again" of its first clause (`FIRST_CLAUSE_ALSO`), which points
 * back to a statement made before the source sentence (QUALITY.md R4): "Carrick also defended the
 * decision" → "Carrick defended the decision". The statement stays true without it. An "also"
 * after a comma ("..., Fianna Fáil also slipped") adds to what the stem itself says, and stays;
 * so do "but also" and the "also known as" of a second name, which says the first is not the only one.
 */
export function dropDanglingAlso(stem: string): string {
	return stem.replace(FIRST_CLAUSE_ALSO, '$1 ');
}

/** A written item with its stems passed through `dropDanglingAlso` and `ownDefinites`. */
export function ownDefinitesIn<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const fix = (stem: string) => ownDefinites(article, sentences, sentence, dropDanglingAlso(stem));
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}
