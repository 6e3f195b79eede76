import { writtenNumber } from './distractors';
import type { Fact } from './facts';
import type { Prng } from './prng';
import type { Article } from './types';
import { keptPerText } from './words';

/**
 * Distractors a reader could believe (QUALITY.md R8): a speed limit is a round number, a birth
 * year leaves the person old enough for the later years the sentence gives, and a plan's year
 * lies ahead. Each rule narrows what distractors.ts proposes; none writes an item on its own.
 */

// an Olympics or a World Cup comes every four years: a year before it names one edition ("the 2016 Rio Olympics")
const GAMES_AFTER = /^\s(?:\p{Lu}[\p{L}-]*\s){0,3}(?:Olympics|Olympic Games|Paralympics|Paralympic Games|Games|World Cup|Commonwealth Games|Asian Games)\b/u;
// events that happened once at a time and place: a crisis, a war, a disaster, an election or a vote
const EVENT_AFTER = /^(?:[’']s)?\s(?:[\p{L}-]+\s){0,3}?(?:crisis|crash|recession|depression|war|invasion|coup|revolution|uprising|riots|massacre|attacks?|bombings?|pandemic|epidemic|outbreak|earthquake|quake|tsunami|hurricane|typhoon|cyclone|floods?|wildfires?|bushfires?|eruption|famine|disaster|elections?|referendum|primary|caucuses)\b/u;
// the determiner or owner a year stands after when it names an event ("the 2008 crisis", "Japan's 2011 earthquake")
const EVENT_OWNER_BEFORE = /(?:\b(?:the|a|an|its|their|this|that)|[’']s)\s$/i;

/**
 * Does a year name the event it stands before ("the 2008 financial crisis", "the 2011 Tohoku
 * earthquake", "2016's Brexit referendum", "the _____ Athens Games")? Such a year is part of the
 * event's name, and another year makes an event that never was ("the 2004 financial crisis"):
 * false history to a reader who knows it, absurd to one who does not (strict readers' R8 on
 * session 37's holdouts; the holdout52 reader's on an Olympics). A year a thing merely happened in
 * ("in 2011 floods hit the town") is a date and keeps its options. `before`/`after`: the
 * sentence's text either side of the year.
 */
export function namedEventYear(before: string, after: string): boolean {
	return GAMES_AFTER.test(after) || ((EVENT_OWNER_BEFORE.test(before) || /^[’']s\s/.test(after)) && EVENT_AFTER.test(after));
}

// "a 40mph zone", "30 mph limit", "50 km/h": a speed, written just after the number
const SPEED_AFTER = /^\s?(?:mph|kph|km\/h|kmh|miles per hour|kilometres per hour|kilometers per hour)\b/i;

/**
 * Three speed distractors for a round speed ("a 40mph zone" → 30, 50, 60): the multiples of the
 * key's own step (10 for 40, 5 for 25) from 10 to 130 nearest the key, each strictly between
 * `over` and `under` and none a number in `forbidden`; no 26mph limit beside a 40mph one.
 * Undefined when the fact is no speed or the speed is not a multiple of 5 ("about 58mph"),
 * which keeps the general recipe. `after` is the sentence's text after the key.
 */
export function speedDistractors(fact: Fact, after: string, prng: Prng, forbidden: ReadonlySet<number>, [under, over]: readonly [number, number]): string[] | undefined {
	const key = fact.value;
	if (fact.type !== 'count' || key === undefined || !SPEED_AFTER.test(after) || key % 5 !== 0 || !/^\d+$/.test(fact.text)) return undefined;
	const step = key % 10 === 0 ? 10 : 5;
	const pool: number[] = [];
	for (let v = step; v <= 130; v += step) if (v !== key && v >= 10 && v < under && v > over && !forbidden.has(v)) pool.push(v);
	// the five nearest, then three of them at random, so the key is not always the middle
	const near = pool.sort((a, b) => Math.abs(a - key) - Math.abs(b - key) || a - b).slice(0, 5);
	return prng.shuffle(near).slice(0, 3).map(String);
}

// "a magnitude 8.4 earthquake", "a magnitude-6.2 quake", "a 7.1-magnitude tremor", "M5.9": an earthquake's magnitude
const MAGNITUDE_BEFORE = /(?:\b[Mm]agnitude[ -]?|(?<![\p{L}’'])M)$/u;
const MAGNITUDE_AFTER = /^[ -]magnitude\b|^ on the Richter scale\b/i;
/** The span of magnitudes a reported earthquake has: none below 2 is news, none has reached 9.6 (the 1960 Valdivia quake, USGS). */
const MAGNITUDE_RANGE = [2, 9.5] as const;

/**
 * Three magnitude distractors for an earthquake's magnitude ("a magnitude 8.4 earthquake" → 7.6,
 * 8.9, 9.2): the key moved by 0.3 to 1.5, one decimal as the key has, within `MAGNITUDE_RANGE`
 * and strictly between `over` and `under`, none a number in `forbidden`; a magnitude is a
 * logarithm, and 10.5 or 13.4 beside 8.4 was a blind reader's R8 on holdout61. Undefined when the
 * fact is no magnitude, which keeps the general recipe. `before`/`after`: the sentence's text
 * either side of the key.
 */
export function magnitudeDistractors(fact: Fact, before: string, after: string, prng: Prng, forbidden: ReadonlySet<number>, [under, over]: readonly [number, number]): string[] | undefined {
	const key = fact.value;
	if (fact.type !== 'count' || key === undefined || !/^\d(?:\.\d)?$/.test(fact.text) || !(MAGNITUDE_BEFORE.test(before) || MAGNITUDE_AFTER.test(after))) return undefined;
	const decimals = fact.text.includes('.') ? 1 : 0;
	const pool: number[] = [];
	for (const d of decimals ? [0.3, 0.4, 0.6, 0.7, 0.9, 1.1, 1.2, 1.4] : [1, 2]) {
		for (const v of [key - d, key + d]) {
			const rounded = Number(v.toFixed(decimals));
			if (rounded >= MAGNITUDE_RANGE[0] && rounded <= MAGNITUDE_RANGE[1] && rounded < under && rounded > over && !forbidden.has(rounded)) pool.push(rounded);
		}
	}
	const picked = prng.shuffle([...new Set(pool)]).slice(0, 3);
	return picked.length === 3 ? picked.map((v) => v.toFixed(decimals)) : [];
}

// "threw seven scoreless innings", "pitched six innings", "lasted only four innings": a pitcher's innings in a game
const PITCHED_BEFORE = /\b(?:threw|thrown|throws?|throwing|pitched|pitch(?:es|ing)?|tossed|toss(?:es|ing)?|worked|lasted|went)\s(?:(?:only|just|at least|nearly|almost|a career-high|a season-high)\s)?$/i;
const INNINGS_AFTER = /^\s(?:(?:scoreless|shutout|hitless|perfect|strong|solid|shutdown|no-hit|one-hit|two-hit|three-hit|dominant|complete|full)\s)?innings\b/i;
/** The innings of a regulation baseball game: a starter's count past it (in one game) is no option. */
const GAME_INNINGS = 9;
// "returned 3 for 27 in his four overs", "bowled four overs", "from her 10 overs": one bowler's overs in a match
const BOWLED_BEFORE = /\b(?:(?:in|from|off)\s(?:his|her)|bowled|sent down)\s(?:(?:only|just|all|the)\s)?$/i;
const OVERS_AFTER = /^\s(?:(?:wicketless|expensive|economical|tidy|miserly)\s)?overs\b/i;
/** The overs one bowler may bowl in a match of each format, which the rules fix; the format is the one the article names. */
const OVERS_PER_BOWLER: readonly [RegExp, number][] = [
	[/\b(?:T20I?s?|Twenty20|IPL|Big Bash|T20 World Cup)\b/, 4],
	[/\b(?:ODIs?|one-day|50-over|List A)\b/i, 10],
];
const FORMAT = new WeakMap<Article, number | null>();

/** The overs one bowler may bowl in the match an article reports (4 in a T20, 10 in a one-day game), found once per article; null when it names no limited-overs format, or two. */
function oversPerBowler(article: Article): number | null {
	let limit = FORMAT.get(article);
	if (limit === undefined) {
		const text = [article.title, ...article.paragraphs].join('\n');
		const named = OVERS_PER_BOWLER.filter(([format]) => format.test(text)).map(([, overs]) => overs);
		limit = named.length === 1 ? named[0] : null;
		FORMAT.set(article, limit);
	}
	return limit;
}

/**
 * The most a player's count in one game can be where the sport's rules fix it, or undefined when
 * the count is none such or is more than one game's (a season's 180 innings): a pitcher's innings
 * stay within nine ("threw seven scoreless innings in Game 2" → 9; "ten" and "thirteen" scoreless
 * innings from one starter in one game was a blind reader's R8 on holdout61), and a bowler's overs
 * within the format's quota ("3 for 27 in his four overs" of a T20 → 4; nine, eight and ten overs
 * was the holdout62 reader's R8). `before`/`after`: the sentence's text either side of the key,
 * whose value is `key`; `article` names the format.
 */
export function spellCeiling(key: number, before: string, after: string, article: Article): number | undefined {
	if (key <= GAME_INNINGS && PITCHED_BEFORE.test(before) && INNINGS_AFTER.test(after)) return GAME_INNINGS;
	if (!BOWLED_BEFORE.test(before) || !OVERS_AFTER.test(after)) return undefined;
	const limit = oversPerBowler(article);
	return limit !== null && key <= limit ? limit : undefined;
}

// "Born in Oban in 1936, ...", "she was born in 1936": the key is a year of birth
const BORN_BEFORE = /\b[Bb]orn\b[^;]{0,60}$/;
/** The fewest years between a birth and a later event the same sentence dates (a degree, a first job). */
const YEARS_BEFORE_LATER_EVENT = 18;

/**
 * The open interval a year key's distractors must stay in, as [under, over]: every other year
 * the sentence writes is a bound the key sits on one side of ("elected in 1999 and made a Dame
 * in 2008": no 2009), and a year of birth stays 18 years before any later year the sentence
 * gives ("Born in 1945, ... graduated in 1969": no 1953). `sentenceText` is the source sentence,
 * `fact` a date fact written as a bare year; [Infinity, -Infinity] when no other year.
 */
export function yearSide(sentenceText: string, fact: Fact): [number, number] {
	const key = Number(fact.text);
	let [under, over] = [Infinity, -Infinity];
	for (const m of sentenceText.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)) {
		if (m.index === fact.span.start) continue;
		const year = Number(m[1]);
		if (year > key) under = Math.min(under, year);
		else if (year < key) over = Math.max(over, year);
	}
	if (under !== Infinity && BORN_BEFORE.test(sentenceText.slice(0, fact.span.start))) under -= YEARS_BEFORE_LATER_EVENT - 1;
	return [under, over];
}

/**
 * The earliest year a year key's options may take in an obituary, where a paragraph tells a life
 * in order: the latest year the paragraph's sentences before the key's give, when none of them is
 * later than the key. "She arrived in Britain in early 1969 ... In ___ she was appointed principal
 * cellist of the Northern Philharmonia" takes no 1966 or 1967, which the paragraph has already
 * ruled out (a dev174 reader's R8). Takes the texts of those earlier sentences and the key's
 * year; returns the floor (inclusive: the same year may hold both), or undefined when they give
 * no year or one after the key, so that the paragraph is told out of order.
 */
export function narrativeYearFloor(earlier: readonly string[], key: number): number | undefined {
	const years = earlier.flatMap((text) => [...text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1])));
	if (years.length === 0 || years.some((y) => y > key)) return undefined;
	return Math.max(...years);
}

/**
 * Does the sentence state an age that, with a birth year the article gives, makes a year key
 * computable? "In ___, at the age of 80, she took up the harp", in a story that says she was born
 * in 1937, gives the key away by sum (QUALITY.md R5), and every other year contradicts the story
 * (R8: 2015, 2024 and 2025 beside 2017 were a fresh user's complaint on an obituary), so no
 * distractor can be both wrong and believable. Narrow on purpose: only where the key is the birth
 * year plus the stated age (or one more, a birthday not yet reached), which ties the age and the
 * birth to the same person. `sentenceText` holds the key at `fact.span`; `body` is the article's text.
 */
export function ageGivesYear(sentenceText: string, fact: { span: { start: number; end: number }; text: string }, body: string): boolean {
	const rest = sentenceText.slice(0, fact.span.start) + ' ' + sentenceText.slice(fact.span.end);
	const age = STATED_AGE.exec(rest);
	if (!age) return false;
	const since = Number(fact.text) - Number(age[1] ?? age[2]);
	return [...body.matchAll(BORN_IN_YEAR)].some((m) => [0, 1].includes(since - Number(m[1])));
}
// "at the age of 80", "aged 80", "age 80", "when she was 80"
const STATED_AGE = /\b(?:at the age of|aged|at age|age)\s(\d{1,3})\b|\bwhen (?:she|he|they) (?:was|were) (\d{1,3})\b/i;
// "was born in Oban in 1937", "Born on 3 May 1937": the year a birth is dated
const BORN_IN_YEAR = /\b[Bb]orn\b[^.;]{0,60}?\b(1[5-9]\d\d|20\d\d)\b/g;

/**
 * Words that put what follows in the future: "will", "said it would" (a reported pledge), "is expected to", "is expected in", "plans
 * to", "expects the deal to", "is due by", "is scheduled for", a forecast ("now sees inflation returning to ...", "said last month that global supply could exceed demand ... in"); not where a past tense follows them in the clause ("will
 * ... since", "was"); a decimal point ("2.1 million") ends no clause.
 */
export const FUTURE_BEFORE = /\b(?:will|(?:said|says|announced|confirmed|promised|pledged|agreed) (?:that )?(?:it|they|he|she|we|the [a-z]+) would(?! have)|(?:is|are) (?:expected|due|set|scheduled|planned|slated|likely)(?: to| in| by| for| before)?|expected to|expects? (?:[A-Za-z-]+ ){0,6}to|intends? to|aims? to|plans? to|(?:sees?|forecasts?|predicts?|projects?) (?:[a-z-]+ ){1,3}(?:returning|reaching|falling|rising|hitting|peaking|growing)|(?:said|says|warned|warns|estimated|estimates) (?:last [a-z]+ |on [A-Z][a-z]+ )?that [^,;]{1,80}\b(?:could|may|might) (?:well |soon |even )?(?:exceed|reach|rise|fall|hit|top|surpass|grow|drop|climb|decline|peak|outstrip|overtake|double|halve))\b(?![^,;]*\b(?:since|ago|was|were|had)\b)(?:[^.;]|\.\d)*$/;

/**
 * A forecast's verb, its object and the "in" or "for" that the year it is for follows: "said it expected
 * sales growth "in the mid-teens" in ", "forecasts a deficit of 2% for "; never "had expected", an
 * expectation a result has since met or missed. Tested on the text before the year.
 */
export const FORECAST_BEFORE = /(?<!\bhad )\b(?:expect(?:s|ed)?|forecast(?:s|ed)?|predict(?:s|ed)?|project(?:s|ed)?|target(?:s|ed)?|guid(?:es|ed))\s[^,;.]{1,60}\s(?:in|for)\s$/;

/**
 * Does a stem open on an outcome of something it does not name: "A decision is expected in ...",
 * "A ruling is due by ...", "A verdict is likely ..."? What is to be decided is said before, so
 * the stem is not self-contained (QUALITY.md R4). "A decision on the merger is expected" names it.
 */
export const UNNAMED_OUTCOME = /^(?:A|An|The) (?:final )?(?:decision|ruling|verdict|judgment|judgement|vote|announcement|outcome|result|response|reply) (?:is|are|was|will be) (?:expected|due|scheduled|likely|set|planned)\b/;

/**
 * Does a list follow the counted noun after a colon in the stem ("fell in _____ divisions:
 * clothing and footwear, communications and ...")? The reader counts the key off it (QUALITY.md
 * R5), however its items are written, so `listCountsKey` need not read them; `after` is the stem
 * after the blank or the figure.
 */
export function colonListAfter(after: string): boolean {
	return colonListAfterKept(after);
}
const colonListAfterKept = keptPerText(readColonListAfter, 4096);

/** `colonListAfter`, read afresh. */
function readColonListAfter(after: string): boolean {
	return /^\s(?:[\p{L}-]+\s){0,3}?[\p{L}-]+:\s[^:]*(?:,\s|\s(?:and|or)\s)/u.test(after);
}

// the shortest list that ends the sentence or the appositive: "two sisters, Fernanda and Rosa,
// and several nephews" lists two, not four; an item may be a described name ("the Turkish firm
// Anadolu Jeotermal"), up to 40 characters
const LIST = /^\s[\p{L}\s-]{0,40}?[,:]\s(?:(?:in|on|at|from|including|namely)\s)?((?:[^,.;]{1,40},\s)*?[^,.;]{1,40}\sand\s[^,.;]{1,40}?)(?:[.;]?$|,\s(?=\p{Ll}))/u;
// or set off by dashes: "_____ collections of which – Palm Wine at Noon and The Carpenter's Wife – were published"
const DASHED_LIST = /^\s[\p{L}\s-]{0,40}?(?:[,:]|\s[–—])\s(?:(?:in|on|at|from|including|namely)\s)?((?:[^,.;]{1,40},\s)*?[^,.;]{1,40}\sand\s[^,.;]{1,40}?)(?:[.;]?$|,\s(?=\p{Ll})|\s[–—]\s)/u;

/**
 * Does the sentence list, just after a count key, as many things as the count says: "two
 * previous speeding offences, in 2021 and 2023", "three clubs: Leeds, Hull and Derby", "two
 * businessmen, Ana Lobo and Rui Sal, were ..." (an appositive list, the clause going on after it)? The list
 * answers the item or exposes a false count (QUALITY.md R5). `key` is the count's value and
 * `after` the sentence's text after it; `dashed` reads a list between dashes too ("_____ novels –
 * Dust and Rain – were ..."), for a stem's text after its blank, as the stem may keep the dashes'
 * list that a sentence's other items leave out.
 */
export function listCountsKey(key: number, after: string, { dashed = false }: { dashed?: boolean } = {}): boolean {
	const m = (dashed ? DASHED_LIST : LIST).exec(after);
	return m !== null && m[1].split(/,\s(?:and\s)?|\sand\s/).length === key;
}

/**
 * Is a dashed tally a vote ("The 68-31 vote", "passed 219-213")? Its distractors then keep its
 * total, as many voted (no 70-32 in a 100-seat Senate), rather than moving each side by a goal.
 * `sentenceText` is the source sentence; `fact` a tally fact of it.
 */
export function dashedVote(sentenceText: string, fact: Fact): boolean {
	if (!/^\d+[-–]\d+$/.test(fact.text)) return false;
	const around = `${sentenceText.slice(Math.max(0, fact.span.start - 40), fact.span.start)} ${sentenceText.slice(fact.span.end, fact.span.end + 20)}`;
	return /\b(?:vot\w*|ballot|passed|approved|rejected|majority|margin)\b/i.test(around) && !/\b(?:goals?|win|won|beat|defeat\w*|score\w*|lead|half-time|minute)\b/i.test(around);
}

/**
 * Would the options give the key away beside the sentence's other figures (QUALITY.md R5, R8)?
 * "a forecast of $9.3 billion to $9.7 billion, against an estimate of ___" with $5.88 billion
 * and $14.48 billion among the options leaves only the key near the figures the stem shows.
 * True when the sentence has another figure (or a range's end) with the key's marks within 20%
 * of it and a distractor lies more than 25% from the key. `value` reads an option's number as written.
 */
export function strayOptions(fact: Fact, facts: readonly Fact[], keyText: string, distractors: readonly string[], value: (text: string) => number | undefined): boolean {
	const key = value(keyText);
	if (!key) return false;
	// figures are compared as written, each end of a range on its own, when they carry the key's marks ("$", "billion", "%")
	const marks = (text: string) => text.replace(/[\d.,\s]/g, '');
	const near = facts.some(
		(f) =>
			f !== fact &&
			(f.type === fact.type || f.type === 'range') &&
			f.text.split(/\s(?:and|to|or)\s|\s?[–-]\s?/).some((end) => {
				const v = value(end);
				return v !== undefined && marks(end) === marks(keyText) && Math.abs(v / key - 1) <= 0.2;
			})
	);
	if (!near) return false;
	return distractors.some((d) => {
		const v = value(d);
		return v !== undefined && Math.abs(v / key - 1) > 0.25;
	});
}

const MONTH_NAME = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
// "on September 19th, ___", "on 19 September ___", "in September ___": the month (and day) a year key closes
const MONTH_DAY_BEFORE = new RegExp(String.raw`\b(?:${MONTH_NAME}\s(\d{1,2})(?:st|nd|rd|th)?,?|(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?${MONTH_NAME},?|${MONTH_NAME},?)\s$`, 'i');

// "India recorded its warmest year on record in ___": a year told as a whole year past, a record of its own
const WHOLE_YEAR_BEFORE = /\b(?:warmest|hottest|coldest|wettest|driest|busiest|deadliest|best|worst)\syear\b(?:\son\srecord)?[^.;]{0,40}\bin\s$/i;
// "the first giraffe birth at the zoo since ___": a bare year after "since" opens a span that has run to the report, so it is an earlier year
const SINCE_BEFORE = /\bsince\s$/i;
// "ceased trading in late ___", "in the third quarter of ___", "in mid-___": a part of a year
// that can start after the publication's month, one group per first month it can mean (in
// order: mid, late, end, spring, summer, autumn, second quarter, third quarter, fourth quarter,
// second half); the year's early parts never lie after its publication, so they are not read
const PART_OF_YEAR_BEFORE = /\b(?:(mid-|the\smiddle\sof\s)|(late)\s|(the\s(?:end|close)\sof)\s|(spring)\s(?:of\s)?|(summer)\s(?:of\s)?|(autumn|fall)\s(?:of\s)?|the\s(?:(second)\squarter|(third)\squarter|(fourth|final|last)\squarter|(second|last|final)\shalf)\sof\s)$/i;
const PART_OF_YEAR_MONTH = [5, 9, 12, 3, 6, 9, 4, 7, 10, 7];

/**
 * The latest year a year key's options may take when it closes a day or a month the article
 * reports as past: the publication year, or the year before when that day or month comes after
 * the publication's ("on September 19th, ___" in a story of 18 March 2026 is no later than 2025;
 * 2026 would put a reported death after the report, the holdout36 reader's R8). A part of a year
 * counts from the first month it can mean ("ceased trading in late ___" in a story of 19 March
 * 2026 is no later than 2025: "late 2026" was still to come, the dev175 reader's R8). A year told as a
 * finished whole (`WHOLE_YEAR_BEFORE`: "its warmest year on record in ___") is before the
 * publication year: 2026 in a story of May 2026 was no year yet (the holdout67 reader's R8), and so
 * is one after "since" ("the first birth at the zoo since ___": "since 2026" in a story of
 * August 2026 was absurd to the holdout85 reader, R8). Takes the
 * sentence's text before the key, the publication date (ISO) and the year to fall back on;
 * returns that year when the key closes no month or part of a year, or there is no publication date.
 */
export function pastYearCeiling(before: string, published: string | undefined, lastYear: number): number {
	const m = MONTH_DAY_BEFORE.exec(before);
	const pub = published && /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
	if (pub && (WHOLE_YEAR_BEFORE.test(before) || SINCE_BEFORE.test(before))) return Math.min(lastYear, Number(pub[1]) - 1);
	const part = PART_OF_YEAR_BEFORE.exec(before);
	if ((!m && !part) || !pub) return lastYear;
	const monthWord = m && (m[1] ?? m[4] ?? m[5]).toLowerCase().slice(0, 3);
	const month = monthWord ? ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(monthWord) + 1 : PART_OF_YEAR_MONTH[part!.slice(1).findIndex((g) => g !== undefined)];
	const day = Number(m?.[2] ?? m?.[3] ?? 1);
	const [pubMonth, pubDay] = [Number(pub[2]), Number(pub[3])];
	const later = month > pubMonth || (month === pubMonth && day > pubDay);
	return later ? Math.min(lastYear, Number(pub[1]) - 1) : Math.min(lastYear, Number(pub[1]));
}

// a measure written just after a figure, one name per unit ("1,114.5kg", "300 metres"); times are left out, as a record time may be the smallest or the largest
const MEASURE_AFTER = /^(?:\s?(kg|kilos?|kilograms?|kilogrammes?|grams?|grammes?|tonnes?|tons?|lbs?|pounds?|oz|ounces?|metres?|meters?|cm|centimetres?|centimeters?|mm|km|kilometres?|kilometers?|ft|feet|foot|inches|miles?|litres?|liters?)|(m|g))\b/i;
const MEASURE_NAMES: readonly (readonly string[])[] = [
	['kg', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'],
	['g', 'gram', 'grams', 'gramme', 'grammes'],
	['tonne', 'tonnes', 'ton', 'tons'],
	['lb', 'lbs', 'pound', 'pounds'],
	['oz', 'ounce', 'ounces'],
	['m', 'metre', 'metres', 'meter', 'meters'],
	['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'],
	['mm'],
	['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
	['ft', 'feet', 'foot'],
	['inches'],
	['mile', 'miles'],
	['litre', 'litres', 'liter', 'liters']
];

/** The measure a figure is written in, by the text right after it, as one name per unit; undefined when none follows. */
function measureAfter(after: string): string | undefined {
	const m = MEASURE_AFTER.exec(after);
	if (!m) return undefined;
	const word = (m[1] ?? m[2]).toLowerCase();
	return MEASURE_NAMES.find((names) => names.includes(word))?.[0];
}

// "Lindqvist carried the west side with ___", "won the seat with about ___": the share a winner took
const WINNING_SHARE_BEFORE = /\b(?:carried|carries|carry|carrying|won|wins|win|winning)\s(?:[^,;.]{0,40}\s)?with\s(?:(?:about|around|roughly|nearly|almost|just\sover|more\sthan)\s)?$/i;

/**
 * The share a winning share's options stay above, by the words before it (`before` ends where the
 * key starts): a majority that "carried" or "won" something keeps its options majorities, since a
 * winner's false share under half reads beside the race's other figures as a loss ("carried the
 * west side with 37%" beside a rival's 54% city-wide and a third candidate's 6% was impossible to
 * the dev175 reader, R8). Takes the text before the key and the key's value in percent; returns
 * 50 (exclusive) for a winning majority, undefined otherwise (a plurality under half is left as it is).
 */
export function winningShareFloor(before: string, key: number): number | undefined {
	return key > 50 && WINNING_SHARE_BEFORE.test(before) ? 50 : undefined;
}

// "The previous record, set in 2019, was ___", "beating the old mark of ___": a record the story's new one broke
const PREVIOUS_RECORD_BEFORE = /\b(?:previous|old|former|earlier|standing)\s(?:[\p{L}-]+\s)?(?:record|mark|best)\b[^.;]*$/iu;
// "raised a record $2.37 million", "a record-breaking 41.2C", "a record high of": a figure the story calls a new record
const RECORD_BEFORE = /\brecord(?:-breaking)?\s(?:(?:high|low)\s(?:of\s)?)?$/i;

/**
 * The window a previous record's options stay in, in the key's written terms ([under, over], as
 * `numericDistractors` takes it): on the key's side of the one new record of its type and unit
 * the article gives ("raised a record $2.37 million" then "The previous record, set in 2019, was
 * ___"). A broken record lies below a new high (above a new low), so an option past the new one
 * is false on its face (the holdout84 reader's R8 on "$2.42 million" beside a record $2.37
 * million). Takes the key's sentence, its fact and every sentence with its facts; undefined where
 * the key is no previous record or the article gives no one new record.
 */
export function previousRecordSide(sentenceText: string, key: Fact, sentences: readonly { text: string; facts: readonly Fact[] }[]): [number, number] | undefined {
	const written = writtenNumber(key.text);
	if (!PREVIOUS_RECORD_BEFORE.test(sentenceText.slice(0, key.span.start)) || key.value === undefined || !written) return undefined;
	const records = new Set<number>();
	for (const s of sentences) {
		for (const f of s.facts) {
			if (f.type !== key.type || f.unit !== key.unit || f.value === undefined || !RECORD_BEFORE.test(s.text.slice(0, f.span.start))) continue;
			if (PREVIOUS_RECORD_BEFORE.test(s.text.slice(0, f.span.start))) continue;
			records.add(f.value);
		}
	}
	if (records.size !== 1) return undefined;
	const record = ([...records][0] * written) / key.value;
	if (record > written) return [record, -Infinity];
	return record < written ? [Infinity, record] : undefined;
}

/**
 * The figure a world record's options must stay above: the largest other figure of the
 * article written in the key's measure ("the Australian record of 1,114.5kg" below "the world
 * record: ___kg"). A world record is the largest of its kind, so a false one below a weight the
 * story itself gives is false on its face (the holdout36 reader's R8 on an 872.8kg "world
 * record" beside a 1,114.5kg national one). Takes the key's sentence, its count fact and every
 * sentence of the article with its facts; undefined when the key is no current world record in
 * a measure (a previous one, a smallest or fastest one, a time) or no other figure of its
 * measure is given.
 */
export function worldRecordFloor(sentenceText: string, key: Fact, sentences: readonly { text: string; facts: readonly Fact[] }[]): number | undefined {
	const before = sentenceText.slice(0, key.span.start);
	if (!/\bworld[- ]records?\b[^.;]{0,30}$/i.test(before) || /\b(?:previous|former|old|earlier|past|smallest|lightest|shortest|fastest|youngest|lowest)\b/i.test(before)) return undefined;
	const unit = measureAfter(sentenceText.slice(key.span.end));
	if (!unit) return undefined;
	let floor: number | undefined;
	for (const s of sentences) {
		for (const f of s.facts) {
			if (f.type !== 'count' || !/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(f.text)) continue;
			if (s.text === sentenceText && f.span.start === key.span.start) continue;
			if (measureAfter(s.text.slice(f.span.end)) !== unit) continue;
			const v = parseFloat(f.text.replace(/,/g, ''));
			if (floor === undefined || v > floor) floor = v;
		}
	}
	return floor;
}

// a national economy's rate named just before its figure: "the economy grew by", "inflation eased to", "GDP growth of",
// "kept its main interest rate at", "unemployment fell to" (a company's "sales growth" is no such rate)
const MACRO_RATE_BEFORE = /\b(?:GDP|gross domestic product|economy|economic growth|inflation|consumer prices|consumer price index|CPI|interest rates?|policy rate|base rate|repo rate|bank rate|benchmark rate|unemployment|jobless rate)\b[^.;%\d]{0,60}$/i;
// "4.2% growth in GDP", "6.5% inflation": the rate named just after its figure
const MACRO_RATE_AFTER = /^\s?(?:%|per ?cent)?\s(?:(?:annual|annualised|annualized|year-on-year|economic)\s)?(?:GDP|inflation|unemployment|growth in (?:GDP|the economy))\b/i;

/**
 * The highest option a national economy's rate under 15% may have (QUALITY.md R8: a plausible
 * range for its kind): growth, inflation, an interest rate and unemployment move by a few points,
 * so 12.6% and 14.7% beside an economy's 4.2% growth are no believable growth at all (a reader's
 * R8), while 6.3% is. The options stay at most 1.6 times the key or 3 points above it, whichever
 * is more. `before`/`after`: the sentence's text either side of the key, whose value is `key`.
 * Undefined for any other percentage (a company's sales, a share of voters), or a rate of 15% or
 * more, where the points recipe holds.
 */
export function macroRateCeiling(key: number, before: string, after: string): number | undefined {
	if (!(key < 15) || !(MACRO_RATE_BEFORE.test(before) || MACRO_RATE_AFTER.test(after))) return undefined;
	return Math.max(key * 1.6, key + 3);
}

// a name as a list writes it: up to four capitalised words ("Tregaron", "Mid Glamorgan")
const LISTED_NAME = String.raw`\p{Lu}[\p{L}\p{M}’'.-]*(?:\s\p{Lu}[\p{L}\p{M}’'.-]*){0,3}`;
// the counted noun's clause up to a list of names: "crews from Aberystwyth, Tregaron, Lampeter and Aberaeron",
// "crews from the stations at Aberystwyth, ... and Aberaeron"; group 1 the list
const NAMES_LISTED_AFTER = new RegExp(String.raw`^\s(?:[\p{Ll}’'-]+\s){1,6}?((?:${LISTED_NAME},\s){1,8}${LISTED_NAME},?\s(?:and|or)\s${LISTED_NAME}|${LISTED_NAME}\s(?:and|or)\s${LISTED_NAME})`, 'u');

/**
 * How many names the clause lists just after a count and its noun ("_____ crews from
 * Aberystwyth, Tregaron, Lampeter and Aberaeron fire stations" → 4), a list of two or more joined
 * by "and" or "or" within a few lower-case words of the count; undefined where none follows.
 * A reader counts such a list as the answer: where it has as many names as the key it gives the
 * key away (R5), and where it has another number that number reads as right too ("two crews"
 * from four named stations was a reader's R8). `after` is the sentence's text after the key.
 */
export function namesListedAfter(after: string): number | undefined {
	const m = NAMES_LISTED_AFTER.exec(after);
	return m ? m[1].split(/,\s(?:(?:and|or)\s)?|\s(?:and|or)\s/).length : undefined;
}

// "up from roughly 1.75 million", "down from 375", "compared with 1.38 million", "from 3.9% to": the sentence sets the key beside the figure it changed from
const CHANGED_FROM = /\b(?:up|down) from\b|\bcompared (?:with|to)\b|\bfrom\s[^,;]{0,30}?\bto\b|\b(?:rose|fell|climbed|dropped|increased|decreased|grew|shrank|jumped|slipped) from\b/i;

/**
 * The band a changed figure's options keep to: where the sentence sets the key beside the figure
 * it changed from ("forecast production at about 1.85 million tonnes, up from roughly 1.75
 * million"), an option on the key's side of that figure changes it by at most two and a half
 * times the key's own change, or three tenths of the figure, whichever is more: 2.96 million there
 * is a 69% jump in one season, false at a glance (the holdout103 reader's R8). Takes the sentence,
 * the key's value as written and the interval of `sideOf` ([max, min], exclusive); returns the
 * interval narrowed, or as given where the sentence tells of no change or the key sits between two figures.
 */
export function changedFromBand(sentenceText: string, key: number, [max, min]: readonly [number, number]): [number, number] {
	if (!CHANGED_FROM.test(sentenceText) || (max !== Infinity && min !== -Infinity)) return [max, min];
	if (min !== -Infinity && key > min) return [Math.min(max, min + Math.max(2.5 * (key - min), 0.3 * Math.abs(min))), min];
	if (max !== Infinity && key < max) return [max, Math.max(min, max - Math.max(2.5 * (max - key), 0.3 * Math.abs(max)))];
	return [max, min];
}
