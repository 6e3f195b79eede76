import { apostropheOf } from './anchors';
import { nameCourtReferents } from './court-referents';
import { hasStoryDeal, nameCountryPair } from './deals';
import { decisionMaker } from './decisions';
import { hasTag, isCity, isCountry, isFirstName, tagsOf } from './lexicon';
import { quotedAt } from './quoted-at';
import type { Article, Sentence } from './types';
import { blankQuotes, containsWord, escapeRe, keptPerText, withPossessive } from './words';

/**
 * The story's one report, plan, facility, deal, match or decision, and its two countries, which later sentences
 * call by a bare definite (QUALITY.md R4): "The report found just 2,104 homes ..." after
 * "according to a report published on Monday by the property website Daft.ie"; "Under the plan,
 * approved by 48 votes to 27, ..." under "Espoo to merge two primary schools as pupil numbers
 * fall"; "said the wind farm would generate ..." after "... to build a 1-gigawatt wind farm in
 * the southern Zhambyl region"; "Under the deal, Norway will receive ..." under "Coastal states
 * strike first mackerel sharing deal ..."; "Trade between the two countries" under "Chile and
 * Bolivia agree to exchange ambassadors ...". Read alone, none says which report, plan, wind
 * farm, deal or countries, and the R4 check refused them (holdout99, 100, 102, 104, 105), though
 * the article has exactly one and names it in full. Here each is read once per article from the
 * headline and the lead, and written into a stem ("The Daft.ie report found ...", "Under Espoo's
 * plan to merge two primary schools, ...", "the wind farm in the southern Zhambyl region",
 * "Under the mackerel sharing deal, ...", "Trade between Chile and Bolivia ...") only where
 * exactly one fits and the article tells of no other; otherwise the stem is left for the R4
 * check to refuse. events.ts `leadPhrase`, named-things.ts and deals.ts do the same for a lead's
 * "a solar project", a named "Rwanda scheme" and a headline's deal between two parties.
 */

// a body's name: capitalised words, "of", "for", "and" or "&" inside ("Daft.ie", "Housing Research Unit", "Bank of Avonlea")
const NAME = String.raw`\p{Lu}[\p{L}\p{M}’'.&-]*(?: (?:of |for |and |& )?\p{Lu}[\p{L}\p{M}’'.&-]*)*`;
const REPORT_KINDS = 'report|study|survey|analysis';
// "a report published on Monday by the property website Daft.ie", "The study, by the Housing Research Unit at
// University College Cork (UCC),": group 1 the kind, 2 the author's name, 3 where it sits ("at University College
// Cork"), 4 an acronym in brackets after them
const AUTHORED = new RegExp(
	String.raw`(?<![\p{L}\p{M}-])(?:[Aa]n?|[Tt]he) (?:[\p{Ll}-]+ ){0,2}?(${REPORT_KINDS}),? (?:(?:published|released|issued|compiled|commissioned|carried out)(?: (?:on|last|this) \p{Lu}\p{Ll}+| on \d{1,2} \p{Lu}\p{Ll}+| on \p{Lu}\p{Ll}+ \d{1,2})? )?(?:by|from) (?:the (?:[\p{Ll}-]+ ){0,3}?)?(${NAME})(?: at (?:the )?(${NAME}))?(?: \((\p{Lu}{2,6})\))?`,
	'gu'
);
// "a study published on Monday in the journal Neurology", "The study, published in The Lancet,": a journal names its
// study as an author does ("the Lancet study"); "in" a place or a month names none, so the journal is said as such or
// with its own capital "The"; group 1 the kind, 2 the journal's name
const JOURNALED = new RegExp(
	String.raw`(?<![\p{L}\p{M}-])(?:[Aa]n?|[Tt]he) (?:[\p{Ll}-]+ ){0,2}?(${REPORT_KINDS}),? (?:published|released|reported)(?: (?:on|last|this) \p{Lu}\p{Ll}+| on \d{1,2} \p{Lu}\p{Ll}+| on \p{Lu}\p{Ll}+ \d{1,2})? in (?:the (?:[\p{Ll}-]+ )?journal |The )(${NAME})`,
	'gu'
);
// a second report of those kinds the article tells of, which "the report" may mean instead
const OTHER_REPORT = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:(?:another|second|separate|earlier|previous|latest|new|last|similar|rival|own) (?:[\p{L}-]+ )?(?:${REPORT_KINDS})|reports|studies|surveys|analyses)(?![\p{L}\p{M}-])`, 'iu');
// "a report", "a large study": a report the article introduces
const INTRODUCED_REPORT = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:an?|one) (?:[\p{L}-]+ ){0,3}?(?:${REPORT_KINDS})(?![\p{L}\p{M}-])`, 'giu');
// "the report", "The study's", "The large study": a kind with nothing after it that says whose; group 1 "the", 2 the
// words before the kind, 3 the kind, 4 a possessive
const BARE_REPORT = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) ((?:[\p{Ll}-]+ ){0,2}?)(${REPORT_KINDS})((?:[’']s)?)(?![\p{L}\p{M}’'-])(?!,? (?:by|from|of|for|into|on)\b)(?! \p{Lu})`, 'gu');

/**
 * Does a comma and a capital after a pointer at `at` in `stem` (`end` its end) open an appositive
 * that names it ("the deal, the Tórshavn Accord,")? Not after an opening "Under the deal," or
 * "According to the report,", whose comma closes the phrase before the sentence's own subject.
 */
function appositiveAfter(stem: string, at: number, end: number): boolean {
	return /^, \p{Lu}/u.test(stem.slice(end)) && !/(?:^|[,;] )(?:[Uu]nder|[Aa]ccording to|[Ii]n) $/.test(stem.slice(0, at));
}

/**
 * Is `name` a place, a person, a calendar word or a plural of members, none of which a report's
 * kind reads after ("a study from Japan", "a report by Anna Berg", "a report by MPs": "the MPs
 * report" is no English)?
 */
function notAnAuthor(name: string): boolean {
	const lower = name.toLowerCase();
	return isCountry(name) || isCity(name) || hasTag(lower, 'Place') || isFirstName(name.split(' ')[0]) || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(name) || /^\p{Lu}{2,}s$/u.test(name);
}

const REPORTS = new WeakMap<Article, { name: string; kinds: ReadonlySet<string> } | null>();

/**
 * The one report, study or survey the lead (the first two paragraphs) gives an author, or the
 * first three paragraphs a journal (`JOURNALED`: "published in the journal Neurology" →
 * "Neurology"), and the kinds the article calls it by: `{ name: 'Daft.ie', kinds: {report} }`; the author's acronym
 * where the article gives one ("the Housing Research Unit at University College Cork (UCC)" →
 * "UCC"), and no author sitting at a place without one (the phrase would not read as a
 * modifier). Undefined where the lead gives none or two, the article introduces more than one
 * ("a report ... a survey"), or tells of another (`OTHER_REPORT`). Cached per article.
 */
function authoredReport(article: Article, sentences: readonly Sentence[]): { name: string; kinds: ReadonlySet<string> } | undefined {
	let found = REPORTS.get(article);
	if (found === undefined) {
		found = null;
		const texts = [article.title, ...article.paragraphs].map((t) => blankQuotes(t));
		const names = new Set<string>();
		const kinds = new Set<string>();
		for (const s of sentences.filter((x) => x.paragraph <= 2)) {
			// an author is the lead's; a journal, which the paragraph after it often adds, names the same study
			const found = [...(s.paragraph <= 1 ? blankQuotes(s.text).matchAll(AUTHORED) : [])].map((m) => ({ kind: m[1], name: m[4] ?? (m[3] ? undefined : m[2].replace(/\.$/, '')), author: m[2] }));
			found.push(...[...blankQuotes(s.text).matchAll(JOURNALED)].map((m) => ({ kind: m[1], name: m[2].replace(/\.$/, ''), author: m[2] })));
			for (const { kind, name, author } of found) {
				if (!name || notAnAuthor(author)) continue;
				names.add(name);
				kinds.add(kind.toLowerCase());
			}
		}
		const introduced = texts.flatMap((t) => [...t.matchAll(INTRODUCED_REPORT)].map((m) => m[0].split(' ').at(-1)!.toLowerCase()));
		if (names.size === 1 && introduced.length <= 1 && !texts.some((t) => OTHER_REPORT.test(t))) found = { name: [...names][0], kinds: new Set([...kinds, ...introduced]) };
		REPORTS.set(article, found);
	}
	return found ?? undefined;
}

/**
 * `stem` with a bare "the report" (study, survey) written as the lead's authored report (`authoredReport`): "The
 * report found" → "The Daft.ie report found", "The large study found" → "The large Neurology study found", "The study,
 * published in the journal Neurology, followed" → "The Neurology study followed".
 */
function nameReport(article: Article, sentences: readonly Sentence[], stem: string): string {
	const report = authoredReport(article, sentences);
	if (!report) return stem;
	// "The study, published in the journal Neurology, followed ...": the aside is cut from a shorter stem, which would
	// keep a bare "The study", so its journal is written as the kind's modifier here ("The Neurology study followed ...")
	const aside = new RegExp(String.raw`^([Tt]he) (${REPORT_KINDS}), (?:published|released|reported) in (?:the (?:[\p{Ll}-]+ )?journal |The )${escapeRe(report.name)}, `, 'u').exec(stem);
	if (aside) return `${aside[1]} ${report.name} ${aside[2]} ${stem.slice(aside[0].length)}`;
	if (containsWord(stem, report.name)) return stem;
	let done = false;
	return stem.replace(BARE_REPORT, (whole, the: string, words: string, kind: string, possessive: string, at: number) => {
		if (done || !report.kinds.has(kind) || quotedAt(stem, at) || appositiveAfter(stem, at, at + whole.length)) return whole;
		// "The large study" keeps the words the article introduced it with ("a large study"); other words ("the final
		// report") may tell of another
		if (words && !new RegExp(String.raw`(?<![\p{L}\p{M}-])[Aa]n? ${escapeRe(words)}${kind}(?![\p{L}\p{M}-])`, 'u').test([article.title, ...article.paragraphs].join('\n'))) return whole;
		done = true;
		return `${the} ${words}${report.name} ${withPossessive(kind, possessive)}`;
	});
}

// a headline's body and what it will do: "Espoo to merge two primary schools as pupil numbers fall"; group 1 the
// name, 2 the verb, 3 its object up to a clause of why or when; a figure's thousands comma ("to plant 12,000 trees")
// is part of the object, which a cut there would leave at "to plant 12"
const HEADLINE_PLAN = new RegExp(String.raw`^(${NAME}) to (\p{Ll}+) ((?:[^,:;]|(?<=\d),(?=\d{3}\b))+?)(?= (?:as|after|amid|despite|over|following|while|because|but|and|in a|in bid|to save|to cut)\b|[:;]|,(?!\d{3}\b)|$)`, 'u');
// verbs after "<name> to" that tell what befalls it rather than what it means to do
const NOT_PLANNED = /^(?:be|get|face|see|receive|lose|miss|suffer|feel|need|remain|stay|become|have|hit|fall|rise|grow|shrink|win|gain|take)$/;
// "the plan" with nothing after it that says whose or what; group 1 "the"
const BARE_PLAN = /(?<![\p{L}\p{M}’'-])([Tt]he) plan(?![\p{L}\p{M}’'-])(?! (?:to|for|of|by|is to|was to)\b)(?! \p{Lu})/gu;

/** What `namePlan` reads of a story: its article and its places and organisations by lower-case name. */
export interface PlanSource {
	article: Article;
	places: ReadonlyMap<string, unknown>;
	organisations: ReadonlyMap<string, unknown>;
}

const PLANS = new WeakMap<Article, string | null>();

/**
 * The plan a headline tells of as what a named place or body will do: "Espoo to merge two
 * primary schools as pupil numbers fall" → "Espoo’s plan to merge two primary schools" (the
 * apostrophe as the article writes it). Undefined where the headline's opening words name no
 * place or body the taggers know, its next word after "to" is no verb, or the article writes
 * "plan" other than as "the plan" (another plan, or plans, which "the plan" may mean). Cached
 * per article.
 */
function headlinePlan(source: PlanSource): string | undefined {
	const { article } = source;
	let plan = PLANS.get(article);
	if (plan === undefined) {
		plan = null;
		const m = HEADLINE_PLAN.exec(article.title);
		const known = m && (source.places.has(m[1].toLowerCase()) || source.organisations.has(m[1].toLowerCase()) || isCity(m[1]) || isCountry(m[1]));
		// the lexicon reads most headline verbs as nouns ("merge", "ban", "cut"): after "<name> to" a word is a verb
		// unless it says what befalls the name, which is no plan of its own ("to face cuts", "to get a new hospital")
		const verb = m && !NOT_PLANNED.test(m[2]) && !tagsOf(m[2]).some((t) => /Determiner|Preposition|PastTense|Gerund|Pronoun/.test(t));
		const body = article.paragraphs.map((p) => blankQuotes(p)).join('\n');
		const plans = (body.match(/(?<![\p{L}\p{M}-])plan(?:s|ned|ning)?(?![\p{L}\p{M}-])/giu) ?? []).length;
		const bare = (body.match(/(?<![\p{L}\p{M}-])[Tt]he plan(?![\p{L}\p{M}-])/gu) ?? []).length;
		if (m && known && verb && plans === bare) {
			const apostrophe = apostropheOf(article);
			plan = `${m[1]}${apostrophe}${m[1].endsWith('s') ? '' : 's'} plan to ${m[2]} ${m[3]}`;
		}
		PLANS.set(article, plan);
	}
	return plan ?? undefined;
}

/** `stem` with its first bare "the plan" written as the headline's plan (`headlinePlan`): "Under the plan, approved ..." → "Under Espoo’s plan to merge two primary schools, approved ...". */
function namePlan(source: PlanSource, stem: string): string {
	const plan = headlinePlan(source);
	if (!plan) return stem;
	let done = false;
	return stem.replace(BARE_PLAN, (whole, _the: string, at: number) => {
		if (done || quotedAt(stem, at) || appositiveAfter(stem, at, at + whole.length)) return whole;
		done = true;
		return plan;
	});
}

// facilities a lead introduces by where they stand, not by a name
const FACILITIES = 'wind farm|solar farm|power station|power plant|nuclear plant|mine|dam|refinery|smelter|factory|pipeline|reservoir';
// "a 1-gigawatt wind farm in the southern Zhambyl region": group 1 the words between, 2 the facility, 3 the
// preposition, 4 the place (a lower-case word or two and "the" may open it; a kind of area may close it)
const PLACED_FACILITY = new RegExp(
	String.raw`(?<![\p{L}\p{M}-])(?:an?) ((?:[^\s,.;]+ ){0,3}?)(${FACILITIES}) (in|near|outside|off) ((?:the )?(?:[\p{Ll}-]+ ){0,3}?${NAME}(?: (?:region|province|county|district|state|valley))?)(?![\p{L}\p{M}’'-])`,
	'u'
);

const FACILITY_CACHE = new WeakMap<Article, { head: string; phrase: string; first: number } | null>();

/**
 * The one facility the lead (the first paragraph) introduces by its place, as a stem may write it:
 * "a 1-gigawatt wind farm in the southern Zhambyl region" → "wind farm in the southern Zhambyl
 * region" (a figure and the words before it left out: the figure may be another item's key), and
 * the sentence that introduces it. Undefined where the lead introduces none, or the article
 * introduces two, writes the facility's noun in the plural, or with a name or a word of another
 * ("another mine", "the Kolwezi mine", "the new dam"). Cached per article.
 */
function placedFacility(article: Article, sentences: readonly Sentence[]): { head: string; phrase: string; first: number } | undefined {
	let found = FACILITY_CACHE.get(article);
	if (found === undefined) {
		found = null;
		const lead = sentences.find((s) => s.paragraph === 0 && PLACED_FACILITY.test(blankQuotes(s.text)));
		const m = lead && PLACED_FACILITY.exec(blankQuotes(lead.text));
		if (lead && m && !notAPlace(m[4])) {
			const head = m[2];
			const body = [article.title, ...article.paragraphs].map((p) => blankQuotes(p)).join('\n');
			const all = new RegExp(String.raw`(?<![\p{L}\p{M}-])([\p{L}\p{M}’'-]+) ${head}(s?)(?![\p{L}\p{M}-])`, 'giu');
			const introductions = (body.match(new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:an?|one|another) (?:[^\s,.;]+ ){0,3}?${head}(?![\p{L}\p{M}-])`, 'giu')) ?? []).length;
			const other = [...body.matchAll(all)].some((x) => x[2] === 's' || /^\p{Lu}/u.test(x[1]) || /^(?:another|second|new|other|existing|older|nearby|neighbouring|rival|separate)$/i.test(x[1]));
			const modifiers = m[1].trim().split(' ').filter(Boolean);
			let from = modifiers.length;
			while (from > 0 && /^[\p{Ll}-]+$/u.test(modifiers[from - 1]) && !/^(?:hundred|thousand|million|billion|bn|m|new|second)$/.test(modifiers[from - 1])) from--;
			if (introductions === 1 && !other) found = { head, phrase: `${[...modifiers.slice(from), head].join(' ')} ${m[3]} ${m[4]}`, first: lead.index };
		}
		FACILITY_CACHE.set(article, found);
	}
	return found ?? undefined;
}

/** Is the place phrase of a facility no place: its name a person's, or a calendar word ("a mine in January")? */
function notAPlace(place: string): boolean {
	const name = place.replace(/^(?:the )?(?:[\p{Ll}-]+ )*/u, '').split(' ')[0];
	return isFirstName(name) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(name);
}

/** `stem` (from `sentence`) with its first bare "the wind farm" written as the lead's facility (`placedFacility`), from the sentence after the one that introduces it. */
function nameFacility(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const facility = placedFacility(article, sentences);
	if (!facility || sentence.index <= facility.first) return stem;
	const bare = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) ${facility.head}((?:[’']s)?)(?![\p{L}\p{M}’'-])(?! (?:of|in|at|near|off|outside|on)\b)(?! \p{Lu})`, 'gu');
	let done = false;
	return stem.replace(bare, (whole, the: string, possessive: string, at: number) => {
		if (done || quotedAt(stem, at) || appositiveAfter(stem, at, at + whole.length)) return whole;
		done = true;
		return `${the} ${withPossessive(facility.phrase, possessive)}`;
	});
}

const DEAL_WORDS = 'deal|agreement|accord|pact';
// a headline's deal and up to three lower-case words before it: "strike first mackerel sharing deal"; group 1 the words, 2 the noun
const HEADLINE_DEAL = new RegExp(String.raw`((?:[\p{Ll}-]+ ){1,3})(${DEAL_WORDS})(?![\p{L}\p{M}-])`, 'u');
// words before a headline's deal that are its verb, an article, a word of when or a sum's scale word ("$1.8 billion
// expressway deal": "billion" is of the sum, which stays out, and "the billion expressway deal" lost its amount), never what kind of deal it is
const NOT_KIND = /^(?:hundred|thousand|million|billion|trillion|bn|mn|m|sign|signs|signed|agree|agrees|agreed|strike|strikes|struck|reach|reaches|reached|seal|seals|sealed|back|backs|clinch|clinches|approve|approves|unveil|unveils|announce|announces|a|an|the|new|first|latest|historic|landmark|major|big|long-awaited|draft|interim|provisional|in|on|to|for|with|of|and)$/;
// another deal the body tells of, which "the deal" may mean instead
const OTHER_DEAL = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:(?:another|second|separate|earlier|previous|rival|failed|collapsed|similar|existing|new|interim|draft|last|old|original) (?:[\p{L}-]+ )?(?:${DEAL_WORDS})|deals|agreements|accords|pacts|treaties)(?![\p{L}\p{M}-])`, 'iu');

const HEADLINE_DEALS = new WeakMap<Article, string | null>();

/**
 * The deal a headline tells of by its kind, where it names no two parties (those deals.ts
 * `nameDeal` writes in): "Coastal states strike first mackerel sharing deal in 15 years" →
 * "mackerel sharing" (the headline's verb, "first" and such left out). Undefined where the
 * headline gives the deal no such words, the body tells of another deal (`OTHER_DEAL`, outside
 * quotes) or introduces two ("a deal ... an agreement"). Cached per article.
 */
function headlineDeal(article: Article): string | undefined {
	let kind = HEADLINE_DEALS.get(article);
	if (kind === undefined) {
		kind = null;
		const m = HEADLINE_DEAL.exec(article.title);
		if (m && !hasStoryDeal(article)) {
			const words = m[1].trim().split(' ');
			let from = words.length;
			while (from > 0 && words.length - from < 2 && !NOT_KIND.test(words[from - 1])) from--;
			const body = article.paragraphs.map((p) => blankQuotes(p)).join('\n');
			const introduced = (body.match(new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:an?|one) (?:[\p{L}-]+ ){0,3}?(?:${DEAL_WORDS})(?![\p{L}\p{M}-])`, 'giu')) ?? []).length;
			if (from < words.length && introduced <= 1 && !OTHER_DEAL.test(body)) kind = words.slice(from).join(' ');
		}
		HEADLINE_DEALS.set(article, kind);
	}
	return kind ?? undefined;
}

/** `stem` with its first bare "the deal" (agreement, accord, pact) written with the headline's words for it (`headlineDeal`): "Under the deal," → "Under the mackerel sharing deal,". */
function nameHeadlineDeal(article: Article, stem: string): string {
	const kind = headlineDeal(article);
	if (!kind) return stem;
	const bare = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) (${DEAL_WORDS})((?:[’']s)?)(?![\p{L}\p{M}’'-])(?! (?:of|between|with|to|for|by|on)\b)(?! \p{Lu})`, 'gu');
	let done = false;
	return stem.replace(bare, (whole, the: string, noun: string, possessive: string, at: number) => {
		if (done || quotedAt(stem, at) || appositiveAfter(stem, at, at + whole.length)) return whole;
		done = true;
		return `${the} ${kind} ${noun}${possessive}`;
	});
}

// built once, not per call: V8 drops a `new RegExp` from its cache after two major GCs and compiles it again, which for a Unicode class costs milliseconds
const TWO_NAMES_HEADLINE = new RegExp(String.raw`^(${NAME}) and (${NAME}) \p{Ll}`, 'u');

/**
 * The two countries a headline opens on, "Chile and Bolivia agree to exchange ambassadors ..."
 * → ["Chile", "Bolivia"], where the headline names no deal of its own (deals.ts writes that
 * deal's parties in); undefined otherwise.
 */
function headlineCountries(article: Article): [string, string] | undefined {
	const m = TWO_NAMES_HEADLINE.exec(article.title);
	return m && isCountry(m[1]) && isCountry(m[2]) && !hasStoryDeal(article) ? [m[1], m[2]] : undefined;
}

// a side's name, with the particles of a Spanish or Portuguese club's ("Estudiantes de La Plata")
const SIDE = String.raw`\p{Lu}[\p{L}\p{M}’'.-]*(?: (?:de |da |do |del |la |of )?\p{Lu}[\p{L}\p{M}’'.-]*)*`;
// the lead's match: "came from behind to beat Sligo Rovers 3-1", "beat Talleres 3-2 on Saturday"; group 1 the beaten side
// ("beat local rivals Vitoria Guimaraes 3-1": the rivals are the side named after them)
const BEATEN = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:beat|beats|defeated|defeats|overcame|edged|thrashed|won against) (?:the )?(?:(?:local|bitter|city|derby|fierce|title|arch-)?\s?(?:rivals|neighbours) )?(${SIDE}) \d{1,3}-\d{1,3}(?![\d-])`, 'gu');
// "The win lifts ...", "The result leaves ...": a bare win, victory or result, nothing after it that says over whom; group 1 "the", 3 the noun
// ("The derby win lifted Braga ...": in-view.ts may have written the headline's "derby win" in; group 2 such a word)
const BARE_WIN = /(?<![\p{L}\p{M}’'-])([Tt]he) ((?:(?:derby|home|away|league|cup) )?)(win|victory|result)(?![\p{L}\p{M}’'-])(?! (?:over|against|in|at|of|for|by|from|on)\b)(?! \p{Lu})/gu;
// "sealed the win in the 89th minute", "the win in stoppage time": a bare win told when, which is the lead's too
const WIN_WHEN = /(?<![\p{L}\p{M}’'-])[Tt]he (?:win|victory) in (?:the \d{1,3}(?:st|nd|rd|th) minute|stoppage time)\b/gu;
// "a sixth successive home victory", "their third straight win": a run of wins counted up to the lead's match, no other match
const WIN_RUN = /(?<![\p{L}\p{M}-])(?:\p{Ll}+|\d+(?:st|nd|rd|th)) (?:successive|straight|consecutive) (?:home |away |league )?(?:win|victory)(?![\p{L}\p{M}-])/giu;

// the sides a first paragraph beats (`BEATEN`, group 1): read once per lead, which every candidate's stem asks of
const beatenIn = keptPerText((lead: string): readonly string[] => [...blankQuotes(lead).matchAll(BEATEN)].map((m) => m[1]), 64);

/**
 * `stem` (from `sentence`) with its first bare "the win" or "the victory" written as the lead's
 * match: "The win lifts Racing to 31 points" after "Racing Club came from behind twice to beat
 * Estudiantes de La Plata 3-2 ..." → "The win over Estudiantes de La Plata lifts ...". Read alone,
 * "the win" says no match, and the R4 check refused the table's points and places of four match
 * reports (holdout98, 99, 101, 106). "The result leaves Thistle on 54 points" → "The win over
 * Raith Rovers leaves ..." (holdout131), where the stem names no word of the beaten side. Only where the first paragraph beats one side by a score, and
 * the body writes "win", "victory" or "result" as nothing but a bare "the win" (a rival's win, "a win" or
 * "wins" may be another match's; a run of wins, "a sixth successive home victory", counts the lead's match).
 */
function nameLeadWin(article: Article, sentence: Sentence, stem: string): string {
	if (sentence.paragraph === 0) return stem;
	const beaten = beatenIn(article.paragraphs[0] ?? '');
	if (new Set(beaten).size !== 1 || containsWord(stem, beaten[0])) return stem;
	const body = article.paragraphs.map((p) => blankQuotes(p)).join('\n');
	const wins = (body.replace(WIN_RUN, '').match(/(?<![\p{L}\p{M}’'-])(?:wins?|victory|victories|results?)(?![\p{L}\p{M}’'-])/giu) ?? []).length;
	if (wins !== (body.match(BARE_WIN) ?? []).length + (body.match(WIN_WHEN) ?? []).length) return stem;
	let done = false;
	return stem.replace(BARE_WIN, (whole, the: string, kind: string, noun: string, at: number) => {
		if (done || quotedAt(stem, at)) return whole;
		// the lead's result is a win, the beaten side's loss: written a win only where the stem tells of no word of that side's name
		if (noun === 'result' && beaten[0].split(' ').some((word) => containsWord(stem, word))) return whole;
		done = true;
		return `${the} ${kind}${noun === 'result' ? 'win' : noun} over ${beaten[0]}`;
	});
}

// a headline's decision: its verb (after "<body> to" or as the body's present tense) and the verb's object, up to
// the first word of where, why or when: "Councillors reject 46 homes on Ludlow car park after ...", "Valencia
// freezes new tourist flat licences as ...", with a thousands comma kept inside it ("approve 1,240 homes");
// group 1 the verb, 2 the object
const HEADLINE_DECISION = /^(?:[\p{L}\p{M}’'-]+ ){1,4}?(?:to )?(reject|approve|refuse|cut|raise|freeze|ground|ban|scrap|suspend|close|merge|block|grant)s? ((?:(?:[^\s,:;]|(?<=\d),(?=\d))+ ){0,5}?(?:[^\s,:;]|(?<=\d),(?=\d))+?)(?= (?:on|in|at|for|near|over|after|as|amid|despite|following|while|because|but|from|by|to|until|with)\b|,(?!\d)|[:;]|$)/u;
// "the decision", "The decision's": nothing after it that says which; group 1 "the"
const BARE_DECISION = /(?<![\p{L}\p{M}’'-])([Tt]he) decision(?![\p{L}\p{M}’'-])(?! (?:to|on|of|by|in|over|against|that|which)\b)(?! \p{Lu})/gu;

const DECISIONS = new WeakMap<Article, string | null>();

/**
 * The decision a headline tells of, as a stem may write it after "the decision": "Councillors
 * reject 46 homes on Ludlow car park after traders' protest" → "to reject 46 homes", "Kenya's
 * central bank cuts key rate to 8.75% ..." → "to cut the key rate" ("the" before a singular
 * object the headline writes bare, none before a count or a plural). Undefined where the headline
 * opens on no such verb, or the body writes "decision" other than as a bare "the decision" (a
 * decision on an appeal, "decisions", "his decision" may be another). Cached per article. The R4
 * check (generate.ts) takes "the decision" followed by this phrase as saying which decision.
 */
export function headlineDecision(article: Article): string | undefined {
	let decision = DECISIONS.get(article);
	if (decision === undefined) {
		decision = null;
		const m = HEADLINE_DECISION.exec(article.title);
		const body = article.paragraphs.map((p) => blankQuotes(p)).join('\n');
		const all = (body.match(/(?<![\p{L}\p{M}-])decisions?(?![\p{L}\p{M}-])/giu) ?? []).length;
		// "Landslides cut off villages", "to close for 11 weeks": a particle or a preposition opens no object; "raise tariffs 9%" is no phrase to write in
		const object = m && !/^\p{Lu}/u.test(m[2]) && !/^(?:off|up|down|out|back|for|in|on|at|by|to|from|over|after)$/.test(m[2].split(' ')[0]) && !/ \S*\d/.test(m[2]);
		if (m && object && all > 0 && all === (body.match(BARE_DECISION) ?? []).length) {
			const bare = /^(?:\d[\d,.]*|a|an|the|its|their|new|all|some)(?![\p{L}\p{M}\d,.-])/u.test(m[2]) && !/^[£$€]/.test(m[2]);
			const plural = /\p{Ll}s$/u.test(m[2]) && !/ss$/.test(m[2]);
			decision = `to ${m[1]} ${bare || plural ? '' : 'the '}${m[2]}`;
		}
		DECISIONS.set(article, decision);
	}
	return decision ?? undefined;
}

/** `stem` (from `sentence`, after the lead's first sentence) with its first bare "the decision" written as the headline's decision (`headlineDecision`): "said the decision was ..." → "said the decision to reject 46 homes was ...". Left to decisions.ts where it finds the decision's maker. */
function nameDecision(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	// "The FDA's decision": a maker decisions.ts writes in says which decision as well, and says who made it
	if (sentence.index === 0 || !stem.includes('decision')) return stem;
	const decision = headlineDecision(article);
	if (!decision || decisionMaker(sentences, sentence)) return stem;
	let done = false;
	return stem.replace(BARE_DECISION, (whole, the: string, at: number) => {
		if (done || quotedAt(stem, at) || /^[’']s/.test(stem.slice(at + whole.length))) return whole;
		done = true;
		return `${the} decision ${decision}`;
	});
}

// a planning story's lead: "Plans for 320 homes on farmland on the northern edge of Knaresborough have been thrown out",
// "Plans to turn a listed building into a hotel have been rejected"; group 1 "for" or "to", 2 what the plans are for
const LEAD_PLANS = /^(?:[\p{Lu} ,.]+(?:\([\p{L}]+\))? [—–-] )?Plans (for|to) ([^,;:“”"()]+?) (?:have|has|had) been \p{Ll}+/u;
const PLAN_NOUNS = 'plans|plan|scheme|project|application|proposals|proposal|development';
// "the scheme", "The plans": one of those nouns with nothing before it that says which, and nothing after it that does; group 1 "the", 2 the noun
const BARE_PLANS = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) (${PLAN_NOUNS})(?![\p{L}\p{M}’'-])(?! (?:for|to|of|by|at|on|in|from|near|off)\b)(?! \p{Lu})`, 'gu');
// a second plan the body tells of ("another scheme", "a 35MW scheme", "housing developments"), which "the scheme" may
// mean instead; group 1 or 2 its noun ("a new local plan" is no rival of "the scheme")
const OTHER_PLANS = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:(?:an?|another|second|separate|earlier|previous|original|revised|rival|alternative|similar|smaller|larger|new|other) (?:[\p{L}£\d.,-]+ ){0,2}?(${PLAN_NOUNS})|(scheme|project|application|development)s)(?![\p{L}\p{M}-])`, 'giu');

/** A plan noun's stem, one for its singular and plural ("plans" and "plan" are one). */
function planNoun(noun: string): string {
	return noun.toLowerCase().replace(/s$/, '');
}

const LEAD_PLAN_CACHE = new WeakMap<Article, { words: string; index: number; others: ReadonlySet<string> } | null>();

/**
 * The plans a planning story's lead sentence opens on, as a stem may write them after "the
 * scheme": "Plans for 320 homes on farmland on the northern edge of Knaresborough have been
 * thrown out" → `{ words: 'for 320 homes on farmland on the northern edge of Knaresborough' }`
 * with the index of that sentence. Undefined where the first sentence opens on no such plans,
 * or what they are for runs past 18 words; `others` holds the nouns (as `planNoun` writes them) of
 * another plan the body tells of (`OTHER_PLANS`, outside quotes), which "the scheme" may mean
 * instead ("a 35MW scheme" leaves "the scheme" unresolved, not "the application"). Cached per article.
 */
function leadPlans(article: Article, sentences: readonly Sentence[]): { words: string; index: number; others: ReadonlySet<string> } | undefined {
	let found = LEAD_PLAN_CACHE.get(article);
	if (found === undefined) {
		found = null;
		const first = sentences[0];
		const m = first && first.paragraph === 0 ? LEAD_PLANS.exec(first.text) : null;
		const body = article.paragraphs.map((p) => blankQuotes(p)).join('\n');
		const others = new Set([...body.matchAll(OTHER_PLANS)].map((o) => planNoun(o[1] ?? o[2])));
		if (m && m[2].split(' ').length <= 18) found = { words: `${m[1]} ${m[2]}`, index: first.index, others };
		LEAD_PLAN_CACHE.set(article, found);
	}
	return found ?? undefined;
}

/**
 * `stem` (from `sentence`, after the lead's) with its first bare "the scheme" (plans, project,
 * application, proposal, development) written as the lead's plans (`leadPlans`): "The scheme
 * would have included 96 affordable homes" → "The scheme for 320 homes on farmland on the
 * northern edge of Knaresborough would have included ...". Read alone, "the scheme" says no
 * scheme, and the R4 check refused it in five planning stories (holdout100, 103, 104, 106, 107).
 * A possessive ("the scheme's") is left as it is: the phrase would stand between the noun and its "'s";
 * so is a noun the body also gives another plan. "The scheme by developer ..." takes the lead's count of
 * homes only (`nameDeveloperScheme`).
 */
function nameLeadPlans(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const plans = leadPlans(article, sentences);
	if (!plans || sentence.index <= plans.index || stem.includes(plans.words)) return stem;
	let done = false;
	const named = stem.replace(BARE_PLANS, (whole, the: string, noun: string, at: number) => {
		if (done || plans.others.has(planNoun(noun)) || quotedAt(stem, at) || /^[’']s?\b/.test(stem.slice(at + whole.length)) || appositiveAfter(stem, at, at + whole.length)) return whole;
		done = true;
		return `${the} ${noun} ${plans.words}`;
	});
	return done ? named : nameDeveloperScheme(plans, stem);
}

// "to build 480 homes", "for 320 new homes": the lead's plans up to the count of homes they are for
const PLANNED_COUNT = /^(?:to build|for) \d[\d,]* (?:new )?(?:homes|houses|flats|apartments|dwellings)\b/;
// "the scheme by developer Nidd Valley Homes": a plan noun that a developer's name follows; group 1 "the", 2 the noun
const DEVELOPER_SCHEME = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) (scheme|project|application|proposal|development) (?=by (?:the )?(?:developer|housebuilder|builder) \p{Lu})`, 'u');

/**
 * `stem` with "the scheme by developer Nidd Valley Homes" written with the lead's plans up to their count
 * of homes (`PLANNED_COUNT` of `plans`, the lead's "Plans to build 480 homes on ... have been approved"):
 * "the scheme to build 480 homes by developer Nidd Valley Homes". The developer says whose scheme, not
 * which, and the R4 check refused the committee's vote on it in the second paragraph of two planning
 * stories (holdout116, holdout117); the lead's whole words there ran the stem past 40 words. Unchanged
 * where the lead gives no count of homes, the body tells of another plan of that noun, or inside a direct quote.
 */
function nameDeveloperScheme(plans: { words: string; others: ReadonlySet<string> }, stem: string): string {
	const count = PLANNED_COUNT.exec(plans.words);
	const m = DEVELOPER_SCHEME.exec(stem);
	if (!count || !m || plans.others.has(planNoun(m[2])) || quotedAt(stem, m.index)) return stem;
	return `${stem.slice(0, m.index)}${m[1]} ${m[2]} ${count[0]} ${stem.slice(m.index + m[0].length)}`;
}

// a council's committee as a lead names it: "North Yorkshire Council's strategic planning committee"; group 1 the whole
const LEAD_COMMITTEE = /(?<![\p{L}\p{M}’'-])((?:\p{Lu}[\p{L}\p{M}-]* )(?:(?:and |of |\p{Lu}[\p{L}\p{M}-]* ))*?(?:Council|Authority|Board)[’']s (?:[\p{Ll}-]+ ){0,3}committee)(?![\p{L}\p{M}’'-])/u;
// "the committee", "the meeting": nothing after either that says which; group 1 "the", 2 the noun, 3 a possessive
const BARE_COMMITTEE = /(?<![\p{L}\p{M}’'-])([Tt]he) (committee|meeting)((?:[’']s)?)(?![\p{L}\p{M}’'-])(?! (?:of|on|for|at|in|to|with|between)\b)(?! \p{Lu})/gu;

const COMMITTEE_CACHE = new WeakMap<Article, { lead: { name: string; index: number; meeting: boolean } | undefined; council: string | undefined }>();

/**
 * The one council committee a planning story's lead (its first two paragraphs) names, and the
 * sentence that names it: "North Yorkshire Council's strategic planning committee voted 7-4 ...".
 * `meeting` says the body writes "meeting" only as a bare "the meeting" or in that sentence (the
 * committee's own "three-hour meeting"), so "the meeting" is the committee's. Undefined where the
 * lead names none, or the body writes "committee" other than as that name or a bare "the
 * committee" (another committee, "committees"). Cached per article (`committeesOf`).
 */
function leadCommittee(article: Article, sentences: readonly Sentence[]): { name: string; index: number; meeting: boolean } | undefined {
	return committeesOf(article, sentences).lead;
}

/**
 * An article's committee readings, read once per article: its lead's named council committee
 * (`leadCommittee`), and the council its first sentence says decided where the body writes
 * "committee" only as a bare "the ... committee" (`nameLeadCouncilCommittee`; undefined otherwise).
 */
function committeesOf(article: Article, sentences: readonly Sentence[]): { lead: { name: string; index: number; meeting: boolean } | undefined; council: string | undefined } {
	let found = COMMITTEE_CACHE.get(article);
	if (found) return found;
	const body = article.paragraphs.map((p) => blankQuotes(p)).join('\n');
	const count = (pattern: RegExp) => (body.match(pattern) ?? []).length;
	const committees = count(/(?<![\p{L}\p{M}-])committees?(?![\p{L}\p{M}-])/giu);
	found = { lead: undefined, council: undefined };
	const lead = sentences.find((x) => x.paragraph <= 1 && LEAD_COMMITTEE.test(blankQuotes(x.text)));
	if (lead) {
		const name = LEAD_COMMITTEE.exec(blankQuotes(lead.text))![1];
		const named = body.split(name).length - 1;
		const bare = (noun: string) => [...body.matchAll(BARE_COMMITTEE)].filter((m) => m[2] === noun).length;
		const meetings = count(/(?<![\p{L}\p{M}-])meetings?(?![\p{L}\p{M}-])/giu);
		const inLead = (blankQuotes(lead.text).match(/(?<![\p{L}\p{M}-])meetings?(?![\p{L}\p{M}-])/giu) ?? []).length;
		if (committees === named + bare('committee')) found.lead = { name, index: lead.index, meeting: meetings === bare('meeting') + inLead };
	}
	const council = sentences[0] && DECIDING_COUNCIL.exec(blankQuotes(sentences[0].text))?.[1];
	if (council && committees === count(/(?<![\p{L}\p{M}’'-])[Tt]he (?:[\p{Ll}-]+ ){0,3}committee(?![\p{L}\p{M}-])/gu)) found.council = council;
	COMMITTEE_CACHE.set(article, found);
	return found;
}

/**
 * `stem` (from `sentence`, after the lead's) with its first bare "the committee" or "the
 * meeting" written as the lead's council committee (`leadCommittee`): "said the committee had a
 * duty" → "said Bath and North East Somerset Council's planning committee had a duty", "told the
 * meeting that" → "told the meeting of North Yorkshire Council's strategic planning committee
 * that". Read alone, neither says whose, and the R4 check refused them in three planning stories
 * (holdout103, 106, 107). A possessive meeting ("the meeting's") is left as it is.
 */
function nameLeadCommittee(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const committee = leadCommittee(article, sentences);
	if (!committee || sentence.index <= committee.index || stem.includes(committee.name)) return stem;
	let done = false;
	return stem.replace(BARE_COMMITTEE, (whole, the: string, noun: string, possessive: string, at: number) => {
		if (done || quotedAt(stem, at) || appositiveAfter(stem, at, at + whole.length)) return whole;
		if (noun === 'meeting' && (!committee.meeting || possessive)) return whole;
		done = true;
		return noun === 'meeting' ? `${the} meeting of ${committee.name}` : `${/^T/.test(the) ? committee.name[0].toUpperCase() : committee.name[0]}${committee.name.slice(1)}${possessive}`;
	});
}

// the council a lead says decided: "have been approved by Warwick District Council"; group 1 its name
const DECIDING_COUNCIL = /\b(?:approved|refused|rejected|thrown out|turned down|backed|given the go-ahead) by (\p{Lu}[\p{L}\p{M}-]* (?:(?:and |of )?\p{Lu}[\p{L}\p{M}-]* )*?Council)(?![\p{L}\p{M}’'-])/u;
// "The planning committee voted ...": a stem opening on a committee that only lower-case words say the kind of; group 1 those words
const OPENING_KIND_COMMITTEE = /^The ((?:[\p{Ll}-]+ ){1,3})committee(?![\p{L}\p{M}’'-])(?! (?:of|on|for|at|in|to|with)\b)/u;

/**
 * `stem` (from a sentence after the lead's) opening on "The planning committee" written as the
 * committee of the council the lead says decided: "Plans for 420 new homes ... have been approved by
 * Warwick District Council ... The planning committee voted six to four ..." → "Warwick District
 * Council's planning committee voted ...". Read alone, "the planning committee" says no council's,
 * and the R4 check refused a planning story's vote on it (holdout125). Unchanged where the lead
 * names no deciding council, or the article writes "committee" of anything but a bare "the ...
 * committee" (another body's committee).
 */
function nameLeadCouncilCommittee(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const m = OPENING_KIND_COMMITTEE.exec(stem);
	const council = m && sentence.index !== 0 ? committeesOf(article, sentences).council : undefined;
	if (!m || !council) return stem;
	return `${council}${apostropheOf(article)}s ${m[1]}committee${stem.slice(m[0].length)}`;
}

// the head words of a body that members form, which "the group" may stand for: "the Silesian Association of Hospital Directors"
const GROUP_HEAD = /(?<![\p{L}\p{M}-])(?:Association|Federation|Alliance|Coalition|Confederation|Network|Forum|Society)(?![\p{L}\p{M}-])/u;
// "The group estimates", "The group's": an opening "The group" with nothing after it that says which; group 1 a possessive
const OPENING_GROUP = /^The group((?:[’']s)?)(?![\p{L}\p{M}’'-])(?!,? \p{Lu}| of\b)/u;

/**
 * `stem` (from `sentence`) opening on "The group" written as the one members' body the sentence
 * before (in its paragraph) gives as its source or subject: "The group estimates that ..." after
 * "... according to the Silesian Association of Hospital Directors." → "The Silesian Association
 * of Hospital Directors estimates that ...". Read alone, "the group" says no group, and the R4
 * check refused it (holdout105). Only where that sentence names one organisation, outside a
 * quote, whose name has an association's head (`GROUP_HEAD`; a company's "Group" is anaphora.ts's), as
 * what opens it, what "according to" or "by" credits or what "said" follows: "five men held near
 * the Farmers' Association's offices" leaves "The group" to the R4 check.
 */
function nameGroupBack(source: LeadReferentSource, sentence: Sentence, stem: string): string {
	const m = OPENING_GROUP.exec(stem);
	const previous = source.sentences[sentence.index - 1];
	if (!m || !previous || previous.paragraph !== sentence.paragraph || !sentence.text.startsWith('The group')) return stem;
	const text = blankQuotes(previous.text);
	const named = [...source.organisations.values()].map((o) => (o as { text: string }).text).filter((name) => containsWord(text, name));
	const bodies = named.filter((name) => !named.some((other) => other !== name && other.includes(name)));
	if (bodies.length !== 1 || !GROUP_HEAD.test(bodies[0])) return stem;
	const name = bodies[0];
	const at = text.indexOf(name);
	const credited = at === 0 || (at === 4 && text.startsWith('The ')) || /(?:according to|by) (?:the )?$/.test(text.slice(0, at)) || /^ (?:said|says)\b/.test(text.slice(at + name.length));
	if (!credited) return stem;
	const the = /(?:^|\b[Tt]he )$/.test(text.slice(0, at)) && at > 0 ? 'The ' : '';
	return `${the}${withPossessive(name, m[1])}${stem.slice(m[0].length)}`;
}

/** What `nameLeadReferents` reads of a story: its article, sentences, places and organisations. */
export interface LeadReferentSource extends PlanSource {
	sentences: Sentence[];
}

/**
 * A stem from `sentence` with the lead's one authored report, the headline's plan, the lead's
 * placed facility, the headline's deal, the lead's match, the headline's decision and its two countries, a planning lead's plans and committee, and the
 * members' body the sentence before credits written in
 * for a bare "the report", "the plan", "the scheme", "the committee", "the meeting", "the wind farm", "the deal", "the win", "the decision", "the two countries" or an opening "The group"
 * (`nameReport`, `namePlan`, `nameLeadPlans`, `nameLeadCommittee`, `nameLeadCouncilCommittee`, `nameFacility`, `nameHeadlineDeal`, `nameLeadWin`, `nameDecision`, deals.ts `nameCountryPair`, `nameGroupBack`). Unchanged where none fits, or inside a direct quote
 * (QUALITY.md R6: a speaker's words stay theirs). Takes the generation context; returns the stem.
 */
export function nameLeadReferents(source: LeadReferentSource, sentence: Sentence, stem: string): string {
	const { article, sentences } = source;
	const named = nameGroupBack(source, sentence, nameDecision(article, sentences, sentence, nameLeadWin(article, sentence, nameHeadlineDeal(article, nameFacility(article, sentences, sentence, nameLeadCouncilCommittee(article, sentences, sentence, nameLeadCommittee(article, sentences, sentence, nameLeadPlans(article, sentences, sentence, namePlan(source, nameReport(article, sentences, stem))))))))));
	const pair = headlineCountries(article);
	return pair ? nameCountryPair(pair, named, sentences[sentence.index - 1]?.text ?? '') : named;
}

/** A written item with its stems passed through `nameLeadReferents` and court-referents.ts `nameCourtReferents` (a court story's court and case). */
export function nameLeadReferentsIn<W extends { stem: string; falseStem?: string }>(source: LeadReferentSource, sentence: Sentence, written: W): W {
	const fix = (stem: string) => nameCourtReferents(source, nameLeadReferents(source, sentence, stem));
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}
