import { DATELINE, type Fact } from './facts';
import type { CheckId } from './generate';
import { MONTHS, tagsOf } from './lexicon';
import { TIME_SPAN_BEFORE } from './time-spans';
import type { Prng } from './prng';
import { dateMentions, type DateMention } from './relative-dates';
import type { Sentence, Span } from './types';

/** One dated event of an article: the clause that states it, written as an option, and its date. */
export interface DatedEvent {
	sentence: Sentence;
	/** The event as a short clause without its date ("Tomas Reval volunteered for the merchant navy"). */
	text: string;
	date: DateMention;
}

/** A "which came first" item: options are events, the key the earliest; its source is the key's sentence. */
export interface WhichFirst {
	stem: string;
	options: string[];
	key: number;
	/** The key event's sentence, and the span of its date in that sentence. */
	sentence: Sentence;
	keySpan: Span;
	events: DatedEvent[];
	/** The first QUALITY.md check the item fails, if any. */
	failed?: CheckId;
}

/** The stem of every which-first item. */
export const WHICH_FIRST_STEM = 'According to the article, which of these happened first?';

/** Sentences whose dates are not the article's own statement of an event: quotes, claims, reports. */
const REPORTED_RE = /[“”"]|\b(said|says|told|wrote|writes|according to|reportedly|claim\w*|alleged\w*|insist\w*)\b/i;
/** Where the clause holding a trailing date begins: the last of these before the date. */
const BOUNDARY_RE = /,\s+|;\s+|\s?[–—]\s*|\s(?:when|after|before|as|while|and|but|because|that|where|if|since|until|then|so)\s+/gi;
/** What may follow a date that closes its clause ("in 1942 and rose ...", "in 2012."). */
const AFTER_DATE_RE = /^(?:[.,;!]|\s?[–—]|\s(?:and|but|after|before|when|because|to|as|while|following|for)\b|$)/;
const NOT_FINITE_RE = /\b(is|are|am|will|would|has|have|can|could|may|might|shall|should|must|being)\b/i;
/**
 * An event told as expected, due or planned ("Investigators were expected on São Miguel on
 * Sunday", "The report was due in March"): it had not happened when the article was written, so
 * it is no option of "which of these happened first?" (QUALITY.md R3, R6).
 */
// ("due to fog" gives a cause, not a plan)
const UNREALISED_RE = /\b(?:expected|due(?! to (?!(?:be|start|begin|open|close|end|finish|arrive|return|resume|meet|sign|vote|report|publish|appear|take|launch)\b))|scheduled|slated|poised|set to|planned to|plans to|aims? to|aimed to|hoped to|hopes to|intended to|intends to|likely|unlikely|supposed to|about to)\b/i;
/** Words that point outside the option (QUALITY.md R4) once a leading He/She is resolved. */
const POINTER_RE = /\b(he|she|him|they|them|it|its|this|these|those|there|latter|former|same)\b|^(?:the|a|an) (?:couple|pair|man|woman|boy|girl|victim|suspect|two|three|company|firm|country|city|move|decision)\b/i;
const DATE_WORD_RE = new RegExp(`\\b\\d{4}\\b|\\b(${MONTHS.join('|')}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)\\b|(?<![\\w-])(week|month|year)(?![\\w-])`, 'i');

/**
 * Words that tell the order themselves ("the first two illnesses", "a third case"): a giveaway.
 * So do verbs of sequence: "The clean-up continued" came after whatever it continued, and "The
 * vote followed a report" names its own order (the holdout69 readers' R5).
 */
const ORDER_WORD_RE = /\b(first|second|third|fourth|fifth|last|latest|earlier|later|previous|next|again|then|eventually|finally|follow(?:ed|ing)|preced(?:ed|ing)|continued|resumed|ensued|afterwards?|subsequently|still|already)\b/i;

/**
 * Verbs of an activity that lasts ("firefighters battled a wildfire on Wednesday", "crews searched
 * the river on Monday"): the date says only the day reported, not when it began, and without it
 * the option is as true of the days before ("battled a wildfire" against the heat of Tuesday when
 * the fire broke out on Monday: a holdout101 reader's R3).
 */
const LASTING_RE = /\b(?:battled|fought|searched|scoured|struggled|tackled|raged|burned|burnt|smouldered|remained|stayed|waited|camped|sheltered|queued|kept|worked)\b/i;

/** Past verbs that take an object or a clause, which an option cannot end on ("Hallbridge Crown Court heard", "The inspectors found"). */
const OBJECT_VERB_END_RE = /\b(?:heard|told|learned|learnt|found|reported|announced|revealed|confirmed|stated|noted|ruled|claimed|admitted|denied|decided|discovered|ordered|urged|warned|showed|suggested)$/i;

/** A relative pronoun that opens a clause inside an option, whose verb the date belongs to ("fishermen who had gone out"). */
const RELATIVE_RE = /\s(?:who|whom|whose|which)\s/i;

// "days after", "shortly before", "two years later", "following the war": a phrase that places its date by another event
const TIMED_BY_ANOTHER_RE = new RegExp(String.raw`^${TIME_SPAN_BEFORE}(?:after|before|later|earlier|following|ahead of)\b`, 'i');
// "was sentenced", "was convicted": a court's ending of a case, which no event of the case can follow, so an
// option list of such endings and one other event gives that event away as first by logic alone (the dev155
// reader's R7: "The fraud came to light" before "Simon Thorley was sentenced at ... Crown Court"); a death
// is no such ending, since a story may date a husband's death before its subject's later life
const ENDING_RE = /\b(?:(?:was|were) (?:sentenced|jailed|convicted|imprisoned|acquitted)|found guilty)\b/i;
// the offence or its discovery, which the case's endings follow; another event ("opened a bakery") may come after a
// conviction for something else (the reviewer's find)
const OFFENCE_RE = /\b(?:fraud|frauds|thefts?|stole|stolen|embezzl\w*|scam|offences?|crimes?|attack|assault|robbery|came to light|uncovered|discovered|spotted|missing)\b/i;

// kinds of event whose order their meaning fixes, each a cause with the events that can only follow it: a
// loser concedes after a result, a court sentences after a charge, a building opens after it is built, the
// missing are found after they go missing; a list of such followers and one cause gives the cause away as
// first by logic alone (the holdout172 reader's R8: "Brunswick conceded" beside "Okafor won a special election")
const FOLLOWS: readonly (readonly [cause: RegExp, follower: RegExp])[] = [
	[/\b(?:won|wins|elected|re-elected|victory|flipp(?:ed|ing)|defeated|beat)\b/i, /\b(?:conced(?:ed|es)|congratulat\w+|sworn in|took (?:office|(?:his|her|their) seats?)|recount)\b/i],
	[/\b(?:charged|arrested|detained|indicted)\b/i, /\b(?:sentenced|jailed|convicted|acquitted|found guilty|pleaded|(?:went on|stood) trial)\b/i],
	[/\b(?:built|construction|approved|planning permission|broke ground)\b/i, /\b(?:(?:re)?opened|completed|inaugurated)\b/i],
	[/\b(?:went missing|disappeared|vanished)\b/i, /\b(?:found|rescued|located)\b/i],
	[/\b(?:crash(?:ed)?|collided|collision|attacked|shot|stabbed|injured)\b/i, /\b(?:died (?:in hospital|of (?:his|her|their) injuries)|later died|succumbed)\b/i],
	[/\bnominated\b/i, /\bconfirmed\b/i]
];
// a birth, which every other event of a life follows
const BIRTH_RE = /\b(?:was|were) born\b/i;

/**
 * Is the order of a which-first item's options plain from the kinds of event they are (`FOLLOWS`,
 * `BIRTH_RE`)? Takes the options and the key's index; true when the key is a birth, when it is a
 * cause and every other option an event that can only follow it, or when two options are a cause
 * and its follower whichever is the key. A player then orders them by logic, not by the article
 * (QUALITY.md R7, R8).
 */
export function orderByKind(options: readonly string[], key: number): boolean {
	if (BIRTH_RE.test(options[key])) return true;
	const rest = options.filter((_, i) => i !== key);
	return FOLLOWS.some(([cause, follower]) => (cause.test(options[key]) && rest.every((o) => follower.test(o) && !cause.test(o))) || (options.length === 2 && options.some((o, i) => cause.test(o) && follower.test(options[1 - i]) && !cause.test(options[1 - i]))));
}

// a preposition that opens a phrase, not a clause ("Under a law passed by ...", "With the bill signed ...")
const OPENING_PREPOSITION_RE = /^(?:Under|In|On|At|With|Without|By|For|From|Despite|During|Amid|Following|Across|Through|Since|Within|Against|Among|Over|Into|Unlike|Like|Via|Upon|Toward|Towards|Near|Of|To)\s/;

function isPastVerb(word: string): boolean {
	const w = word.toLowerCase();
	if (/^(was|were|had|did)$/.test(w)) return true;
	const tags = tagsOf(w);
	if (tags.includes('PastTense')) return true;
	return w.length > 4 && /ed$/.test(w) && !tags.includes('Adjective') && !tags.includes('Noun');
}

function wordsOf(text: string): string[] {
	return text.match(/[\p{L}’'-]+/gu) ?? [];
}

/**
 * The event a date belongs to, as a clause without the date, or undefined when the sentence does
 * not tie the date to a past event of its own clause. Two shapes are read: a leading date ("In
 * 2006, officials there were accused ..." → the clause after it) and a date closing its clause
 * ("He volunteered for the merchant navy in 1940 and rose ..." → "He volunteered for the merchant navy"; "...
 * when the Liberals returned to power in 1958" → "the Liberals returned to power").
 */
function eventClause(text: string, date: DateMention): string | undefined {
	const before = text.slice(0, date.span.start);
	const after = text.slice(date.span.end);
	let clause: string | undefined;
	const leading = /^(?:(?:In|On|During)\s)?$/.test(before) && /^,\s/.test(after);
	if (leading) {
		clause = /^,\s+([^,;:–—()]+)/.exec(after)?.[1];
		// "In August 1968, days after Warsaw Pact troops entered Czechoslovakia, she left": the phrase after the date
		// times the event by another, and the event is the clause after it (the dev155 reader's R1 on "Days after ...")
		if (clause && TIMED_BY_ANOTHER_RE.test(clause)) return undefined;
	} else {
		if (!AFTER_DATE_RE.test(after) || /^\s(and|to|or)\s+\d/.test(after)) return undefined;
		// "flooded in January 2024 and again last winter": the event has another date, and the option
		// without its date is as true of the later one
		if (/^\s(?:and|but)\s(?:then\s)?again\b/.test(after)) return undefined;
		// "made landfall ... early Wednesday", "late on Wednesday": the part of the day goes with the day
		const prep = date.relative ? /(?:\s(?:early|late)(?:\s(?:on|in))?|\s(?:on|in))?\s$/.exec(before) : /\s(?:in|on|during)\s$/.exec(before);
		if (!prep) return undefined;
		if (date.relative && /\b(since|until|by|from|before|after|of|the|and|to|through|between)\s$/i.test(before)) return undefined;
		const head = before.slice(0, prep.index);
		let start = 0;
		let joiner = '';
		for (const m of head.matchAll(BOUNDARY_RE)) {
			start = m.index + m[0].length;
			joiner = m[0].trim();
		}
		clause = head.slice(start);
		// "The government and the rebel front agreed late on Wednesday": an "and" with no past verb before it joins
		// two subjects, no two clauses, and the option would keep the second alone (a dev157s reader's R1)
		if (joiner === 'and' && !wordsOf(head.slice(0, start)).some(isPastVerb)) return undefined;
		// "is widely expected to be chosen ... when the newly elected MLAs meet in ... on Wednesday": a
		// time clause of an expected event is still to come, whatever past participle it holds
		if (/^(?:when|after|before|as|once|until)$/i.test(joiner) && UNREALISED_RE.test(head.slice(0, start))) return undefined;
		// "announced plans Monday for a new harbour tunnel": the object runs on after the date
		const runOn = /^\s(for\s[^,;:–—()]+?)(?=[,;:–—(]|\s(?:as|and|but|when|while|after|before)\s|[.!]$|$)/.exec(after);
		if (runOn) clause = `${clause} ${runOn[1]}`;
		// "He ran ... and became Baron Reval of Ostmark in 1983": the second verb takes the
		// sentence's subject when that is a name or a pronoun of at most four words
		const firstWord = /^[\p{L}’'-]+/u.exec(clause)?.[0] ?? '';
		if (joiner === 'and' && isPastVerb(firstWord)) {
			const subject = /^((?:[\p{Lu}][\p{L}’'.-]*\s){1,4}?)([\p{Ll}]+)\s/u.exec(text);
			if (!subject || !isPastVerb(subject[2])) return undefined;
			clause = `${subject[1]}${clause}`;
		}
	}
	if (!clause) return undefined;
	// "THIRUVANANTHAPURAM: The Congress-led United Democratic Front (UDF) swept to power": the
	// dateline and an acronym in brackets are no part of the event, and left in they set the
	// option apart from the others (a holdout77 reader's R1, R5)
	clause = clause.replace(DATELINE, '').replace(/\s?\([^()]*\)/g, '');
	clause = clause.trim().replace(/[,;:.!]$/, '').replace(/^(?:When|After|Before|As|While|Once)\s+/, '');
	if (!leading && !/^(?:\p{Lu}|(?:the|a|an|his|her|their)\s)/u.test(clause)) return undefined;
	// "Under a law passed by the government of ... in 2023, charity vessels must ...": a phrase that
	// opens on a preposition is no event, though a participle in it reads as a past verb (a
	// holdout77 reader's R1: the option was a fragment)
	if (OPENING_PREPOSITION_RE.test(clause)) return undefined;
	const words = wordsOf(clause);
	if (words.length < 3 || words.length > 14) return undefined;
	if (NOT_FINITE_RE.test(clause) || UNREALISED_RE.test(clause) || LASTING_RE.test(clause) || !words.slice(1).some(isPastVerb)) return undefined;
	// "Vindkraft Nordisk estimated last year, in evidence to the court, that ...": a clause that
	// ends on its verb where an aside follows the date leaves the verb's object behind it, and
	// the option reads "Vindkraft Nordisk estimated" (the holdout48 reader's R1)
	// ("... agreed late on Wednesday to turn the truce into a ceasefire": an infinitive or a "that" clause after the
	// date is the verb's object as much, and the option "The front agreed" says to nothing: a dev157s reader's R1)
	if (!leading && /^(?:,|\s(?:to|that)\s)/.test(after) && isPastVerb(words[words.length - 1])) return undefined;
	// "..., Hallbridge Crown Court heard on Monday": a verb that takes an object, its object left
	// before the clause, reads as a fragment (the dev145 reader's R1)
	if (!leading && OBJECT_VERB_END_RE.test(clause)) return undefined;
	// "Two of the dead were fishermen who had gone out on Saturday evening": the date is the relative
	// clause's, so the option is cut mid-clause and its main clause is no event of that day (the
	// dev145 reader's R1, R3)
	if (!leading && RELATIVE_RE.test(clause)) return undefined;
	return clause;
}

/**
 * The dated events of an article, at most one per sentence, in article order. `facts[i]` are the
 * facts of `sentences[i]`; `published` (YYYY-MM-DD) resolves relative dates, which are otherwise
 * left out (QUALITY.md R9); `eligible` says which sentences may be used (the caller leaves out
 * page furniture); `resolve` rewrites a clause opening on "He"/"She" with the one person it can
 * mean, or returns undefined when it cannot. Reported statements and quotes are left out, since
 * their dates are someone's claim (QUALITY.md R6).
 */
export function datedEvents(input: {
	sentences: readonly Sentence[];
	facts: readonly Fact[][];
	published: string | undefined;
	eligible: (sentence: Sentence) => boolean;
	resolve: (sentence: Sentence, clause: string) => string | undefined;
}): DatedEvent[] {
	const events: DatedEvent[] = [];
	for (const sentence of input.sentences) {
		if (!input.eligible(sentence) || REPORTED_RE.test(sentence.text) || !/[.!]$/.test(sentence.text)) continue;
		const facts = input.facts[sentence.index] ?? [];
		if (facts.some((f) => f.type === 'attribution')) continue;
		for (const date of dateMentions(sentence.text, facts, input.published)) {
			const raw = eventClause(sentence.text, date);
			if (!raw) continue;
			const resolved = /^(He|She)\s/.test(raw) ? input.resolve(sentence, raw) : raw;
			if (!resolved || POINTER_RE.test(resolved) || DATE_WORD_RE.test(resolved) || ORDER_WORD_RE.test(resolved)) continue;
			// a possessive needs its owner named before it in the option
			if (/\b(his|her|their)\b/i.test(resolved) && !/\p{Lu}[\p{Ll}’'-]+\s.*\b(his|her|their)\b/u.test(resolved.slice(1))) continue;
			events.push({ sentence, text: resolved[0].toUpperCase() + resolved.slice(1), date });
			break;
		}
	}
	return events;
}

/**
 * A "which came first" item from an article's dated events, or undefined when fewer than two
 * can be ordered. The largest set of events whose date ranges are disjoint is taken (so no two
 * options share a date, and "1976" never meets "5 April 1976"), and of it the first four in
 * article order; yearless dates (no publication date) are only ordered among themselves, and only
 * when they lie within half a year. The key is the earliest; options are shuffled with `prng`.
 * The item is checked against the QUALITY.md rules that apply to it: R3 (exactly one earliest,
 * dates disjoint), R5 (options alike in length; no date in them), R8 (at least two events).
 */
export function whichFirst(events: readonly DatedEvent[], prng: Prng): WhichFirst | undefined {
	const dated = events.filter((e) => !e.date.yearless);
	const yearless = events.filter((e) => e.date.yearless);
	const spanOf = (list: readonly DatedEvent[]) => (list.length ? Math.max(...list.map((e) => e.date.from)) - Math.min(...list.map((e) => e.date.from)) : 0);
	const pool = dated.length >= 2 || yearless.length < 2 || spanOf(yearless) > 183 ? dated : yearless;
	// the most events with disjoint dates (earliest end first), then the first four in article order
	const disjoint: DatedEvent[] = [];
	for (const e of [...pool].sort((a, b) => a.date.to - b.date.to || a.sentence.index - b.sentence.index)) {
		if (disjoint.some((c) => (c.date.from < e.date.to && e.date.from < c.date.to) || c.text.toLowerCase() === e.text.toLowerCase())) continue;
		disjoint.push(e);
	}
	const chosen = disjoint.sort((a, b) => a.sentence.index - b.sentence.index).slice(0, 4);
	if (chosen.length < 2) return undefined;
	const earliest = chosen.reduce((a, b) => (b.date.from < a.date.from ? b : a));
	const options = prng.shuffle(chosen.map((e) => e.text));
	const item: WhichFirst = {
		stem: WHICH_FIRST_STEM,
		options,
		key: options.indexOf(earliest.text),
		sentence: earliest.sentence,
		keySpan: earliest.date.span,
		events: chosen
	};
	const failed = whichFirstFailure(item);
	return failed ? { ...item, failed } : item;
}

/**
 * The first QUALITY.md check a which-first item fails, or undefined. R1: each option a clause of
 * 3–14 words opening on a capital; R3: one earliest event, no two dates overlapping; R4: no
 * pronoun or anaphor pointing outside an option; R5: no date and no word of order ("first", "third",
 * "later", "continued", "followed") in an option, and no option over three times as long as another; R7: two events no more
 * than five years apart, since a steamer that left Hobart in 1885 came before its wreck was found
 * this week, and a law of 1999 before this week's share fall, without reading (holdout67 readers:
 * of two, the old one is the answer; four milestones of a life still need the article), and
 * no key a player orders by logic alone: an offence or its discovery beside only a court's endings
 * of the case ("was sentenced", "was convicted"), which nothing in the case can follow, or any order
 * the kinds of event fix (`orderByKind`: a result before its concession, a birth before all);
 * R8: two to four distinct options.
 */
export function whichFirstFailure(item: WhichFirst): CheckId | undefined {
	const { options, events } = item;
	for (const o of options) {
		const n = wordsOf(o).length;
		if (n < 3 || n > 14 || !/^\p{Lu}/u.test(o)) return 'R1';
	}
	for (let i = 0; i < events.length; i++) {
		for (let j = i + 1; j < events.length; j++) {
			const [a, b] = [events[i].date, events[j].date];
			if (a.from < b.to && b.from < a.to) return 'R3';
		}
	}
	if (options.some((o) => POINTER_RE.test(o))) return 'R4';
	const lengths = options.map((o) => wordsOf(o).length);
	if (options.some((o) => DATE_WORD_RE.test(o) || ORDER_WORD_RE.test(o)) || Math.max(...lengths) > 3 * Math.min(...lengths)) return 'R5';
	const rest = options.filter((_, i) => i !== item.key);
	if (OFFENCE_RE.test(options[item.key]) && rest.every((o) => ENDING_RE.test(o))) return 'R7';
	if (orderByKind(options, item.key)) return 'R7';
	if (events.length === 2 && Math.max(...events.map((e) => e.date.from)) - Math.min(...events.map((e) => e.date.from)) > 5 * 366) return 'R7';
	if (options.length < 2 || options.length > 4 || new Set(options.map((o) => o.toLowerCase())).size !== options.length) return 'R8';
	return undefined;
}
