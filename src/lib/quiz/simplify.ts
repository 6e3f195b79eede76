import nlp from 'compromise';
import { DATELINE, type Fact } from './facts';
import { IRREGULAR_PAST, hasTag, tagged, tagsOf } from './lexicon';
import { appositiveClauses, coordinateJoin, leadingGerund, nameAfterRole, opensOnSum, relativeClauses, secondConjunct, sharedAuxiliary, sharedSubject } from './clauses';
import { keptPerText } from './words';
import { quotedAt } from './quoted-at';

/**
 * A clause derived from a source sentence by deleting words (asides, parentheticals, leading
 * time phrases, trailing participle phrases) and at most one replacement at its start (a
 * resolved pronoun, or the name a relative clause hangs on). `pieces` map it back to the
 * sentence so that a fact's span can be found in it.
 */
export interface Clause {
	text: string;
	/** Each kept run of the sentence: [sentenceStart, sentenceEnd) written at clauseStart. */
	pieces: { from: number; to: number; at: number }[];
	/** What kind of simplification made it, for ranking and reports. */
	kind: 'main' | 'aside' | 'subordinate';
}

/** Where a sentence span lands in the clause, or undefined when any of it was deleted. */
export function mapSpan(clause: Clause, start: number, end: number): { start: number; end: number } | undefined {
	for (const p of clause.pieces) {
		if (start >= p.from && end <= p.to) return { start: p.at + start - p.from, end: p.at + end - p.from };
	}
	return undefined;
}

// the rest of a list of names an aside opened: ", Nottinghamshire and Yorkshire"
// a plural noun may close the list ("most of them in Baghdad, Najaf and Diwaniyah provinces")
const ASIDE_LIST_TAIL = /^(?:,\s\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)*)*,?\s(?:and|or)\s\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)*(?:\s\p{Ll}+s)?(?=[,.;]|$)/u;
// a phrase after an aside that sums it up: ", a process that typically takes two to four months"
const SUMMING = /^,\s(?:a|an)\s(?:[\p{L}’'-]+\s){1,4}?(?:that|which)\b[^,;:“”"]*/u;
// a spaced hyphen, or two ("a red dwarf -- a star much smaller than our Sun --"), is how plain-text
// copy writes a dash ("a larger hippocampus - a region of the brain"); a hyphen inside a word or a
// range ("13- to 15-year-olds") is none
const DASH = '(?:[–—]|(?<=\\s)--?(?=\\s))';

// a phrase that opens a sentence before its subject, with no comma of its own: "Running in cool
// conditions", "After three days of talks", "Despite the rain"
/** A clause that goes on from a dash aside's point after its closing dash: "while any vote ... would fail", "so the plan ...", "meaning ...". */
const ASIDE_SEQUEL = /^(?:while|whereas|so|meaning|which means|leaving)\s/;
const OPENING_PHRASE = /^\s*(?:\p{Lu}\p{Ll}+ing|In|On|At|After|Before|With|Without|Despite|During|Under|For|From|By|Amid|Following|Unlike|Since)\s[^;:]*[^,;:\s]\s*$/u;

/**
 * Would dropping `lead` cut a leading phrase short, so that the stem opens on its tail? "Over
 * the next 12 months, ..." read up to "12" leaves "months, ..."; "Over a follow-up of 5.8 years,
 * ..." read up to "5.8" leaves "years, ..."; "After adjusting for age, income and smoking, ..."
 * read up to its first comma leaves the rest of the list. `after` is the text after the lead.
 * A phrase is dropped whole up to the comma that ends it, or not at all (QUALITY.md R1, R4).
 */
function cutsInsideLead(lead: string, after: string): boolean {
	if (/^(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|their)\b/i.test(after)) return false;
	// the lead ends on no comma, and a word or two run on to one: the phrase goes on past the cut
	if (!/,\s*$/.test(lead) && /^\p{Ll}[\p{L}’'-]*(?:\s\p{Ll}[\p{L}’'-]*)?,/u.test(after)) return true;
	// the lead ends on the first comma of a list that runs on to "and ...,"
	return /,\s*$/.test(lead) && /^\p{Ll}[^,;:]{0,40}(?:, [^,;:]{1,40})*,? (?:and|or) [^,;:]{1,40},/u.test(after);
}
// "On a fifth-day pitch" is no time: a time word inside a compound ends no phrase; a clock time's
// zone is part of it ("By 1030 GMT the stock was up ..." had been cut to "GMT the stock ...", a
// holdout115 reader's R1)
const LEADING_TIME =
	/^(?:(?:last|this|next|earlier|later|early|late) (?:week|month|year|night|morning|evening|weekend|summer|winter|spring|autumn|fall)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|\d+) (?:days?|weeks?|months?|years?|decades?) (?:later|earlier),|(?:in|since|by|until|during) \d{4}(?![.,]?\d|,)(?: (?:GMT|BST|UTC|CET|CEST|EET|EST|EDT|ET|CT|PT|PST|PDT|IST|JST|AEST|AEDT|local time)\b)?|(?:on|by|since|until|in|during|over|at) (?:the )?(?:(?!\b(?:he|she|they|we|it|I)\b)[^,]){1,30}?(?<!-)(?:day|week|month|year|decade|morning|night|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?<![\d.,])(?:\d{4}|\d{1,2})(?![.,]?\d))(?: (?:morning|afternoon|evening|night))?(?: (?:GMT|BST|UTC|CET|CEST|EET|EST|EDT|ET|CT|PT|PST|PDT|IST|JST|AEST|AEDT|local time)\b)?|(?:on|in) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|meanwhile|however|but|and|so|also|still|now),?\s+/i;
/**
 * A leading time that names a period a figure can be a total of or an event it dates: "Last year", "this month", "In 2024", "In July 2025",
 * "Over the first nine months of 2025", "In the third quarter", "On its first day" (a fresh user's rewrite: "How many books did the
 * library lend?" asked a first day's count as a total) (not "last week": a week's figure is an event's, "Last week the council approved 24 homes").
 * An age or a date a figure is counted up to is one too: "By the age of 10, 11.8% of children ..." without it states a share of
 * all children (the holdout126 reader's R6), "By 2030, 40% of buses ..." a target as a fact; and so is the day a changing
 * figure stood so by: "By Wednesday evening, about 3,100 customers were still without power" without it asked a count true
 * only at that hour as if it held for good (the dev174 reader's R6).
 */
const PERIOD_LEAD = /^(?:(?:last|this|next) (?:month|year|season|summer|winter|spring|autumn|fall)|(?:in|during) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?\d{4}|(?:over|in|during|for) the (?:first|last|past|previous|latest) (?:[\w-]+ )?(?:days|weeks|months|years|half|quarter)|(?:in|during) the (?:first|second|third|fourth|final) (?:half|quarter)|so far this (?:year|month|season)|(?:on|in|over|during|for|at) (?:its|their|his|her|the) (?:first|opening|debut|final|last|second|third) (?:full )?(?:day|night|weekend|week|month|year|season|session|trading day|run)|(?:by|at|before|under|until) (?:the )?age (?:of )?\d{1,3}|by (?:(?:late|early) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of the (?:day|week|weekend))(?: (?:morning|afternoon|evening|night))?|by (?:the end of )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d(?!\s?(?:GMT|BST|UTC|CET|CEST|EET|EST|EDT|ET|CT|PT|PST|PDT|IST|JST|AEST|AEDT|local time|hours|hrs)\b))\b/i;
/** The fact types a period's total is written in. */
const FIGURE = new Set(['count', 'money', 'percent']);
// ", Bradford Crown Court heard.", ", police said.": a speaker and a verb of saying that end the sentence
const CLOSING_ATTRIBUTION = /^,\s[^,;:“”"]{1,60}\s(?:heard|said|says|was told|were told|reported|added)[.!]?$/;
const TRAILING_PARTICIPLE = /,\s(?:demanding|saying|adding|citing|leaving|prompting|sparking|making|bringing|including|according to|which|who)\b[^]*$/;
/**
 * "According to" a party to a dispute or an unproven source: evidence, prosecutors, a lawsuit,
 * police, witnesses, sources; or an estimate that is no result: an exit poll, a projection, a
 * forecast, early returns ("According to the exit poll, the Social Democrats remained the largest
 * party with 32.1 percent" is a projection, not the count: holdout61 reader, R6).
 */
const CONTESTED_SOURCE =
	/^according to (?:the |an? )?(?:(?:early|initial|preliminary|partial|provisional) (?:results|returns|count|figures)|(?:latest |first )?(?:exit[ -]polls?|polls?|opinion polls?|projections?|forecasts?|estimates?|models?)|evidence|prosecut\w*|(?:court|legal|charging) (?:documents?|papers|filings?|records)|indictment|complaint|lawsuit|suit|charge sheet|affidavit|allegations?|police|detectives|investigators|witness\w*|sources?|people (?:familiar|close)|critics|opponents|defen[cs]e|plaintiffs?|claimants?|leaked|a (?:leaked|confidential)|the (?:leaked|confidential)|reports?)\b/i;
// "With the region recording its driest season since 2006, Viterra has ...": an absolute "with"
// clause is the circumstance of the main clause, which states its fact without it; "With a win,
// Leeds would ..." (no -ing verb) states a condition and stays
/** A month's name opening the text, after a leading time that ends on a day's number: a date cut in two ("on 14 | March"). */
const MONTH_NEXT = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const LEADING_PHRASE =
	/^(?:for example|for instance|in addition(?: to [^,]{1,60})?|in that regard|as a result|in fact|indeed|separately|similarly|instead|still|yet|however|meanwhile|at the same time|by contrast|in contrast|by comparison|conversely|likewise|nevertheless|even so|in (?:a|an|the|his|her|their) [^,]{1,40}|according to [^,]{1,40}|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[^,]{0,20}|with (?:the|a|an|its|his|her|their|\p{Ll}+) (?:[^,\s]+ ){0,4}?\p{Ll}+ing\b[^,]{0,80}),\s+/iu;
/**
 * An appositive after a name: "Venstra, the main opposition party, ...", "Ocado Retail, its
 * joint venture with Marks and Spencer, delivered ...", "Flight TP201, an Airbus A330 carrying 268
 * passengers, landed ..." (a possessive one only before the verb:
 * "In Ohio, his chosen Senate candidate, TV’s Dr. Ann Cole" is no appositive).
 */
// (never one with a verb of its own: "In Spain, an 82-year-old man was found dead at home, and ..." is a clause;
// "attended Derby Day, the Victoria Racing Club (VRC) said, up 6 per cent" a source, whose cut took the comma before "up", the holdout68 reader's R1)
const APPOSITIVE = /([\p{Lu}][\p{L}\d’'.-]+)(, (?:the|a|an) (?![^,–—]*\b(?:was|were|is|are|has|have|had|will|would|said|says|took|takes|gave|went|came|fell|rose|grew|began|became|broke|ran|saw|drew|threw|flew|wrote|chose|drove)\b)[^,–—]{3,60},|, (?:its|his|her|their) [^,–—]{3,60},(?= \p{Ll}))/gu;
// the rest of a list of bare nouns in lower case after a comma, up to its "and" or "or": " education and car manufacturing"
const BARE_LIST_GOES_ON = /^\s(?!(?:and|or|but|while|which|who|whom|whose|with|when|where)\b)\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*){0,2}(?:,\s\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*){0,2})*,?\s(?:and|or)\s/u;
/**
 * An appositive of office without an article: "Anton Velikov, deputy head of the Dravsk district council, said ...";
 * never one a second appositive follows ("Heike Schäfer, mayor of Hermsdorf, a town of about 7,500 people, said": cut
 * alone it left "Heike Schäfer a town of about ...", a holdout105 reader's R1)
 */
const ROLE_APPOSITIVE =
	/([\p{Lu}][\p{L}’'.-]+)(, (?:deputy|head|chief|former|acting|senior|director|leader|spokesman|spokeswoman|spokesperson|president|secretary|minister|editor|professor|founder|co-founder|chairman|chairwoman|member|governor|mayor|captain|coach|manager) [^,–—()]{2,70},)(?= (?!(?:a|an|the|its|his|her|their) )[\p{Ll}])/gu;
// ", sending the bill ...", ", compared with 368 in 2023", ", well below the 95% recommended ...", ", in a move aimed at ..."
const TRAILING_TAIL =
	/,\s(?:(?:compared (?:with|to)|(?:well |far |just |slightly )?(?:below|above)|up from|down from|in an? (?:move|bid|effort|attempt|step))\s|(\p{Ll}+ing)\s(?=(?:the|a|an|his|her|its|their|him|them|it|up|out|down|off|more|about|at least|nearly|almost|some|all)\b|\d|[$£€])|(\p{Ll}+(?:ed|en|wn))\s(?=(?:on |in |up )?(?:by|as|for|to|at|from|with|after|under)\b))/gu;
/**
 * A relative clause set off by a comma ("..., which the government expects to bring in ₹420
 * crore", ", whose team had beaten Brandon 5-1"): it says something of the noun before it, and
 * runs to the next comma; its verb is never the clause's own (main-clause.ts, `trailingTail`).
 */
export const RELATIVE = /,\s(?:which|who|whom|whose|where)\b[^,;:]*/gu;
const FINITE = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);
/** A sentence's opening up to a name, when it is a past participle's phrase no comma has closed ("Ridden by jockey Tom Reed", "Founded in 1996 by chef Anne Roux"). */
const PARTICIPLE_LEAD = /^\p{Lu}\p{Ll}+(?:ed|en|wn|n|t)\s(?:by|in|at|on|from|for|with|to|as|under|near)\s[^,;:–—]*$/u;
/**
 * Does `text` open on a noun phrase with no finite verb that a comma closes, before more of the
 * sentence ("Norway's third-largest port, the Labour Party held ...", "the county's oldest
 * school, it ...")? After a lead that ends on a name, such a phrase is the name's appositive,
 * never the subject (QUALITY.md R1).
 */
function appositiveOpens(text: string): boolean {
	const m = /^(?:\p{Lu}[\p{L}\p{M}.-]*[’']s|the|a|an|its|his|her|their)\s([^,;:–—“”"]{1,60}),\s(?!(?:who|whom|whose|which|where|when)\b)\S/u.exec(text);
	return m !== null && !(m[1].toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).some((w) => tagsOf(w).some((t) => FINITE.has(t)));
}

/**
 * Is `text` only a leading past participle's phrase, which no comma has closed yet ("Ridden by
 * jockey Tom Reed", "Founded in 1996 in Lyon by chef Anne Roux")? Its subject and verb come after
 * the comma, so a stem cut there is a fragment (QUALITY.md R1).
 */
export function onlyParticipleLead(text: string): boolean {
	return PARTICIPLE_LEAD.test(text);
}

/**
 * Is `opener` a past participle's phrase that opens the sentence ("Known to fans as ...", "Born in
 * Leeds"), with the subject it describes starting `after` on a capital?
 */
function participleOpener(opener: string, after: string): boolean {
	const first = /^\s*(\p{Lu}\p{Ll}+)\s/u.exec(opener)?.[1].toLowerCase();
	if (!first || !PARTICIPLE_LEAD.test(opener.trim()) || !/^\p{Lu}/u.test(after)) return false;
	// "Then in 2019 — ... — she won", "Often at night — ... — they": an adverb that looks like a participle
	return !tagsOf(first).some((t) => t === 'Adverb' || t === 'Preposition' || t === 'Conjunction' || t === 'Determiner');
}

/**
 * Does the comma that seems to close an appositive (`phrase`, ", the vibrant,") stand between
 * describing words instead, its noun still to come in `after`: "Sophiatown, the vibrant,
 * multiracial suburb that ...", "Mahlangu, the tenor saxophonist whose smoky, singing tone ...",
 * "Park, who signed a two-year, $1.4 million deal"?
 * Cut there, the name runs into the rest ("Sophiatown multiracial suburb", the holdout48 reader's
 * R1). The phrase's last word is read in context, as only there an adjective shows (the lexicon
 * knows neither "smoky" nor "multiracial").
 */
function describingComma(phrase: string, after: string): boolean {
	// "who signed a two-year, $1.4 million contract": a measure of the thing runs on to another before
	// its noun, and cut at the comma "Park $1.4 million contract ..." was left (a dev157s stem, R1)
	if (/(?:^|\s)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-\p{L}+,$/u.test(phrase) && /^ (?:[$£€¥]\s?)?\d/u.test(after)) return true;
	if (!/^ \p{Ll}/u.test(after)) return false;
	const inner = phrase.slice(2, -1).split(' ');
	const terms = tagged(`${inner.join(' ')}, ${after.trim().split(/\s+/).slice(0, 3).join(' ')}`);
	const last = terms[inner.length - 1];
	return last !== undefined && last.text === inner.at(-1) && last.tags.includes('Adjective') && !last.tags.includes('Noun');
}

// "from her dealer, Alfred Stieglitz": a comma after a common noun that opens a name's appositive
const OPEN_APPOSITIVE = /(?<![\p{L}\p{M}’'-])\p{Ll}[\p{L}\p{M}’'-]*,\s\p{Lu}[\p{L}\p{M}’'.-]*(?:\s\p{Lu}[\p{L}\p{M}’'.-]*){0,3}$/u;

/**
 * Does a dash aside between `before` and `after` also close an appositive that a comma opened
 * before it: "from O'Keeffe's New York dealer, Alfred Stieglitz — who was also the artist's
 * husband — in 1931"? With the aside gone the appositive runs on unclosed ("dealer, Alfred
 * Stieglitz in 1931", the holdout49 reader's R1), so the aside stays. Only where a preposition
 * follows: after "Last week, Smith — who ... — said" or "support, Mr Lukashenko – who ... – has
 * tried" the name is the subject, and no appositive is open.
 */
function closesAppositive(before: string, after: string): boolean {
	const next = /^\s*([\p{L}’'-]+)/u.exec(after)?.[1].toLowerCase();
	if (next === undefined) return false;
	if (OPEN_APPOSITIVE.test(before.trimEnd()) && hasTag(next, 'Preposition')) return true;
	// "Mai Linh, the weaver whose rugs hang in Kyoto — and whose ... — has died": the closing dash ends the subject's
	// appositive before the main verb, and cut out it left "in Kyoto has died" with no comma (the holdout164 reader's R1)
	// ("has", which the lexicon files as a bare verb)
	return OPEN_SUBJECT_APPOSITIVE.test(before.trimEnd()) && (tagsOf(next).some((t) => FINITE.has(t)) || /^(?:has|have)$/.test(next));
}

// a name, then an appositive a determiner opens that no comma, quote or bracket has closed: "Mai Linh, the weaver whose rugs hang in Kyoto"
const OPEN_SUBJECT_APPOSITIVE = /^(?:\p{Lu}[\p{L}\p{M}’'.-]*\s){0,4}\p{Lu}[\p{L}\p{M}’'.-]*,\s(?:the|a|an)\s[^,;:“”"()–—]+$/u;

/** What follows a list item between commas: the next item ("a Rolex", "two watches") or the "and" that ends the list. */
const LIST_GOES_ON = /^\s(?:a|an|the|and|or|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/;

/**
 * Does `before` (a sentence up to a name) end inside a comma aside that a role opens on the
 * person before it ("Ciarán Ó Dálaigh, policy officer at Threshold")? An appositive on that name
 * ("Threshold, the housing charity ...,") then goes without the comma that closes the outer
 * aside, or the subject runs on into its verb ("... officer at Threshold called"). QUALITY.md R1.
 */
function insideAside(before: string): boolean {
	const m = /\p{Lu}[\p{L}\p{M}’'.-]*,\s(\p{Ll}[^,;:“”"–—()]{1,80})$/u.exec(before);
	return m !== null && !(m[1].toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).some((w) => tagsOf(w).some((t) => FINITE.has(t)));
}
/**
 * Does `before` (a sentence from its subject up to a relative aside's comma) end inside an appositive
 * that a determiner opens on the subject and a name closes: "Harbourline's largest shareholder, the
 * Edinburgh fund manager Corrie Lane Partners" before ", which holds 11.6%, had said"? The relative
 * goes, but the comma that closes the appositive stays, or the subject runs into its verb ("... Corrie
 * Lane Partners had said", a holdout181 reader's R1). The subject before the opening comma has no
 * finite verb and is no leading phrase ("On Tuesday, the firm Acme, which ..., said" has no appositive); the appositive
 * may hold a participle ("a bakery called Pennine Loaves").
 */
function openAppositive(before: string): boolean {
	const at = before.lastIndexOf(', ');
	if (at <= 0) return false;
	const subject = before.slice(0, at);
	const aside = before.slice(at + 2);
	if (!/^(?:the|a|an)\s[^,;:“”"()–—]*\s\p{Lu}[\p{L}\p{M}’'.&-]*$/u.test(aside) || LEAD_BEFORE_COMMA.test(subject) || /[,;:“”"()–—]/.test(subject)) return false;
	return !(subject.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).some((w) => tagsOf(w).some((t) => FINITE.has(t)));
}

/**
 * A verb whose object a participle completes, with that object of at most four words and no
 * comma: "had seen two earlier offers" before "rejected by Betis", "found the doors" before
 * "locked from inside". Cut there, the clause says something else ("had seen two offers"), so
 * the participle is never a trailing phrase (QUALITY.md R1, R6).
 */
const COMPLEMENT_VERB = /\b(?:see|sees|saw|seen|seeing|watch(?:es|ed)?|hear|hears|heard|find|finds|found|want|wants|wanted|need|needs|needed|get|gets|got|keep|keeps|kept)((?:\s[^\s,;:–—]+){1,4})$/;

/** Does `before` (a clause up to a comma) end on a verb and its object that a participle after the comma completes (`COMPLEMENT_VERB`)? */
function awaitsComplement(before: string): boolean {
	const m = COMPLEMENT_VERB.exec(before);
	// "saw profits slump 27% to $284m": the object has its own verb, and the participle adds to the whole
	// ("offers" may be a verb to the lexicon: a present tense is read as a plural noun here)
	return m !== null && !m[1].trim().split(' ').some((w) => /[\d$£€%]/.test(w) || tagsOf(w.toLowerCase()).some((t) => t === 'PastTense' || t === 'Copula' || t === 'Modal' || t === 'Auxiliary' || t === 'Preposition'));
}

/**
 * A relative clause between commas after a noun, before the verb of the main clause: "The
 * depot, which was used by First Bus until 2019, has been empty ...", "Sen. Rand Paul, who
 * voted against the package, said ...", with a list of names inside it ("The group, which
 * supplies Tesco, Sainsbury's and Aldi, said ...": a lead's whole clause was lost to the list's
 * commas, and its figures with it). Global: read it with `matchAll` or `replace`.
 */
// "Sir Geoffrey Hallam, 61,", "Fiadh, on Camden Street,": a name's age or a place's aside, whose closing
// comma stays when a relative after it goes ("Fiadh, on Camden Street will serve" is left otherwise)
const OWN_ASIDE_BEFORE = /(?:\p{Lu}[\p{L}’'-]+,\s(?:aged\s)?\d{1,3}|[\p{L}’'-]+,\s(?:in|on|at|near|off|outside)\s(?:the\s)?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3})$/u;
// (an irregular past such as "found" or "won" is the main verb as much as "showed": "The study, which followed
// 14,862 adults in India, Nigeria and Brazil ..., found that ..." had given no clause, and a lead's figures no item;
// an aside that tells a history, "which briefly shared power with ... before walking out of ...", runs past 120 characters;
// an adverb may lead the verb: "Lech, who had lost their previous two league matches, now have 27 points")
export const RELATIVE_ASIDE = new RegExp(
	String.raw`,\s(?:which|who)\s(?:[^,;:“”"]|,(?=\d{3}\b)|,\s(?=(?:\p{Lu}[\p{L}\p{M}’'&.-]*\s){1,3}(?:and|or)\s\p{Lu}|\p{Lu}[\p{L}\p{M}’'&.-]*(?:\s\p{Lu}[\p{L}\p{M}’'&.-]*){0,2},\s\p{Lu})){3,200},(?=\s(?:(?:now|also|still|then|later|already|again|\p{Ll}+ly)\s)?(?!(?:aged|based|named|called|dubbed|nicknamed|located|priced|valued|owned|headed|listed|ranked|rated)\b)(?:has|have|had|is|was|were|are|did|does|do|will|would|could|can|may|might|must|should|said|says|showed|shows|finds|suggests|${IRREGULAR_PAST}|hit|cut|set|put|\p{Ll}+ed)\b)`,
	'gu'
);
// a relative aside that tells what business its person keeps: "who runs a florist on Quay Street", "which owns three cafés"
const KEEPS_BUSINESS = /^,\s(?:who|which)\s(?:(?:has|have|had)\s)?(?:runs?|ran|run|owns?|owned|co-owns?|manages?|managed|operates?|operated|founded|co-founded|opened)\s/;
// a business's measure written with no owner, right after its verb of saying or as the clause's subject: "said footfall had
// fallen", "said takings were down", "said that trade had halved" ("said her takings", "the shop's trade": owned already)
const UNOWNED_TAKINGS = /^\s(?:[\p{L}’'.-]+\s){0,2}?(?:said|says|told\s[^,.;]{1,40}?|added|estimated|estimates)\s(?:that\s)?(?:the\s)?(?:footfall|takings|turnover|trade|sales|revenues?|bookings|custom|profits?|income|orders|visitor numbers|business)\b/u;

/**
 * Is the relative aside `aside` (from its comma to its closing comma) the only owner of a
 * business measure the clause after it (`after`) gives bare? "Priya Chandran, who runs a florist on
 * Quay Street, said footfall had fallen by about 20%": cut, the stem said "Priya Chandran said
 * footfall had fallen", and whose footfall, the shop's or the whole town's, read alone it no
 * longer says (QUALITY.md R4; a dev175 reader's R4). Such an aside stays.
 */
function ownsBareMeasure(aside: string, after: string): boolean {
	return KEEPS_BUSINESS.test(aside) && UNOWNED_TAKINGS.test(after);
}

/**
 * A participle of publication between commas after the subject, before its verb: "The latest
 * figures, published on Tuesday, showed ...", "The report, released in March, found ...". It only
 * dates the subject, and the clause without it still says what the sentence says.
 */
const PUBLISHED_ASIDE = /,\s(?:published|released|issued|unveiled|announced|presented|updated|compiled)\s[^,;:“”"()–—]{2,50},(?=\s(?:has|have|had|is|was|were|are|will|would|showed|shows|show|found|finds|suggested|suggests|put|puts|gave|gives|\p{Ll}+ed)\b)/gu;
/**
 * A connective or a leading phrase the sentence opens on, up to the first comma ("However",
 * "On Tuesday", "In the North West"): a phrase between commas after it is the sentence's subject,
 * never an appositive on the lead's last word ("However, the latest figures, published ...").
 */
const LEAD_BEFORE_COMMA = /^(?:However|Meanwhile|Still|Yet|Instead|Indeed|Separately|Similarly|Nevertheless|Nonetheless|Moreover|Overall|Elsewhere|Now|Today|Yesterday|(?:In|On|At|By|For|After|Before|During|Since|Under|Across|Within|Throughout|Over|Among|From|Until|Despite)\s[^,;:]*)$/;
const SUBORDINATE = /^(?:a (?:day|week|month|year) (?:after|before)|(?:just |shortly |soon )?(?:after|before)|as|while|when|because|since)\s+/i;

// words no complete clause ends on: "the more active groups had", "to deny Smith before"
const OPEN_END = /\b(?:had|has|have|was|were|is|are|be|been|being|will|would|could|can|may|might|must|should|shall|did|does|do|the|a|an|its|their|his|her|of|to|in|on|at|by|for|with|from|into|and|or|but|nor|that|which|who|whose|whom|before|after|when|while|as|because|until|since|although|though|if|unless|whereas|than)$/i;
// ", even" of ", even though ...", ", especially" of ", especially when ...": an adverb a cut clause
// left behind after its comma ("... at another time of day, even." was a dev145 reader's R1)
const OPEN_ADVERB_END = /,\s(?:even|especially|particularly|mainly|mostly|largely|partly|chiefly|just|only|not)$/i;
// a subordinator that only joins clauses: what follows it needs a verb of its own
// a relative clause the text ends in: "in which fraudsters posing", "whose owners"
const RELATIVE_END = /\b(?:which|whom|whose)\s([^,]+)$/i;
const CLAUSE_JOIN = /(?:,\s(?:and|but|or|while|whereas)|\b(?:when|while|because|although|though|unless|whereas|if|whether))\s([^,]+)$/i;
// "before Okafor": a time preposition whose object is only a name stood for a cut clause
// a feast is a time, not a name: "before Christmas" ends a clause
const FEAST = /^(?:Christmas|Easter|Ramadan|Eid|Diwali|Hanukkah|Passover|Thanksgiving|Halloween|New Year)\b/;
const BEFORE_NAME = /\b(?:before|after|until|since)\s((?:\p{Lu}[\p{L}’'.-]+\s?){1,3})$/u;

/**
 * A list of examples between commas after the subject, before its verb: ", including pilots,
 * cabin crew and ground staff, will strike", ", such as X and Y, have closed". The comma that
 * closes it is the first one a finite verb or "said" follows.
 */
const INCLUDING_ASIDE = /^,\s(?:including|such as)\s[^;:“”"–—()]{3,120}?,(?=\s(?:will|would|has|have|had|is|was|were|are|could|can|may|might|must|should|said|says|\p{Ll}{3,}ed)\s)/u;

// a list of examples whose last item ("and social isolation,") a comma closes with words after it: the clause goes on
const INCLUDING_GOES_ON = /^,\s(?:including|such as)\s[^;:“”"()]*?\s(?:and|or)\s[^,;:]{1,60},\s\p{Ll}/u;

/**
 * Does `tail` open on a list of examples that a comma closes with the clause going on after it
 * (", including hearing loss, high cholesterol and isolation, together account for ...")? Then the
 * list is inside the clause, and a cut at its first comma leaves the clause without its verb
 * (QUALITY.md R1; a holdout106 reader refused "11 modifiable risk factors untreated vision loss, ...").
 */
export function listGoesOn(tail: string): boolean {
	return INCLUDING_GOES_ON.test(tail);
}

/**
 * Does `tail` open on the source of an estimate or a study's finding (", according to International
 * Monetary Fund estimates", ", according to a large Danish study"), or on a body or person it is
 * credited to by name (", according to the Cardiff Chamber of Commerce", ", according to Kantar's
 * figures", ", according to Dr Ruth Mensah")? Without it the figure reads as a plain fact, or as the
 * article's own count (QUALITY.md R6: a claim stays a claim), so it is never cut off. A source
 * named by a common noun alone (", according to police", ", according to officials") is not read
 * here: a lead's figure stands without it as the news states it.
 */
export function findingSource(tail: string): boolean {
	return FINDING_SOURCE.test(tail) || NAMED_SOURCE.test(tail);
}
const FINDING_SOURCE = /^,\saccording to [^,;]*\b(?:estimates?|projections?|forecasts?|calculations?|modell?ing|models?|analysis|analyses|stud(?:y|ies)|survey|research|paper|trial|review|meta-analysis)\b/;
// ", according to the Cardiff Chamber of Commerce", ", according to Kantar": a capitalised name right after "according to (the)"
const NAMED_SOURCE = /^,\saccording to (?:the )?\p{Lu}[\p{L}\p{M}’'.&-]*/u;

// ", who finished ninth, and Calgary's Rachel Donovan, who ...": after a relative, ", and" goes on
// with another name of the same list (a name, a place's possessive, then a name), no clause of its own
const NAMES_GO_ON = /^,\s(?:which|who)\s[^;“”"]*?,\s(?:and|or)\s(?:the\s)?(?:\p{Lu}[\p{L}’'.-]*\s)*?(?:\p{Lu}[\p{L}.-]*[’']s\s)?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)*(?=,|\.?$|\s(?:of|from)\s)/u;

/**
 * Where a trailing ", who ..." or ", which ..." relative clause closes when the sentence goes on
 * after it with the verb it interrupted (", who had missed a penalty earlier, finally found the
 * winner"): the length up to that comma, or undefined when the relative runs to the end.
 * `before` is the text up to the relative: where it holds no verb of its own, the word after the
 * closing comma is its verb when compromise reads it as one in the clause joined up ("IIT Delhi,
 * which was ranked 123rd, overtook ...", "Con Edison, which maintains 4,300 miles of mains,
 * records ..."), past forms and verbs in -s the lexicon misses. A relative of up to 120 characters
 * closes so ("X, 52, who grows giant vegetables in a polytunnel behind his shed in South Gippsland,
 * beat ..."): cut to the end, a longer one had left the subject with no verb and the sentence no clause.
 */
function closedRelative(before: string, tail: string): number | undefined {
	const m = /^,\s(?:which|who)\s(?:[^,;:“”"]|,(?=\d{3}\b)){3,120}(?=,\s(\p{Ll}+)\s)/u.exec(tail);
	if (!m) return undefined;
	const tags = tagsOf(m[1]);
	if (tags.some((t) => FINITE.has(t))) return m[0].length;
	// "..., who had missed a penalty earlier, finally found the winner": the adverb leads the verb the
	// relative interrupted; in "Gramin Dak Sevaks nationwide, who run branch post offices ..., often for a
	// monthly allowance" no verb follows it, the phrase is the relative's own, and closed at the comma
	// it was left dangling on the main clause (a holdout73 reader's R1)
	if (tags.includes('Adverb') || /ly$/.test(m[1])) {
		const next = /^\p{Ll}+\s(\p{Ll}+)/u.exec(tail.slice(m[0].length + 2));
		return next && (tagsOf(next[1]).some((t) => FINITE.has(t)) || /ed$/.test(next[1])) ? m[0].length : undefined;
	}
	// "X was jailed for four years, while Y, 61, who ..., received ...": the relative interrupts the
	// subject of the clause "while" opens, whose verb is still to come; cut to the end it left
	// "while Y, 61." with no verb (a holdout102 reader's R1)
	const opener = [...before.matchAll(/\b(?:while|whereas|although|though)\s/g)].at(-1);
	const clause = opener ? before.slice(opener.index + opener[0].length) : before;
	const words = clause.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
	if (words.some((w) => tagsOf(w).some((t) => FINITE.has(t)))) return undefined;
	const rest = tail.slice(m[0].length + 2);
	// "X, which sells food, drinks and toys, ...": a word that goes on to "and" may be a list's next item
	if (/^[^,]*\s(?:and|or)\s/.test(rest)) return undefined;
	return verbsRead(`${clause} ${rest}`)[0]?.split(' ')[0] === m[1] ? m[0].length : undefined;
}

/**
 * Does the phrase that opens `tail` (", believed to have fled the scene, was being sought") close at
 * its next comma with a finite verb after it? Then it is an aside between a subject and its verb,
 * never a tail to cut to the end of the sentence (QUALITY.md R1).
 */
function closesBeforeVerb(tail: string): boolean {
	const m = /^,\s[^,;:“”"]{3,80},\s(?:(?:also|then|still|later|now|already)\s)?(\p{Ll}+)\s/u.exec(tail);
	return m !== null && tagsOf(m[1]).some((t) => FINITE.has(t));
}

/**
 * Does an aside that opens `tail` (", the class of drugs that includes X, was ...") close with the
 * clause going on after it: a comma and a finite verb (`closesBeforeVerb`), a comma and the "to" of
 * the verb's second object (", the founder of the festival, to 30 months in prison") or a semicolon
 * that goes on to a list's next item (", the main producing state; rising bills; and ...")? Then it
 * is no tail: cut at its first comma the clause lost its verb, its object or the rest of its list,
 * and read as a fragment ("showed that resistance to macrolides.", "sentenced Koen Verhaeghe, 54.":
 * the holdout108 and holdout109 readers' R1). Takes the text from the comma on.
 */
export function asideGoesOn(tail: string): boolean {
	return closesBeforeVerb(tail) || /^,\s[^,;:“”"]{3,80}(?:;\s\S|,\sto\s)/.test(tail);
}

/**
 * The length of a participle phrase between a bare subject and its verb (", making his Tour
 * debut," of "The 24-year-old Lotto rider, making his Tour debut, jumped clear ..."), which goes
 * alone as a relative between commas does, or undefined: cut to the end as a trailing phrase,
 * it left the subject without its verb. `before` is the text up to the comma and must hold no
 * finite verb; the word after the closing comma must be one.
 */
function closedParticiple(before: string, tail: string): number | undefined {
	const m = /^,\s\p{Ll}+ing\s[^,;:“”"]{3,80}(?=,\s(\p{Ll}+)\s)/u.exec(tail);
	if (!m || !tagsOf(m[1]).some((t) => FINITE.has(t))) return undefined;
	const words = before.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
	return words.some((w) => tagsOf(w).some((t) => FINITE.has(t))) ? undefined : m[0].length;
}

/**
 * Does a clause the simplifier shortened end on a complete constituent? Not when it ends on an
 * auxiliary, article, preposition or subordinator ("the groups had, on average" cut to "the
 * groups had"), when its last joined clause has no verb (", and the total cost of the storm"
 * left by a dropped ", including ..."), or when a time word's object is a bare name whose verb
 * was cut ("saves to deny O'Neill before Okafor"). QUALITY.md R1.
 */
export function endsComplete(text: string): boolean {
	// "the more active groups had, on average": an adverbial after a comma ends nothing
	const bare = text.replace(/[\s,;:–—-]+$/, '').replace(/,\s(?:on average|in total|overall|so far|in all|at most|at least|in part|in turn|in fact)$/i, '');
	if (OPEN_END.test(bare) || OPEN_ADVERB_END.test(bare)) return false;
	const joined = CLAUSE_JOIN.exec(bare);
	// the lexicon sees most verbs at once; compromise reads the rest in context
	const lexiconVerb = (words: string) => (words.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).some((w) => tagsOf(w).some((t) => FINITE.has(t)) || (w.length > 4 && /ed$/.test(w)));
	if (joined && !lexiconVerb(joined[1]) && !read(joined[1], 'verb')) return false;
	// "a scam in which fraudsters posing.": a relative clause cut before its verb, whose participle is none (h40, a freed lead)
	const relative = RELATIVE_END.exec(bare);
	if (relative && !lexiconVerb(relative[1])) return false;
	const name = BEFORE_NAME.exec(bare);
	return !name || FEAST.test(name[1]) || read(name[1], 'date');
}

// compromise's readings of short phrases, kept: the same clause ends recur across an
// article's candidates and compromise is the slow part of the check (bench-generate.ts)
const readings = new Map<string, boolean>();

/** Does compromise read a verb, or a date, in the phrase? */
function read(phrase: string, what: 'verb' | 'date'): boolean {
	const key = `${what}:${phrase}`;
	let found = readings.get(key);
	if (found === undefined) {
		found = what === 'verb' ? nlp(phrase).verbs().length > 0 : nlp(phrase).has('(#Date|#Holiday)');
		if (readings.size >= 5000) readings.clear();
		readings.set(key, found);
	}
	return found;
}

/**
 * The verb phrases compromise reads in the text in context ("The award comprises €12,000 ...":
 * ["comprises"], a verb its lexicon does not list). For the checks that refuse a stem without a
 * verb (QUALITY.md R1) once the lexicon has found none; readings are kept as in `endsComplete`.
 */
export function verbsRead(text: string): string[] {
	return verbReadings(text);
}
const verbReadings = keptPerText((text) => nlp(text).verbs().out('array') as string[], 5000);

function build(sentence: string, keep: [number, number][], prefix: string | undefined, kind: Clause['kind']): Clause | undefined {
	const pieces: Clause['pieces'] = [];
	let text = '';
	if (prefix !== undefined) text = prefix;
	for (const [rawFrom, to] of keep) {
		let from = rawFrom;
		if (to <= from) continue;
		let chunk = sentence.slice(from, to);
		// "the Bharatiya Janata Party (BJP)-led alliance": a suffix the cut left joins the word before it
		if (text !== '' && !/\s$/.test(text) && !/^[\s,.;:]/.test(chunk) && !/^-\p{L}/u.test(chunk)) text += ' ';
		if (/\s$/.test(text) && /^\s/.test(chunk)) {
			const lead = chunk.length - chunk.trimStart().length;
			from += lead;
			chunk = chunk.trimStart();
		}
		pieces.push({ from, to, at: text.length });
		text += chunk;
	}
	text = text.trimEnd().replace(/[,;:]$/, '');
	if (text.split(/\s+/).length < 4) return undefined;
	// a clause that stops short of the sentence's own end must still end where a clause can
	const whole = sentence.replace(/[.!?]$/, '').trimEnd();
	if (keep.length > 0 && keep[keep.length - 1][1] < whole.length && !endsComplete(text)) return undefined;
	// "set out three immediate priorities: a campaign on social care costs": a list after a colon
	// cut after its first item reads as the whole list (a blind reader's R1 and R6 on holdout57)
	if (keep.length > 0 && keep[keep.length - 1][1] < whole.length && /:\s/.test(text) && /;|,\s(?:and|or)\s/.test(whole.slice(keep[keep.length - 1][1]))) return undefined;
	if (/^\p{Ll}/u.test(text) && prefix === undefined) {
		// a lower-case start after a deleted lead: capitalise it as a replacement of one letter
		const first = pieces[0];
		return {
			text: text[0].toUpperCase() + text.slice(1),
			pieces: [{ from: first.from + 1, to: first.to, at: first.at + 1 }, ...pieces.slice(1)],
			kind
		};
	}
	return { text, pieces, kind };
}

/** The runs of the sentence up to `end` that no deletion covers. */
function keptRuns(deletions: [number, number][], end: number): [number, number][] {
	const keep: [number, number][] = [];
	let cursor = 0;
	for (const [a, b] of [...deletions].sort((x, y) => x[0] - y[0])) {
		if (a > cursor) keep.push([cursor, a]);
		cursor = Math.max(cursor, b);
	}
	if (cursor < end) keep.push([cursor, end]);
	return keep;
}

/**
 * Where a trailing phrase that adds to a full clause starts, or undefined: a participle with
 * its object (", sending the bill to the House", ", killing at least 20 people"; the lexicon's
 * Gerund tag, followed by a determiner, pronoun, number or particle, so that a list item such
 * as ", housing and education" stays), a past participle with its preposition (", called on by
 * tribes around the country", ", based in London"), a purpose (", in a move aimed at shielding ...",
 * ", in a bid to ...") or a comparison (", compared with 368 in 2023", ", well
 * below the 95% recommended by the WHO", ", up from 397,000 last year"). The clause before it
 * must keep five words after `from` (the end of any leading piece) and a verb. The clause without it is
 * still true: each only adds to what the clause says.
 */
function trailingTail(text: string, from: number): number | undefined {
	for (const m of text.matchAll(TRAILING_TAIL)) {
		if (m.index < from || (text.slice(from, m.index).match(/\S+/g) ?? []).length < 5) continue;
		if ((m[1] || m[2]) && awaitsComplement(text.slice(from, m.index))) continue;
		// an open quote runs on past the comma: its words are the speaker's, never cut
		if ((text.slice(0, m.index).match(/[“"]/g) ?? []).length % 2 === 1 && !/”/.test(text.slice(0, m.index))) continue;
		if (m[1] && !hasTag(m[1], 'Gerund')) continue;
		if (m[2] && !/ed$/.test(m[2]) && !tagsOf(m[2]).some((t) => t === 'PastTense' || t === 'Participle')) continue;
		// "as a co-worker, Nehemiah Dejesus, scrambled to": the comma closes a name between commas, and the verb is that name's
		if (m[2] && /,\s(?:\p{Lu}[\p{L}’'.-]*\s){0,3}\p{Lu}[\p{L}’'.-]*$/u.test(text.slice(0, m.index))) continue;
		// "and Morimoto, unmarked, headed in from six yards": a name after "and" with a word or two of aside is the
		// subject of a second clause, and the verb after the aside its own (cut there, "and Morimoto, unmarked." was a dev159 reader's R1)
		if (m[2] && /\s(?:and|but|as|while)\s(?:\p{Lu}[\p{L}’'.-]*\s){0,3}\p{Lu}[\p{L}’'.-]*,\s\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?$/u.test(text.slice(0, m.index))) continue;
		// "said a fourth suspect, believed to have fled, was being sought": a comma and a finite verb after the
		// phrase close it as an aside inside the clause, and cut there the clause kept its subject without
		// that verb ("said a fourth suspect.", a holdout106 reader's R1)
		if (closesBeforeVerb(text.slice(m.index))) continue;
		// "The man from Leeds, named as John Smith, died": a clause without a verb before the comma is
		// no full clause, nor is one whose verb is a relative's ("Blazers coach Shaun Hagerty, whose
		// team had beaten Brandon 5-1 ..., struggled to find words": a blind reader's R1 on holdout59)
		// ("Pre-contest favourite Sweden, represented by the pop trio Nattfjäril, slipped to fifth":
		// a passive participle after a comma opens an aside, and is no verb of the clause: a blind
		// reader's R1 on holdout64; "Norman, Oklahoma, placed parts of" has its object, and is one)
		const words = text.slice(from, m.index).replace(RELATIVE, '').replace(/,\s\p{Ll}+(?:ed|en|wn)\s(?:by|as|in|at|from|for|under|on|with)\b[^,]*/gu, '').toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
		// a compound adjective is no verb: "The AUKUS nuclear-powered submarine program, estimated to cost
		// ..., is funded separately" had no clause before the comma, and cut there left the subject alone
		// as a true/false statement (a holdout73 reader's R1)
		if (!words.some((w) => tagsOf(w).some((t) => FINITE.has(t)) || (w.length > 4 && !w.includes('-') && /ed$/.test(w)))) continue;
		return m.index;
	}
	return undefined;
}

/**
 * A phrase at the end of the sentence that frames or adds to the clause before it without
 * qualifying it: ", in the largest single penalty imposed on a bank here over the fallout from
 * ...", ", in what marine scientists say is the first confirmed sighting ...", ", with recruiters
 * from the company's Tennessee plant ...", ", amid fears ...", ", after Powys County Council
 * refused permission", ", its lowest position since the rankings began ...", ", the party's
 * best-ever result in ...". Unlike a `TRAILING_TAIL` it is not always cut: the clause without it is
 * offered beside the whole, so a stem whose only pointer ("here", "the fallout", "the company's")
 * sits in the phrase is still asked (holdout60 reader: the lead of the MAS fine gave no item).
 */
const ADDED_TAIL = /,\s(?:in what\s|in (?:(?:the|a|an|its|his|her|their) (?:(?:single |second[- ]|third[- ])?\p{Ll}{3,}est|first|latest|record|rare|blow|boost|sign|setback|rebuke|reversal)\b|one of the\s)|(?:the|its|their|his|her)\s(?:\p{Ll}+[’']s\s)?(?:\p{Ll}{3,}est|best|worst|best-ever|worst-ever)\s|with\s(?!(?:the )?exception\b)|amid\s|after\s|following\s)/gu;
// words that make a phrase a condition, a contrast or a hedge on the clause, which is then no longer the same claim without it (QUALITY.md R6);
// ", after adjusting for inflation" is the basis a figure holds on, no event after it
const QUALIFYING = /\b(?:unless|if|provided|providing|but|although|though|despite|except|excluding|whereas|while|only|not|never|adjust\w*|accounting for|allowing for|taking into account|net of|tax)\b|n['’]t\b/i;

// a title-case word in brackets that qualifies a name ("(Marxist)", "(Marxist-Leninist)"), not an
// acronym, a figure or a news agency's credit
const NAME_QUALIFIER = /^\s?\((?!(?:Reuters|AP|AFP|Bloomberg|PA|file|pictured)\))\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?\)$/u;

// a counted noun that a list after a colon spells out: "in three divisions:", "12 players:"
const COUNTED_LIST = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(?:[\p{L}-]+\s){0,3}?[\p{L}-]+:(?=\s[^:“”"]*(?:,\s|\s(?:and|or)\s))/u;

// an auxiliary, a modal or a copula: the verb of a clause of its own, never of an appositive's noun phrase
const OWN_VERB = /\s(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|shall|does|did)\s/;

// a time that only an earlier sentence says: "At the time, ...", "By then, ..."
const BACK_TIME = /^(?:At (?:the|that) (?:time|point)|By then|Since then|Until then|Then)\b/;

/**
 * Where an `ADDED_TAIL` phrase starts, or undefined: the clause before it keeps five words after
 * `from` and a finite verb, no quote is open at the comma, the phrase runs to the end of the
 * sentence (no verb after a later comma: "He said the plan, with its focus on X, would cost ..."
 * is a subject cut from its verb) and holds no condition, contrast or hedge (`QUALIFYING`).
 */
function addedTail(text: string, from: number): number | undefined {
	for (const m of text.matchAll(ADDED_TAIL)) {
		if (m.index < from || (text.slice(from, m.index).match(/\S+/g) ?? []).length < 5) continue;
		if ((text.slice(0, m.index).match(/[“"]/g) ?? []).length % 2 === 1 && !/”/.test(text.slice(0, m.index))) continue;
		const words = text.slice(from, m.index).toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
		if (!words.some((w) => tagsOf(w).some((t) => FINITE.has(t)) || (w.length > 4 && /ed$/.test(w)))) continue;
		const phrase = text.slice(m.index);
		if (QUALIFYING.test(phrase) || [...phrase.matchAll(/,\s(\p{Ll}+)\b/gu)].some((v) => v.index > 0 && tagsOf(v[1]).some((t) => FINITE.has(t)))) return undefined;
		return m.index;
	}
	return undefined;
}

/** The most words a stem may have (QUALITY.md R1: `firstFailure` refuses a longer one). */
const MOST_WORDS = 40;
// a comma before a phrase that adds a circumstance, a contrast or a sequel to a clause complete without it:
// ", as rescuers searched for ...", ", despite objections from ...", ", in a vote seen as ...", ", published in ...";
// never a condition or an exception (", if ...", ", unless ...", ", except ..."), a basis ("after adjusting for
// inflation"), a figure's bound (", as much as 7%") or a source (", according to ...": a claim keeps who makes it, R3/R8);
// a study's adjustment for a list of three or more factors closing the sentence (", after accounting for age, sex, income
// ... and diabetes") is its method, not the figure's basis, and a dementia study's "23% lower risk" of walkers had gone
// unasked for its length (the holdout127 readers' FAULT line)
const CLAUSE_BOUNDARY = /,\s(?=(?:after\s(?:accounting|adjusting|controlling)\sfor\s[^,;:]+(?:,\s[^,;:]+){2,}$|as(?!\s(?:much|many|high|low|little|few|far|long|well|of|part|is|was|are|were)\b)|while|whereas|but|despite|after(?!\s\p{Ll}+ing\b)|when|where|which|along with|(?:in|with) (?:a|an|what)\s(?!(?:\p{Ll}+\s){0,3}(?:if|unless)\b)|published|released|(?:\p{Ll}+ing)\s(?:the|a|an|his|her|its|their|control|power|hopes?|\d))\b)/gu;
// a source that the words after a cut would take from the claim: ", prosecutors said", ", police told reporters"
const LATE_SOURCE = /(?:,\s|\s)(?:[\p{L}’'.-]+\s){0,5}(?:said|says|told|added|reported|according to)\b[^,]*$|\b(?:if|unless|except|excluding|only|not|never|no longer)\b|n['’]t\b/u;

/**
 * The main clause cut at the last clause boundary (`CLAUSE_BOUNDARY`) that brings it within the stem's
 * word limit, or undefined when it is within the limit already or no boundary does: "Rain triggered
 * floods across the state, killing at least 27 people, officials said Thursday, as rescuers searched
 * for 14 people ..." gives "... officials said Thursday". A lead's long sentence had given no item,
 * every stem of it refused R1 for its length, though its main fact ends well before the limit. The
 * cut is never inside a quote, brackets or a dash aside, and never where the words it drops hold a
 * source, a condition or a negation the kept clause would need (`LATE_SOURCE`). `deletions` are the
 * main clause's own; `from` is where the sentence starts after its dateline ("SÃO PAULO (AP) —", whose dash
 * opens no aside), `end` where it ends before its stop.
 */
function shortenedMain(sentence: string, main: Clause, deletions: [number, number][], from: number, end: number): Clause | undefined {
	if (main.text.split(/\s+/).length <= MOST_WORDS) return undefined;
	const cuts = [...sentence.slice(0, end).matchAll(CLAUSE_BOUNDARY)].map((m) => m.index).filter((at) => at > from).reverse();
	for (const at of cuts) {
		if (deletions.some(([a, b]) => at >= a && at < b)) continue;
		const before = sentence.slice(from, at);
		if ((before.match(/[“"]/g) ?? []).length % 2 === 1 && !/”/.test(before)) continue;
		if ((before.match(/[“]/g) ?? []).length > (before.match(/[”]/g) ?? []).length) continue;
		if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
		if ((before.match(new RegExp(`\\s${DASH}\\s`, 'g')) ?? []).length % 2 === 1) continue;
		if (LATE_SOURCE.test(sentence.slice(at, end))) continue;
		const cut = build(sentence, keptRuns([...deletions, [at, end]], end), undefined, 'main');
		if (!cut || cut.text === main.text) continue;
		if (cut.text.split(/\s+/).length > MOST_WORDS) continue;
		return cut;
	}
	return undefined;
}

// "After a hearing drew 400 people, Northline cut ...": a finite clause before the main one
const LEADING_SUBORDINATE = /^(After|Before|Although|Though|Because|While|Whilst) ([^,;:"“”()–—]{8,160}?), (?=(?!(?:He|She|It|They|We|I|You|This|That|These|Those|There|His|Her|Its|Their|then|he|she|it|they|this|that|there)\b)(?:\p{Lu}[\p{L}’'-]+|the|a|an)\s)/u;
// past forms the tagger reads as names or nouns ("drew", "rose"), after a word of the subject
const AFTER_SUBJECT_PAST = new RegExp(String.raw`\b\p{Ll}[\p{Ll}-]* (?:${IRREGULAR_PAST})\b`, 'u');
// the main clause counts from the lead ("the next day", "later", "there"); the lead points back ("that year")
const LEAD_BOUND = /\b(?:next|then|later|following|afterwards|there|same|that (?:year|month|week|day|time)|this (?:year|month|week|day))\b/i;

// does compromise read a subject and then its verb in a lead clause, kept per clause: every clause of a sentence asks it again (`leadingSubordinate`)
const subjectThenVerb = keptPerText((text: string) => nlp(text).has('(#Noun|#Pronoun|#Gerund) #Adverb? (#PastTense|#Copula|#Modal|#Auxiliary|#PresentTense)'), 4096);

/**
 * A leading subordinate clause with a subject and a finite verb ("After a public hearing drew
 * more than 400 people, ...", "Although sales rose, ..."), which the main clause after it does
 * not need: its length with the comma and space, and for "after", "because", "although",
 * "though" and "while" (whose clause the writer states as fact) the span of its own statement
 * within `rest`. Undefined when the lead has no finite verb ("After tax, profits were ..."
 * keeps it: the figure holds only after tax), the main clause opens on a pronoun or counts from
 * the lead, or the lead itself points back. `main` is the sentence from the lead on, without
 * its final stop.
 */
function leadingSubordinate(rest: string, main: string): { length: number; statement?: [number, number] } | undefined {
	const m = LEADING_SUBORDINATE.exec(rest);
	if (!m || LEAD_BOUND.test(main.slice(m[0].length))) return undefined;
	if (!subjectThenVerb(m[2]) && !AFTER_SUBJECT_PAST.test(m[2])) return undefined;
	const states = /^(?:After|Because|Although|Though|While|Whilst)$/.test(m[1]) && !LEAD_BOUND.test(m[2]);
	return { length: m[0].length, ...(states ? { statement: [m[1].length + 1, m[1].length + 1 + m[2].length] as [number, number] } : {}) };
}

/**
 * The clauses an item may be written from, each simpler than the sentence: the main clause
 * without dash asides, parentheticals, leading time phrases, appositives after a name (", the
 * main opposition party,", ", deputy head of the regional administration,") and trailing
 * participle phrases;
 * a "who ..." aside turned into its own clause on the name it follows ("Mr Lukashenko – who
 * insists he won 80% ... –" gives "Mr Lukashenko insists he won 80% ..."); and a trailing
 * "– a day after X did Y" aside as the clause "X did Y". A sentence's final punctuation is left
 * out; items add their own.
 */
export function simplify(sentence: string, facts: Fact[]): Clause[] {
	const clauses: Clause[] = [];
	if (opensOnSum(sentence)) return clauses;
	let end = sentence.length;
	const final = /[.!?]["”’]?$/.exec(sentence);
	if (final && !/["”’]$/.test(final[0])) end = final.index;
	const deletions: [number, number][] = [];
	const asides: { from: number; to: number; text: string }[] = [];
	// a wire dateline ("WASHINGTON (AP) —") is a leading piece, and its dash opens no aside
	const dateline = DATELINE.exec(sentence)?.[0].length ?? 0;
	// "Kyle Brennan, 33, of Sale – eight years; Tomasz Nowak ... – seven years": the dashes of a list's
	// lines join a name to its value, and open no aside; nor does one aside run past a semicolon
	const parts = sentence.slice(dateline, end).split(';');
	const dashList = parts.length > 1 && parts.filter((part) => new RegExp(`\\s${DASH}\\s`).test(part)).length >= 2;
	const paired = new RegExp(`\\s?${DASH}\\s?((?:[^–—\\s;]|\\s(?!--?\\s))+?)\\s?${DASH}\\s?`, 'g');
	paired.lastIndex = dateline;
	// paired asides that stay (`closesAppositive`), whose closing dash opens no trailing one
	const held: [number, number][] = [];
	for (const m of dashList ? [] : sentence.slice(0, end).matchAll(paired)) {
		// an aside that is only a figure ("won the most votes – 24.5% – making it") is the point
		if (/^[$£€]?[\d.,]+(%|\s?(?:per ?cent|million|billion|m|bn))?$/.test(m[1].trim())) {
			const close = m.index + m[0].indexOf(m[1]) + m[1].length;
			if (/^\s?(?:[–—]|-(?=\s))\s?\w+ing\b/.test(sentence.slice(close))) deletions.push([close, end]);
			continue;
		}
		// the closing dash stands for a comma before a trailing phrase ("a median of $3,412 — up 2.6% —
		// followed by San Jose"): joined up, the tail would run on without its comma, so it goes too
		const tailAfter = trailingTail(`${sentence.slice(0, m.index)}, ${sentence.slice(m.index + m[0].length, end)}`, dateline) === m.index;
		// "Running in cool, windless conditions — the temperature was 6 C — Chebet sat ...": the closing
		// dash ends an opening phrase, and cut out it would leave no comma before the subject (a
		// holdout66 reader's R1), so the aside stays
		// ("In a bid to win Moscow’s support, Mr Lukashenko – who ... –": a comma before a name or a
		// determiner closed the opening phrase, and the aside follows the subject)
		const opener = sentence.slice(dateline, m.index);
		const opening = OPENING_PHRASE.test(opener) && !/,\s(?:\p{Lu}|(?:the|a|an|his|her|its|their|this|that|these|those)\b)/u.test(opener) && /^\p{L}/u.test(sentence.slice(m.index + m[0].length, end));
		// "Known to musicians by the nickname "Bird Dog" — a reference ... — Mr. Whitaker recorded": the
		// closing dash ends a past participle's opening phrase about the subject, and cut out alone it
		// left no comma before the subject (a holdout76 reader's R1); the phrase goes with it, and the
		// clause from the subject on still holds
		if (participleOpener(opener, sentence.slice(m.index + m[0].length, end))) {
			deletions.push([dateline, m.index + m[0].length]);
			asides.push({ from: m.index + m[0].indexOf(m[1]), to: m.index + m[0].indexOf(m[1]) + m[1].length, text: m[1] });
			continue;
		}
		if (opening || closesAppositive(sentence.slice(0, m.index), sentence.slice(m.index + m[0].length, end))) held.push([m.index, m.index + m[0].length]);
		// "hold 31 seats — not enough to block a PP-Vox alliance — while any investiture vote ... would fail":
		// a clause the closing dash hands on to answers the aside, and without it is a non sequitur (a
		// holdout115 reader's R1), so it goes with the aside
		else deletions.push([m.index, tailAfter || ASIDE_SEQUEL.test(sentence.slice(m.index + m[0].length, end)) ? end : m.index + m[0].length]);
		asides.push({ from: m.index + m[0].indexOf(m[1]), to: m.index + m[0].indexOf(m[1]) + m[1].length, text: m[1] });
	}
	const single = new RegExp(`\\s${DASH}\\s((?:[^–—\\s]|\\s(?!--?\\s))+)$`).exec(sentence.slice(dateline, end));
	if (single) single.index += dateline;
	// "Feb 12 - Halvorsen Foods said ...": a dash after a few words ends a dateline, not a main clause
	const mainWords = single ? sentence.slice(dateline, single.index).split(/\s+/).filter(Boolean).length : 0;
	if (single && !dashList && mainWords >= 4 && ![...deletions, ...held].some(([a, b]) => single.index < b && a < single.index + single[0].length)) {
		deletions.push([single.index, end]);
		asides.push({ from: single.index + single[0].indexOf(single[1]), to: end, text: single[1] });
	}
	for (const m of sentence.slice(0, end).matchAll(/\s?\([^()]{1,120}\)/g)) {
		// "The Communist Party of India (Marxist)": a word in brackets after a name is part of the
		// name, and cut it names another party the article also has (a holdout77 reader's R6)
		if (NAME_QUALIFIER.test(m[0]) && /\p{Lu}[\p{L}\p{M}’'.-]*$/u.test(sentence.slice(0, m.index))) continue;
		// "typing alert("hi") into the box", "f(x)", "the applicant(s)": a bracket that opens on the word before
		// it, with no space, is code or part of the word, and a bracket inside a quote is the speaker's (R6); cut,
		// "alert("hi")" was written "alert" (a fresh user's R6)
		if ((!/^\s/.test(m[0]) && /\S$/.test(sentence.slice(0, m.index))) || quotedAt(sentence, m.index)) continue;
		deletions.push([m.index, m.index + m[0].length]);
	}
	// ", many of them schools and churches,": an aside on the noun before it, which points back
	// the aside goes whole: a list it opens ("in Derbyshire, Nottinghamshire and Yorkshire") and
	// the comma that closes it ("clients, many of them retirees, to fund" → "clients to fund")
	// (a thousands comma is no end of it: "stores, most of them in towns of fewer than 50,000 inhabitants,"
	// cut at "50," left "stores 000 inhabitants", a holdout115 reader's R1)
	for (const m of sentence.slice(0, end).matchAll(/,\s(?:many|most|some|all|several|both|none|one|two|three|four|five|half) of (?:them|whom|which|those)\b(?:[^,;:“”"]|(?<=\d),(?=\d{3}\b)){0,60}(?=,|$)/g)) {
		const to = m.index + m[0].length;
		const list = ASIDE_LIST_TAIL.exec(sentence.slice(to, end))?.[0].length ?? 0;
		// "by 6 p.m., most of them in Baghdad, Najaf and Diwaniyah on Monday": a list the aside opens
		// that the tail above cannot close is left whole, as cut at its first comma its rest fused
		// with the clause ("by 6 p.m. Najaf and Diwaniyah", a holdout72 reader's R1)
		if (!list && /^,\s\p{Lu}[^,;:]*\s(?:and|or)\s/u.test(sentence.slice(to, end))) continue;
		// "will benefit, most of them women, young people and employees in ...": a list in lower case
		// goes on as well, and cut it leaves its rest as the verb's object ("will benefit young people")
		if (!list && /^,\s(?!(?:and|or|but|while|which|who|with)\b)\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*){0,2}\s(?:and|or)\s/u.test(sentence.slice(to, end))) continue;
		// "140 people, many of whom will be kept on to help with disinfection, a process that takes
		// two to four months": a phrase that sums up the aside goes with it, or it fuses with the
		// noun the aside hung on ("140 people a process that ...", a blind reader's R1 on holdout60)
		const sum = SUMMING.exec(sentence.slice(to + list, end))?.[0].length;
		// "11 people were still missing, most of them in the Taquari valley, where whole streets were under water":
		// the "where" is the aside's place, and left behind it put every one of the 11 in those streets (R6)
		// ("214 written objections, many of which referred to the winter of 2023, when water ... reached the doors":
		// so is a "when" the aside's time, and left behind it the council received the objections as the water rose,
		// the holdout137 reader's R6)
		const where = /^,\s(?:where|when)\b[^,;:“”"]*/.exec(sentence.slice(to + list, end))?.[0].length;
		if (where !== undefined) deletions.push([m.index, to + list + where]);
		else if (sum !== undefined) deletions.push([m.index, to + list + sum]);
		// "17 residents, several of whom had dementia, Bradford Crown Court heard.": a closing attribution keeps the comma
		// before it, or it runs on from the noun ("17 residents Bradford Crown Court heard", R1)
		else deletions.push([m.index, to + list + (sentence[to + list] === ',' && !CLOSING_ATTRIBUTION.test(sentence.slice(to + list)) ? 1 : 0)]);
	}
	// a list's marker, or the number of a numbered list's row ("8. A new game ..."), is no part of the statement
	let leadEnd = dateline || (/^(?:[-–—•*]|\d{1,2}[.)])\s+/.exec(sentence)?.[0].length ?? 0);
	const spun: Clause[] = [];
	for (let pass = 0; pass < 3; pass++) {
		const rest = sentence.slice(leadEnd);
		const gerund = leadingGerund(sentence, leadEnd, facts);
		if (gerund?.clause) spun.push(gerund.clause);
		// "After completing a PhD, she spent the next decade ...": the lead is what "next" counts from
		if (gerund && /\b(?:next|then|later|following|afterwards|there)\b/.test(sentence.slice(leadEnd + gerund.length, end))) break;
		const subordinate = gerund ? undefined : leadingSubordinate(rest, sentence.slice(leadEnd, end));
		if (subordinate?.statement) {
			const from = leadEnd + subordinate.statement[0];
			const clause = build(sentence, [[from, leadEnd + subordinate.statement[1]]], undefined, 'subordinate');
			if (clause) spun.push(clause);
		}
		// "In a judgment handed down on 14 March, ...": a time cut between its day and its month
		// would leave "March, Mrs Justice ..." to open the stem (R1), so the phrase is read whole
		const time = LEADING_TIME.exec(rest);
		const lead = (time && !(/\d\s+$/.test(time[0]) && MONTH_NEXT.test(rest.slice(time[0].length))) ? time : null) ?? LEADING_PHRASE.exec(rest) ?? (gerund ? [rest.slice(0, gerund.length)] : subordinate ? [rest.slice(0, subordinate.length)] : null);
		if (!lead) break;
		// "Last year the CDC recorded 18 outbreaks": a figure for a period holds for that period,
		// and without it the stem states a total with no time (QUALITY.md R9)
		// ("Last year, it said, 61 festivals ...": a pronoun's aside after it goes with it, and the period too)
		// ("Last year the commission approved four combinations": a figure in words is one too)
		if (lead === time && PERIOD_LEAD.test(lead[0]) && (/\d/.test(rest.slice(lead[0].length)) || facts.some((f) => FIGURE.has(f.type) && f.span.start >= leadEnd + lead[0].length)) && !/^(?:it|he|she|they|we|I)\s/i.test(rest.slice(lead[0].length))) break;
		// "During the strike of 1984 and 1985, he ...": a phrase cut inside a pair of times is no phrase
		if (/^(?:and|or|to|until)\s\d/i.test(rest.slice(lead[0].length))) break;
		if (cutsInsideLead(lead[0], rest.slice(lead[0].length))) break;
		// "By mid-afternoon at least 14 people had been arrested": a number the lead ends on that a
		// noun follows is the subject's count, no day of a date ("On March 14 the council", "In 1967 she" stay leads)
		if (/(?<![\d,.])\d{1,3}\s+$/.test(lead[0]) && /^\p{Ll}/u.test(rest.slice(lead[0].length)) && !/^(?:he|she|it|they|we|i|you|the|a|an|his|her|its|their|this|that)\b/.test(rest.slice(lead[0].length))) break;
		// "In the North West, 19.9% of entries ...": a named place or body is the scope the fact holds for
		if (!LEADING_TIME.test(rest) && /^[Ii]n the \p{Lu}/u.test(lead[0])) break;
		// "In the river town of Tarnby, Norway's third-largest port, the Labour Party held ...": a phrase after the
		// lead's closing name is its appositive, and the lead cut alone leaves it to open the stem as if the subject (a
		// holdout130 reader's R1, R4), so the lead stays with it
		// ("However, the latest figures, published on Tuesday, showed": a lone opening word is no name)
		if (/\s\p{Lu}[\p{L}\p{M}’'.-]*,\s+$/u.test(lead[0]) && appositiveOpens(rest.slice(lead[0].length))) break;
		// "In the extra period, Grant blocked six shots": a part of the game is the scope the count holds for
		if (/^(?:In|During) (?:the )?(?:[\p{Ll}-]+ )?(?:half|quarter|period|set|round|innings|overtime|extra time|frame|lap|stage|session)s?\b/u.test(lead[0])) break;
		// "In the placebo group, 40 patients relapsed": a study's group is the scope the figure holds for, and
		// without it the stem tells of every participant (R6), or has the study written in in its place
		if (/^(?:In|Among|For) the (?:[\p{Ll}-]+ ){0,3}(?:group|arm|cohort)s?,/u.test(lead[0])) break;
		// "In the men's 800m, Daniel Ruto was boxed in": the event is the scope the result holds for
		if (/^(?:In|At) the (?:men|women|boys|girls)['’]s\b/iu.test(lead[0])) break;
		// "At National 5, the pass rate was ...": a named level or group with its number is the scope, no time
		if (/^(?:At|In|For) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}+ \d{1,2},/u.test(lead[0])) break;
		// "According to evidence presented at trial, nurses were pressured ...": a disputed source's
		// claim without it is stated as fact (QUALITY.md R6: a claim stays a claim)
		if (CONTESTED_SOURCE.test(lead[0])) break;
		// "According to EUMETSAT, data from the Metop satellites contributes more ...": a named source's
		// finding stays its finding (R6), and the name says which story the stem is from (R4)
		// ("According to the housing charity Shelter, a first-time buyer ... needs": so is one a noun describes first,
		// whose estimate without it was stated as fact: the holdout95 reader's R6)
		if (/^[Aa]ccording to (?:the |a |an )?(?:[\p{Ll}-]+ ){0,3}\p{Lu}[\p{L}\p{M}’'.&-]*(?:\s(?:(?:of|for|and|on|in|the|de|du|des|la|le)\s)*\p{Lu}[\p{L}\p{M}’'.&-]*){0,6},\s+$/u.test(lead[0]) && !/^[A-Z]{2,8}, /.test(sentence.slice(leadEnd + lead[0].length))) break;
		leadEnd += lead[0].length;
		// "According to the refugee agency, UNHCR, about 9,000 ...": the initials restate the source
		const initials = /^according to /i.test(lead[0]) ? /^[A-Z]{2,8}, (?!which|who)/.exec(sentence.slice(leadEnd)) : null;
		if (initials) leadEnd += initials[0].length;
		// "According to the university's budget, presented in March, SPPU expects": the participle
		// phrase describes the source, and left alone it would dangle on the subject (R1)
		const described = /^according to /i.test(lead[0]) ? /^\p{Ll}+(?:ed|en|wn)\b[^,;:]{0,60}, /u.exec(sentence.slice(leadEnd)) : null;
		if (described) leadEnd += described[0].length;
	}
	if (leadEnd > 0) deletions.push([0, leadEnd]);
	if (/, (?:the|an?|its|his|her|their) /.test(sentence)) {
		for (const m of sentence.slice(0, end).matchAll(APPOSITIVE)) {
			if (/^\d/.test(sentence.slice(m.index + m[0].length))) continue;
			// "However, the latest figures, published ...": the name is a lead's last word, and the phrase is the subject
			if (m.index + m[1].length <= leadEnd || LEAD_BEFORE_COMMA.test(sentence.slice(dateline, m.index + m[1].length))) continue;
			// "in February, the largest such operation since 2018, when 11 rhinos died": a relative after
			// the phrase hangs on it, and would hang on the name with the phrase gone (R1, R6)
			if (/^\s(?:when|where|which|who|whom|whose)\b/.test(sentence.slice(m.index + m[0].length))) continue;
			// "Rudi Hartanto, a spokesperson for the National Disaster Mitigation Agency, known by its
			// Indonesian acronym BNPB, told ...": a participle aside after the phrase hangs on it too, and
			// with the phrase gone it hangs on the name (a blind reader's R1, R6 on holdout64)
			if (/^\s(?:known|\p{Ll}+ed)\s(?:by|as|in|at|from|for|under|on)\b[^,]{0,60},/u.test(sentence.slice(m.index + m[0].length))) continue;
			// "Sipho Mahlangu, the tenor saxophonist whose smoky, singing tone carried ...": a relative
			// in the phrase with no verb yet before the comma runs on past it, so the comma closes no aside (R1)
			const relative = /\b(?:who|whose|which|that)\s(.*)$/.exec(m[2]);
			if (relative && !(relative[1].toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).some((w) => tagsOf(w).some((t) => FINITE.has(t)))) continue;
			// "In Portugal, the weather institute, IPMA, said": the role and the name between commas are the subject, no aside of Portugal
			if (/^ \p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3},/u.test(sentence.slice(m.index + m[0].length))) continue;
			// "two Range Rover Sports, a Porsche Macan, a Rolex": an item of a list, which goes on after it
			if (LIST_GOES_ON.test(sentence.slice(m.index + m[0].length))) continue;
			// "Pune, a hub for information technology, education and car manufacturing with ...": the comma
			// parts the phrase's own list, whose rest in lower case runs to an "and", and cut there it
			// left "Pune education and car manufacturing ..." (the holdout118 readers' R1, twice)
			if (BARE_LIST_GOES_ON.test(sentence.slice(m.index + m[0].length))) continue;
			// "for the Atlantic, the North Sea and the Mediterranean, talks that …": the phrase closes
			// a list of names with the name before it, no aside on it (R1: "the Atlantic talks")
			if (/^, the \p{Lu}[^,]*\s(?:and|or)\s(?:the\s)?\p{Lu}/u.test(m[2])) continue;
			// "Ridden by jockey Tom Reed, the mare settled midfield, was switched out": the comma closes
			// a leading participle phrase, and what follows is the sentence's subject, no aside
			if (PARTICIPLE_LEAD.test(sentence.slice(0, m.index))) continue;
			if (describingComma(m[2], sentence.slice(m.index + m[0].length))) continue;
			const from = m.index + m[1].length;
			// "the 2026 Memorial Cup, the Canadian Hockey League's championship, ending a 28-year wait",
			// "the Art Loss Register, a London-based private database, officials said": a trailing phrase
			// or source after the aside keeps the comma before it, or it fuses with the name (blind
			// readers' R1 on holdout59 and holdout57)
			// ("Daejin Cathode Works, a maker of ..., on Thursday reported": a day is no source, and the comma goes with the aside)
			const trailing = /^\s(?:\p{Ll}+ing|which|who|whose|including|(?!(?:also|then|later|again|still|has|had|have|was|is|would|will|could|on|late|early|earlier|last|yesterday|today)\s|\p{Ll}+ly\s)(?:[\p{L}’'-]+\s){1,4}(?:said|says|added|reported|told)\b)/u.test(sentence.slice(m.index + m[0].length));
			deletions.push([from, from + m[2].length - (trailing || insideAside(sentence.slice(0, m.index + m[1].length)) ? 1 : 0)]);
		}
	}
	for (const m of sentence.slice(0, end).matchAll(ROLE_APPOSITIVE)) {
		const from = m.index + m[1].length;
		deletions.push([from, from + m[2].length]);
	}
	// a relative clause between commas is dropped alone, never as the start of a trailing phrase
	let masked = sentence.slice(0, end);
	for (const m of masked.matchAll(RELATIVE_ASIDE)) {
		// "Sir Geoffrey Hallam, 61, who served ..., sued": the age's closing comma stays with it
		// "Harbourline's largest shareholder, the fund manager Corrie Lane Partners, which holds 11.6%, had said": the
		// appositive's closing comma stays with it too
		const ownAside = OWN_ASIDE_BEFORE.test(masked.slice(0, m.index)) || openAppositive(masked.slice(Math.max(leadEnd, dateline), m.index));
		// masked all the same, so that no later rule cuts it as a trailing relative
		if (!ownsBareMeasure(m[0], masked.slice(m.index + m[0].length))) deletions.push([m.index, m.index + m[0].length - (ownAside ? 1 : 0)]);
		masked = masked.slice(0, m.index) + '#'.repeat(m[0].length) + masked.slice(m.index + m[0].length);
	}
	const published: [number, number][] = [];
	for (const m of masked.matchAll(PUBLISHED_ASIDE)) {
		// only inside the subject: no verb before it ("The report, published ..., found")
		if ((masked.slice(Math.max(leadEnd, dateline), m.index).toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).some((w) => tagsOf(w).some((t) => FINITE.has(t)))) continue;
		const aside: [number, number] = [m.index, m.index + m[0].length];
		published.push(aside);
		deletions.push(aside);
		masked = masked.slice(0, m.index) + '#'.repeat(m[0].length) + masked.slice(m.index + m[0].length);
	}
	let participle = TRAILING_PARTICIPLE.exec(masked);
	const closed = participle ? (closedRelative(masked.slice(0, participle.index), masked.slice(participle.index)) ?? closedParticiple(masked.slice(0, participle.index), masked.slice(participle.index))) : undefined;
	if (participle && closed !== undefined) {
		// "before Okafor, who had missed a penalty, finally found the winner": the aside goes, the verb stays;
		// after an age ("Tavakoli, 47, who is banned ..., won") the aside's closing comma stays with the age
		const ownAside = OWN_ASIDE_BEFORE.test(masked.slice(0, participle.index));
		deletions.push([participle.index, participle.index + closed + (ownAside ? 0 : 1)]);
		participle = null;
	}
	let listAside = participle ? INCLUDING_ASIDE.exec(masked.slice(participle.index)) : null;
	// "29 on the Atlantic side, including container ships, liquefied natural gas carriers and at
	// least two cruise ships": the list runs on past the comma, and "liquefied" is no verb after
	// the aside; cut there it would leave the list's tail glued on (a blind reader's R1 on holdout58)
	// ("14 risk factors, including hearing loss, untreated vision loss, high cholesterol and isolation, together
	// account for ...": items with commas between them run on as well, a holdout106 reader's R1)
	if (listAside && !/\s(?:and|or)\s/.test(listAside[0]) && /^\s(?!(?:will|would|has|have|had|is|was|were|are|could|can|may|might|must|should|said|says)\s)(?:[^,;:]*,\s(?!(?:and|or)\s))*[^,;:]*,?\s(?:and|or)\s/.test(masked.slice(participle!.index + listAside[0].length))) listAside = null;
	// the same list closed by a comma with the clause going on after it is no tail: cut to the end, it took
	// the clause's verb ("nine factors, including ..., together explain ..." → "nine factors")
	// "she made more than 60 public works, including the Miners' Memorial, unveiled in 1981": after the clause's
	// own verb the list is its object's, and the -ed word after it describes the last example; cut as a subject's
	// aside, the stem said the 60 works were unveiled in 1981 (R6)
	if (listAside && !OWN_VERB.test(` ${masked.slice(participle!.index + listAside[0].length, participle!.index + listAside[0].length + 12)}`) && !/^\s(?:said|says)\b/.test(masked.slice(participle!.index + listAside[0].length)) && (masked.slice(Math.max(leadEnd, dateline), participle!.index).toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).some((w) => tagsOf(w).some((t) => FINITE.has(t)))) listAside = null;
	if (participle && !listAside && listGoesOn(participle[0])) participle = null;
	if (participle && listAside) {
		// "About 480 workers, including pilots and cabin crew, will strike": the list goes, the verb stays
		deletions.push([participle.index, participle.index + listAside[0].length]);
		// the tail is read past the list too: "Forty-three letters written by X, including a draft
		// chapter, have been discovered" keeps its verb, never "Forty-three letters written by X" (R1)
		masked = masked.slice(0, participle.index) + '#'.repeat(listAside[0].length) + masked.slice(participle.index + listAside[0].length);
		participle = null;
	}
	// "The top Canadians were Ben Leclair, who finished ninth, and Calgary's Rachel Donovan, who ...":
	// the relative sits inside a list of names, and a cut there drops the rest of the list, which
	// misstates the sentence (a blind reader's R6); the clause is kept whole
	if (participle && /^,\s(?:which|who)\b/.test(participle[0]) && NAMES_GO_ON.test(masked.slice(participle.index))) participle = null;
	// "needs oil prices of about $90 a barrel to balance its budget, according to International
	// Monetary Fund estimates": without its source an estimate reads as a fact (a blind reader's R6
	// on holdout64), so the clause keeps it
	// ("were about 28% less likely to develop dementia, according to a large Danish study": so does a study's
	// finding, which without it read as a plain fact, a holdout107 reader's R6)
	if (participle && findingSource(participle[0])) participle = null;
	// "Turnout was 58.7%, according to the election commission, up from 50.9% in 2022": cut at its source the
	// clause is too short to be asked (`build` wants four words), and the lead's figure gave no item; the
	// source stays with its claim, and a trailing tail after it ("up from ...") is cut as after any clause
	if (participle && /^,\saccording to\s/.test(participle[0]) && (sentence.slice(Math.max(leadEnd, dateline), participle.index).match(/\S+/g) ?? []).length < 4) participle = null;
	if (participle) deletions.push([participle.index, end]);
	// ("..., the judges said, a majority of three-fifths of owners was enough": a phrase with its own auxiliary or
	// copula outside a relative is the main clause, and cut it left a fragment, "Under a reform ... in _____, they
	// said.", the holdout110 reader's R1)
	const phrase = /,\s(?:a|an)\s[^,]{3,80}$/.exec(sentence.slice(0, end));
	const appositive = phrase && !OWN_VERB.test(phrase[0].replace(/\s(?:that|which|who|whom|whose)\s.*$/, '')) ? phrase : null;
	// "a simple formula: steak-frites, a carafe of wine and a set lunch": after a colon or a dash the
	// phrase is the next item of a list, and the list cut to its first item misstates it (R6)
	const listed = appositive && new RegExp(`(?::|\\s${DASH})\\s[^:–—]*$`).test(sentence.slice(dateline, appositive.index));
	// "to pay about £2.4 million towards school places, a new GP surgery and improvements to the A38 junction":
	// after a common noun, a phrase with its own "and" is the rest of a list, and cut it said the sum was for
	// the first item alone (a holdout119 reader's R6); an appositive follows a name ("Jo Lee, a writer and poet")
	const listRest = appositive && /\s(?:and|or)\s/.test(appositive[0]) && /(?<![\p{L}\p{M}’'-])\p{Ll}[\p{L}\p{M}-]*$/u.test(sentence.slice(0, appositive.index));
	// "brought new opportunities but also, she admitted, a kind of disorientation": after an attribution the
	// clause's words run on, the phrase is its object, and cut it left "but also, she admitted" (R1)
	const runsOn = appositive && /,\s(?:\p{L}[\p{L}’'.-]*\s){1,4}(?:said|says|admitted|admits|added|argued|insisted|conceded|recalled|noted|explained|acknowledged|claimed|wrote|thought|felt)$/u.test(sentence.slice(0, appositive.index));
	if (appositive && !participle && !listed && !listRest && !runsOn) deletions.push([appositive.index, end]);
	// a verb inside a dropped relative aside ("Core inflation, which strips out food costs, slowed
	// to 2.8%") is no verb of the clause before a trailing phrase: the text with its asides masked is read
	const tail = trailingTail(masked, Math.max(leadEnd, dateline));
	const mainDeletions: [number, number][] = tail !== undefined && (!participle || tail < participle.index) ? [...deletions, [tail, end]] : deletions;
	const main = build(sentence, keptRuns(mainDeletions, end), undefined, 'main');
	if (main) clauses.push(main);
	// each clause of the whole sentence too long for a stem is offered cut short as well (`shortenedMain`)
	const shortened = new Set<string>();
	const shorten = (clause: Clause, dropped: [number, number][]) => {
		const cut = shortenedMain(sentence, clause, dropped, dateline, end);
		if (cut && !shortened.has(cut.text)) {
			shortened.add(cut.text);
			clauses.push(cut);
		}
	};
	if (main) shorten(main, mainDeletions);
	// the clause without a framing phrase at its end, beside the whole (`ADDED_TAIL`)
	// ("At the time, the committee said the drug's £62,400 list price ...": a clause that opens on an earlier
	// sentence's time leans on it whatever its end, and cut it passed as self-contained, holdout52)
	const added = main && !BACK_TIME.test(sentence.slice(Math.max(leadEnd, dateline))) ? addedTail(masked, Math.max(leadEnd, dateline)) : undefined;
	if (added !== undefined && (tail === undefined || participle || added < tail) && (!participle || added < participle.index)) {
		const cut = build(sentence, keptRuns([...deletions, [added, end]], end), undefined, 'main');
		if (cut && cut.text !== main?.text) clauses.push(cut);
	}
	// "Prices fell in three divisions: clothing (down 2.8 per cent), ... and furnishings": the list
	// after a counted noun tells the count, and stripped of its figures it can read garbled (a
	// holdout76 reader's R5 and R1), so the clause up to the colon is offered beside the whole
	// (a sentence without a colon is not searched: `COUNTED_LIST` tries each word boundary of it)
	const counting = sentence.slice(Math.max(leadEnd, dateline), end);
	const counted = main && counting.includes(':') ? COUNTED_LIST.exec(counting) : null;
	if (counted) {
		const colonAt = Math.max(leadEnd, dateline) + counted.index + counted[0].length - 1;
		const cut = build(sentence, keptRuns([...deletions, [colonAt, end]], end), undefined, 'main');
		if (cut && cut.text !== main?.text) clauses.push(cut);
	}
	// a year inside a dropped lead ("In 1967 she joined ...") is asked from the clause that keeps it
	if (main && leadEnd > dateline && facts.some((f) => f.type === 'date' && /\d{4}/.test(f.text) && f.span.end <= leadEnd)) {
		const kept: [number, number][] = [...deletions.filter(([a, b]) => a !== 0 || b !== leadEnd), [0, dateline]];
		const dropped: [number, number][] = tail !== undefined && (!participle || tail < participle.index) ? [...kept, [tail, end]] : kept;
		const withLead = build(sentence, keptRuns(dropped, end), undefined, 'main');
		if (withLead) {
			clauses.push(withLead);
			shorten(withLead, dropped);
		}
	}
	// a key inside a dropped date of publication ("published in Nature in 1975") is asked from the clause that keeps it
	if (main && facts.some((f) => f.type !== 'attribution' && published.some(([a, b]) => f.span.start >= a && f.span.end <= b))) {
		const kept = deletions.filter((d) => !published.includes(d));
		const dropped: [number, number][] = tail !== undefined && (!participle || tail < participle.index) ? [...kept, [tail, end]] : kept;
		const withDate = build(sentence, keptRuns(dropped, end), undefined, 'main');
		if (withDate) {
			clauses.push(withDate);
			shorten(withDate, dropped);
		}
	}
	// a key inside the dropped tail ("compared with 368 in 2023") is asked from the clause that keeps it
	if (main && tail !== undefined && (!participle || tail < participle.index) && facts.some((f) => f.span.start >= tail && f.span.end <= end && f.type !== 'attribution')) {
		const whole = build(sentence, keptRuns(deletions, end), undefined, 'main');
		if (whole) {
			clauses.push(whole);
			shorten(whole, deletions);
		}
	}

	// two clauses joined by ", while" or ", and" with a subject of their own: each is a statement
	const join = main ? coordinateJoin(sentence, Math.max(leadEnd, dateline), end) : undefined;
	if (join) {
		const first = build(sentence, keptRuns([...deletions, [join.at, end]], end), undefined, 'main');
		if (first && first.text !== main?.text && !shortened.has(first.text)) clauses.push(first);
		const second = secondConjunct(sentence, join, end);
		if (second) spun.push(second);
	}
	const role = nameAfterRole(sentence, end, facts);
	if (role) spun.push(role);
	const shared = sharedAuxiliary(sentence, end);
	if (shared) spun.push(shared);
	const subject = sharedSubject(sentence, Math.max(leadEnd, dateline), end, facts);
	if (subject) spun.push(subject);
	// a relative clause, an appositive or a leading participle states a fact of its own
	for (const clause of [...spun, ...relativeClauses(sentence, end, facts), ...appositiveClauses(sentence, end, facts)]) {
		const last = clause.pieces.at(-1);
		if (last && last.to < sentence.replace(/[.!?]$/, '').trimEnd().length && !endsComplete(clause.text)) continue;
		clauses.push(clause);
	}
	const colon = /:\s+(?=[\p{Lu}])/u.exec(sentence.slice(0, end));
	if (colon && !/["“”]/.test(sentence)) {
		const after = build(sentence, [[colon.index + colon[0].length, end]], undefined, 'aside');
		if (after) clauses.push(after);
	}
	for (const aside of asides) {
		const who = /^who\s/.exec(aside.text);
		if (who) {
			const owner = facts.filter((f) => f.type === 'person' && f.span.end <= aside.from).pop();
			if (owner && sentence.slice(owner.span.end, aside.from).trim().length <= 2) {
				const title = /\b((?:Mr|Mrs|Ms|Dr|Sir|President|Prime Minister)\.?\s)$/.exec(sentence.slice(0, owner.span.start));
				const clause = build(sentence, [[aside.from + who[0].length, aside.to]], `${title?.[1] ?? ''}${owner.text} `, 'aside');
				if (clause) clauses.push(clause);
			}
			continue;
		}
		const sub = SUBORDINATE.exec(aside.text);
		if (sub) {
			let to = aside.to;
			const part = TRAILING_PARTICIPLE.exec(sentence.slice(aside.from, aside.to));
			if (part) to = aside.from + part.index;
			const clause = build(sentence, [[aside.from + sub[0].length, to]], undefined, 'subordinate');
			if (clause) clauses.push(clause);
		}
	}
	return clauses;
}
