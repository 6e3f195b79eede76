import { decimalComma, FRACTION_WORDS, fractionValue, NUMBER_WORDS, numberWordValue, tallyNumber, type Fact } from './facts';
import { MONTHS } from './lexicon';
import type { Prng } from './prng';

// "1,02,000": the Indian grouping (lakhs) is a number too, as facts.ts reads it; read as "1" it became a crowd of "4,02,000" (the holdout62 reader's R8)
/** A number as written: Indian-grouped ("1,02,000"), comma-grouped ("102,000"), with a decimal comma ("27,5", as facts.ts reads it) or plain, with its decimals. */
export const NUMBER_IN_TEXT = /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?![\d,.])|\d+(?:\.\d+)?/;
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// "Thirty-two", "forty": a number from 21 to 99 spelled out, as a sentence opens on one (news style)
const TENS_NUMBER = new RegExp(`^(?:${TENS.join('|')})(?:-(?:one|${NUMBER_WORDS.slice(0, 8).join('|')}))?$`, 'i');

/** A number from 21 to 99 in words, hyphenated as news style writes it (32 → "thirty-two"). */
function tensWords(n: number): string {
	const unit = n % 10;
	return `${TENS[Math.floor(n / 10) - 2]}${unit === 0 ? '' : `-${unit === 1 ? 'one' : NUMBER_WORDS[unit - 2]}`}`;
}

/** The number as written in a fact's text ("£772.6 million" → 772.6), or undefined. */
export function writtenNumber(text: string): number | undefined {
	const m = NUMBER_IN_TEXT.exec(text);
	if (!m) return undefined;
	return parseFloat(decimalComma(m[0]) ? m[0].replace(',', '.') : m[0].replace(/,/g, ''));
}

/** Writes `value` in the place of the number in `keyText`, keeping its decimals, separators and words; a value of a thousand or more before "million" or "billion" moves to the next scale word ("1.2 billion"). */
export function formatLike(keyText: string, value: number): string {
	const m = NUMBER_IN_TEXT.exec(keyText);
	if (!m) return keyText;
	const written = m[0];
	// a key written with a decimal comma ("27,5 per cent") has options written so too: a point among commas tells the key (R5)
	const comma = decimalComma(written);
	const dot = comma ? written.indexOf(',') : written.indexOf('.');
	const decimals = dot < 0 ? 0 : written.length - dot - 1;
	const commas = !comma && (written.includes(',') || (value >= 1000 && !/\d{4}/.test(written.split('.')[0])));
	let out = value.toFixed(decimals);
	if (comma) out = out.replace('.', ',');
	if (commas) {
		const [int, frac] = out.split('.');
		// a key grouped in lakhs ("1,02,000") keeps that grouping: 1,32,600, not 132,600 (R5)
		const grouped = /^\d{1,2}(?:,\d{2})+,\d{3}/.test(written) ? int.replace(/\B(?=(?:\d{2})*\d{3}$)/g, ',') : int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
		out = grouped + (frac !== undefined ? `.${frac}` : '');
	}
	const rest = keyText.slice(m.index + written.length);
	// "1,200 million" is written "1.2 billion" (news style: the larger scale word past a thousand), "R1,200-million" "R1.2-billion"
	const scale = /^[\s-](million|billion)\b/.exec(rest);
	if (scale && value >= 1000) {
		const larger = value / 1000;
		const text = (Number.isInteger(larger) ? String(larger) : larger.toFixed(1).replace(/\.0$/, '')).replace('.', comma ? ',' : '.');
		return keyText.slice(0, m.index) + text + rest.replace(scale[1], scale[1] === 'million' ? 'billion' : 'trillion');
	}
	return keyText.slice(0, m.index) + out + rest;
}

/**
 * Three options for a share written as a fraction in words ("two-thirds"): the fractions of `FRACTION_WORDS`
 * nearest it, none whose value in per cent is `forbidden` (given elsewhere in the article), written as the key
 * is (hyphenated or spaced, "one" or "a"), so no option's form tells the key (QUALITY.md R5). Empty where fewer
 * than three are left.
 */
function fractionDistractors(keyText: string, forbidden: ReadonlySet<number>): string[] {
	const key = fractionValue(keyText)!;
	// the key's own joint between its count and its fraction: "one third" among "one-quarter" and "one-fifth" is the
	// only option spaced, and so the key (the y53 reviewer's R5); a bare "half" has none and keeps the list's forms
	const joint = /^(?:a|one|two|three)([- ])/i.exec(keyText)?.[1];
	const one = /^one[- ]/i.test(keyText);
	const capital = /^\p{Lu}/u.test(keyText);
	const picked = FRACTION_WORDS.filter(([, v]) => v !== key && !forbidden.has(v))
		.sort((a, b) => Math.abs(a[1] - key) - Math.abs(b[1] - key))
		.slice(0, 3)
		.map(([words]) => {
			let written = one ? words.replace(/^a /, 'one ').replace(/^half$/, 'one half') : words;
			if (joint) written = written.replace(/^(one|two|three)[- ]/, `$1${joint}`);
			return capital ? written[0].toUpperCase() + written.slice(1) : written;
		});
	return picked.length === 3 ? picked : [];
}

function trailingZeros(n: number): number {
	let z = 0;
	while (n !== 0 && n % 10 === 0) {
		n /= 10;
		z++;
	}
	return z;
}

/** The band a hedged count or sum's options stay in, as fractions of the key (rounding allowed). */
const HEDGED_BAND = [0.45, 1.7] as const;

/** The last minute a football match without extra time reaches, stoppage time included (IFAB Laws of the Game, law 7: 90 minutes and the time the referee adds for stoppages). */
const STOPPAGE_END = 100;

/** After an ordinal, words that make it a minute of the time a referee adds ("the third minute of stoppage time"; `numericDistractors`' `stoppage`). */
export const STOPPAGE_MINUTE = /^\sminute\sof\s(?:stoppage|added|injury)[-\s]time\b/i;

/** The most minutes a referee commonly adds at the end of a half (IFAB Laws of the Game, law 7), past which an option for a minute of stoppage time is absurd. */
const STOPPAGE_MINUTES = 10;

/** After a count, things one person owns or uses, which come in ones and twos ("needs two sticks to walk"; `numericDistractors`' `personal`). */
export const PERSONAL_THINGS_AFTER = /^\s(?:(?:walking|hiking)\s)?(?:sticks|crutches|canes|walking\sframes|zimmer\sframes|hearing\saids|pairs\sof\s(?:glasses|spectacles|shoes|boots)|suitcases|handbags|mobile\sphones|phones)\b/i;

/** Words that say a football match went past its 90 minutes: extra time, a shoot-out after it, a minute past 105 (`numericDistractors`' `extraTime`). */
export const EXTRA_TIME = /\bextra[-\s]time\b|\bpenalty\sshoot-?out\b|\bafter\s120\sminutes\b|\b1(?:0[6-9]|1\d|20)(?:th|st|nd|rd)\sminute\b/i;

/**
 * After a figure given to hundredths or finer, a unit of a measured performance ("9.97 seconds", "8.21 metres", "2.05m",
 * "187.50kg"): a time, a length or a weight the sport times to the hundredth (`numericDistractors`' `measured`).
 */
export const MEASURED_AFTER = /^\s?(?:seconds|secs?|s|minutes|mins|metres|meters|m|centimetres|centimeters|cm|kilograms|kg|kilometres|kilometers|km)\b/;

/**
 * The ratios to the key a measured performance's options take (`MEASURED_AFTER`): a race time or a jump moves by
 * a few per cent between a champion and the field, so 8.47 and 14.46 seconds beside a 9.97 100m (a world record and
 * a schoolboy's time) are absurd (the holdout183 reader's R8).
 */
const MEASURED_RATIOS = [0.97, 0.98, 0.99, 1.01, 1.02, 1.03, 1.04];

/** The steps above a small count in words that its options take only where its near words are spent (`numericDistractors`). */
const FAR_WORDS = [4, 5, 6];

/** How far from a small count of a match's events its options may lie (`MATCH_EVENTS`). */
const MATCH_EVENT_REACH = 2;

/**
 * The nouns of a match's events, which come in ones, twos and threes (goals, tries, saves,
 * changes, cards): a small count of them takes options at most `MATCH_EVENT_REACH` from it and
 * never reaches to `FAR_WORDS`, as "seven goals in the final nine minutes" from one substitute,
 * "five goals in nine minutes" or "seven changes at the break" are absurd beside "two" (the
 * dev144, dev146 and dev147 readers' R8); with its near words spent it has no options.
 */
const MATCH_EVENTS = /^(?:goals|tries|saves|changes|substitutions|penalties|cards|bookings|assists|wickets|touchdowns|corners)$/i;

/**
 * Three numeric distractors written like the key (QUALITY.md "Distractors by key type"): counts
 * and money keep precision and format (money quoted to three or more decimals, a rate, within 16% of
 * the key), percentages stay in 0–100 spread by 5–25 points (a rate
 * under 15% by ratios, 0.4 to 2 times it; one of 15% or more above half of it) and at
 * least 4 points from each other (a hedged one at least 8 from the key), ages
 * move by years (a child's staying under 18; a round age where a group starts, `cutoff`, by fives), small counts by a few units; none equals a number in `forbidden` (the article's
 * other numbers as written), none is negative, and for hedged keys each is at least 25% away so
 * that "an estimated 150,000" has one defensible option, and no more than 1.7 times it nor less
 * than 0.45 times it for a count or sum that is no bound (`HEDGED_BAND`); none above `maxValue` (years after
 * the publication year, QUALITY.md "Dates"); each strictly between `over` and `under` (the
 * numbers of the sentence the key sits between), all as written like the key. `level`: the
 * key is a rate's level under 15% (`LEVEL_BEFORE`), whose options stay within about half to
 * twice it; a share under 5% with another figure of its measure in the sentence (a bound given)
 * keeps its options within half to twice it (two and a quarter times a key of few steps of its
 * precision); every share under 5% keeps its options a quarter of itself apart from it and each other. `minute`: the key is a minute of
 * a football match, whose options stay 3 to 15 minutes off and within 90, or within stoppage time
 * (`STOPPAGE_END`) for a key past 90, or within 120 where `extraTime` (the article says the game
 * went to extra time). `stoppage`: the key is a minute of stoppage time ("the third minute of stoppage
 * time"), whose options stay within four of it and at most `STOPPAGE_MINUTES`. `personal`: the key counts one person's own things ("needs two sticks to
 * walk"), whose options stay within two above it up to twelve, and one or two such things take none. `measured`: the key is a
 * performance given to hundredths (`MEASURED_AFTER`: "ran 9.97 seconds"), whose options stay within a few per cent of it
 * (`MEASURED_RATIOS`). Returns fewer than 3 when it cannot.
 */
export function numericDistractors(
	fact: Fact,
	prng: Prng,
	forbidden: ReadonlySet<number>,
	maxValue = Infinity,
	[under, over]: readonly [number, number] = [Infinity, -Infinity],
	{ level = false, minute = false, stoppage = false, extraTime = false, personal = false, measured = false }: { level?: boolean; minute?: boolean; stoppage?: boolean; extraTime?: boolean; personal?: boolean; measured?: boolean } = {}
): string[] {
	const word = NUMBER_WORDS.indexOf(fact.text.toLowerCase());
	// "Thirty-two people were stranded": a count past twenty in words has options in words from 21 to 99
	const tens = fact.type === 'count' && TENS_NUMBER.test(fact.text) ? numberWordValue(fact.text) : undefined;
	// "the third consecutive year": an ordinal written as a word counts by its value, and its options are words too
	if (fact.type === 'percent' && fractionValue(fact.text) !== undefined) return fractionDistractors(fact.text, forbidden);
	const key = word >= 0 ? word + 2 : (tens ?? writtenNumber(fact.text) ?? (fact.type === 'ordinal' && /^[a-z]+$/i.test(fact.text) ? fact.value : undefined));
	if (key === undefined) return [];
	// "needs two sticks to walk": one or two of one's own things has no wrong count a reader weighs (four sticks is as absurd as eight)
	if (personal && key <= 2) return [];
	// "seized 40 phones" counts a haul, no one person's things
	const own = personal && key <= 12;
	const event = fact.type === 'count' && key <= 12 && MATCH_EVENTS.test(fact.noun ?? '');
	const decimals = fact.decimals ?? 0;
	const unit = Math.pow(10, -decimals);
	const pool: number[] = [];
	const round = (v: number) => Math.round(v / unit) * unit;
	// an estimate ("about 43,000 feet", "roughly $30 billion") is no bound, and no ratio: its
	// options stay in a band around it (QUALITY.md: 150,000 → 90,000, 210,000, 240,000), as twice
	// an airliner's height is no height at all (R8)
	const hedged = fact.approximate === true && !fact.bound && !(decimals === 0 && key <= 12) && (fact.type === 'count' || fact.type === 'money');
	// the sentence gives another figure of the key's measure, on one side of it (`under`, `over`)
	const neighbour = fact.type === 'percent' && key < 5 && !level && (under !== Infinity || over !== -Infinity);
	// "the index was up 0.3%": a small share of few steps of its precision, whose options a step
	// apart (0.1%, 0.2%, 0.3%) no reader tells apart (the holdout111 reader's R7), keeps two steps from the key and each other
	const coarse = fact.type === 'percent' && key < 5 && !level && !neighbour && key / unit < 10;
	if (fact.type === 'percent' && key < 15 && level) {
		// a rate's level ("a rate of 3.6 per cent", "held its rate at 9.75%") sits near the rates
		// beside it: 10.8% and 14.4% beside 3.6% are no jobless rate where the nation's is 4.5% (a
		// blind reader's R8 on holdout16); a rate set in quarter points keeps to them
		const grid = decimals === 2 && Number.isInteger(key * 4) ? 0.25 : unit;
		for (const f of [0.5, 0.6, 0.7, 0.8, 0.9, 1.15, 1.25, 1.4, 1.6, 1.8]) pool.push(Math.round((key * f) / grid) * grid);
		if (decimals === 0) for (let d = 1; d <= 3; d++) pool.push(key - d, key + d);
	} else if (fact.type === 'percent' && key < 5) {
		// a small share moves by ratios, not points: 0.3% → 0.1%, 0.5%, 0.8%, not 12.9%; and not by
		// whole multiples alone, as 2.8%, 4.2% and 5.6% beside 1.4% leave the key their common
		// factor (a blind reader's R5 on holdout60)
		for (const f of [0.3, 0.5, 0.7, 1.5, 2, 2.5, 3.5]) pool.push(round(Math.max(unit, key * f)));
		// "growth of 1.4% in 2026, up from an estimated 1.1%": beside a figure of the same measure the
		// options stay near both, as 4.9% growth is absurd there (a blind reader's R5 on holdout60)
		// (within half to twice it, every step of its precision there, as the band the figure leaves may be
		// narrow; `spread` below keeps them apart)
		if (neighbour) for (let v = round(key / 2); v <= key * 2.25 && pool.length < 200; v = round(v + unit)) pool.push(v);
	} else if (fact.type === 'percent' && key < 15) {
		// a rate of a few per cent moves by ratios too: 25 points beside an 8.75% policy rate is
		// no rate at all (a blind reader's R8), while 4.4%, 6.1% and 13.1% are
		for (const f of [0.4, 0.55, 0.7, 1.3, 1.5, 1.75, 2]) pool.push(round(key * f));
	} else if (fact.type === 'percent' && decimals === 0 && key % 5 === 0) {
		// "a threshold of 40%": a round share takes round options, or the key alone is round among 21% and 34% (the holdout99 reader's R5)
		for (let d = 5; d <= 25; d += 5) pool.push(key - d, key + d);
	} else if (fact.type === 'percent') {
		for (let d = 5; d <= 25; d += decimals ? 2.5 : 1) {
			pool.push(round(key - d - (decimals ? 0.1 * (d % 3) : 0)), round(key + d + (decimals ? 0.1 * (d % 3) : 0)));
		}
	} else if (fact.type === 'age' && fact.cutoff && key % 5 === 0) {
		// "adults aged 50 and older": where a group starts is a round age, and so are its options, or the key alone is round among 41 and 53
		for (let d = 5; d <= 15; d += 5) pool.push(key - d, key + d);
	} else if (fact.type === 'age') {
		// a young age keeps near it: 7 and 24 beside a social-media minimum age of 15 are absurd (the holdout99 reader's R8)
		for (let d = 2; d <= (key < 25 ? Math.max(4, Math.round(key * 0.3)) : 14); d++) pool.push(key - d, key + d);
	} else if (fact.type === 'date') {
		for (let d = 1; d <= 8; d++) pool.push(key - d, key + d);
	} else if (fact.type === 'ordinal' && stoppage) {
		// "in the third minute of stoppage time": a referee adds a few minutes, so a fifteenth is absurd (a fresh user's R8)
		for (let d = 1; d <= 4; d++) pool.push(key - d, key + d);
	} else if (fact.type === 'ordinal' && minute) {
		// "in the 78th minute": minutes of a match a step apart (51st, 52nd) are hair-splitting, so its options lie 3 to 15 minutes off, within the game's 90 (or extra time's 120)
		for (let d = 3; d <= 15; d++) pool.push(key - d, key + d);
	} else if (fact.type === 'ordinal') {
		for (let d = 1; d <= 3; d++) pool.push(key - d, key + d);
	} else if (decimals === 0 && key <= 12) {
		// a count in words ("three crews") takes its neighbours (two, four, five): "seven" and "eight"
		// beside "two" leave the key the plain odd one out (a reader's R8); further words only where
		// the article's own numbers leave fewer than three (`FAR_WORDS`)
		for (let d = 1; d <= (word >= 0 ? 3 : 4); d++) pool.push(key - d, key + d);
		// a floor ("more than 12 hours") has distractors above it only, at least a quarter away
		if (fact.bound) pool.push(key + 5, key + 6, key + 8, key * 2);
	} else if (decimals === 0 && trailingZeros(key) >= 2 && String(key).length - trailingZeros(key) === 1) {
		// one significant digit ("more than 100 people", "3,000 jobs"): options as round as the key,
		// or the key alone would be a round number among 150, 160, 180 (QUALITY.md R5)
		const magnitude = Math.pow(10, trailingZeros(key));
		for (let d = 1; d <= 9; d++) pool.push(d * magnitude);
		for (const d of [5, 6, 7, 8, 9]) pool.push((d * magnitude) / 10);
		if (key / magnitude >= 5) pool.push(magnitude * 10, magnitude * 20);
		// "some 9,000 hectares": half steps keep a hedged key's options near it on both sides, as
		// the whole steps above it (10,000, 20,000) are too near or too far
		if (hedged) for (const f of [0.5, 1.25, 1.5]) pool.push(Math.round((key * f) / (magnitude / 2)) * (magnitude / 2));
	} else if (measured && fact.type === 'count' && decimals >= 2) {
		for (const f of MEASURED_RATIOS) pool.push(round(key * f));
	} else if (fact.type === 'money' && decimals >= 3) {
		// "Sterling was flat at $1.3395": a price quoted to a fraction of a cent is an exchange rate or a unit
		// price, which moves by a few per cent, so $2.1432 beside it is absurd (the holdout122 readers' R8)
		for (const f of [0.84, 0.88, 0.91, 1.09, 1.12, 1.16]) pool.push(round(key * f));
	} else {
		const z = decimals === 0 ? trailingZeros(key) : 0;
		// "About 40 witnesses": a hedged round key of two digits takes options in tens, or it is the one round
		// number among 28, 56 and 64, and "about" gives it away (the holdout108 reader's R5)
		const step = decimals === 0 ? Math.pow(10, Math.min(z, Math.max(fact.approximate ? 1 : 0, String(Math.round(key)).length - 2))) : unit;
		const factors = fact.approximate ? [0.5, 0.6, 0.7, 1.3, 1.4, 1.5, 1.6] : [0.55, 0.65, 0.7, 0.8, 0.85, 1.2, 1.25, 1.35, 1.45, 1.6];
		for (const f of factors) {
			let v = Math.round((key * f) / step) * step;
			if (decimals === 0 && z === 0 && v % 10 === 0) v += prng.pick([-3, -1, 1, 3, 7]);
			// "$450 million, $550 million" beside "$690 million": rounder than the key, they leave it the odd one out (R5)
			if (decimals === 0 && z > 0 && (v / step) % 5 === 0 && (key / step) % 5 !== 0) v += step * prng.pick([-2, -1, 1, 2]);
			if (decimals > 0 && Math.round(v / unit) % 10 === 0 && Math.round(key / unit) % 10 !== 0) v += unit * prng.pick([1, 3, 7]);
			pool.push(round(v));
		}
	}
	// zero is never a plausible count or amount ("nearly $0 trillion"), nor a share of something there is ("a deal worth 0%")
	// "about 1.6 billion naira": a key with decimals may have options below one ("0.8 billion"), or
	// none below it at all, and the key stands alone at the low end (the holdout81 reader's R5)
	const min = fact.type === 'percent' ? (key > 0 ? unit : 0) : fact.type === 'age' ? Math.min(key, 16) : key >= 1 ? (decimals > 0 ? unit : 1) : 0;
	// a child's age stays a child's ("a kidnapped 8-year-old girl": never a 21-year-old)
	// "$690 million" against "$1 billion": a scale word of its own marks an option out (R5)
	const written = NUMBER_IN_TEXT.exec(fact.text);
	const scaled = written !== null && /^\s?(?:million|billion|m|bn|crore|lakh)\b/i.test(fact.text.slice(written.index + written[0].length));
	// an adult's age stays a human one: 114 beside a tourist of 71 is absurd (a blind reader's R8)
	// "held on until the 92nd minute" of a league game: stoppage time runs a few minutes past 90, and
	// only a match the article says went to extra time has a 106th (the holdout110 reader's R8)
	const max = stoppage ? Math.max(key, STOPPAGE_MINUTES) : minute ? (key <= 90 ? 90 : extraTime ? 120 : Math.max(key, STOPPAGE_END)) : fact.type === 'percent' ? Math.min(100, maxValue) : fact.type === 'age' ? (key < 18 ? 17 : Math.max(100, key)) : scaled && key < 1000 ? Math.min(maxValue, 999) : maxValue;
	const wordRange = word >= 0 ? [2, 20] : tens !== undefined ? [21, 99] : fact.type === 'ordinal' && /^[a-z]+$/i.test(fact.text) ? [1, 15] : [-Infinity, Infinity];
	const candidates = [...new Set(pool.map((v) => Number(v.toFixed(decimals))))].filter(
		(v) =>
			v !== key &&
			v >= min &&
			// a key in words takes options in words ("two" to "twenty", "twenty-one" to "ninety-nine",
			// "first" to "fifteenth"): a one picked here, written as no word, left the key with two
			// options and no multiple choice ("Three cases of plague")
			v >= wordRange[0] &&
			v <= wordRange[1] &&
			v <= max &&
			v < under &&
			v > over &&
			!forbidden.has(v) &&
			// a hedged share is kept apart in points ("about 91 per cent": no 84), not by a quarter of
			// itself, which leaves only 66-68 below it and nothing above (QUALITY.md: 5–25 points)
			(!fact.approximate || (fact.type === 'percent' && key >= 5 ? Math.abs(v - key) >= Math.min(8, key / 4) && v < 100 : Math.abs(v - key) / Math.max(key, 1) >= 0.25)) &&
			// "3.7" beside "3.8 days" is the key again to a reader: a small count's one-unit steps are whole ones
			// a measured performance keeps near it, a step of its precision or more apart (`MEASURED_RATIOS`)
			(fact.type === 'percent' || Math.abs(v - key) / Math.max(key, 1) >= (measured && decimals >= 2 ? 0.005 : 0.08) || (key <= 12 && decimals === 0) || fact.type === 'age' || fact.type === 'date' || fact.type === 'ordinal') &&
			(!hedged || (v >= key * HEDGED_BAND[0] && v <= key * HEDGED_BAND[1])) &&
			// a key of few steps of its precision ("0.5%, after 0.3%") has too few values a quarter of it
			// apart under twice it, and reaches to two and a quarter times it
			(!neighbour || (v >= key / 2 && v <= key * (key / unit < 10 ? 2.25 : 2) + 1e-9)) &&
			(!own || (v >= 2 && v <= key + 2)) &&
			(!event || Math.abs(v - key) <= MATCH_EVENT_REACH) &&
			(!coarse || Math.abs(v - key) > 1.5 * unit) &&
			// "took up 27% of take-home pay": 2%, 25 points below, is another order of share that no
			// reader weighs (a holdout76 reader's R8), so a share of 15% or more keeps its options
			// above half of it, where the points spread still leaves room
			(fact.type !== 'percent' || key < 15 || v >= key / 2)
	);
	// a small count in words whose near words the article's numbers all take reaches further
	// "needs two sticks to walk": one person's own things come in a few, and six or eight sticks are absurd (the holdout110 reader's R8)
	// and never past its ceiling: "eight additional Sundays a month" reached past the month's four (a holdout115 reader's R8)
	// and only beside a near word left: "two" among six, seven and eight is the plain odd one out (a dev158 reader's R8)
	if (word >= 0 && decimals === 0 && key <= 12 && !fact.bound && !own && !event && candidates.length >= 1 && candidates.length < 3) candidates.push(...FAR_WORDS.map((d) => key + d).filter((v) => v <= wordRange[1] && v <= max && v < under && !forbidden.has(v) && !candidates.includes(v)));
	const below = prng.shuffle(candidates.filter((v) => v < key));
	const above = prng.shuffle(candidates.filter((v) => v > key));
	const picked: number[] = [];
	// percentages a point apart (66, 67, 68 beside 91) leave the key the odd one out (QUALITY.md R5); a share
	// under 5% (a level, or one beside a figure of its measure, too) keeps a quarter of itself, and at least a
	// step and a half of its precision, from the key and each other, as 0.4%, 0.6%, 0.7% beside 0.5% ask a
	// reader to tell hairs apart (QUALITY.md: small keys proportionally distinct; the blind readers' R8)
	const spread = fact.type === 'percent' && key < 5;
	let gap = spread ? Math.max(key / 4, 1.5 * unit) : fact.type === 'percent' && key >= 5 ? Math.min(4, key / 4) : coarse ? 1.5 * unit : 0;
	const take = (from: readonly number[], n: number) => {
		for (const v of from) {
			if (picked.length >= n) return;
			if (spread && Math.abs(v - key) < gap - 1e-9) continue;
			if (!picked.includes(v) && picked.every((p) => Math.abs(p - v) >= gap - 1e-9)) picked.push(v);
		}
	};
	// a mix of lower and higher values, so the key is not always the middle or an extreme
	const wantBelow = below.length === 0 ? 0 : above.length === 0 ? 3 : 1 + prng.int(2);
	take(below, wantBelow);
	take(above, 3);
	take(below, 3);
	// spread options taken in a random order may block each other (1.7% before 2.5% where 2.2% and 2.8% were left):
	// the nearest to the key first leaves room for three; beside a figure that leaves a narrow band ("1.4%, up
	// from 1.1%": options under 1.85%) the widest gap of a fifth to a twelfth of the key that still leaves three
	// (1.2%, 1.6%, 1.8%; "Beta up 2.9%" after "Alpha up 3.2%": 1.7%, 2.1%, 2.5%), or at last two steps of the precision
	for (const narrower of neighbour ? [gap, ...[5, 6, 8, 10, 12].map((f) => Math.max(key / f, 1.5 * unit)), 1.5 * unit] : [gap]) {
		if (!spread || picked.length >= 3) break;
		gap = narrower;
		picked.length = 0;
		take([...below].sort((a, b) => b - a), wantBelow);
		take([...above].sort((a, b) => a - b), 3);
		take([...below].sort((a, b) => b - a), 3);
	}
	// "two" among six, seven and eight once "one" is dropped: the key alone on one side, further from the
	// options than they are from each other, is the plain odd one out (a dev158 reader's R8), so no options
	// the nearest three are taken instead where they leave it among them ("two" beside four, six and seven), else none
	if (fact.type === 'count' && key <= 12 && decimals === 0 && loneKey(key, word >= 0 ? picked.filter((v) => v >= 2 && v <= 20) : picked)) {
		const nearest = candidates.filter((v) => word < 0 || (v >= 2 && v <= 20)).sort((a, b) => Math.abs(a - key) - Math.abs(b - key) || a - b).slice(0, 3);
		if (nearest.length < 3 || loneKey(key, nearest)) return [];
		picked.splice(0, picked.length, ...nearest);
	}
	if (word >= 0) {
		return picked
			.filter((v) => v >= 2 && v <= 20)
			.map((v) => NUMBER_WORDS[v - 2])
			.map((w) => (/^\p{Lu}/u.test(fact.text) ? w[0].toUpperCase() + w.slice(1) : w));
	}
	if (tens !== undefined) {
		return picked
			.filter((v) => v >= 21 && v <= 99)
			.map(tensWords)
			.map((w) => (/^\p{Lu}/u.test(fact.text) ? w[0].toUpperCase() + w.slice(1) : w));
	}
	if (fact.type === 'ordinal' && /^[a-z]+$/i.test(fact.text)) {
		const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth'];
		return picked.map((v) => words[v - 1]).filter((w) => w !== undefined).map((w) => (/^\p{Lu}/u.test(fact.text) ? w[0].toUpperCase() + w.slice(1) : w));
	}
	if (fact.type === 'ordinal') {
		return picked.map((v) => `${v}${v % 10 === 1 && v % 100 !== 11 ? 'st' : v % 10 === 2 && v % 100 !== 12 ? 'nd' : v % 10 === 3 && v % 100 !== 13 ? 'rd' : 'th'}`);
	}
	return picked.map((v) => formatLike(fact.text, v));
}

/**
 * Is `key` the odd one out of its three options, `options`: all of them on one side of it, and the
 * nearest further from it than the options are from each other ("two" among six, seven and eight), or
 * three or more from it and as far as they spread ("two" among five, seven and eight)?
 * Fewer than three options are never so: they make no item anyway.
 */
function loneKey(key: number, options: readonly number[]): boolean {
	if (options.length < 3 || !(options.every((v) => v > key) || options.every((v) => v < key))) return false;
	const nearest = Math.min(...options.map((v) => Math.abs(v - key)));
	const spread = Math.max(...options) - Math.min(...options);
	// "two" among five, seven and eight is as plain as among six, seven and eight; among four, five and six it is not
	return nearest > spread || (nearest >= 3 && nearest === spread);
}

/**
 * Before a percentage that is a rate's level rather than a change: "to", "at", "a rate of",
 * "the rate was", a hedge allowed ("fell to about 4%", "held its rate at 9.75%"); not "up to",
 * a cap.
 */
export const LEVEL_BEFORE = /(?:(?<!\bup\s)\b(?:to|at)|\brate\s(?:of|was|is|stands|stood|remains|remained))\s(?:(?:about|around|roughly|just|nearly|almost|some)\s)?$/i;

const TALLY_PARTS = /^(\S+?)(\s(?:votes?\s)?to\s|[-–])(\S+)$/;

/**
 * Three tally distractors written like the key (QUALITY.md R8: same type and granularity). A
 * vote joined by "to" keeps its total and its winner ("70 to 29" → "62 to 37", "77 to 22": as
 * many senators voted); a score joined by a dash keeps who won, or the draw, and moves each
 * side by a goal or two ("2-1" → "3-1", "2-0", "3-2"). Numbers written as words stay words.
 * `setScore`: the tally is games in a tennis set, so no side passes 7, and 7 only beside 5 or 6
 * (the ITF Rules of Tennis, rule 5); 'lead' for a score within a set ("led 5-4"), which no
 * finished set's score (6-4, 7-5) can be; 'sets' for one of a result's set scores ("beat him 6-4,
 * 3-6, 7-6"), each a finished set (6 beside 0 to 4, 7 beside 5 or 6), so never "5-4" or "6-5" (a
 * holdout66 reader's R8); 'race' for a match won by reaching a number (frames
 * of snooker, "first to 17", "best of 33"), whose winner's side stays and only the loser's
 * moves ("17-12" → "17-10", never "18-12"); 'margin' for a win in overtime or sudden death,
 * settled by one goal, whose margin stays ("3-2" → "4-3", "2-1", never "4-2"). `taken`: the
 * scores the article gives, as "a-b" in figures, which no option repeats either way round (a series'
 * "2-1 lead" among a game's options was a dev157s find, R8). Returns fewer than 3 when it cannot.
 */
export function tallyDistractors(fact: Fact, prng: Prng, setScore: false | 'set' | 'sets' | 'lead' | 'race' | 'margin' = false, taken: ReadonlySet<string> = new Set()): string[] {
	const parts = TALLY_PARTS.exec(fact.text);
	if (!parts) return [];
	const [, first, joint, second] = parts;
	const a = tallyNumber(first);
	const b = tallyNumber(second);
	if (a === undefined || b === undefined) return [];
	const words = !/^\d/.test(first);
	const sign = Math.sign(a - b);
	const pairs: [number, number][] = [];
	if (/to/.test(joint)) {
		const total = a + b;
		const step = Math.max(1, Math.round(total / 25));
		for (let d = step; d <= Math.max(4, Math.round(total * 0.15)); d += step) pairs.push([a - d, b + d], [a + d, b - d]);
	} else {
		pairs.push([a + 1, b], [a, b + 1], [a - 1, b], [a, b - 1], [a + 1, b + 1], [a + 2, b], [a + 2, b + 1], [a - 1, b - 1], [a + 3, b + 1]);
	}
	if (setScore === 'race') {
		// the winner's side is the number the format asks for: only the loser's side moves
		pairs.length = 0;
		for (const d of [1, 2, 3, 4, -1, -2, -3, -4]) pairs.push(a > b ? [a, b + d] : [a + d, b]);
	} else if (setScore === 'margin') {
		pairs.length = 0;
		// down to 1-0 as well, so a score the article gives taken ("a 2-1 series lead") still leaves a low one
		for (const d of [1, 2, 3, -1, -2, -3]) pairs.push([a + d, b + d]);
	}
	const written = (n: number, like: string) => {
		if (!words) return String(n);
		const w = n === 0 && /^nil$/i.test(like) ? 'nil' : n >= 1 && n <= 20 ? ['one', ...NUMBER_WORDS][n - 1] : undefined;
		return w && /^\p{Lu}/u.test(like) ? w[0].toUpperCase() + w.slice(1) : w;
	};
	const out: string[] = [];
	const order = prng.shuffle(pairs);
	// a one-goal win among higher scores only ("4-3" beside 5-4, 6-5, 7-6) is told by being the lowest: one lower score goes first where there is one
	const lower = setScore === 'margin' ? order.findIndex(([x, y]) => x < a && Math.min(x, y) >= 0 && !taken.has(`${x}-${y}`) && !taken.has(`${y}-${x}`)) : -1;
	if (lower > 0) order.unshift(...order.splice(lower, 1));
	for (const [x, y] of order) {
		if (x < 0 || y < 0 || Math.sign(x - y) !== sign || (x === a && y === b)) continue;
		// a tennis set reaches 7 games only from 5 or 6 all: "7-4" is no score (a blind reader's R8)
		if ((setScore === 'set' || setScore === 'sets' || setScore === 'lead') && (Math.max(x, y) > 7 || (Math.max(x, y) === 7 && Math.min(x, y) < 5))) continue;
		if (setScore === 'sets' && Math.max(x, y) < 7 && !(Math.max(x, y) === 6 && Math.min(x, y) <= 4)) continue;
		// "led 5-4 in the second": a lead within a set is no finished set (6-4, 7-5)
		if (setScore === 'lead' && (Math.max(x, y) === 7 || (Math.max(x, y) === 6 && Math.min(x, y) <= 4))) continue;
		const [wx, wy] = [written(x, first), written(y, second)];
		if (wx === undefined || wy === undefined) continue;
		const text = `${wx}${joint}${wy}`;
		// "a 2-1 lead in their series" beside the game's "4-3 win": a score the article gives is no wrong one
		if (taken.has(`${x}-${y}`) || taken.has(`${y}-${x}`)) continue;
		if (!out.includes(text)) out.push(text);
		if (out.length === 3) break;
	}
	return out;
}

const RANGE_PARTS = /^(.+?)( and | to |[–-])(.+)$/;

/** Another range of the key's measure that the sentence gives beside it, and the side the key lies on from it (1 above, -1 below, 0 unsaid). */
export interface BesideRange {
	low: number;
	high: number;
	side: 1 | -1 | 0;
}

/**
 * Three range distractors written like the key ("21,000 and 23,000" → "25,000 and 27,000",
 * "2–4" → "5–7"): both ends moved by one step, a share of the range's middle, nearest first
 * (15% to 35%, longer steps only where a wide range needs them to clear itself; never scaled
 * by factors, which gave "£820m and £880m" for "£205m and £220m", a dev174 reader's R8), and rounded to the key's precision, each
 * range apart from the key's (no overlap, so exactly one option is what the article says), no
 * end below zero or a percentage above 100. A range of percentages (`percent`: the key's text or
 * the words after it say "per cent") moves by points instead, a third to four fifths of its
 * middle, as rates do: "4.1 and 4.4" → "5.4 and 5.7", never "16.4 and 17.6" (QUALITY.md R8).
 * No end passes `highest` (100 for ages: "aged between 104 and 216" was a holdout75 reader's R8).
 * `beside`, a range the key moved from ("raised its forecast to between $11.1 billion and $11.3
 * billion, from a previous range of $10.8 billion to $11.1 billion"), keeps the options near the
 * key and on its side of that range: four and two times the key, or a cut, are no raised forecast
 * (the holdout80 reader's R5, R8). Returns fewer than 3 when it cannot.
 */
export function rangeDistractors(fact: Fact, prng: Prng, percent = /%|per ?cent/.test(fact.text), highest = Infinity, beside?: BesideRange): string[] {
	const parts = RANGE_PARTS.exec(fact.text);
	if (!parts) return [];
	const [, lowText, joint, highText] = parts;
	const low = writtenNumber(lowText);
	const high = writtenNumber(highText);
	if (low === undefined || high === undefined) return [];
	const decimals = Math.max(...[lowText, highText].map((t) => /\.(\d+)/.exec(t)?.[1].length ?? 0));
	const step = decimals > 0 ? Math.pow(10, -decimals) : Math.pow(10, Math.min(trailingZeros(low), trailingZeros(high)));
	const round = (v: number) => Number((Math.round(v / step) * step).toFixed(decimals));
	const out: string[] = [];
	const middle = (low + high) / 2;
	// one smaller range first where there is one, so the key is not always the lowest
	// beside the range it moved from, the options move by a few hundredths of the middle, on the side the move went
	const [smaller, larger] = beside
		? [beside.side > 0 ? [] : prng.shuffle([-0.04, -0.06, -0.08]), beside.side < 0 ? [] : prng.shuffle([0.04, 0.06, 0.08, 0.1, 0.12])]
		: percent
			? [prng.shuffle([-0.3, -0.45]), prng.shuffle([0.3, 0.45, 0.6, 0.8])]
			: // a range of amounts moves by a step of its middle, nearest first, as single figures do: "£205m and £220m" scaled
				// ×2 and ×4 was absurd beside the stem's own £241m consensus (the dev174 reader's R8); a wide range ("2–4")
				// needs the longer steps to clear itself
				[[...prng.shuffle([-0.15, -0.25]), -0.4, -0.6], [...prng.shuffle([0.15, 0.25, 0.35]), 0.5, 0.75, 1, 1.5, 2, 2.5]];
	for (const f of [...smaller.slice(0, 1), ...larger, ...smaller.slice(1)]) {
		const [a, b] = [round(low + f * middle), round(high + f * middle)];
		if (a <= 0 || a >= b || (b >= low && a <= high) || (percent && b > 100) || b > highest) continue;
		// "raised ... from a previous range of 10.8 to 11.1": no option the move rules out, nor the range it moved from
		if (beside && ((beside.side > 0 && a < beside.high) || (beside.side < 0 && b > beside.low) || (b >= beside.low && a <= beside.high))) continue;
		const text = `${formatLike(lowText, a)}${joint}${formatLike(highText, b)}`;
		if (!out.includes(text)) out.push(text);
		if (out.length === 3) break;
	}
	return out;
}

const MONTH_RE = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'i');
// "Aug. 11", "Sept. 2" (AP) and "Aug 14" (AFP): a month written short, with its dot or without
const SHORT_MONTH_RE = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(\.?)(?=\s\d)/;
// AP style shortens only the long months, with a dot; a style without dots cuts every month to three letters
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const THREE_LETTER_MONTHS = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1, 3));

/**
 * Three date distractors written like the key ("9 August" → "23 August", "2 September"):
 * shifted by days or by a month, never a date in `forbidden` (ISO strings of the article's
 * dates). A date written with its weekday moves by whole weeks, so each option's weekday is
 * right. `notAfter` (YYYY-MM-DD), for a past event, rules out dates after it, and `notBefore`, for
 * an event to come, dates before it; a key without its year is taken in the year that puts it on
 * its side of the bound. Handles "D Month [YYYY]", "Month D[, YYYY]" and "Month YYYY", the month written in
 * full or short ("Aug. 11", "Sept. 2", "Aug 14"); returns [] otherwise. `keepMonth`, for a
 * sentence that names the key's month elsewhere ("The previous May record ... was set on May 29,
 * 1944"), keeps every option in that month: "June 7, 1944" cannot be a May record (a holdout67
 * reader's R8); [] when three such dates cannot be found.
 */
export function dateDistractors(fact: Fact, prng: Prng, forbidden: ReadonlySet<string>, notAfter?: string, keepMonth = false, notBefore?: string): string[] {
	const short = SHORT_MONTH_RE.exec(fact.text);
	if (short && fact.iso && !MONTH_RE.test(fact.text)) {
		// a key that writes its month short gets options written the same way (QUALITY.md R5: no option differs in format)
		const index = Number(fact.iso.slice(-5, -3)) - 1;
		const full = MONTHS[index];
		if (!full || !full.startsWith(short[1].toLowerCase())) return [];
		// "Sept 10" keeps its four letters in every September option: "Sep 19" beside it gave the key away (a holdout72 reader's R5)
		const style = short[2] ? AP_MONTHS : THREE_LETTER_MONTHS.map((m) => (m === 'Sep' ? short[1] : m));
		const long = fact.text.replace(SHORT_MONTH_RE, full[0].toUpperCase() + full.slice(1));
		return dateDistractors({ ...fact, text: long }, prng, forbidden, notAfter, keepMonth, notBefore).map((d) => {
			const month = MONTH_RE.exec(d)!;
			return d.replace(MONTH_RE, style[MONTHS.indexOf(month[1].toLowerCase())]);
		});
	}
	const text = fact.text;
	const month = MONTH_RE.exec(text);
	if (!month || !fact.iso) return [];
	const monthIndex = MONTHS.indexOf(month[1].toLowerCase());
	const dayMatch = /\b(\d{1,2})(st|nd|rd|th)?\b(?!\d)/.exec(text.replace(/\b\d{4}\b/, ''));
	const out: string[] = [];
	const seen = new Set<string>([text.toLowerCase()]);
	const cap = (m: string) => (/^\p{Lu}/u.test(month[1]) ? m[0].toUpperCase() + m.slice(1) : m);
	// "Thursday, 16 July 2026": a date given with its weekday moves by whole weeks, so that every
	// option's weekday is its own (a blind reader's R8: "Thursday, 28 July 2026" is a Tuesday)
	const weekday = WEEKDAY_RE.test(text);
	const shifts = weekday ? [-21, -14, -7, 7, 14] : dayMatch ? [-14, -9, -6, -4, -3, 3, 4, 6, 9, 12, 17, 20] : [-3, -2, -1, 1, 2, 3, 4];
	// "since Sept 10" in a story of 16 September 2026: a key without its year still bounds its options,
	// or a past event's took "Sept 19" and "Sept 22" (a holdout72 reader's R8)
	const year = /^\d{4}/.exec(fact.iso)?.[0] ?? (notAfter ? yearBeside(fact.iso, notAfter, -1) : notBefore ? yearBeside(fact.iso, notBefore, 1) : undefined);
	const tries = prng.shuffle(shifts);
	// candidates past the three taken, kept for the month rule below
	const spare: string[] = [];
	for (const shift of tries) {
		let candidate: string;
		let iso: string;
		if (dayMatch) {
			const day = Number(dayMatch[1]);
			const base = new Date(Date.UTC(2001, monthIndex, day + shift));
			const newMonth = MONTHS[base.getUTCMonth()];
			const newDay = base.getUTCDate();
			if (base.getUTCMonth() !== monthIndex && /\b\d{4}\b/.test(text) && (monthIndex === 0 || monthIndex === 11)) continue;
			candidate = text.replace(MONTH_RE, cap(newMonth)).replace(new RegExp(`\\b${dayMatch[1]}(st|nd|rd|th)?\\b(?!\\d)`), `${newDay}${dayMatch[2] ? suffix(newDay) : ''}`);
			iso = `${String(base.getUTCMonth() + 1).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
		} else {
			const m = (monthIndex + shift + 12) % 12;
			candidate = text.replace(MONTH_RE, cap(MONTHS[m]));
			iso = String(m + 1).padStart(2, '0');
		}
		if (seen.has(candidate.toLowerCase()) || [...forbidden].some((f) => f.endsWith(iso))) continue;
		// a past event's date is no later than the article that reports it
		if (notAfter && year && `${year}-${iso}` > notAfter) continue;
		// an event still to come is no earlier than the article that announces it: "expected to be ... on
		// Saturday, May 30" in a story of May 22 is never "May 9" (a holdout72 reader's R8)
		if (notBefore && year && `${year}-${iso}` < notBefore.slice(0, 7 + (iso.length > 2 ? 3 : 0))) continue;
		seen.add(candidate.toLowerCase());
		if (keepMonth && !(MONTH_RE.exec(candidate)?.[1].toLowerCase() === month[1].toLowerCase())) continue;
		(out.length < 3 ? out : spare).push(candidate);
	}
	if (keepMonth && out.length < 3) return [];
	// "Oct. 1, 2025" among "Sept. 28", "Sept. 25" and "Sept. 22": the key alone in its month is the
	// odd one out (the holdout54 reader's R5), so one option of its month takes the last place,
	// and with none to take it the key gets no options
	const inMonth = (d: string) => MONTH_RE.exec(d)?.[1].toLowerCase() === month[1].toLowerCase();
	if (dayMatch && out.length === 3 && !out.some(inMonth)) {
		const same = spare.find(inMonth);
		if (!same) return [];
		out[2] = same;
	}
	return out;
}

/**
 * The year a date written without one ("--09-10") has in a story published on `published`
 * (YYYY-MM-DD): the publication's year, or the one `step` away where the date would otherwise fall
 * on the wrong side of publication (after it for a past event, step -1; before it for an event to
 * come, step 1): "Dec 28" in a story of 3 January is December of the year before.
 */
function yearBeside(iso: string, published: string, step: -1 | 1): string {
	const year = Number(published.slice(0, 4));
	const inYear = `${year}-${iso.slice(-5)}`;
	return String((step < 0 ? inYear > published : inYear < published) ? year + step : year);
}

const WEEKDAY_RE = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;

function suffix(n: number): string {
	return n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
}
