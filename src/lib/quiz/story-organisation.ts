import { DATELINE, type Fact } from './facts';
import { TITLES, hasTag, isCity, isCountry, isFirstName, tagsOf } from './lexicon';
import { quotedAt } from './quoted-at';
import type { Article, Sentence } from './types';

/**
 * The one organisation a business story is about, where no tagger knows its name: "Marlowe's
 * like-for-likes slow ..." over "Marlowe's has posted a sharp slowdown ...", then "the grocer",
 * "the business", "Shares in the business fell 6.3%". Its name types no fact, so every stem that
 * points back to it ("The Leeds-based grocer runs 486 stores") or names it only as its opening
 * word ("Marlowe's will publish ...") was refused as not self-contained (QUALITY.md R4), though
 * the article leaves no doubt which organisation it means. Read here once per article, so that
 * the anaphora resolver (anaphora.ts) and the scope rule (scope.ts `namesSomething`) can write
 * it in and count it as a name.
 */

/** What `storyOrganisation` reads of an article's generation context. */
export interface StorySource {
	article: Article;
	sentences: Sentence[];
	/** The typed facts of each sentence, by sentence index. */
	facts: Fact[][];
	/** Places by lower-case name. */
	places: ReadonlyMap<string, { text: string }>;
}

/** The story's organisation: its name as the lead writes it, and the kinds the body calls it by ('company', 'retailer', ...). */
export interface StoryOrganisation {
	name: string;
	kinds: ReadonlySet<string>;
}

/**
 * The business nouns a body calls its one organisation by, with the kind each gives (as
 * anaphora.ts's kinds: a grocer is a 'retailer', a lender a 'bank'). "The group" counts only
 * where the body writes "group" for nothing else (`groupIsTheOrganisation`).
 */
const BUSINESS_NOUN: Record<string, string> = {
	company: 'company',
	firm: 'company',
	business: 'company',
	group: 'company',
	grocer: 'retailer',
	retailer: 'retailer',
	supermarket: 'retailer',
	chain: 'retailer',
	bank: 'bank',
	lender: 'bank',
	airline: 'airline',
	carrier: 'airline',
	insurer: 'insurer',
	carmaker: 'carmaker',
	automaker: 'carmaker',
	broadcaster: 'broadcaster',
	publisher: 'publisher',
	developer: 'developer',
	housebuilder: 'developer'
};
// "the grocer", "The Leeds-based grocer", "the FTSE 250 group": group 1 the noun
const CALLED = new RegExp(String.raw`\b[Tt]he (?:\p{Lu}[\p{L}.&-]*-(?:based|listed|headquartered) |FTSE(?: AIM)? \d{2,3} )?(${Object.keys(BUSINESS_NOUN).join('|')})(?![\p{L}-])`, 'gu');
// one to four capitalised words ("Marlowe's", "Aer Lingus", "Northern Rail Holdings")
const NAME = String.raw`\p{Lu}[\p{L}\p{M}’'&.-]*(?: \p{Lu}[\p{L}\p{M}’'&.-]*){0,3}`;
// the lead opens on the name and a verb: "Marlowe's has posted", "Aer Lingus cancelled"; group 1 the name, 2 the verb
const LEAD_SUBJECT = new RegExp(String.raw`^(${NAME}) (\p{Ll}+)\b`, 'u');
// words that open a sentence or a headline without being an organisation's first word
const NOT_FIRST = /^(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|In|On|At|For|With|By|From|As|After|Before|More|Some|Many|Most|All|Mr|Mrs|Ms|Dr|Police|Officials|Shares|Analysts|Investors|Workers|Staff|Residents)$/;
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Auxiliary', 'Modal', 'Copula']);

const CACHE = new WeakMap<Article, StoryOrganisation | null>();

/**
 * The organisation a business story is about: a name that opens the headline ("Marlowe's
 * like-for-likes slow ...", "Aer Lingus cancels 214 flights") and opens the lead's first sentence
 * as the subject of its verb ("Marlowe's has posted ...", after any dateline) and names no other
 * body (`otherBodyIn`), that is no person (no first name, title or person the article names) and
 * no place, and that the body calls by a business noun ("the grocer", "the business", "the
 * airline", outside quotes). Its kinds are
 * those nouns' kinds and 'company'; a body that calls it by two business kinds other than
 * 'company' ("the airline" and "the bank") may mean two organisations, and gives none. Takes the
 * generation context; undefined where any test fails.
 */
export function storyOrganisation(source: StorySource): StoryOrganisation | undefined {
	const cached = CACHE.get(source.article);
	if (cached !== undefined) return cached ?? undefined;
	const found = find(source);
	CACHE.set(source.article, found ?? null);
	return found;
}

function find(source: StorySource): StoryOrganisation | undefined {
	const { article, sentences } = source;
	const first = sentences[0];
	if (!first || first.paragraph !== 0) return undefined;
	const opening = first.text.slice(DATELINE.exec(first.text)?.[0].length ?? 0);
	const m = LEAD_SUBJECT.exec(opening);
	if (!m || !tagsOf(m[2]).some((t) => VERB_TAGS.has(t))) return undefined;
	const name = m[1];
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// the headline opens on it too, a lower-case word or a figure after it: a title-case headline says nothing of where the name ends
	if (!new RegExp(String.raw`^${escaped}(?:[’']s)? (?:\p{Ll}|\d)`, 'u').test(article.title)) return undefined;
	const words = name.split(' ');
	const head = words[0].replace(/[’']s$/, '');
	if (NOT_FIRST.test(head) || isFirstName(head) || TITLES.has(head.toLowerCase().replace(/\.$/, ''))) return undefined;
	const bare = name.replace(/[’']s$/, '');
	if (source.places.has(bare.toLowerCase()) || hasTag(bare.toLowerCase(), 'Place') || hasTag(bare.toLowerCase(), 'Demonym') || isCountry(bare) || isCity(bare)) return undefined;
	const persons = source.facts.flat().filter((f) => f.type === 'person');
	if (persons.some((f) => f.text === bare || f.surname === bare || f.text.split(' ').includes(head))) return undefined;
	// "Ofgem has fined Octopus £5m": a lead that names another body may be about either, and "the company" may be the other
	if (otherBodyIn(opening.slice(name.length), source)) return undefined;
	const kinds = new Set<string>();
	for (const s of sentences.slice(1)) {
		for (const c of s.text.matchAll(CALLED)) {
			if (quotedAt(s.text, c.index)) continue;
			if (c[1] === 'group' && !groupIsTheOrganisation(article)) continue;
			kinds.add(BUSINESS_NOUN[c[1]]);
		}
	}
	if (kinds.size === 0) return undefined;
	if ([...kinds].filter((k) => k !== 'company').length > 1) return undefined;
	kinds.add('company');
	return { name, kinds };
}

/**
 * Does "the <noun>" stand for the story's organisation in a stem that has named it before the
 * noun: "Westpac's chief executive said fewer than 3 per cent of the bank's transactions ..."?
 * Only a business noun of one of its kinds (a bank for a bank, "the company" for any). Takes the
 * generation context, the noun in lower case and the stem's words before it.
 */
export function namedStoryOrganisation(source: StorySource, noun: string, before: string): boolean {
	const story = storyOrganisation(source);
	const kind = BUSINESS_NOUN[noun];
	if (!story || !kind || !story.kinds.has(kind)) return false;
	const name = story.name.replace(/[’']s$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(String.raw`(?<![\p{L}\p{M}])${name}(?![\p{L}\p{M}])`, 'u').test(before);
}

// "on Friday", "in March": calendar words are no names of bodies
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// "cabin crew represented by Fórsa", "members of Unite": a union its workers belong to is no business
const UNION_BEFORE = /\b(?:represented by|members of|the union|union)\s$/;

/**
 * Does the rest of the lead sentence name a body other than its subject: a capitalised name that
 * is no place, person, demonym, weekday or month, plural of an acronym ("MPs"), nor the union
 * workers belong to?
 */
function otherBodyIn(rest: string, source: StorySource): boolean {
	const persons = source.facts.flat().filter((f) => f.type === 'person');
	for (const m of rest.matchAll(/(?<![\p{L}\p{M}’'])\p{Lu}[\p{L}\p{M}’'&.-]*(?: \p{Lu}[\p{L}\p{M}’'&.-]*)*/gu)) {
		const name = m[0].replace(/\.$/, '').replace(/[’']s$/, '');
		const lower = name.toLowerCase();
		// "rural MPs and unions", "GPs": the plural of an acronym is people of a kind, no body
		if (/^\p{Lu}{2,}s$/u.test(name)) continue;
		if (CALENDAR.test(name) || source.places.has(lower) || hasTag(lower, 'Place') || hasTag(lower, 'Demonym') || isCountry(name) || isCity(name)) continue;
		if (persons.some((f) => f.text === name || f.text.includes(name))) continue;
		if (UNION_BEFORE.test(rest.slice(0, m.index))) continue;
		return true;
	}
	return false;
}

/** Does the body write "group" only as "the group" (or "the Milan-based group"), never "a group of" or "groups"? */
function groupIsTheOrganisation(article: Article): boolean {
	const body = article.paragraphs.join('\n');
	const all = [...body.matchAll(/\bgroups?\b/gi)].length;
	const the = [...body.matchAll(/\b[Tt]he (?:FTSE(?: AIM)? \d{2,3} |\p{Lu}[\p{L}.&-]*-(?:based|listed|headquartered) )?group\b/gu)].length;
	return all === the;
}
