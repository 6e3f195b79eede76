/**
 * Lists introduced by a colon: a lead-in line ("Damage reported so far includes:", "Of those who
 * came to Ireland in the period:") and the rows after it, one per paragraph or per marked line
 * ("- a landslide blocking the highway;", "29,800 were returning Irish citizens;"). A row is
 * often no sentence of its own: only its lead-in makes it one, and the lead-in's words decide
 * whether the two read as a single true statement. "The total penalty is made up of: £5.8m in
 * fines" joined says the penalty is the fines alone (QUALITY.md R6), "Other companies affected
 * include: X" leaves "other" than which to the article (R4), and a table's "Iraq: 4,712" states
 * nothing a stem could (R1). Those rows give no item.
 */

import nlp from 'compromise';
import { bulletClause, compose } from './clauses';
import { tagsOf } from './lexicon';
import type { Clause } from './simplify';
import type { Sentence } from './types';

/** A row of a list: the sentence index of its lead-in, and whether the list is a table of "label: value" rows. */
export interface ListRow {
	intro: number;
	table: boolean;
}

/** A list marker at a row's start: a hyphen, bullet, asterisk or dash, or a row's number ("1.", "2)"), then a space. */
const MARKER = /^(?:[•*–—-]|\d{1,2}[.)])\s+/;
/** A table row: a short label and a colon before its value ("Adult day ticket: £5.50 to £6", "2023-24: 31 appearances"). */
const LABEL = /^[^:;.“”"]{1,60}:\s/;
/** Closing punctuation of a row that reads as a sentence of its own. */
const CLOSED = /[.!?]["”’)]?$/;

/**
 * A lead-in whose subject lies outside it: a pronoun, a "the other ..." or "the rest ..." that
 * counts from things named before (QUALITY.md R4), a "Here is ..." that points at the list, and
 * "Key contributors included", "The main findings were", whose contributors or findings are of
 * something told before.
 */
const LEANS_BACK = /^(?:Other|The other|Others|The rest|The remaining|Further|These|Those|This|That|It|They|He|She|We|Here|There|Its|Their|His|Her|(?:The )?(?:key|main|major|biggest|chief|other) (?:contributors|drivers|findings|highlights|points|details|factors))\b/i;
/**
 * "Other measures in the budget include:": the whole is named in the lead-in, so each row is one
 * more thing it includes, and "The budget also includes <row>" says the same without the "Other"
 * that counts from things named before (group 1: the whole, "the" and one or two words that are
 * no plural). Only a whole that contains things ("the budget", "the plan", "the deal"): "Other
 * victims of the crash include: - Jane Doe" is no "The crash also includes Jane Doe" (a
 * reviewer's R1).
 */
const OTHER_IN = /^Other [\p{Ll}-]+s (?:in|under) (the (?:[\p{Ll}-]+ )?(?:budget|plan|package|scheme|bill|deal|report|programme|program|list|strategy|agreement|proposals?|settlement|manifesto))(?<!s) include$/u;
/**
 * A lead-in that ends on a verb taking each row as its object: "includes", "including",
 * "demanded", "noted", "also said". Each row is one of the things so included or said, so the
 * lead-in and one row make a true sentence; "are", "is made up of" and "were, in order" give the
 * whole list and are left out (R6).
 */
const OBJECT_VERB = /\b(?:include|includes|included|including|demanded|demands|noted|notes|said|says)$/;
// a row's head noun before its "of": "the closure of ...", "the loss of ..."
const HEAD_OF = /^the\s((?:[\p{Ll}-]+\s){0,2}?)([\p{Ll}-]+)\sof\s/iu;

/**
 * Does a list row open on one singular noun before its "of" ("the closure of two libraries", "the loss of 38
 * posts"), which takes "was" after a lead-in's "were"? Not a plural ("the sales of", "the children of": the
 * lexicon's plurals), nor two nouns joined ("the mother and father of"), nor data.
 */
function singularOf(body: string): boolean {
	const m = HEAD_OF.exec(body);
	if (!m || /\band\s/.test(m[1])) return false;
	const head = m[2].toLowerCase();
	return !tagsOf(head).includes('Plural') && !/(?:[^s]s|data|media)$/.test(head);
}
/** "Among the biggest contributors on the day were:": any one row is among them. */
const AMONG_BE = /^Among\s[^,;:]+\s(?:were|are|was|is)$/;
/** "Of those who came to Ireland in the period:": a count opening a row is a part of that group. */
const PARTITIVE = /^(?:Of|Among)\s[^;:]+$/;
/**
 * A lead-in that ends where a verb's base form goes on, each row one thing so done: a modal
 * ("Firms must", "The deal will also") or a "to" after a verb of ordering, agreeing or planning,
 * up to four words before it ("Tighe was ordered to", "The council agreed to", "The report urged
 * the government to", "will have to"). "is to" is left out: "The aim is to:" makes one row the
 * whole aim (R6).
 */
const BEFORE_INFINITIVE =
	/(?:\b(?:will|would|must|should|shall|can|could|may|might)(?:\s(?:also|now|then|still))?|\b(?:\p{Ll}+ed|told|plans?|wants?|hopes?|aims?|intends?|expects?|needs?|has|have|had|set|seeks?|sought|vows?|pledges?|promises?|agrees?|decides?|chose|going)(?:\s[\p{L}’'-]+){0,4}\sto)$/u;
/** "only", "either", "not" near a lead-in's end: one row then reads as the whole list, or as what was not done (R6). */
const WHOLE_OR_NOT = /\b(?:only|either|neither|not|never|no longer)\b(?:\s\S+){0,5}$/;
/** A verb of asking that takes each row as what is asked for: "Local officials appealed for". */
const ASKED_FOR = /\b(?:appealed|appeals|called|calls|asked|asks|pressed|presses|pushed|pushes|pleaded|begged|lobbied|campaigned|campaigns)\sfor$/;
/**
 * A lead-in in the perfect tense of an active verb taking each row as its object: "said it had
 * rescheduled", "The board has cancelled". A passive ("were cancelled") takes no object.
 */
const PERFECT_OBJECT = /\b(?:has|have|had)(?:\salso|\snow|\sso far)?\s\p{Ll}+ed$/u;
/**
 * A lead-in that names its rows by a plural kind after a verb and a quantifier: "announced a set
 * of emergency measures on Wednesday evening", "listed a few priorities", "flags three issues".
 * Each row is one of them, so the lead-in, ", including" and the row make one sentence; a time or
 * place may follow the kind.
 */
const KIND_AFTER_VERB =
	/\b\p{Ll}+(?:ed|s)\s(?:a\s(?:set|series|number|list|range|raft|package|handful|string)\sof|a\sfew|several|some|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\snew|\smain|\skey)?)\s(?:[\p{Ll}-]+\s){0,3}\p{Ll}{3,}s(?:\s(?:on|in|at|for|from|this|last|next|over)\s[^,;:“”"]{1,40})?$/u;
/**
 * A lead-in that names its rows by a plural kind and gives them all: "The worst-affected
 * specialties are", "The hardest-hit districts in Cork were". One row is not the whole list (R6), but it
 * is one of them: "One of the worst-affected specialties is orthopaedics, ...".
 */
const KIND_ARE = /^The\s((?:[\p{L}-]+\s){0,3}\p{Ll}[\p{Ll}-]+s(?:\s(?:in|at|across)\s\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)*)?)\s(are|were)$/u;
/**
 * A row that names one of a lead-in's kind and a figure with what it counts: "orthopaedics, with
 * 64,200 on the outpatient list". A bare "ENT, with 61,800" leaves the count's unit to the row
 * before, and gives no item.
 */
const WITH_FIGURE = /^[\p{L}(][^;:“”"]{0,60},\swith\s(?:about\s|some\s|nearly\s|almost\s|more than\s)?[$£€]?\d[\d,.]*(?:%|\s(?:per cent|million|billion|m|bn))?(?:\s[\p{Ll}’'-]+){2,}$/u;
/**
 * A lead-in in the passive that ends on "in" or "at", each row one place where it was done:
 * "Evacuations or partial evacuations were ordered in:", "Damage was reported at:". Each row
 * with the lead-in is a true sentence ("... were ordered in Troubky (around 1,800 people)").
 */
const DONE_IN = /\b(?:was|were|has been|have been|had been)(?:\salso)?\s\p{Ll}+(?:ed|en|wn)\s(?:in|at)$/u;
/**
 * A heading that asks what a thing offers, includes or requires: "What the scheme offered:",
 * "What the deal includes:". Its subject and verb, stated, take each row as their object, as
 * after "includes" (`OBJECT_VERB`): "The scheme offered a £4.2m package ...". "What this
 * offers:" points back (R4) and is no such heading.
 */
const WHAT_HEADING = /^What\s((?:the|a|an)\s[^,;:“”"]{1,40}?)\s(offered|offers|offer|includes|include|included|proposed|proposes|promised|promises|provides|provided|contains|contained|requires|required)$/;
/** A pronoun that stands as a subject: it needs a name before it in the lead-in, else it points outside the stem (R4). */
const SUBJECT_PRONOUN = /\b(?:he|she|it|they|we|I|you)\b/;
/** A lead-in's opening word in capitals that names no one ("In addition to damages, ..."). */
const OPENING_WORD = /^(?:The|A|An|In|Under|After|Before|As|On|At|For|With|But|And|Also|Meanwhile|Separately|Among|By|From|To|Once|When|If|Since|During)$/;

/**
 * Does the lead-in leave a subject pronoun without a name before it in its own words ("In
 * addition to damages, he was ordered to")? "Lavallee told reporters he ..." names its "he".
 */
function pronounWithoutName(lead: string): boolean {
	const at = SUBJECT_PRONOUN.exec(lead)?.index;
	if (at === undefined) return false;
	const names = [...lead.slice(0, at).matchAll(/(?=\p{Lu})(?<![\p{L}’'])\p{Lu}[\p{L}’'-]*/gu)].filter((m) => m.index > 0 || !OPENING_WORD.test(m[0]));
	return names.length === 0;
}

/** Does the row open on a verb's base form when read after "will" ("pay an interim £350,000 ...", "refrain from ...")? */
function opensOnBaseVerb(body: string): boolean {
	if (!/^\p{Ll}/u.test(body)) return false;
	const terms = (nlp(`They will ${body}`).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? [];
	return terms[2]?.tags.includes('Infinitive') ?? false;
}

/**
 * Does the row have a verb of its own, not only a gerund ("29,800 were returning Irish citizens",
 * "12,400 came from India")? A verbless row ("€21m for the Arts Council") joined after "Among
 * projects funded last year," is a fragment: the holdout29 reader refused two such stems (R1).
 */
function hasVerb(body: string): boolean {
	return (nlp(body).json() as { terms: { tags: string[] }[] }[]).some((s) => s.terms.some((t) => t.tags.includes('Verb') && !t.tags.includes('Gerund')));
}

/** A first word in capitals that is no name: lower-cased when the row follows its lead-in. */
const PLAIN_OPENER = /^(?:The|A|An|He|She|It|They|We|There|This|That|These|Those|His|Her|Its|Their|Our|Some|Many|Most|All)\b/;

// tags of a word the lexicon knows as a name, which keeps its capital inside a sentence
const PROPER_TAGS = new Set(['ProperNoun', 'Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'FirstName', 'LastName', 'Person', 'Demonym', 'Month', 'WeekDay', 'Acronym']);

/**
 * A row's first word in capitals that the lexicon knows as a common word and no capital follows
 * ("Information and communication, up 6.8 per cent"): it has its capital for opening the row, and
 * joined after the lead-in it reads in lower case (R1), where its capital would also pass for a
 * name the stem gives (R4). Undefined otherwise ("Financial Times", "Leeds").
 */
function commonOpener(body: string): string | undefined {
	const m = /^(\p{Lu}\p{Ll}+)(?=[\s,;])(?!\s\p{Lu})/u.exec(body);
	if (!m) return undefined;
	const tags = tagsOf(m[1].toLowerCase());
	return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t)) ? m[1] : undefined;
}

/** The row's text without its marker: where the row proper starts in `sentence`. */
function rowStart(sentence: string): number {
	return MARKER.exec(sentence)?.[0].length ?? 0;
}

/**
 * The rows of every list in the article, by sentence index. A lead-in is a sentence that ends
 * its paragraph on a colon; its rows are the sentences of the paragraphs after it that hold one
 * row each, or rows parted by semicolons (sentences.ts `semicolonRows`): marked lines as long as
 * the marker goes on, else unmarked rows as long as the row before ended on a semicolon or on no
 * closing punctuation (the last row closes on a full stop). Takes the article's sentences
 * (sentences.ts `splitSentences`); returns the map of rows.
 */
export function listRows(sentences: readonly Sentence[]): Map<number, ListRow> {
	const rows = new Map<number, ListRow>();
	const byParagraph = new Map<number, Sentence[]>();
	for (const s of sentences) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
	// a paragraph that is one row, or rows parted by semicolons (sentences.ts `semicolonRows`)
	const rowsParagraph = (p: number) => {
		const own = byParagraph.get(p) ?? [];
		return own.length > 0 && own.slice(0, -1).every((s) => /;$/.test(s.text));
	};
	for (const intro of sentences) {
		if (!/:$/.test(intro.text) || sentences[intro.index + 1]?.paragraph === intro.paragraph) continue;
		const run: Sentence[] = [];
		for (let at = intro.index + 1; at < sentences.length; at++) {
			const row = sentences[at];
			const previous = run.at(-1);
			const next = previous ? previous.paragraph + (row.paragraph === previous.paragraph ? 0 : 1) : intro.paragraph + 1;
			if (!rowsParagraph(row.paragraph) || row.paragraph !== next) break;
			if (previous) {
				const marked = MARKER.test(previous.text);
				if (marked ? !MARKER.test(row.text) : MARKER.test(row.text) || (CLOSED.test(previous.text) && !/;$/.test(previous.text))) break;
			}
			run.push(row);
		}
		const table = run.some((r) => LABEL.test(r.text.slice(rowStart(r.text))));
		for (const r of run) rows.set(r.index, { intro: intro.index, table });
	}
	return rows;
}

/**
 * Does the row read as a sentence of its own, with no need of its lead-in ("• Announced
 * attendance was 8,412, the largest since 2019.", "Land tax will go up by 25% ..." under "Among
 * the key tax measures announced:")? Only where it opens on a capital that is no count, closes
 * on a full stop, and its lead-in is a heading that neither governs it (no verb taking it as
 * object, no "Of ...:" whose group it counts) nor leans on what came before.
 */
export function rowStandsAlone(row: string, intro: string): boolean {
	const body = row.slice(rowStart(row));
	const lead = intro.replace(/:$/, '').trim();
	if (!/^["“]?\p{Lu}/u.test(body) || !CLOSED.test(body)) return false;
	if (LEANS_BACK.test(lead) || OBJECT_VERB.test(lead) || AMONG_BE.test(lead) || /\b(?:will|would|have to|has to)$/.test(lead)) return false;
	return !/^Of\s/.test(lead);
}

/**
 * A row stated with its lead-in as one clause, the row's own words kept as runs of the row so
 * that an item's key stays inside the source sentence: "Damage reported so far includes: / a
 * landslide blocking the highway;" gives "Damage reported so far includes a landslide blocking
 * the highway", "Of those who came to Ireland in the period: / 29,800 were returning Irish
 * citizens;" gives "Of those who came to Ireland in the period, 29,800 were returning Irish
 * citizens", and "The changes will: / • lift the loading by 22 per cent." the modal's sentence
 * (clauses.ts `bulletClause`). A lead-in that ends where a verb goes on takes a row that opens on
 * one ("Tighe was ordered to: / - pay an interim £350,000 ..."); one that asks for or has done
 * something takes a noun row ("Local officials appealed for: / — clean water", "said it had
 * rescheduled: / - 1,870 outpatient appointments;"); one that names its rows' kind after a verb
 * takes a noun row after ", including" ("announced a set of emergency measures: / - 1,200
 * additional water points ..."); one that gives all of a plural kind takes a marked row with its
 * figure as one of them ("The worst-affected specialties are: / - orthopaedics, with 64,200 on
 * the outpatient list;" gives "One of the worst-affected specialties is orthopaedics, with 64,200
 * on the outpatient list"). Undefined where the join would not be one faithful, grammatical
 * sentence: a table row, a lead-in that leans on earlier sentences, gives the whole list, turns a
 * row round ("will not:") or has a pronoun with no name before it, and a partitive lead-in's row
 * with no verb of its own ("Among projects funded last year: / - €21m for the Arts Council").
 */
export function rowClause(row: string, intro: string, table: boolean): Clause | undefined {
	if (table) return undefined;
	const start = rowStart(row);
	const body = row.slice(start);
	const stated = intro.replace(/:$/, '').trim();
	const other = OTHER_IN.exec(stated);
	const lead = other ? `${other[1][0].toUpperCase()}${other[1].slice(1)} also includes` : stated;
	if (LEANS_BACK.test(lead)) return undefined;
	const bullet = start > 0 ? bulletClause(row, intro) : undefined;
	if (bullet) return bullet;
	// the last but one row often closes on "; and" or ", or", which the joined sentence leaves out
	const end = row.replace(/(?:[;,]\s*(?:and|or))?[.;,]?\s*$/, '').length;
	const opener = PLAIN_OPENER.exec(body)?.[0];
	const counted = /^[\d$£€₹]/.test(body);
	const clausal = /\b(?:said|says)$/.test(lead);
	// a row in capitals that closes on a full stop is a sentence of its own, no object of "include" or "among ... were"
	const nounPhrase = /^\p{Ll}/u.test(body) || counted || (/^\p{Lu}/u.test(body) && !CLOSED.test(body) && (opener === undefined || /^(?:The|A|An)$/.test(opener)));
	const joined = (glue: string) => {
		const lowered = opener ?? commonOpener(body);
		const parts: ([number, number] | string)[] = lowered ? [`${lead}${glue}${lowered.toLowerCase()}`, [start + lowered.length, end]] : [`${lead}${glue}`, [start, end]];
		return compose(row, parts, 'main');
	};
	if (OBJECT_VERB.test(lead) && (clausal || nounPhrase)) return joined(' ');
	const what = WHAT_HEADING.exec(lead);
	if (what && nounPhrase) {
		const lowered = opener ?? commonOpener(body);
		const opening = `${what[1][0].toUpperCase()}${what[1].slice(1)} ${what[2]} `;
		return compose(row, lowered ? [`${opening}${lowered.toLowerCase()}`, [start + lowered.length, end]] : [opening, [start, end]], 'main');
	}
	if (!WHOLE_OR_NOT.test(lead) && !pronounWithoutName(lead)) {
		if (BEFORE_INFINITIVE.test(lead) && opensOnBaseVerb(body)) return joined(' ');
		if ((ASKED_FOR.test(lead) || PERFECT_OBJECT.test(lead) || DONE_IN.test(lead)) && nounPhrase) return joined(' ');
		if (KIND_AFTER_VERB.test(lead) && nounPhrase) return joined(', including ');
	}
	if (AMONG_BE.test(lead) && nounPhrase) {
		// "Among the dead were: / - a 68-year-old retired teacher;": one row is one person, so "was"; "the closure
		// of two libraries", "the loss of 38 posts" are one measure each, whatever their "of" counts (the dev163
		// reader's R1 on "Among the measures approved were the loss of 38 council posts")
		if ((/^(?:a|an|one)\s/i.test(body) || singularOf(body)) && /\s(?:were|are)$/.test(lead)) {
			const one = lead.replace(/were$/, 'was').replace(/are$/, 'is');
			return compose(row, [`${one} `, [start, end]], 'main');
		}
		return joined(' ');
	}
	const kind = KIND_ARE.exec(lead);
	if (kind && start > 0 && !LEANS_BACK.test(lead) && !WHOLE_OR_NOT.test(lead) && WITH_FIGURE.test(row.slice(start, end))) return compose(row, [`One of the ${kind[1]} ${kind[2] === 'are' ? 'is' : 'was'} `, [start, end]], 'main');
	if (PARTITIVE.test(lead) && counted && !AMONG_BE.test(lead) && hasVerb(body)) return joined(', ');
	return undefined;
}

/** The lead-in of a results row: a noun naming a count of the whole field ("The final tally for the six candidates, according to the unofficial count was:"). */
const TALLY_LEAD = /^((?:The|In the)\s[^:;“”"]*?\b(?:result|results|tally|count|vote|standings)\b[^:;“”"]*?)\s(?:was|were)(?:\sas follows)?:\s/;
/** One row of a results sentence: a name in capitals, a comma and a whole count ("Harjit Sandhu, 3,901"). */
const TALLY_ROW = /^(\p{Lu}[\p{L}’'.-]*(?:\s(?:\p{Lu}[\p{L}’'.-]*|van|de|der|von|da|le|la))+),\s(\d{1,3}(?:,\d{3})+|\d{1,4})$/u;
/** What a results row counts, named after one of its numbers elsewhere in the article: the unit a stem adds after the row's number. */
const TALLY_UNIT = /\b(votes|ballots|seats|points)\b/;

/**
 * A results sentence's rows, each stated as a clause through its lead-in: "The final tally for
 * the six candidates, according to the unofficial count, was: Renata Kowalski, 14,208; Grant
 * Okafor, 13,596; ... and Pat Lemire, 240." gives "In the final tally for the six candidates,
 * according to the unofficial count, Grant Okafor had 13,596 votes" for each row. The row's name
 * and number are kept as runs of the sentence, so an item's key stays inside it. A row is no
 * sentence alone (QUALITY.md R1), and its number means nothing without the unit, so the unit must
 * be named: by the lead-in itself ("The vote count was:"), or by another sentence of the article
 * that gives one of the rows' numbers with it ("Kowalski with 14,208 votes"). Takes the sentence
 * and the other sentences' texts; returns the clauses, none where the sentence is no such list of
 * at least three rows or the unit is not named.
 */
export function tallyClauses(sentence: string, others: readonly string[]): Clause[] {
	const lead = TALLY_LEAD.exec(sentence);
	if (!lead || LEANS_BACK.test(lead[1].replace(/^In the\s/, 'The '))) return [];
	const body = sentence.slice(lead[0].length);
	if (!/\.$/.test(body)) return [];
	const rows: { name: [number, number]; count: [number, number]; value: string }[] = [];
	let at = lead[0].length;
	for (const raw of body.slice(0, -1).split(/;\s/)) {
		const text = raw.replace(/^and\s/, '');
		const start = at + raw.length - text.length;
		at += raw.length + 2;
		const m = TALLY_ROW.exec(text);
		if (!m) return [];
		const countAt = start + text.length - m[2].length;
		rows.push({ name: [start, start + m[1].length], count: [countAt, countAt + m[2].length], value: m[2] });
	}
	if (rows.length < 3) return [];
	const unit =
		/\b(vote|ballot|seat|point)s?\b/.exec(lead[1])?.[1].concat('s') ??
		rows.map((r) => others.map((o) => new RegExp(`(?<![\\d,.])${r.value}\\s${TALLY_UNIT.source}`).exec(o)?.[1]).find(Boolean)).find(Boolean);
	if (!unit) return [];
	const leadEnd = lead[1].length - (lead[1].endsWith(',') ? 1 : 0);
	const opening = /^In the\s/.test(lead[1]) ? [[0, leadEnd] as [number, number]] : ['In t', [1, leadEnd] as [number, number]];
	return rows.map((r) => compose(sentence, [...opening, ', ', r.name, ' had ', r.count, ` ${unit}`], 'main')).filter((c): c is Clause => c !== undefined);
}

/** Every row's number in a results sentence (`tallyClauses`): a distractor or a false statement that gives one belongs to another row (QUALITY.md R3). */
export function tallyValues(sentence: string): string[] {
	const lead = TALLY_LEAD.exec(sentence);
	if (!lead) return [];
	return sentence
		.slice(lead[0].length)
		.replace(/\.$/, '')
		.split(/;\s/)
		.map((raw) => TALLY_ROW.exec(raw.replace(/^and\s/, ''))?.[2])
		.filter((v): v is string => v !== undefined);
}
