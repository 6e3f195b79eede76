import { articleBody } from './article';
import { articleReferents, describesItself, resolveAnaphors } from './anaphora';
import { dateDistractors, numericDistractors, writtenNumber } from './distractors';
import { articlePlaces, extractFacts, recurringNames, type Fact } from './facts';
import { capitalsIn, continentOf, countriesIn, tagsOf } from './lexicon';
import { createPrng, hashString } from './prng';
import { splitSentences } from './sentences';
import { mapSpan, simplify, type Clause } from './simplify';
import type { Article, FactType, Item, ItemType, Quiz, Sentence } from './types';

/** The checks of QUALITY.md, in order; an item lists those it passed (all of them). */
export const CHECKS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'] as const;
/** One of the QUALITY.md checks. */
export type CheckId = (typeof CHECKS)[number];

/** Options of `generateQuiz`. */
export interface GenerateOptions {
	/** Seed of the PRNG that picks distractors, option order and true/false balance. */
	seed: number;
	/** Quiz id (URL-safe); defaults to a slug of the title. */
	id?: string;
	/** Most items to keep; defaults to about one per 35 words, between 5 and 15. */
	maxItems?: number;
}

/** What the pipeline did with one article, for `npm run quality`. */
export interface GenerationReport {
	quiz: Quiz;
	/** Candidates written before filtering. */
	candidates: number;
	/** Candidates rejected, by the first check each failed. */
	rejected: Record<CheckId, number>;
	/** Candidates that passed every check (the pool the quiz was picked from). */
	passed: number;
	/** Each rejected candidate: the check it failed, its type and its stem. */
	rejections: { check: CheckId; type: ItemType; stem: string }[];
}

interface Candidate {
	item: Omit<Item, 'id'>;
	sentence: number;
	/** The clause kind it was written from: a dash aside is a statement of its own. */
	unit: string;
	score: number;
	/** The entity the key is about (lower-case), for the two-per-entity limit. */
	entity?: string;
	/** For true/false: the statement's false variant; the true one is the stem. */
	falseStem?: string;
	falseKeyText?: string;
}

interface Person {
	full: string;
	surname: string;
	gender?: 'male' | 'female';
	mentions: number;
}

interface Context {
	article: Article;
	sentences: Sentence[];
	facts: Fact[][];
	persons: Map<string, Person>;
	places: Map<string, { text: string; level: string; mentions: number }>;
	/** Organisations by lower-case name; `the` when the article writes "the" before it. */
	organisations: Map<string, { text: string; the: boolean; mentions: number }>;
	numbers: Map<FactType, Set<number>>;
	/** No year distractor after this one: the publication year, else the latest year the article names. */
	lastYear: number;
	/** Every number the article writes, as written (for distractors that must not be true). */
	allNumbers: Set<number>;
	dates: Set<string>;
	/** Levels ('city', 'country') whose place the article is set in: named in its title or lead and the most mentioned of its level. */
	setting: Set<string>;
	seed: number;
}

const BLANK = '_____';
const FURNITURE_RE =
	/\b(subscribe|podcast|newsletter|read more|click here|sign up|full article|follow us|all rights reserved|copyright)\b|\b(contributed|contributed (?:to )?this report|contributed reporting)\.?$|^[\p{Lu}][\p{L}’'-]+(?: [\p{Lu}][\p{L}’'-]+)? reported from\b|\b(?:is|are) (?:an? )?(?:associated press|ap|reuters|staff) (?:writer|reporter|correspondent)s?\b/iu;
const PRONOUN_RE = /\b(he|she|him|his|her|hers|they|them|their|it|its)\b/gi;
/** Anaphors whose referent is never in the phrase: "the 66-year-old", "the former PM", "the latter". */
const BARE_ANAPHOR_RE =
	/\b(?:[Oo]fficials|[Aa]uthorities|[Pp]olice|[Rr]esidents|[Pp]eople|[Ll]eaders) there\b|\b[Tt]he (?:\d+-year-old|former|latter|ex-)\b|^(?:This|That|These|Those|Such|It|They|He|She)\b|\b(?:[Ff]or (?:that|this) reason|[Aa]s such|[Ii]n that case|[Bb]ecause of this|[Dd]espite this)\b/u;
/** Definite noun phrases that point back, unless a name follows ("the capital, Minsk"). */
const ANAPHOR_RE =
	/\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose) (?:[\p{Lu}][\p{L}]+ |[a-z-]+ ){0,2}?(pair|duo|two|three|trio|country|nation|state|city|capital|town|village|region|island|company|firm|club|team|group|organisation|organization|party|man|woman|boy|girl|couple|victim|suspect|leaders?|move|decision|plan|deal|case|incident|attack|report|same|effect|hub|site|facility|building|area|measure|announcement|statement|remarks|comments|episode|situation|issue|problem|change|changes|policy|bill|law|idea|proposal|scheme|project|product|device|model|event|accident|crash|fire|blast|explosion|figure|figures|number|numbers|amount|sum|information|rules|hearing|committee|letter|meeting)\b(?!,? [\p{Lu}]| of [\p{Lu}]| [\p{Lu}][\p{Ll}])/gu;
const CLAIM_RE = /\b(claims?|claimed|alleged(?:ly)?|reportedly|rumou?rs?|accus\w+|suspected|purported(?:ly)?|insists?|insisted)\b/i;

/** A URL-safe id from a title: lower-case words joined by "-", at most 64 characters. */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return (slug.slice(0, 64).replace(/-+$/, '') || 'quiz');
}

function wordCount(text: string): number {
	return (text.match(/\S+/g) ?? []).length;
}

function buildContext(article: Article, seed: number): Context {
	const sentences = splitSentences(article);
	const surnames = new Map<string, 'male' | 'female' | undefined>();
	const furniture = sentences.map((s) => FURNITURE_RE.test(s.text));
	const firstPass = sentences.map((s, i) => (furniture[i] ? [] : extractFacts(s.text)));
	for (const facts of firstPass) {
		for (const f of facts) if (f.type === 'person' && f.surname && f.text.includes(' ')) surnames.set(f.surname, f.gender);
	}
	// furniture sentences (credits, "X reported from Y") yield no facts, so no items and no
	// distractors come from them
	const bodyText = sentences.filter((_, i) => !furniture[i]).map((s) => s.text).join('\n');
	const organisations = recurringNames(bodyText);
	const known = { surnames, organisations, places: articlePlaces(bodyText) };
	const facts = sentences.map((s, i) => (furniture[i] ? [] : surnames.size === 0 && organisations.size === 0 && known.places.size === 0 ? firstPass[i] : extractFacts(s.text, known)));
	const persons = new Map<string, Person>();
	const places = new Map<string, { text: string; level: string; mentions: number }>();
	const orgs = new Map<string, { text: string; the: boolean; mentions: number }>();
	const numbers = new Map<FactType, Set<number>>();
	const dates = new Set<string>();
	facts.forEach((list, i) => {
		for (const f of list) {
			if (f.type === 'organisation') {
				const k = f.text.toLowerCase();
				const o = orgs.get(k) ?? { text: f.text, the: false, mentions: 0 };
				o.mentions++;
				if (/\bthe\s$/i.test(sentences[i].text.slice(0, f.span.start))) o.the = true;
				orgs.set(k, o);
			}
			if (f.type === 'person' && f.surname) {
				const p = persons.get(f.surname) ?? { full: f.text, surname: f.surname, gender: f.gender, mentions: 0 };
				if (f.text.includes(' ') && !p.full.includes(' ')) p.full = f.text;
				p.gender ??= f.gender;
				p.mentions++;
				persons.set(f.surname, p);
			} else if (f.type === 'place' && f.level) {
				const k = f.text.toLowerCase();
				const p = places.get(k) ?? { text: f.text, level: f.level, mentions: 0 };
				p.mentions++;
				places.set(k, p);
			} else if (f.value !== undefined || f.type === 'date') {
				const v = writtenNumber(f.text);
				if (v !== undefined) {
					const set = numbers.get(f.type) ?? new Set<number>();
					set.add(v);
					numbers.set(f.type, set);
				}
				if (f.iso) dates.add(f.iso);
			}
		}
	});
	const setting = new Set<string>();
	const lead = `${article.title} ${article.paragraphs.slice(0, 2).join(' ')}`;
	for (const level of ['city', 'country']) {
		const [top, second] = [...places.values()].filter((p) => p.level === level).sort((a, b) => b.mentions - a.mentions);
		if (top && top.mentions >= 2 && (!second || second.mentions < top.mentions) && lead.includes(top.text)) setting.add(level);
	}
	const allNumbers = new Set<number>();
	for (const set of numbers.values()) for (const v of set) allNumbers.add(v);
	const years = [...(numbers.get('date') ?? [])];
	const lastYear = article.published ? Number(article.published.slice(0, 4)) : years.length ? Math.max(...years) : 9999;
	return { article, sentences, facts, persons, places, organisations: orgs, numbers, allNumbers, lastYear, dates, setting, seed };
}


/**
 * Resolves a leading "He"/"She" to the article's main person of that gender (most mentions,
 * at least three, twice the next), and only when the sentence before names no other person of
 * that gender: "Tony Blair called him a giant. He held ..." stays unresolved (and so unasked).
 */
function resolvePronoun(ctx: Context, sentence: Sentence, clause: Clause): Clause | undefined {
	const m = /^(He|She) /.exec(clause.text);
	if (!m) return clause;
	const gender = m[1] === 'He' ? 'male' : 'female';
	const ranked = [...ctx.persons.values()].filter((p) => p.gender === gender).sort((a, b) => b.mentions - a.mentions);
	const main = ranked[0];
	if (!main || main.mentions < 3 || (ranked[1] && ranked[1].mentions * 2 > main.mentions)) return undefined;
	const previous = sentence.index > 0 && ctx.sentences[sentence.index - 1].paragraph === sentence.paragraph ? ctx.facts[sentence.index - 1] : undefined;
	const here = ctx.facts[sentence.index];
	for (const f of [...(previous ?? []), ...here]) {
		if (f.type !== 'person' || f.surname === main.surname) continue;
		const p = ctx.persons.get(f.surname ?? '');
		if (!p || p.gender !== (gender === 'male' ? 'female' : 'male')) return undefined;
	}
	const name = main.full;
	const delta = name.length - m[1].length;
	const [first, ...rest] = clause.pieces;
	return {
		text: name + clause.text.slice(m[1].length),
		pieces: [{ from: first.from + m[1].length, to: first.to, at: name.length }, ...rest.map((p) => ({ ...p, at: p.at + delta }))],
		kind: clause.kind
	};
}

function capitalise(text: string): string {
	return text[0].toUpperCase() + text.slice(1);
}

function lowerLead(text: string): string {
	return /^(The|A|An|Its|His|Her|Their|Some|Many|Most|All|Several|Both|Two|Three|Four|Five)\b/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function articleFor(word: string): 'a' | 'an' {
	return /^(?:[aeio]|u(?![nrs]?i|se|ni|ro)|hou|hon|8|11|18|f[\s.]|[AEFHILMNORSX](?:$|\.|[A-Z]))/i.test(word) && !/^(one|uni|use|euro|eu)/i.test(word) ? 'an' : 'a';
}

interface Written {
	type: ItemType;
	stem: string;
	options: string[];
	key: number;
	answerMode?: Item['answerMode'];
	numeric?: Item['numeric'];
	falseStem?: string;
	falseKeyText?: string;
	bonus: number;
}

/** The persons other than the key's, in the key's name format, for person options. */
function personOptions(ctx: Context, key: Fact, keyText: string, genderMatters: boolean): string[] {
	const surnameOnly = !keyText.includes(' ');
	const out: string[] = [];
	for (const p of ctx.persons.values()) {
		if (p.surname === key.surname) continue;
		if (genderMatters && key.gender && p.gender !== key.gender) continue;
		if (!surnameOnly && !p.full.includes(' ')) continue;
		out.push(surnameOnly ? p.surname : p.full);
	}
	return out;
}

/** Country names said with "the": the US, the Netherlands, the Philippines, the United Kingdom. */
function takesThe(name: string): boolean {
	return /^(US|U\.S\.|UK|U\.K\.|UAE|EU)$|^(United|Netherlands|Philippines|Bahamas|Gambia|Maldives|Czech Republic|Dominican Republic|Central African)|Islands$|Republic$/.test(name);
}

function placeOptions(ctx: Context, key: Fact, sentenceText: string, prng: ReturnType<typeof createPrng>): string[] {
	const fromArticle = [...ctx.places.values()]
		.filter((p) => p.level === key.level && p.text.toLowerCase() !== key.text.toLowerCase() && !sentenceText.includes(p.text))
		.map((p) => p.text);
	// gazetteer places from the key's continent, else from that of the article's main country
	const main = [...ctx.places.values()].filter((p) => p.level === 'country').sort((a, b) => b.mentions - a.mentions)[0];
	const continent = continentOf(key.text) ?? (main ? continentOf(main.text) : undefined);
	const gazetteer = key.level === 'country' ? countriesIn(continent) : key.level === 'city' ? capitalsIn(continent) : [];
	const extra = prng.shuffle(gazetteer.filter((g) => g.toLowerCase() !== key.text.toLowerCase() && !sentenceText.includes(g) && !fromArticle.includes(g)));
	const the = takesThe(key.text);
	return [...fromArticle, ...extra].filter((p) => takesThe(p) === the);
}

/** Distractors of the key's type, as strings written like the key; fewer than 3 means no item. */
function distractorsFor(ctx: Context, fact: Fact, sentenceText: string, prng: ReturnType<typeof createPrng>, genderMatters: boolean): string[] {
	switch (fact.type) {
		case 'count':
		case 'money':
		case 'percent':
		case 'age':
		case 'ordinal':
			return numericDistractors(fact, prng, ctx.allNumbers);
		case 'date':
			return fact.iso && /^\d{4}$/.test(fact.text)
				? numericDistractors(fact, prng, ctx.numbers.get('date') ?? new Set(), ctx.lastYear)
				: dateDistractors(fact, prng, ctx.dates);
		case 'person':
			return prng.shuffle(personOptions(ctx, fact, fact.text, genderMatters)).slice(0, 3);
		case 'place':
			return placeOptions(ctx, fact, sentenceText, prng).slice(0, 3);
		case 'organisation': {
			// other organisations of the article written the same way ("the EU" / "NATO")
			const the = /\bthe\s$/i.test(sentenceText.slice(0, fact.span.start));
			const others = [...ctx.organisations.values()].filter(
				(o) => o.text.toLowerCase() !== fact.text.toLowerCase() && o.the === the && !sentenceText.includes(o.text) && /^[A-Z]{2,6}$/.test(o.text) === /^[A-Z]{2,6}$/.test(fact.text)
			);
			return prng.shuffle(others.map((o) => o.text)).slice(0, 3);
		}
		default:
			return [];
	}
}

function withOptions(key: string, distractors: string[], prng: ReturnType<typeof createPrng>, numeric: boolean): { options: string[]; key: number } {
	const options = numeric
		? [key, ...distractors].sort((a, b) => (writtenNumber(a) ?? 0) - (writtenNumber(b) ?? 0))
		: prng.shuffle([key, ...distractors]);
	return { options, key: options.indexOf(key) };
}

const NUMERIC_TYPES = new Set<FactType>(['count', 'money', 'percent', 'age', 'ordinal']);

/** Writes every item type the fact allows from one clause. */
function writeItems(ctx: Context, sentence: Sentence, clause: Clause, fact: Fact, attribution: Fact | undefined, prng: ReturnType<typeof createPrng>): Written[] {
	const span = mapSpan(clause, fact.span.start, fact.span.end);
	if (!span) return [];
	const out: Written[] = [];
	const text = shorten(clause.text, span.end);
	const stop = /[.!?]["”’]?$/.test(text) ? '' : '.';
	const before = text.slice(0, span.start);
	const after = text.slice(span.end);
	const keyText = fact.text;
	// "the 74-year-old" is a person named elsewhere: never a key
	if (fact.type === 'age' && /\bthe\s$/i.test(before)) return [];
	// a place that acts ("Moscow has promised", "Moscow’s support") stands for its government
	if (fact.type === 'place' && (/\bthe\s$/i.test(before) || /^[’']s?(\s|$)/.test(after) || (before.trim() === '' && /^ (has|have|had|is|was|will|would|could|can|may|might|must|should|\w+ed|\w+s)\b/.test(after)))) return [];
	// a pronoun or a title ("Mr Putin’s critics") fixes the gender a swapped-in name must have
	const genderMatters = /\b(he|she|his|her|him)\b/i.test(text.replace(keyText, '')) || /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\.?\s$/.test(before);
	const distractors = distractorsFor(ctx, fact, sentence.text, prng, genderMatters);
	const isNumeric = NUMERIC_TYPES.has(fact.type) || (fact.type === 'date' && /^\d{4}$/.test(keyText));

	if (distractors.length >= 3) {
		const { options, key } = withOptions(keyText, distractors.slice(0, 3), prng, isNumeric);
		// multiple choice, "how many": the number and its counted noun open the clause (or the
		// reported clause after "X said"), followed by a verb
		if (fact.type === 'count' && fact.noun && !fact.bound) {
			const hedge = fact.hedge ? new RegExp(`${fact.hedge}\\s+$`, 'i') : undefined;
			const lead = hedge ? before.replace(hedge, '') : before;
			const saidLead = attribution ? /^(.+?)\s(?:said|says|told \w+|added|estimated|reported)(?: that)?\s$/.exec(lead) : undefined;
			const rest = after.slice(2 + fact.noun.length);
			if ((lead === '' || saidLead) && after.startsWith(` ${fact.noun} `) && /^(were|was|have|had|are|is|will|would|could|may|might|died|\w+ed)\b/.test(rest)) {
				const prefix = saidLead ? `According to ${lowerLead(saidLead[1])}, ` : '';
				const how = fact.approximate ? 'about how many' : 'how many';
				out.push({ type: 'mcq', stem: `${capitalise(prefix + how)} ${fact.noun} ${rest}?`, options, key, bonus: 0.6 });
			}
		}
		// multiple choice, "where": "<subject> <aux> <participle> in/at [the ... of] <place>" at the clause end
		if (fact.type === 'place' && after.trim() === '') {
			const m = /^(.{3,60}?) (will be|would be|was|were|is|are|has been|have been|had been) (\w+ed|held|born|built|found|shot|seen|made|taken|kept|hit|sent|flown|driven) (?:in|at) (?:the [^,]{1,40} of )?$/.exec(before);
			if (m && !/[,–—]/.test(m[1])) {
				const [aux1, ...auxRest] = m[2].split(' ');
				out.push({ type: 'mcq', stem: `Where ${aux1} ${lowerLead(m[1])}${auxRest.length ? ` ${auxRest.join(' ')}` : ''} ${m[3]}?`, options, key, bonus: 0.6 });
			}
		}
		// multiple choice, "who": a person opens the clause and a verb follows
		if (fact.type === 'person') {
			const title = /^(?:(?:Mr|Mrs|Ms|Dr|Sir|President|Prime Minister|Sen\.|Senator|Gov\.|Governor)\s)?$/.exec(before);
			if (title && /^ (has|have|had|is|was|will|would|said|says|\w+ed|\w+s)\b/.test(after)) {
				out.push({ type: 'mcq', stem: `Who${after}?`, options, key, bonus: 0.4 });
			}
		}
		// fill in the blank with options
		const articleBefore = /\b(a|an)\s$/i.exec(before);
		const articlesAgree = !articleBefore || options.every((o) => articleFor(o) === articleFor(keyText));
		if (articlesAgree) {
			out.push({ type: 'cloze', stem: `${before}${BLANK}${after}${stop}`, options, key, bonus: 0 });
		}
	}
	// true/false: the same statement with the key swapped for a distractor of its type; never
	// over a direct quote, which a player would judge as the speaker's claim, not the article's
	// nor over a list item or a must/should, which report someone's view rather than a fact
	const opinion = /^[-–—•*]\s/.test(ctx.article.paragraphs[sentence.paragraph]) || /\b(must|should|ought to)\b/i.test(text);
	if (distractors.length >= 1 && !/[“”"]/.test(text) && !opinion) {
		out.push({
			type: 'true-false',
			stem: `${text}${stop}`,
			options: ['True', 'False'],
			key: 0,
			falseStem: `${before}${distractors[0]}${after}${stop}`,
			falseKeyText: distractors[0],
			bonus: 0.1
		});
	}
	// numeric estimate: counts, money and percentages asked as a number with unit and scale kept
	if ((fact.type === 'count' || fact.type === 'money' || fact.type === 'percent') && !fact.bound && fact.value !== undefined && writtenNumber(keyText) !== undefined) {
		const written = writtenNumber(keyText)!;
		const numMatch = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(keyText)!;
		const blanked = keyText.slice(0, numMatch.index) + BLANK + keyText.slice(numMatch.index + numMatch[0].length);
		const scale = written === 0 ? 1 : fact.value / written;
		const lo = fact.type === 'percent' ? 0 : 0;
		const hi = fact.type === 'percent' ? 100 : niceCeil(written * 3);
		const hedged = fact.approximate ? ' (about)' : '';
		if (written >= 2 && written <= hi) {
			out.push({
				type: 'numeric',
				answerMode: 'estimate',
				stem: `${before}${blanked}${after}${stop}${hedged}`,
				options: [keyText],
				key: 0,
				numeric: {
					value: fact.value,
					...(fact.unit || fact.noun ? { unit: fact.unit ?? fact.noun } : {}),
					...(scale !== 1 ? { scale } : {}),
					min: lo * scale,
					max: hi * scale
				},
				bonus: 0.2
			});
		}
	}
	return out;
}

/**
 * Cuts a long clause (over 26 words) after its key at the first comma that starts an aside ("..., the country’s second-largest city and ..."), so stems stay short; the
 * text up to the cut must keep 8 words. Returns the clause unchanged when there is no such cut.
 */
function shorten(text: string, keyEnd: number): string {
	if (wordCount(text) <= 26) return text;
	const tail = text.slice(keyEnd);
	const cut = /,\s(?:the|a|an|who|which|where|while|after|as|because|but|and|[a-z]+ing)\b/.exec(tail);
	if (!cut) return text;
	const head = text.slice(0, keyEnd + cut.index);
	return wordCount(head) >= 8 ? head : text;
}

function niceCeil(v: number): number {
	const p = Math.pow(10, Math.max(0, Math.floor(Math.log10(Math.max(v, 1))) - 1));
	return Math.ceil(v / p) * p;
}

/** Who-said items: the attribution of a reported statement to a named person. */
function writeWhoSaid(ctx: Context, sentence: Sentence, attribution: Fact, facts: Fact[], prng: ReturnType<typeof createPrng>): { written: Written; fact: Fact } | undefined {
	if (!attribution.statement) return undefined;
	// the speaker phrase is a name with at most a role before it ("opposition leader Maria
	// Kolesnikova"), never a clause ("Krul shook his head and Farke admitted")
	const speaker = facts.find((f) => f.type === 'person' && f.span.end === attribution.span.end);
	if (!speaker || !speaker.surname || hasVerb(attribution.text) || /\b(and|or|but)\b|^(what|who|which|how|why|when|where)\b/i.test(attribution.text)) return undefined;
	const statement = sentence.text.slice(attribution.statement.start, attribution.statement.end).trim();
	// a direct quote is asked whole, in its quote marks, as the speaker's own words (facts.ts)
	const quote = attribution.quote === true;
	if ((!quote && (/^["“]/.test(statement) || /^(was|is|were|are|has|had)\b/.test(statement) || /^\p{Lu}/u.test(statement))) || statement.split(/\s+/).length < 6) return undefined;
	const genderMatters = /\b(he|she|his|her|him)\b/i.test(statement);
	const distractors = prng.shuffle(personOptions(ctx, speaker, speaker.text, genderMatters)).slice(0, 3);
	if (distractors.length < 3) return undefined;
	const { options, key } = withOptions(speaker.text, distractors, prng, false);
	const verb = /\b(said|says|insists|insisted|claimed|claims|argued|warned|told|added|believes|thinks|announced|wrote|explained|noted|admitted|denied)\b/.exec(sentence.text.slice(attribution.span.end))?.[1] ?? 'said';
	const stem = quote ? `Who said “${statement}”?` : `Who ${verb} ${statement.replace(/[.!?]$/, '').replace(/[.,!?]([”"’])$/, '$1')}?`;
	return { written: { type: 'who-said', stem, options, key, bonus: 0.3 }, fact: speaker };
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Participle']);

/** Has the text a finite verb (so it states something, unlike "Jon Sopel, BBC News, Washington")? */
function hasVerb(text: string): boolean {
	for (const word of text.toLowerCase().match(/[a-z’']+/g) ?? []) {
		if (tagsOf(word).some((t) => VERB_TAGS.has(t))) return true;
		if (word.length > 4 && /ed$/.test(word)) return true;
	}
	return false;
}

/** Does `text` contain `word` as a whole word (not inside a longer word)? */
function containsWord(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		const before = at === 0 ? '' : text[at - 1];
		const after = text[at + word.length] ?? '';
		if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
	}
	return false;
}

/** The wrong answers an item offers: its distractors, or the swapped-in value of a false statement. */
function distractorTextsOf(w: Written): string[] {
	return w.type === 'true-false' ? [w.falseKeyText ?? ''] : w.options.filter((_, i) => i !== w.key);
}

/** Runs the automatic checks on a written item; returns the first that fails, or undefined. */
function firstFailure(ctx: Context, sentence: Sentence, fact: Fact, w: Written): CheckId | undefined {
	const stems = w.falseStem ? [w.stem, w.falseStem] : [w.stem];
	const keyText = w.type === 'true-false' ? fact.text : w.options[w.key];
	// R1: grammatical and natural
	for (const stem of stems) {
		if (!/^[\p{Lu}_"“‘]/u.test(stem)) return 'R1';
		if (/\s[–—-]\s*[.?]?$|\s[,;:]|,[.?]$|\s{2}|[.?]\s*[.?]$/.test(stem)) return 'R1';
		const words = wordCount(stem);
		if (words < 5 || words > 32) return 'R1';
		if ((stem.match(/[“”"]/g) ?? []).length % 2 === 1 && !/’/.test(stem)) return 'R1';
		if ((stem.match(/\(/g) ?? []).length !== (stem.match(/\)/g) ?? []).length) return 'R1';
		if (/^(And|But|Or|So|Because|Although|While|Which|Who|That)\b/.test(stem) && w.type !== 'mcq' && w.type !== 'who-said') return 'R1';
	}
	if (!hasVerb(w.type === 'true-false' ? w.stem : w.stem.replace(/^(Who|Where) /, ''))) return 'R1';
	// R2: answerable from the article: the key is in the source sentence
	if (!sentence.text.includes(keyText)) return 'R2';
	// R3: exactly one defensible answer
	if (fact.bound) return 'R3';
	const around = sentence.text.slice(fact.span.end, fact.span.end + 24);
	const aroundBefore = sentence.text.slice(Math.max(0, fact.span.start - 24), fact.span.start);
	if (/^,?\s(and|or)\s(other|elsewhere|beyond|surrounding|neighbouring|nearby)\b/i.test(around)) return 'R3';
	if (fact.type === 'person' || fact.type === 'place' || fact.type === 'organisation') {
		if (/^(,\s[\p{Lu}][^,]{1,30})?,?\s(and|or|&)\s(the\s)?[\p{Lu}]/u.test(around) || /[\p{Lu}][\p{L}’']+,?\s(and|or|&)\s$|[\p{Lu}][\p{L}’']+,\s$/u.test(aroundBefore)) return 'R3';
	}
	const options = w.type === 'true-false' ? [fact.text, w.falseKeyText ?? ''] : w.options;
	if (w.answerMode !== 'estimate') {
		for (let i = 0; i < options.length; i++) {
			for (let j = 0; j < options.length; j++) {
				if (i === j) continue;
				const a = options[i].toLowerCase();
				const b = options[j].toLowerCase();
				if (containsWord(a, b) || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5) && !/\d/.test(a))) return 'R3';
			}
			if (options[i] !== keyText && sentence.text.toLowerCase().includes(options[i].toLowerCase()) && !/^\d/.test(options[i])) return 'R3';
		}
	}
	// a distractor that is another name of a place in the stem ("the United States ... the U.S.")
	if (fact.type === 'place') {
		const group = (n: string) => (/^(U\.?S\.?A?|United States|America)$/.test(n) ? 'us' : /^(U\.?K\.?|Britain|Great Britain|United Kingdom)$/.test(n) ? 'uk' : n.toLowerCase());
		const inStem = [...ctx.places.values()].filter((p) => containsWord(w.stem, p.text)).map((p) => group(p.text));
		if (distractorTextsOf(w).some((d) => inStem.includes(group(d)))) return 'R3';
	}
	// a distractor named elsewhere in the stem ("X entered office after the resignation of X")
	for (const d of distractorTextsOf(w)) {
		if (!d || /^\d/.test(d)) continue;
		const last = d.split(' ').pop() ?? d;
		if (containsWord(w.stem, d) || (fact.type === 'person' && containsWord(w.stem, last))) return 'R3';
	}
	// R4: self-contained: every pronoun or anaphor has its referent in the stem; a stem that
	// opens on "the <noun>" needs the noun in the headline ("the talks") or a name after it
	for (const stem of stems) {
		if (BARE_ANAPHOR_RE.test(stem)) return 'R4';
		const opening = /^(?:Where (?:will|would|was|were|is|are|has|have|had) )?[Tt]he ((?:[a-z-]+ )?)([a-z-]+) (is|was|has|had|will|would|could|can|may|might|must|should|\w+ed|\w+s)\b/.exec(stem);
		if (opening && !/s$/.test(opening[2]) && !/^(?:of|that|which|who|whom|whose|where)$/.test(opening[2])) {
			const title = ctx.article.title.toLowerCase();
			if (!containsWord(title, opening[2])) return 'R4';
		}
		for (const m of stem.replace(BLANK, 'X').matchAll(ANAPHOR_RE)) {
			// "the Kherson region" names its referent; "the Eastern European country" does not
			if (m[0].split(' ').slice(1, -1).some((w) => /^\p{Lu}/u.test(w) && !/(an|ese|ish|ern|ic)$/.test(w))) continue;
			if (describesItself(m)) continue;
			const noun = (m[1] ?? '').toLowerCase();
			const before = stem.slice(0, m.index);
			const levels = [...ctx.places.values()].filter((p) => before.includes(p.text)).map((p) => p.level);
			if ((noun === 'country' || noun === 'nation') && levels.includes('country')) continue;
			if ((noun === 'city' || noun === 'capital' || noun === 'town') && levels.includes('city')) continue;
			// "the city" or "the country" of an article set in one place that its lead names
			if ((noun === 'city' || noun === 'country' || noun === 'state') && ctx.setting.has(noun)) continue;
			return 'R4';
		}
		for (const m of stem.matchAll(PRONOUN_RE)) {
			const p = m[1].toLowerCase();
			const before = stem.slice(0, m.index);
			const named = [...ctx.persons.values()].filter((per) => before.includes(per.surname) || (fact.type === 'person' && before.includes(BLANK)) || /^Who\b/.test(before));
			if (p === 'he' || p === 'him' || p === 'his') {
				if (!named.some((per) => per.gender !== 'female') && !/^Who\b/.test(before)) return 'R4';
			} else if (p === 'she' || p === 'her' || p === 'hers') {
				if (!named.some((per) => per.gender !== 'male') && !/^Who\b/.test(before)) return 'R4';
			} else if (wordCount(before) < 2 || /^Who\b/.test(stem)) {
				// "it" and "they" in a who-question point outside it ("Who has been referring to it?")
				return 'R4';
			}
		}
	}
	// R5: no giveaway
	if (w.type !== 'true-false') {
		const stemLower = w.stem.toLowerCase();
		if (stemLower.includes(keyText.toLowerCase())) return 'R5';
		if (fact.surname && stemLower.includes(fact.surname.toLowerCase())) return 'R5';
		if (w.options.length > 1) {
			const shape = (o: string) => o.replace(/\d[\d,]*/g, '9').replace(/[a-z]+/g, 'a').replace(/[A-Z]+/g, 'A');
			if (/\d/.test(keyText) && new Set(w.options.map(shape)).size > 1) return 'R5';
			const caps = w.options.map((o) => /^\p{Lu}/u.test(o));
			if (caps.some((c) => c !== caps[0])) return 'R5';
			const lengths = w.options.map((o) => o.length);
			if (!/\d/.test(keyText) && Math.max(...lengths) > 2.5 * Math.min(...lengths) + 4) return 'R5';
			const words = w.options.map((o) => o.split(' ').length);
			if (!/\d/.test(keyText) && new Set(words).size > 1 && fact.type === 'person') return 'R5';
		}
	}
	// R6: faithful: no blank or swap inside a direct quote, claims stay claims
	const openQuotes = (sentence.text.slice(0, fact.span.start).match(/[“"]/g) ?? []).length - (sentence.text.slice(0, fact.span.start).match(/”/g) ?? []).length;
	if (openQuotes % 2 === 1) return 'R6';
	const claimBefore = CLAIM_RE.exec(sentence.text.slice(0, fact.span.start));
	if (claimBefore && !stems.every((s) => CLAIM_RE.test(s))) return 'R6';
	// R7: worth asking (furniture sentences have no facts, so never reach here)
	if (keyText.length < 2) return 'R7';
	// R8: plausible distractors
	if (w.type !== 'true-false' && w.answerMode !== 'estimate') {
		if (w.options.length !== 4 && w.type !== 'who-said') return 'R8';
		if (new Set(w.options.map((o) => o.toLowerCase())).size !== w.options.length) return 'R8';
		for (const o of w.options) {
			const v = writtenNumber(o);
			if (v !== undefined && v < 0) return 'R8';
			if (fact.type === 'percent' && v !== undefined && v > 100) return 'R8';
		}
	}
	// R9: time-stable: relative dates are never keys
	if (fact.type === 'date' && /\b(today|yesterday|tomorrow|last|next|this)\b/i.test(fact.text)) return 'R9';
	return undefined;
}

function difficultyOf(w: Written, fact: Fact, sentence: Sentence, ctx: Context): number {
	const base: Record<ItemType, number> = { 'true-false': 0.3, cloze: 0.45, mcq: 0.5, 'who-said': 0.55, numeric: 0.7, 'which-first': 0.6 };
	let d = base[w.type];
	const paragraphs = Math.max(1, ctx.article.paragraphs.length);
	d += 0.2 * (sentence.paragraph / paragraphs);
	if (NUMERIC_TYPES.has(fact.type)) d += 0.05;
	return Math.round(Math.min(1, Math.max(0, d)) * 100) / 100;
}

const FACT_WEIGHT: Record<FactType, number> = {
	count: 3,
	money: 3,
	percent: 3,
	place: 2.4,
	person: 2.4,
	date: 2,
	attribution: 2,
	age: 1.4,
	organisation: 1.2,
	ordinal: 0.8
};

/** Every candidate item of the article, with counts of those each check rejected. */
function candidatesOf(ctx: Context): { pool: Candidate[]; written: number; rejected: Record<CheckId, number>; rejections: GenerationReport['rejections'] } {
	const rejected = Object.fromEntries(CHECKS.map((c) => [c, 0])) as Record<CheckId, number>;
	const rejections: GenerationReport['rejections'] = [];
	const pool: Candidate[] = [];
	let written = 0;
	const referents = articleReferents(ctx);
	for (const sentence of ctx.sentences) {
		const facts = ctx.facts[sentence.index];
		// a question in the text (an explainer's heading) states no fact, nor does its answer
		// ("No, the United States isn’t ...") without it
		// nor does a line without closing punctuation (a subheading or a headline fragment)
		if (facts.length === 0 || /\?["”’]?$/.test(sentence.text) || !/[.!]["”’)]?$/.test(sentence.text) || /^(No|Yes|Well|So),\s/.test(sentence.text)) continue;
		const prng = createPrng(hashString(sentence.text, ctx.seed));
		const attribution = facts.find((f) => f.type === 'attribution');
		const items: { w: Written; fact: Fact; unit: string }[] = [];
		for (const raw of simplify(sentence.text, facts)) {
			const clause = resolvePronoun(ctx, sentence, raw);
			if (!clause) continue;
			for (const fact of facts) {
				if (fact.type === 'attribution') continue;
				for (const w of writeItems(ctx, sentence, clause, fact, attribution, prng)) items.push({ w, fact, unit: clause.kind === 'main' ? 'main' : `${clause.kind}` });
			}
		}
		if (attribution) {
			const who = writeWhoSaid(ctx, sentence, attribution, facts, prng);
			if (who) items.push({ w: who.written, fact: who.fact, unit: 'main' });
		}
		// "The company made ..." is asked as "Ocado made ..." when one name fits (anaphora.ts)
		for (const { w, fact, unit } of items.map((i) => ({ ...i, w: resolveAnaphors(referents, ctx, sentence, i.w) }))) {
			written++;
			const failed = firstFailure(ctx, sentence, fact, w);
			if (failed) {
				rejected[failed]++;
				rejections.push({ check: failed, type: w.type, stem: w.stem });
				continue;
			}
			const keyStart = fact.span.start;
			const keyEnd = fact.span.end;
			const entity = fact.type === 'person' ? fact.surname : fact.type === 'place' ? fact.text.toLowerCase() : undefined;
			const mentions = fact.type === 'person' ? ctx.persons.get(fact.surname ?? '')?.mentions ?? 1 : fact.type === 'place' ? ctx.places.get(fact.text.toLowerCase())?.mentions ?? 1 : 1;
			const lead = sentence.paragraph < 3 ? 1 : sentence.paragraph < 6 ? 0.5 : 0;
			const length = wordCount(w.stem);
			const score = FACT_WEIGHT[fact.type] + w.bonus + lead + Math.min(0.5, (mentions - 1) * 0.15) - (length > 30 ? 0.8 : 0) - (fact.approximate ? 0.2 : 0);
			pool.push({
				item: {
					type: w.type,
					factType: fact.type,
					stem: w.stem,
					...(w.answerMode ? { answerMode: w.answerMode } : {}),
					options: w.options,
					key: w.key,
					...(w.numeric ? { numeric: w.numeric } : {}),
					source: {
						sentence: sentence.index,
						paragraph: sentence.paragraph,
						start: sentence.start,
						end: sentence.end,
						text: sentence.text,
						keySpan: { start: keyStart, end: keyEnd }
					},
					checks: [...CHECKS],
					difficulty: difficultyOf(w, fact, sentence, ctx)
				},
				sentence: sentence.index,
				unit,
				score,
				...(entity ? { entity } : {}),
				...(w.falseStem ? { falseStem: w.falseStem, falseKeyText: w.falseKeyText } : {})
			});
		}
	}
	return { pool, written, rejected, rejections };
}

/** Orders candidates best first; ties keep article order, then a fixed type order. */
function rank(pool: Candidate[]): Candidate[] {
	const typeOrder: ItemType[] = ['mcq', 'numeric', 'who-said', 'cloze', 'true-false', 'which-first'];
	return pool
		.map((c, i) => ({ c, i }))
		.sort((a, b) => b.c.score - a.c.score || a.c.sentence - b.c.sentence || typeOrder.indexOf(a.c.item.type) - typeOrder.indexOf(b.c.item.type) || a.i - b.i)
		.map(({ c }) => c);
}

/**
 * Picks a varied top N: at most one item per source statement (a sentence, or a dash aside in it
 * that makes a statement of its own), at most two about one entity, no
 * type above 40% of the quiz (so at least three types when the article allows), then article order.
 */
function select(ranked: Candidate[], max: number, excludeSentences: ReadonlySet<number> = new Set()): Candidate[] {
	const chosen: Candidate[] = [];
	const usedSentences = new Set([...excludeSentences].map((s) => `${s}:main`));
	const perEntity = new Map<string, number>();
	const perType = new Map<ItemType, number>();
	const typeCap = Math.max(2, Math.ceil(max * 0.4));
	for (const pass of [0, 1]) {
		for (const c of ranked) {
			if (chosen.length >= max) break;
			if (usedSentences.has(`${c.sentence}:${c.unit}`)) continue;
			if (c.entity && (perEntity.get(c.entity) ?? 0) >= 2) continue;
			if (pass === 0 && (perType.get(c.item.type) ?? 0) >= typeCap) continue;
			chosen.push(c);
			usedSentences.add(`${c.sentence}:${c.unit}`);
			if (c.entity) perEntity.set(c.entity, (perEntity.get(c.entity) ?? 0) + 1);
			perType.set(c.item.type, (perType.get(c.item.type) ?? 0) + 1);
		}
	}
	return chosen.sort((a, b) => a.sentence - b.sentence || (a.unit === 'main' ? -1 : 1));
}

const TYPE_CODE: Record<ItemType, string> = { mcq: 'mc', 'true-false': 'tf', cloze: 'cz', numeric: 'nu', 'who-said': 'ws', 'which-first': 'wf' };

/**
 * Makes the final item. A cloze whose key is a name is, for about one in three (by a seeded
 * hash), asked as typed rather than chosen: the player writes the name, matched forgivingly
 * (match.ts) against the key and, for a person, the surname alone.
 */
function finish(c: Candidate, quizId: string, falseVariant: boolean, seed: number): Item {
	const item: Item = { id: `${quizId}-s${c.sentence}${c.unit === 'main' ? '' : `${c.unit[0]}`}-${TYPE_CODE[c.item.type]}`, ...c.item };
	if (item.type === 'true-false' && falseVariant && c.falseStem) {
		item.stem = c.falseStem;
		item.key = 1;
	}
	if (item.type === 'cloze' && ['person', 'place', 'organisation'].includes(item.factType) && hashString(item.stem, seed) % 3 === 0) {
		const key = item.options[item.key];
		const surname = item.factType === 'person' && key.includes(' ') ? key.split(' ').pop()! : undefined;
		item.answerMode = 'typed';
		item.options = [key];
		item.key = 0;
		item.accepted = surname ? [key, surname] : [key];
	}
	return item;
}

function defaultMax(article: Article): number {
	const words = wordCount(articleBody(article));
	return Math.min(15, Math.max(5, Math.round(words / 35)));
}

/**
 * Generates a quiz and reports what the pipeline did: candidates written, rejections by the
 * first failed QUALITY.md check, and how many passed. Deterministic in (article, seed); never
 * throws on a parsed article (an article with no askable fact gives a quiz with no items,
 * which `quizSchema` refuses, so callers check `quiz.items.length`).
 */
export function generateWithReport(article: Article, options: GenerateOptions): GenerationReport {
	const ctx = buildContext(article, options.seed);
	const id = options.id ?? slugify(article.title);
	const { pool, written, rejected, rejections } = candidatesOf(ctx);
	const chosen = select(rank(pool), options.maxItems ?? defaultMax(article));
	// true/false balance: alternate true and false in play order, starting from the seed
	const prng = createPrng(hashString(id, options.seed));
	let falseNext = prng.next() < 0.5;
	const items = chosen.map((c) => {
		if (c.item.type !== 'true-false') return finish(c, id, false, options.seed);
		const item = finish(c, id, falseNext, options.seed);
		falseNext = !falseNext;
		return item;
	});
	const quiz: Quiz = { id, title: article.title, article, sentences: ctx.sentences, items, seed: options.seed };
	return { quiz, candidates: written, rejected, passed: pool.length, rejections };
}

/**
 * Generates a quiz from an article: overgenerates candidate items from the typed facts of every
 * sentence, drops each that fails a QUALITY.md check (R1–R9), ranks the rest and picks a varied
 * top N in article order. Same article and seed → byte-identical JSON (no clock, no Math.random).
 * `id` defaults to a slug of the title; `maxItems` to about one item per 35 words (5–15).
 */
export function generateQuiz(article: Article, options: GenerateOptions): Quiz {
	return generateWithReport(article, options).quiz;
}

/**
 * A replacement for one item of a quiz: the best-ranked candidate from a sentence no item of the
 * quiz uses, for the editor's "another item in place of this one". Returns undefined when the
 * article has no such candidate left or `itemId` is not in the quiz. The new item's id is
 * derived from its sentence and type, so it never collides with an existing one.
 */
export function generateAlternative(article: Article, quiz: Quiz, itemId: string, seed: number): Item | undefined {
	const replaced = quiz.items.find((i) => i.id === itemId);
	if (!replaced) return undefined;
	const ctx = buildContext(article, seed);
	const used = new Set(quiz.items.map((i) => i.source.sentence));
	const { pool } = candidatesOf(ctx);
	const ranked = rank(pool).filter((c) => !used.has(c.sentence));
	const sameType = ranked.find((c) => c.item.type === replaced.type);
	const pick = sameType ?? ranked[0];
	if (!pick) return undefined;
	const falseVariant = replaced.type === 'true-false' ? replaced.key === 1 : (hashString(pick.item.stem, seed) & 1) === 1;
	return finish(pick, quiz.id, falseVariant, seed);
}

/** The bank id of an article file name: "00-belarus-lukashenko-putin-sochi.txt" → "belarus-lukashenko-putin-sochi". */
export function bankIdOf(fileName: string): string {
	return slugify(fileName.replace(/\.[a-z]+$/i, '').replace(/^\d+-/, ''));
}
