/**
 * The quiz's headline with every key it prints blanked out, for the screens a player sees before
 * finishing the quiz: a headline often states the very fact an item asks ("... approves €48.5m
 * sea wall" over "build a €_____ million sea wall"). Pure and small: it runs in the server's
 * loads and may run in the browser, and takes nothing from the generator but its small lexicon of
 * number words (number-words.ts).
 */
import { singularOf } from '../plural';
import { spelledNumberValue, TENS_WORDS, UNIT_WORDS } from './number-words';
import { SCALES } from './scales';
import { ESTIMATE } from './scoring';
import type { Item, Quiz } from './types';

/**
 * What a masked key is replaced with: a cloze blank, which `Stem.svelte` draws as a line and a
 * screen reader hears as "blank", and which plain text (a tab title, og:title) shows as written.
 */
export const HEADLINE_BLANK = '_____';

/**
 * The fields of an item that say what its key is; for a true-or-false item, the fact its statement
 * keeps or swaps is the span `source.keySpan` of `source.text`.
 */
export type KeyedItem = Pick<Item, 'type' | 'factType' | 'options' | 'key' | 'numeric'> & { source?: Pick<Item['source'], 'text' | 'keySpan'> };

/** A headline as the player reads it: letters lower-cased and accents dropped, each mapped back. */
interface Folded {
	text: string;
	/** `origin[i]` is the offset in the headline of the character that gave `text[i]`. */
	origin: number[];
}

/** Folds case and accents (NFD, combining marks dropped), so "Dvořák" matches "dvorak". */
function fold(text: string): Folded {
	let folded = '';
	const origin: number[] = [];
	let offset = 0;
	for (const char of text) {
		for (const part of char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()) {
			folded += part;
			for (let unit = 0; unit < part.length; unit++) origin.push(offset);
		}
		offset += char.length;
	}
	return { text: folded, origin };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `needle` sits in `text` at `at` as whole words: no letter or digit touches either end,
 * nor does the rest of a number ("2" is no whole word of "2.5" or "1,200") or of a score ("3-2").
 */
function wholeAt(text: string, at: number, length: number): boolean {
	const before = text.slice(Math.max(0, at - 2), at);
	const after = text.slice(at + length, at + length + 2);
	return !WORD_CHAR.test(before.at(-1) ?? '') && !WORD_CHAR.test(after[0] ?? '') && !/\d[.,–-]$/.test(before) && !/^[.,–-]\d/.test(after);
}

/**
 * Words before a name that are not the name ("Mr Lukashenko"), and after it that are not the
 * surname ("Martin Luther King Jr").
 */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'president']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The surname of a person key: its last word that is no suffix, or null for a one-word name. */
function surname(name: string): string | null {
	const words = name
		.split(/\s+/)
		.map((word) => word.replace(/[.,]+$/, ''))
		.filter((word) => word && !HONORIFICS.has(word.toLowerCase()));
	while (words.length > 1 && SUFFIXES.has(words[words.length - 1].toLowerCase())) words.pop();
	return words.length > 1 ? words[words.length - 1] : null;
}

/**
 * A number as written: its figure, the scale word's factor (1 without one), its span, and the
 * decimals it is written to (0 for "19%", 1 for "19.4%"; absent where it carries no precision).
 */
interface Figure {
	start: number;
	end: number;
	mantissa: number;
	scale: number;
	decimals?: number;
}

// the scale words of `SCALES`, longest first so "mn" is read before "m" and "lakh crore" before "lakh": a word
// ("million", "crore") may stand a space after its figure, an abbreviation ("m", "bn", "mil") is run on
const scaleWords = Object.keys(SCALES).sort((a, b) => b.length - a.length);
const SPELLED_SCALE = scaleWords.filter((word) => word.length > 3).join('|');
const RUN_ON_SCALE = scaleWords.filter((word) => word.length <= 3).join('|');
// what may follow a figure and is part of it: a percent sign or "per cent", and a currency word
const AFTER = String.raw`(?:\s?(?:%|per ?cent))?(?:\s(?:euros?|pounds?|dollars?|yen|rupees?|francs?))?`;
// a unit a headline runs on to its figure ("80mph gusts", "40mm of rain"), read after the scales so that "m" alone stays million
const RUN_ON_UNIT = String.raw`(?:mph|km\/h|kph|mm|cm|km|kg|kw|mw|gw|ft)?`;

/**
 * A number with what a reader takes as part of it: a currency sign before ("€", "US$", Malaysia's
 * "RM", South Asia's "Rs", Kenya's "KSh", and the letter South African and Nigerian copy runs on
 * to a figure for rand and naira, "R180m" and "N2.4bn", as facts.ts reads them), a scale
 * word after, spelled out ("48.5 million") or run on ("48.5m", "2bn"), a percent sign or
 * "per cent", and a currency word ("48.5 million euros"). Run on folded (lower-case) text.
 */
const FIGURE = new RegExp(
	String.raw`(?<![\p{L}\p{N}.,])(?:(?:us|a|c|nz|hk|nt|s|r)?[$€£¥₹₦₩₱₺₽₪₴]\s?|rm\s?|rs\.?\s?|ksh\s?|[rn](?=\d))?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(${SPELLED_SCALE})|(${RUN_ON_SCALE}))?${AFTER}${RUN_ON_UNIT}(?![\p{L}\p{N}]|[.,]\d)`,
	'gu'
);

// the words a headline may spell a number in, longest first so "seventeen" is read before "seven"
const NUMBER_WORD = [...new Set([...UNIT_WORDS, ...TENS_WORDS])].sort((a, b) => b.length - a.length).join('|');

/**
 * A number spelled out ("two", "twenty-five", "three hundred", "five per cent", "two million
 * euros"), with the same scale, percent and currency words a figure may carry; not the "two" of
 * a fraction ("two-thirds"), which is no count of two, nor the "one" of "no one", "no-one" or "one
 * another", which is nobody ("anyone", "someone" are one word, and no number). Run on folded text.
 */
const SPELLED = new RegExp(
	String.raw`(?<![\p{L}\p{N}])(?<!\bno[\s-])(?!one\sanother\b)((?:${NUMBER_WORD})(?:[\s-](?:and\s)?(?:${NUMBER_WORD}|hundred))*)(?:\s(${SPELLED_SCALE}))?${AFTER}(?![\p{L}\p{N}]|-(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?|halves)\b)`,
	'gu'
);

/**
 * Words a headline uses for a number without writing it: sport's "double", "brace" and
 * "hat-trick" (two and three goals), "treble", "a dozen", "a decade", "halved" (a fall of 50%).
 * "Okafor double" over an item asking "_____ goals from Daniel Okafor" tells the key by another
 * wording (QUALITY.md R5; the holdout173 reader's "headline gives away two goals"). Run on folded
 * text; the value is the number the word stands for.
 */
const NUMBER_NOUNS: Record<string, number> = { double: 2, doubles: 2, brace: 2, 'hat-trick': 3, 'hat trick': 3, treble: 3, trebles: 3, dozen: 12, decade: 10, decades: 10, halved: 50, halves: 50, halving: 50 };
const NUMBER_NOUN = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${Object.keys(NUMBER_NOUNS).sort((a, b) => b.length - a.length).join('|')})(?![\p{L}\p{N}])`, 'gu');

/** Every number in `text` (folded), in figures or spelled out, with its scale and span. */
function figures(text: string): Figure[] {
	const written = [...text.matchAll(FIGURE)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		mantissa: Number(`${match[1].replaceAll(',', '')}.${match[2] ?? '0'}`),
		scale: SCALES[match[3] ?? match[4] ?? ''] ?? 1,
		decimals: match[2]?.length ?? 0
	}));
	const spelled = [...text.matchAll(SPELLED)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		mantissa: spelledNumberValue(match[1].replace(/\sand\s/g, ' ')) ?? 0,
		scale: SCALES[match[2] ?? ''] ?? 1
	}));
	const named = [...text.matchAll(NUMBER_NOUN)].map((match) => ({ start: match.index, end: match.index + match[0].length, mantissa: NUMBER_NOUNS[match[0]], scale: 1 }));
	return [...written, ...spelled, ...named];
}

/** The share of a whole each fraction word stands for, by its folded spelling, singular and plural. */
const FRACTION_WORDS: Record<string, number> = { half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10 };
const NUMERATORS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, nine: 9 };
const RATIO_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const RATIO_WORD = Object.keys(RATIO_WORDS).join('|');

/**
 * A share a headline writes in words, not as a percentage: "a third", "two-thirds", "three
 * quarters", "half of", "one in five", "1 in 4". The fraction word must close its phrase or be
 * followed by a preposition, so an ordinal ("a third term", "second half") is no share. Run on
 * folded text; the value is the percentage it stands for.
 */
const FRACTION = new RegExp(
	String.raw`(?<![\p{L}\p{N}-])(?<!(?:first|second|the|this|last|next)\s)(?:(${Object.keys(NUMERATORS).join('|')})[\s-])?(${Object.keys(FRACTION_WORDS).join('|')})(?![\p{L}\p{N}-])(?=\s(?:of|in|on|to|for|from|as|at|by|after|since|over|under|across|with)\b|\s?[,.;:!?]|$)`,
	'gu'
);
const RATIO = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${RATIO_WORD}|\d{1,2})\sin\s(${RATIO_WORD}|\d{1,3})(?![\p{L}\p{N}])`, 'gu');

/**
 * The shares `text` (folded) writes in words ("cut by a third", "one in five adults"), each with
 * its span and the percentage it stands for. A headline "cod quota cut by a third" over an item
 * asking the cut as a percentage (33%) tells the key in other words (the holdout185 reader's R5),
 * which the figures of `figures` never match. A lone fraction word needs its numerator ("a
 * third"), but for "half", which stands alone ("cut in half").
 */
function shares(text: string): { start: number; end: number; percent: number }[] {
	const fractions = [...text.matchAll(FRACTION)]
		.filter((match) => match[1] !== undefined || match[2] === 'half')
		.map((match) => ({ start: match.index, end: match.index + match[0].length, percent: 100 * (NUMERATORS[match[1] ?? 'a'] ?? 1) * FRACTION_WORDS[match[2]] }));
	const ratios = [...text.matchAll(RATIO)].flatMap((match) => {
		const [of, whole] = [match[1], match[2]].map((part) => RATIO_WORDS[part] ?? Number(part));
		return of < whole ? [{ start: match.index, end: match.index + match[0].length, percent: (100 * of) / whole }] : [];
	});
	return [...fractions, ...ratios];
}

/**
 * Whether a share in words stands for a percentage key: a headline rounds as freely as "a third"
 * for anything from 33% to 34%, so within one point.
 */
function sharesKey(percent: number, key: number): boolean {
	return Math.abs(percent - key) <= 1;
}

/** Equal to within rounding of the decimal figures a headline writes. */
function same(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Whether a headline's number shows a key's: the same amount in any format ("€48.5m" for
 * "€48.5 million", "48,500,000"), the key rounded to the decimals the headline writes ("19%" for
 * 19.4%, "£4m" for £4.2 million), or the same figure where one of them has no scale word ("48.5"
 * for a key asked as "€_____ million").
 */
function shows(shown: Figure, key: Figure): boolean {
	if (same(shown.mantissa * shown.scale, key.mantissa * key.scale)) return true;
	// a headline rounds what the body gives to a decimal: "dam levels to 19%" over a key of 19.4%, "£4m" over £4.2 million
	if (shown.decimals !== undefined && (key.decimals === undefined || key.decimals > shown.decimals)) {
		const inShownScale = (key.mantissa * key.scale) / shown.scale;
		if (same(Number(inShownScale.toFixed(shown.decimals)), shown.mantissa) && inShownScale !== Math.round(inShownScale)) return true;
	}
	return same(shown.mantissa, key.mantissa) && (shown.scale === 1 || key.scale === 1);
}

// how far off a headline figure may be and still earn an estimate nine tenths of its credit (`ESTIMATE`): a rounding of the
// key ("84,000" for 84,312, "nearly 3,000" for 2,740), not another figure of the story ("17% raises" over a 22% fall)
const NEAR_FULL = ESTIMATE.fullWithin + (ESTIMATE.noneFrom - ESTIMATE.fullWithin) / 10;

/**
 * Whether a headline's figure, rounded or not, lands an estimate of `value` nine tenths of its
 * credit or more: "study of 84,000 adults" over "followed _____ adults" (84,312) is 0.4% off, full points
 * for copying the headline (a holdout180 reader's R5), which `shows` misses as no rounding of the
 * key to its decimals. A figure of 10 or less is none: "3 dead" is no estimate of 4 injured.
 */
function nearEstimate(shown: Figure, value: number): boolean {
	const amount = shown.mantissa * shown.scale;
	return amount > 10 && value > 0 && Math.abs(amount - value) / value <= NEAR_FULL && Math.abs(amount - value) <= lastPlace(shown);
}

/**
 * The worth of a figure's last written digit: 1,000 for "84,000", a million for "£38m", a tenth
 * of a million for "£38.5m". A headline that rounds the key writes it to within one such unit
 * ("84,000" for 84,312, "nearly 3,000" for 2,740); a figure further off is another fact of the
 * story of like size: tester-59's "approve £38m of cuts" was blanked over reserves that "had
 * fallen from £41 million", 7% off but three of its millions away.
 */
function lastPlace(shown: Figure): number {
	if (shown.decimals) return shown.scale * 10 ** -shown.decimals;
	let place = 1;
	for (let rest = Math.round(shown.mantissa); rest >= 10 && rest % 10 === 0; rest /= 10) place *= 10;
	return shown.scale * place;
}

/**
 * Whether a count the headline prints at `[start, end)` counts another thing than a count key
 * does: the headline's number is followed by a plural noun ("passes by two votes") that is none of
 * the three words after the key in its source sentence ("Two Labour councillors voted against")
 * nor the item's unit, and the number is more than one. Tester-59's "two votes" was blanked over the key "Two" of the Labour rebels,
 * the same number of another thing, which told the player nothing. A headline number followed by
 * no plural noun ("Three dead"), a word for a number ("Okafor double"), or a key whose thing is
 * unknown, stays blanked.
 */
function countsOther(headline: string, [start, end]: [number, number], item: KeyedItem): boolean {
	if (item.factType !== 'count' || !item.source) return false;
	// a word for a number ("double") is the thing itself, and one thing takes a verb in -s ("One dies")
	if (/^(?:one|1)$/.test(headline.slice(start, end)) || NUMBER_NOUNS[headline.slice(start, end)] !== undefined) return false;
	const noun = /^\s([a-z]{3,}s)\b/.exec(headline.slice(end))?.[1];
	if (!noun || /ss$/.test(noun)) return false;
	const after = fold(item.source.text.slice(item.source.keySpan.end)).text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 3) ?? [];
	const things = new Set([...after, ...(item.numeric?.unit ? fold(item.numeric.unit).text.split(/\s+/) : [])].map(singularOf));
	return things.size > 0 && !things.has(singularOf(noun));
}

/** A score or range written as one ("3-2", "2–0", "10-12"): two figures joined by a dash. */
const PAIR = /^\d+\s?[-–]\s?\d+$/;

/**
 * Whether a headline's figure is one side of a score or range ("3-2", "10-12"): the "2" of "3-2"
 * is no count of two, and blanking it alone left "Storm Edge Westvale 3-_____" (tester-55's cup
 * semi-final) over items none of whose keys was 2.
 */
function inPair(text: string, figure: Figure): boolean {
	return /\d\s?[-–]\s?$/.test(text.slice(Math.max(0, figure.start - 4), figure.start)) || /^\s?[-–]\s?\d/.test(text.slice(figure.end, figure.end + 4));
}

/** Fact types whose key is a quantity, matched by value; a date's numbers are matched as text. */
const QUANTITIES = new Set<Item['factType']>(['count', 'money', 'percent', 'age', 'tally', 'range']);

/**
 * The spans of the folded headline that print an item's key: the key as whole words, a person's
 * surname, and a quantity's numbers in any format. A true-or-false item's key is the fact its
 * statement keeps or swaps: a headline printing it says whether the statement is true (the holdout164
 * reader's "true statement restates the headline"). A false statement's swapped fact is blanked
 * only where it is a quantity, whose figure in the headline contradicts the statement's outright;
 * a name it swaps out is the story's team or person, printed in the headline in any role ("Storm
 * Edge Westvale 3-2" over "Ashford Athletic's manager said ..."), and blanking it garbled
 * tester-55's headline to tell the player nothing the headline said about the statement. A score
 * or range key shows only as a whole. A which-came-first item's key is an order of events, which
 * no headline prints.
 */
function keySpans(headline: Folded, item: KeyedItem): [number, number][] {
	if (item.type === 'which-first') return [];
	const key = (item.type === 'true-false' ? item.source && item.source.text.slice(item.source.keySpan.start, item.source.keySpan.end) : item.options[item.key])?.trim();
	if (!key) return [];
	if (item.type === 'true-false' && item.options[item.key] === 'False' && !QUANTITIES.has(item.factType) && !item.numeric) return [];
	const needles = [key];
	if (item.factType === 'person' || item.factType === 'attribution' || item.type === 'who-said') {
		const last = surname(key);
		if (last) needles.push(last);
	}
	const spans: [number, number][] = [];
	for (const needle of needles.map((words) => fold(words).text)) {
		for (let at = headline.text.indexOf(needle); at >= 0; at = headline.text.indexOf(needle, at + 1)) {
			if (wholeAt(headline.text, at, needle.length)) spans.push([at, at + needle.length]);
		}
	}
	// a score or a range is one fact: its parts are no amounts ("2-0" shows no 2), and it shows only as a whole
	if ((QUANTITIES.has(item.factType) || item.numeric) && !PAIR.test(key)) {
		const keyFigures = figures(fold(key).text);
		if (item.numeric) keyFigures.push({ start: 0, end: 0, mantissa: item.numeric.value, scale: 1 });
		for (const shown of figures(headline.text)) {
			if (inPair(headline.text, shown)) continue;
			if (keyFigures.some((figure) => shows(shown, figure)) || (item.numeric && nearEstimate(shown, item.numeric.value))) spans.push([shown.start, shown.end]);
		}
		if (item.factType === 'percent') {
			const percents = keyFigures.map((figure) => figure.mantissa * figure.scale);
			for (const share of shares(headline.text)) if (percents.some((percent) => sharesKey(share.percent, percent))) spans.push([share.start, share.end]);
		}
	}
	return spans.filter((span) => !countsOther(headline.text, span, item));
}

/**
 * Takes a quiz's title and items and returns the title with each stretch that prints an item's
 * key replaced by `HEADLINE_BLANK`: matched as a player would see it, in whole words, ignoring
 * case and accents, a person key also by surname, a quantity in any format ("€48.5m", "48.5
 * million euros" for "€48.5 million"), spelled out or not ("two" for 2, "5%" for "five per cent"), a percentage also as a share in words ("a third" for 33%). Every occurrence is blanked; overlapping or touching
 * stretches make one blank. A headline that prints no key comes back unchanged.
 */
export function maskedHeadline(quiz: Pick<Quiz, 'title'> & { items: readonly KeyedItem[] }): string {
	const headline = fold(quiz.title);
	const spans = quiz.items.flatMap((item) => keySpans(headline, item)).sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [start, end] of spans) {
		const last = merged[merged.length - 1];
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	let masked = '';
	let from = 0;
	for (const [start, end] of merged) {
		const origStart = headline.origin[start];
		const origEnd = end < headline.origin.length ? headline.origin[end] : quiz.title.length;
		masked += quiz.title.slice(from, origStart) + HEADLINE_BLANK;
		from = origEnd;
	}
	return masked + quiz.title.slice(from);
}
