import { extractFacts, type Fact } from './facts';
import { countryOf, countryOfDemonym } from './lexicon';
import { containsWord, keptPerText } from './words';

/** A figure a headline prints: its kind (a fact type), value in the fact's units, and the word after it. */
interface HeadlineFigure {
	type: string;
	value: number;
	after: string;
}

// "by a fifth", "half of", "one in three": a share the headline writes in words, as a percentage; a fraction counts
// only as a share, after a word of change or size or before "of" ("half-year profit", "the second half", "a third
// term" and "a quarter-final" are no shares: the reviewer's find)
const SHARE = (fraction: string) => new RegExp(String.raw`\b(?:by|nearly|almost|about|around|roughly|over|under|than|just|up|down|to|cut|cuts|lose|loses|lost|fall|falls|fell|rise|rises|rose)\s(?:${fraction})\b(?!-)|\b(?:${fraction})\s(?:of|the)\b`, 'i');
const FRACTIONS: [RegExp, number][] = [
	[SHARE('(?:a|one)[ -]half|half'), 50],
	[SHARE('two[ -]thirds'), 200 / 3],
	[SHARE('three[ -]quarters'), 75],
	[SHARE('(?:a|one)[ -]third'), 100 / 3],
	[SHARE('(?:a|one)[ -]quarter'), 25],
	[SHARE('(?:a|one)[ -]fifth'), 20],
	[SHARE('(?:a|one)[ -]tenth'), 10],
	[/\bone in three\b/i, 100 / 3],
	[/\bone in four\b/i, 25],
	[/\bone in five\b/i, 20],
	[/\bone in ten\b/i, 10]
];

const FIGURE_TYPES = new Set(['count', 'percent', 'money', 'age']);

/** The figures a headline prints, read once per headline: typed numbers, and shares written as fractions (as percentages). */
const figuresOf = keptPerText((title: string): HeadlineFigure[] => {
	const figures: HeadlineFigure[] = extractFacts(title)
		.filter((f) => FIGURE_TYPES.has(f.type) && f.value !== undefined)
		.map((f) => ({ type: f.type, value: f.value!, after: firstWord(title.slice(f.span.end)) }));
	for (const [re, value] of FRACTIONS) if (re.test(title)) figures.push({ type: 'percent', value, after: '' });
	return figures;
}, 256);

function firstWord(text: string): string {
	return /^\s*([\p{L}-]+)/u.exec(text)?.[1].toLowerCase() ?? '';
}

/** One item as `headlineGives` reads it: the key's fact, its text and the sentence's word after it, the options and the answer mode. */
export interface HeadlineItem {
	fact: Fact;
	/** The key as the item shows it ("6.9 per cent", "Vietnam"). */
	keyText: string;
	/** The source sentence's text after the key, to tell what a count counts. */
	after: string;
	/** The options of a choice item, with `key` the right one's index; empty for a typed answer or a true/false. */
	options: readonly string[];
	key: number;
	/** The key is typed or slid to and scored by closeness (scoring.ts), so a near figure earns points too. */
	estimate: boolean;
}

// a headline's figure within this share of the key all but gives an estimate: "cuts the harvest by a fifth" puts a
// guess of 22% within the closeness scoring's high points (scoring.ts), and picks the key among options it is nearest;
// a true/false needs the key itself (to rounding), for a figure near another is no verdict on it
const NEAR = 0.25;
const SAME = 0.02;

/**
 * Does the headline, which players see as the quiz's title on the start screen and between questions
 * (routes/play), give an item's key away (QUALITY.md R5)? Takes the headline and the item (`HeadlineItem`);
 * returns true when:
 * - the key is a figure and the headline prints one of the same kind (a percentage, a sum, an age, or a count
 *   of the same thing), as a number or a share in words: the key itself, to rounding ("6.9%" for a council tax
 *   rise of 6.9 per cent), or for an estimate or a choice item one within a quarter of it ("by a fifth" for a fall
 *   of 22%), and for a choice item nearer the key than any other option;
 * - the key is a place the headline names, itself or by its demonym ("Vietnamese villages" for a key "Vietnam":
 *   a false statement's "rural China" is false at a glance, a blank's answer is printed).
 * A person the headline names is left to be asked: an obituary's or a match report's protagonist is the story.
 * A dev154 reader graded each of these R5 (the figures and the place).
 */
export function headlineGives(title: string, item: HeadlineItem): boolean {
	const { fact, keyText } = item;
	if (fact.type === 'place') {
		const country = countryOf(keyText) ?? keyText;
		return containsWord(title, keyText) || (title.match(/\p{Lu}[\p{L}-]+/gu) ?? []).some((w) => countryOfDemonym(w) === country);
	}
	if (!FIGURE_TYPES.has(fact.type) || fact.value === undefined || fact.value <= 0) return false;
	const key = fact.value;
	const after = firstWord(item.after);
	return figuresOf(title).some((h) => {
		if (h.type !== fact.type || Math.abs(h.value - key) / key > (item.estimate || item.options.length > 1 ? NEAR : SAME)) return false;
		// "closure of 3 libraries" says nothing of a key of 3 councillors: a count is of the same thing or none
		if (fact.type === 'count' && h.after.slice(0, 4) !== after.slice(0, 4)) return false;
		if (item.options.length < 2) return true;
		const distance = Math.abs(h.value - key);
		return item.options.every((o, i) => {
			const v = i === item.key ? undefined : optionValue(o, item.options[item.key], key);
			return v === undefined || Math.abs(h.value - v) > distance;
		});
	});
}

/** An option's figure in the key fact's units: the key's value scaled by the option's written number over the key option's. */
function optionValue(option: string, keyOption: string, keyValue: number): number | undefined {
	const read = (s: string) => {
		const m = /\d[\d,]*(?:\.\d+)?/.exec(s);
		return m ? Number(m[0].replace(/,/g, '')) : undefined;
	};
	const [o, k] = [read(option), read(keyOption)];
	if (o === undefined || k === undefined || k === 0) return undefined;
	return (o / k) * keyValue;
}
