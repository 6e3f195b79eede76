import * as chrono from 'chrono-node';
import { MONTHS, TITLES, hasTag, isCity, isCountry, isFirstName, nameGender, tagsOf } from './lexicon';
import type { FactType, Span } from './types';

/**
 * A typed fact found in a text: what kind it is, the words that state it and where, and for
 * numbers their value in base units ("£1.6m": value 1600000, unit "GBP", scale "m").
 * `approximate` marks hedged numbers ("an estimated", "around"); `bound` marks numbers that are
 * only a bound ("more than 200 miles"), which are never asked as exact (QUALITY.md R3).
 */
export interface Fact {
	type: FactType;
	text: string;
	span: Span;
	value?: number;
	unit?: string;
	scale?: string;
	decimals?: number;
	approximate?: boolean;
	bound?: boolean;
	hedge?: string;
	/** The counted noun after a count ("774 people" → "people"). */
	noun?: string;
	/** Places: 'city' | 'country' | 'region'. */
	level?: string;
	gender?: 'male' | 'female';
	/** Persons: the surname, used to link "Mr Lukashenko" to "Alexander Lukashenko". */
	surname?: string;
	/** Attributions: the statement attributed to the speaker in `text`. */
	statement?: Span;
	/** Dates: ISO year-month-day with unknown parts left out ("2020-08-09", "2019-03"). */
	iso?: string;
}

const CURRENCIES: Record<string, string> = {
	'US$': 'USD',
	$: 'USD',
	'A$': 'AUD',
	'C$': 'CAD',
	'NZ$': 'NZD',
	'HK$': 'HKD',
	'£': 'GBP',
	'€': 'EUR',
	'¥': 'JPY',
	'₹': 'INR'
};
const CURRENCY_WORDS: Record<string, string> = {
	pound: 'GBP',
	pounds: 'GBP',
	dollar: 'USD',
	dollars: 'USD',
	euro: 'EUR',
	euros: 'EUR',
	yen: 'JPY',
	p: 'pence',
	pence: 'pence',
	cent: 'cents',
	cents: 'cents'
};
const SCALES: Record<string, number> = {
	thousand: 1e3,
	k: 1e3,
	million: 1e6,
	m: 1e6,
	mn: 1e6,
	billion: 1e9,
	bn: 1e9,
	trillion: 1e12,
	tn: 1e12
};

const NUMBER_RE =
	/(US\$|[ACH]K?\$|NZ\$|[$£€¥₹])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s(million|billion|trillion|thousand)\b|(bn|mn|m|k|tn)\b)?(?:(%|-year-old\b|(?:st|nd|rd|th)\b|p\b)|\s(per ?cent\b|percent\b|pounds?\b|dollars?\b|euros?\b|pence\b|cents?\b|yen\b))?/g;

const HEDGE_RE =
	/(an estimated|estimated|about|around|some|nearly|almost|roughly|approximately|close to|more than|over|at least|fewer than|less than|under|up to|upwards of|just over|just under|as many as|as much as|below|above)\s+$/i;
const BOUND_HEDGES = /^(more than|over|at least|fewer than|less than|under|up to|upwards of|just over|just under|as many as|as much as|below|above)$/i;

/** Number words from two to twenty, in order (index + 2 is the value). */
export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const WORD_COUNT_RE = new RegExp(`\\b(${NUMBER_WORDS.join('|')})\\s((?:[a-z]+-)?[a-z]+(?:s|people|men|women|children))\\b`, 'gi');

const ORDINAL_WORDS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth'
];

function decimalsOf(num: string): number {
	const dot = num.indexOf('.');
	return dot < 0 ? 0 : num.length - dot - 1;
}

/** Numbers: counts, money, percentages, ages and numeric ordinals, with their hedges. */
function numberFacts(text: string): Fact[] {
	const facts: Fact[] = [];
	for (const m of text.matchAll(NUMBER_RE)) {
		const start = m.index;
		const before = text.slice(Math.max(0, start - 30), start);
		const after = text.slice(start + m[0].length);
		if (/[\p{L}\d.,:/#-]$/u.test(before) && !/[$£€¥₹]$/.test(before)) continue;
		if (/^[\d:/]|^-\d|^-[a-z]|^\.\d|^(?:\s?[ap]\.?m\b)|^[’']?s\b/i.test(after)) continue;
		const [whole, cur, num, scaleWord, scaleAbbr, unitGlued, unitWord] = m;
		const scale = scaleWord ?? scaleAbbr;
		const unitRaw = (unitGlued ?? unitWord ?? '').toLowerCase();
		const base = parseFloat(num.replace(/,/g, ''));
		if (!Number.isFinite(base)) continue;
		if (!cur && !scale && !unitRaw && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) continue;
		let type: FactType = 'count';
		let unit: string | undefined;
		let noun: string | undefined;
		let value = base * (scale ? SCALES[scale.toLowerCase()] : 1);
		const span = { start, end: start + whole.length };
		if (cur) {
			type = 'money';
			unit = CURRENCIES[cur];
		} else if (unitRaw === '%' || unitRaw.startsWith('per') || unitRaw === 'percent') {
			type = 'percent';
			unit = 'percent';
		} else if (unitRaw === '-year-old') {
			type = 'age';
			unit = 'years';
		} else if (/^(st|nd|rd|th)$/.test(unitRaw)) {
			type = 'ordinal';
		} else if (unitRaw && CURRENCY_WORDS[unitRaw]) {
			type = 'money';
			unit = CURRENCY_WORDS[unitRaw];
			if (unit === 'pence' || unit === 'cents') value = base;
		} else if (!scale && /^\d{4}$/.test(num) && base >= 1800 && base <= 2099 && (!/^\s(people|[a-z]+s)\b/.test(after) || /\b(?:1[89]|20)\d\d\s(?:and|or|to)\s$/.test(before))) {
			// "2000 and 2003 results": a year after a year is a year, whatever noun follows
			type = 'date';
		} else {
			const nm = /^\s((?:[a-z]+-)?[a-z]+(?:\s[a-z]+)?)/.exec(after);
			if (nm) {
				const words = nm[1].split(' ');
				const plural = words.findIndex((w) => /(s|people|men|women|children|police|staff|cattle)$/.test(w) && !/(ss|us|is)$/.test(w));
				if (plural >= 0) noun = words.slice(0, plural + 1).join(' ');
			}
		}
		if (type === 'count' && !noun && /[\p{Lu}][\p{L}’'-]+,\s$/u.test(before) && /^,/.test(after) && base >= 10 && base < 110) {
			type = 'age';
			unit = 'years';
		}
		const fact: Fact = { type, text: whole, span, value, decimals: decimalsOf(num) };
		if (unit) fact.unit = unit;
		if (scale) fact.scale = scale;
		if (noun) fact.noun = noun;
		if (type === 'date') fact.iso = num;
		const hedge = HEDGE_RE.exec(before);
		if (hedge) {
			fact.approximate = true;
			fact.hedge = hedge[1].toLowerCase();
			if (BOUND_HEDGES.test(fact.hedge)) fact.bound = true;
		}
		if (/^\s?(or more|or so|-odd|plus)\b/.test(after) || /^\+/.test(after) || /\b(between|from)\s+$/i.test(before) || /\b(between|from) [$£€]?[\d.,]+\w*\s(and|to|or)\s$/.test(before)) {
			fact.approximate = true;
			fact.bound = true;
		}
		facts.push(fact);
	}
	// counts written as words ("killing two people", "eight ideas"), two to twenty
	for (const m of text.matchAll(WORD_COUNT_RE)) {
		const value = NUMBER_WORDS.indexOf(m[1].toLowerCase()) + 2;
		const start = m.index;
		const before = text.slice(Math.max(0, start - 30), start);
		if (/\b(one|the|of)\s$/i.test(before) || /^\s(of|or|and|to)\b/i.test(text.slice(start + m[1].length))) continue;
		const fact: Fact = { type: 'count', text: m[1], span: { start, end: start + m[1].length }, value, decimals: 0, noun: m[2] };
		const hedge = HEDGE_RE.exec(before);
		if (hedge) {
			fact.approximate = true;
			fact.hedge = hedge[1].toLowerCase();
			if (BOUND_HEDGES.test(fact.hedge)) fact.bound = true;
		}
		facts.push(fact);
	}
	for (const m of text.matchAll(/\baged (\d{1,3})\b/g)) {
		facts.push({ type: 'age', text: m[1], span: { start: m.index + 6, end: m.index + m[0].length }, value: Number(m[1]), unit: 'years', decimals: 0 });
	}
	const ordinalRe = new RegExp(`\\b(?:the|a|an|his|her|its|their)\\s(${ORDINAL_WORDS.join('|')})\\b`, 'gi');
	for (const m of text.matchAll(ordinalRe)) {
		const start = m.index + m[0].length - m[1].length;
		if (m[1].toLowerCase() === 'second' && /^\s(half|time|day|round|leg|quarter)\b/i.test(text.slice(start + m[1].length))) continue;
		facts.push({ type: 'ordinal', text: m[1], span: { start, end: start + m[1].length }, value: ORDINAL_WORDS.indexOf(m[1].toLowerCase()) + 1 });
	}
	return facts;
}

const MONTH_NAME = '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';
/** A cheap test that a text may hold an explicit date, so chrono (slow) runs only where needed. */
const EXPLICIT_DATE_HINT = new RegExp(
	`\\b${MONTH_NAME}\\s+\\d{1,4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}(?![a-z])|\\b\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}\\b`,
	'i'
);
const MONTH_BEFORE = new RegExp(`(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s(${MONTHS.join('|')})\\b`, 'i');

/** Explicit dates only (day and month, or month and year); relative ones are not facts (R9). */
function dateFacts(text: string): Fact[] {
	if (!EXPLICIT_DATE_HINT.test(text)) return [];
	const facts: Fact[] = [];
	for (const r of chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
		const s = r.start;
		const dayMonth = s.isCertain('day') && s.isCertain('month');
		const monthYear = s.isCertain('month') && s.isCertain('year');
		if (!dayMonth && !monthYear) continue;
		let textOf = r.text;
		let start = r.index;
		const lead = /^(on|in|by|from|until|since|of)\s+/i.exec(textOf);
		if (lead) {
			start += lead[0].length;
			textOf = textOf.slice(lead[0].length);
		}
		if (!new RegExp(`(${MONTHS.join('|')}|\\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)`, 'i').test(textOf) && !/\d\/\d/.test(textOf)) continue;
		const pad = (n: number) => String(n).padStart(2, '0');
		const iso = s.isCertain('year')
			? `${s.get('year')}-${pad(s.get('month') ?? 1)}${dayMonth ? `-${pad(s.get('day') ?? 1)}` : ''}`
			: `--${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
		facts.push({ type: 'date', text: textOf, span: { start, end: start + textOf.length }, iso });
	}
	return facts;
}

/** Names known from the rest of the article (see `extractFacts`). */
export interface KnownNames {
	surnames: ReadonlyMap<string, 'male' | 'female' | undefined>;
	organisations: ReadonlySet<string>;
}

/**
 * Multi-word capitalised names that recur in a text (twice or more) and that no rule types:
 * in news these are parties, companies and bodies ("Fine Gael", "Dáil Éireann"). Names with a
 * known first name, a title, a place or a month in them are left out.
 */
export function recurringNames(text: string): Set<string> {
	const counts = new Map<string, number>();
	for (const m of text.matchAll(/(?<![\p{L}\p{M}’'-])(?:\p{Lu}[\p{Ll}\p{M}’'-]+)(?:\s\p{Lu}[\p{Ll}\p{M}’'-]+){1,3}/gu)) {
		const before = text.slice(Math.max(0, m.index - 2), m.index);
		if (m.index === 0 || /[.!?:]["”’]?\s$|\n$|^\s*$/.test(before)) continue;
		counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
	}
	const out = new Set<string>();
	for (const [name, n] of counts) {
		if (n < 2) continue;
		const words = name.split(/\s/);
		if (words.some((w) => isFirstName(w) || TITLES.has(w.toLowerCase()) || isCountry(w) || isCity(w.toLowerCase()) || hasTag(w.toLowerCase(), 'Month') || hasTag(w.toLowerCase(), 'WeekDay') || hasTag(w.toLowerCase(), 'Demonym') || NOT_NAMES.has(w.toLowerCase()))) continue;
		out.add(name);
	}
	return out;
}

const ORG_SUFFIX =
	/^(ministry|party|council|bank|university|inc|corp|ltd|plc|group|association|agency|commission|court|police|department|committee|union|company|institute|foundation|fund|service|services|office|authority|board|organisation|organization|times|post|news|press|network|airlines|motors|federation|league|club|fc|trust|society|parliament|senate|congress|assembly|government|administration|army|navy|force|forces)$/i;
const NOT_NAMES = new Set(
	'the a an this that these those he she it they we i you his her its their but and or so yet if as on in at by for of to with from after before when while during under over about mr mrs ms monday tuesday wednesday thursday friday saturday sunday'.split(
		' '
	)
);

/**
 * Named entities by rule over capitalised word runs: a title or a lexicon first name makes a
 * person; a known country, city or region a place; an organisation suffix, a lexicon
 * organisation or an acronym an organisation. `knownSurnames` (from earlier sentences) lets a
 * bare "Putin" count as a person.
 */
function entityFacts(text: string, known: KnownNames): Fact[] {
	const knownSurnames = known.surnames;
	const facts: Fact[] = [];
	const wordRe = /[\p{Lu}][\p{L}'’.-]*|\S+/gu;
	const tokens: { w: string; start: number; end: number }[] = [];
	for (const m of text.matchAll(wordRe)) tokens.push({ w: m[0], start: m.index, end: m.index + m[0].length });
	let i = 0;
	while (i < tokens.length) {
		// "US$15", "CO2": a currency or a formula, not a name
		if (!/^\p{Lu}/u.test(tokens[i].w) || /[$\d]/.test(text[tokens[i].end] ?? '')) {
			i++;
			continue;
		}
		let j = i;
		const run = [tokens[i]];
		while (j + 1 < tokens.length) {
			const cur = tokens[j].w;
			if (/[,;:)”"’]$/.test(cur) && !/’$/.test(cur.replace(/[’']s$/, ''))) break;
			if (/[’']s?$/.test(cur) && cur.length > 2) break;
			const nxt = tokens[j + 1].w;
			if (/^\p{Lu}/u.test(nxt) && text.slice(tokens[j].end, tokens[j + 1].start) === ' ') {
				run.push(tokens[j + 1]);
				j++;
				continue;
			}
			if (/^(of|de|la|van|von|du|al|bin|der)$/.test(nxt) && j + 2 < tokens.length && /^\p{Lu}/u.test(tokens[j + 2].w)) {
				run.push(tokens[j + 1], tokens[j + 2]);
				j += 2;
				continue;
			}
			break;
		}
		i = j + 1;
		const words = run.map((t) => t.w.replace(/[’']s$|[’']$|[.,;:!?”"’)]+$/g, ''));
		const startsSentence = run[0].start === 0 || /[.!?:]["”’]?\s*$|^\s*["“‘]?$/.test(text.slice(0, run[0].start).replace(/["“‘(]$/, ''));
		classify(words, run, startsSentence);
	}
	return facts;

	function push(type: FactType, first: number, last: number, words: string[], run: typeof tokens, extra: Partial<Fact> = {}) {
		const start = run[first].start;
		const end = run[last].start + words[last].length;
		facts.push({ type, text: text.slice(start, end), span: { start, end }, ...extra });
	}

	function classify(allWords: string[], run: typeof tokens, startsSentence: boolean) {
		let words = allWords;
		let first = 0;
		while (first < words.length && TITLES.has(words[first].toLowerCase().replace(/\.$/, ''))) first++;
		if (first > 0 && first < words.length) {
			const ofAt = words.indexOf('of', first);
			const last = ofAt > first ? ofAt - 1 : words.length - 1;
			words = words.slice(0, last + 1);
			const surname = words[last];
			const gender = /^(mrs|ms|miss|lady|dame|queen|princess|sister)$/i.test(words[0].replace(/\.$/, ''))
				? 'female'
				: /^(mr|sir|lord|king|prince|father|brother)$/i.test(words[0].replace(/\.$/, ''))
					? 'male'
					: nameGender(words[first]);
			push('person', first, last, words, run, { surname, ...(gender ? { gender } : {}) });
			return;
		}
		if (first > 0) return;
		const phrase = words.join(' ');
		const lower = phrase.toLowerCase();
		if (words.length === 1 && (NOT_NAMES.has(lower) || hasTag(lower, 'Demonym') || hasTag(lower, 'Month') || hasTag(lower, 'WeekDay'))) return;
		if (/^(US|U\.S|USA|UK|U\.K|UAE)$/.test(phrase) || isCountry(phrase)) {
			push('place', 0, words.length - 1, words, run, { level: 'country' });
			return;
		}
		if (isCity(lower)) {
			push('place', 0, words.length - 1, words, run, { level: 'city' });
			return;
		}
		if (hasTag(lower, 'Region')) {
			push('place', 0, words.length - 1, words, run, { level: 'region' });
			return;
		}
		// an acronym the lexicon knows as a common noun ("TV", "CEO") names no organisation
		const commonAcronym = /^[A-Z]{2,6}$/.test(phrase) && tagsOf(lower).some((t) => t === 'Singular' || t === 'Plural' || t === 'Actor');
		if (commonAcronym) return;
		if (hasTag(lower, 'Organization') || hasTag(lower, 'SportsTeam') || ORG_SUFFIX.test(words[words.length - 1]) || /^[A-Z]{2,6}$/.test(phrase)) {
			if (words.length === 1 && startsSentence && !/^[A-Z]{2,6}$/.test(phrase) && !hasTag(lower, 'Organization')) return;
			push('organisation', 0, words.length - 1, words, run);
			return;
		}
		if (words.length >= 2 && words.length <= 4 && isFirstName(words[0]) && words.slice(1).every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || /^\p{Lu}\.$/u.test(w))) {
			const gender = nameGender(words[0]);
			push('person', 0, words.length - 1, words, run, { surname: words[words.length - 1], ...(gender ? { gender } : {}) });
			return;
		}
		if (known.organisations.has(phrase)) {
			push('organisation', 0, words.length - 1, words, run);
			return;
		}
		if (words.length === 1 && knownSurnames.has(phrase)) {
			const gender = knownSurnames.get(phrase);
			push('person', 0, 0, words, run, { surname: phrase, ...(gender ? { gender } : {}) });
			return;
		}
		if (words.length === 1 && !startsSentence && tagsOf(lower).length === 0) {
			const before = text.slice(Math.max(0, run[0].start - 24), run[0].start);
			const kind = /\b(city|town|village|resort|port|capital|suburb) of $|\b(capital), $/i.exec(before);
			if (kind) push('place', 0, 0, words, run, { level: /town|village|suburb/i.test(kind[0]) ? 'town' : 'city' });
		}
	}
}

const SPEECH_VERBS =
	'said|says|told|added|insists|insisted|claimed|claims|argued|argues|warned|warns|stated|announced|believes|believed|thinks|thought|wrote|writes|tweeted|explained|noted|suggested|admitted|admits|denied|denies|alleged|alleges';

/**
 * Attributions: "X said (that) S", "S, X said." and "According to X, S". The fact's text and span
 * are the speaker; `statement` spans what was said.
 */
function attributionFacts(text: string): Fact[] {
	const facts: Fact[] = [];
	const trimmedEnd = /[.!?]["”’]$/.test(text) ? text.length : text.replace(/[.!?]$/, '').length;
	const lead = new RegExp(`^(?:[^,]{1,30},\\s)?((?:[\\p{L}’'.-]+\\s){0,7}?[\\p{L}’'.-]+)\\s(${SPEECH_VERBS})(?:,)?\\s(?:that\\s)?`, 'u').exec(text);
	if (lead && !/^(it|this|that|there|he|she|they|we|i|you|who|which)$/i.test(lead[1].trim()) && !/\b(has|have|had|was|were|is|are|will|would)$/i.test(lead[1])) {
		const speakerStart = lead[0].indexOf(lead[1]);
		const speakerEnd = speakerStart + lead[1].length;
		facts.push({ type: 'attribution', text: lead[1], span: { start: speakerStart, end: speakerEnd }, statement: { start: lead[0].length, end: trimmedEnd } });
		return facts;
	}
	const tail = new RegExp(`^(.+?),["”’]?\\s((?:[\\p{L}’'.-]+\\s){0,7}?[\\p{L}’'.-]+)\\s(${SPEECH_VERBS})\\.?$`, 'u').exec(text.replace(/\s+$/, ''));
	if (tail && !/^(he|she|they|it|we|i)$/i.test(tail[2])) {
		const start = text.indexOf(tail[2], tail[1].length);
		facts.push({ type: 'attribution', text: tail[2], span: { start, end: start + tail[2].length }, statement: { start: 0, end: tail[1].length } });
		return facts;
	}
	const acc = /^According to ([^,]{2,80}),\s/.exec(text);
	if (acc) {
		facts.push({ type: 'attribution', text: acc[1], span: { start: 13, end: 13 + acc[1].length }, statement: { start: acc[0].length, end: trimmedEnd } });
	}
	return facts;
}

/**
 * Finds the typed facts of one text (a sentence, usually): numbers (count, money, percent, age,
 * ordinal, year), explicit dates, people, places, organisations and attributions. Spans index
 * into `text`; overlapping facts are kept (a year inside a date is dropped). Relative dates
 * ("Sunday", "last week") are never facts (QUALITY.md R9). `known` carries names the article
 * uses elsewhere: surnames (with the person's gender) so that a bare surname counts as a person,
 * and recurring multi-word names that are organisations ("Fine Gael", "Sinn Féin").
 */
export function extractFacts(text: string, known: KnownNames = { surnames: new Map(), organisations: new Set() }): Fact[] {
	const dates = dateFacts(text);
	const numbers = numberFacts(text).filter((n) => !dates.some((d) => n.span.start < d.span.end && d.span.start < n.span.end));
	const all = [...numbers, ...dates, ...entityFacts(text, known), ...attributionFacts(text)];
	return all.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}
