/**
 * Keys a player can work out from the figures the stem itself shows (QUALITY.md R5, "no
 * giveaway"): "the hoard contains 1,137 coins: _____ silver denarii and 923 bronze radiates"
 * asks for 1,137 − 923, and "_____ people applied, down 33.8% on last year, when 127,400 did"
 * for 127,400 × (1 − 0.338). Found by a blind reader on articles the generator had not seen.
 */
import { keptPerArgs } from './words';

/** A figure as the stem writes it: its value, whether it is a percentage, and whether it is a count in words. */
interface Figure {
	value: number;
	percent: boolean;
	word?: boolean;
}

// a year ("in 2024") is no operand: two years a year apart would make every 1 a difference
const YEAR = /^(?:1[89]|20)\d\d$/;

// counts written as words, which a stem's parts are as often as figures ("three A321neos and two
// Embraers"); not "one", which is a pronoun as often ("one of the")
const WORD_COUNTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

// built once, not per call: V8 drops a `new RegExp` from its cache after two major GCs and compiles it again, which for a Unicode class costs milliseconds
const WORD_COUNT_RE = new RegExp(String.raw`\b(${WORD_COUNTS.join('|')})\b(?!-)`, 'gi');

/** Every figure of `stem` outside its blank, with commas read as thousands separators, and the counts from two to twelve it writes as words. */
function figures(stem: string): Figure[] {
	const out: Figure[] = [];
	for (const m of stem.matchAll(WORD_COUNT_RE)) out.push({ value: WORD_COUNTS.indexOf(m[1].toLowerCase()) + 2, percent: false, word: true });
	for (const m of stem.matchAll(/(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:%|per ?cent|percent))?/g)) {
		if (!m[2] && !m[3] && YEAR.test(m[1])) continue;
		out.push({ value: Number(`${m[1].replace(/,/g, '')}${m[2] ?? ''}`), percent: Boolean(m[3]) });
	}
	return out;
}

/** Are `a` and `b` the same figure as written: equal, or within 0.5% for a figure worked out from a rounded percentage? */
function near(a: number, b: number, exact: boolean): boolean {
	return exact ? Math.abs(a - b) < 1e-9 : Math.abs(a - b) <= Math.abs(b) * 0.005;
}

/** Is `whole` − `key` the sum of two or three of `parts` (a whole and its parts, the key one of them)? */
function partsOf(whole: number, parts: number[], key: number): boolean {
	const rest = whole - key;
	if (rest <= 0) return false;
	for (const [i, a] of parts.entries()) {
		for (const [j, b] of parts.entries()) {
			if (j <= i) continue;
			if (near(a + b, rest, true)) return true;
			if (parts.slice(j + 1).some((c) => near(a + b + c, rest, true))) return true;
		}
	}
	return false;
}

/**
 * Can the key `key` (the number as the source sentence writes it: 214 for "214", 33.8 for
 * "33.8%") be worked out from the figures of `stem`? True when it is the sum or difference of
 * two of them, or a whole less two or three of its parts ("a fleet of 14: _____ A320s, three
 * A321s and two E190s"), or another of them moved either way by a percentage the stem gives ("down 33.8%"),
 * or within a tenth of a share of one that the stem gives ("close to 5% of 820,000"), or the other
 * side of a split whose share the stem gives ("50.9%, with _____ in favour and 206,772 against"); or, for a
 * percentage, by which one of them differs from another, within a tenth of the share one is of
 * another, within half a point of one's share of the two ("votes in favour and against"), or the
 * rest of a hundred that its one other percentage ("own _____ of the group and the other side 42 per
 * cent") or two or more of them leave.
 * Years are never operands.
 */
export function computableKey(stem: string, key: number, keyIsPercent: boolean): boolean {
	return computableKeyKept(stem, key, keyIsPercent);
}
const computableKeyKept = keptPerArgs(readComputableKey, 4096);

// "almost double the 5 grams recommended", "double the recommended limit of 5 grams", "half the 300 it had":
// a multiple the stem writes before another of its figures, in the same clause
const MULTIPLES: Record<string, number> = { double: 2, twice: 2, treble: 3, triple: 3, 'three times': 3, 'four times': 4, 'five times': 5, 'ten times': 10, half: 0.5, 'a third of': 1 / 3, 'a quarter of': 0.25 };
const MULTIPLE_OF = new RegExp(String.raw`\b(${Object.keys(MULTIPLES).join('|')})\s[^\d,.;:]{0,60}?[$£€]?(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s?(?:%|per ?cent))`, 'giu');

/**
 * Does the stem write the key as a multiple of another of its figures, within a quarter (the closeness
 * scoring's high points): "an intake of around _____ grams, almost double the 5 grams recommended" for a
 * key of 9.6 (a dev154 reader's R5)? Years are never operands.
 */
function multipleOfFigure(stem: string, key: number): boolean {
	for (const m of stem.matchAll(MULTIPLE_OF)) {
		const value = Number(m[2].replace(/,/g, ''));
		if (/^(?:19|20)\d\d$/.test(m[2])) continue;
		if (key > 0 && Math.abs(MULTIPLES[m[1].toLowerCase()] * value - key) / key <= 0.25) return true;
	}
	return false;
}

/** The decimal places `n` is written with as a number (43 → 0, 6.25 → 2). */
function decimalsOf(n: number): number {
	return /\.(\d+)$/.exec(String(n))?.[1].length ?? 0;
}

const COUNT = String.raw`(\d{1,3}(?:,\d{3})*|${WORD_COUNTS.join('|')}|one)`;
// one count of a list that places its parts: "two in Daejeon", "three at Leeds General", "one from the Netherlands"
const PLACED_COUNT = new RegExp(String.raw`\b${COUNT}\s(?:(?:in|at|from)\s)(?:the\s)?\p{Lu}[^,;:.()]{0,40}?(?=,\s|\sand\s|[.;:)]|$)`, 'giu');
// what joins one placed count to the next in one list
const LIST_JOIN = /^(?:,\s(?:and\s)?|\sand\s)$/;

/**
 * The sums of every list of two or more counts that the stem places ("two in Daejeon and two in
 * Colorado", "three at Leeds, one at York and two at Hull"): a key the list adds up to ("recruited
 * at _____ sites, two in Daejeon and two in Colorado") is worked out, not known (a holdout152
 * reader's R5). Takes the stem; returns each list's sum.
 */
function placedCounts(stem: string): number[] {
	const sums: number[] = [];
	let run: { end: number; sum: number; parts: number } | undefined;
	for (const m of stem.matchAll(PLACED_COUNT)) {
		const value = /^\d/.test(m[1]) ? Number(m[1].replace(/,/g, '')) : m[1].toLowerCase() === 'one' ? 1 : WORD_COUNTS.indexOf(m[1].toLowerCase()) + 2;
		if (run !== undefined && LIST_JOIN.test(stem.slice(run.end, m.index))) run = { end: m.index + m[0].length, sum: run.sum + value, parts: run.parts + 1 };
		else {
			if (run !== undefined && run.parts >= 2) sums.push(run.sum);
			run = { end: m.index + m[0].length, sum: value, parts: 1 };
		}
	}
	if (run !== undefined && run.parts >= 2) sums.push(run.sum);
	return sums;
}

/** `computableKey`, read afresh. */
function readComputableKey(stem: string, key: number, keyIsPercent: boolean): boolean {
	if (multipleOfFigure(stem, key)) return true;
	const all = figures(stem);
	// a count in words is only ever a part of a whole: "in three raids on two days" adds to nothing
	const parts = all.filter((f) => !f.percent).map((f) => f.value);
	const plain = all.filter((f) => !f.percent && !f.word).map((f) => f.value);
	const percents = all.filter((f) => f.percent).map((f) => f.value);
	if (!keyIsPercent) {
		if (placedCounts(stem).some((sum) => sum === key)) return true;
		for (const [i, a] of plain.entries()) {
			for (const b of plain.slice(i + 1)) {
				if (near(a + b, key, true) || near(Math.abs(a - b), key, true)) return true;
			}
			// "a fleet of 14: _____ A320s, three A321s and two E190s": a whole less two or three of its parts
			const others = [...parts];
			others.splice(parts.indexOf(a), 1);
			if (parts.length <= 8 && partsOf(a, others, key)) return true;
			for (const p of percents) {
				// either end of the change: the new figure from the old, or the old from the new
				if ([a * (1 - p / 100), a * (1 + p / 100), a / (1 - p / 100), a / (1 + p / 100)].some((v) => near(v, key, false))) return true;
				// "_____ tonnes, close to 5% of a national output of around 820,000 tonnes": the share
				// of a whole comes within a tenth of the key, near enough for an estimate (a blind reader's R5)
				if (p < 100 && Math.abs((a * p) / 100 - key) <= key * 0.1) return true;
				// "50.9% of voters, with _____ votes in favour and 206,772 against": one side from the other and its share
				if (p > 0 && p < 100 && (near((a * p) / (100 - p), key, false) || near((a * (100 - p)) / p, key, false))) return true;
			}
		}
		return false;
	}
	// "rose _____% to €212m, up from €148m": the change is worked out to the key's own rounding, 43 for 43.2 (a dev156s reader's R5)
	const rounding = 0.5 * 10 ** -decimalsOf(key);
	for (const a of plain) {
		for (const b of plain) {
			if (a !== b && b !== 0 && Math.abs(Math.abs((a - b) / b) * 100 - key) <= rounding) return true;
			// "38,000 tonnes, close to _____% of an output of 820,000 tonnes": the share one is of the other
			if (a < b && Math.abs((a / b) * 100 - key) <= Math.max(0.5, key * 0.1)) return true;
			// "accepted by _____% of voters, with 214,386 votes in favour and 206,772 against": one side's share of the two (the holdout49 reader's R5)
			if (a !== b && Math.abs((a / (a + b)) * 100 - key) <= 0.5) return true;
		}
	}
	// "_____ per cent backed the bid, 18 per cent opposed it and 11 per cent were undecided": the rest of a whole (the holdout52 reader's R5)
	const others = percents.reduce((sum, p) => sum + p, 0);
	// "shareholders will own _____ of the enlarged group and Halden shareholders 42 per cent": the other side of a split in two
	if (percents.length === 1 && Math.abs(100 - others - key) <= 0.05) return true;
	return percents.length >= 2 && others < 100 && Math.abs(100 - others - key) <= 0.5;
}

// after the key: its unit, then ", or roughly 14 billion euros", " (€14bn)" or a dashed aside " – about $520,000 at the time –"
// (the holdout177 reader's R5): the same sum in another unit, no share of it ("(14%)"); a dash takes a hedge, as
// "£412,000 – £20,000 more than" is no equivalent
const EQUIVALENT_AFTER = /^\s?(?:[\p{L}%]+\s?){0,3}(?:,\s(?:or|about|roughly|around|some|approximately|equivalent to|worth)\s(?:roughly\s|about\s|around\s|some\s|approximately\s|nearly\s|almost\s)?|\s?\((?:or\s|about\s|roughly\s|around\s|some\s|approximately\s)?|\s[–—-]\s(?:or\s)?(?:about|roughly|around|some|approximately|nearly|almost|equivalent to|worth)\s)[$£€¥₹]?(?:[A-Z]{1,3}\$)?\d[\d.,]*(?![\d.,]|\s?(?:%|per cent|percent|pc\b))/u;
// before the key: "14 billion euros (about ", "€14bn, or roughly ", "$520,000 – about ": the same sum given first
const EQUIVALENT_BEFORE = /\d(?:[\d.,]*)(?:\s?[\p{L}%]+){0,3}\s?(?:\(|,\sor\s|\s[–—-]\s(?:or\s)?(?=(?:roughly|about|around|some|approximately|nearly|almost)\s))(?:roughly\s|about\s|around\s|some\s|approximately\s|nearly\s|almost\s)?[$£€¥₹]?$/u;

/**
 * Does the stem give the key's sum again in another unit, beside it: "at around _____ billion
 * zlotys, or roughly 14 billion euros", "_____ rupees ($1.2m)", "€14bn (about _____ zlotys)"?
 * A player who knows the rate works the key out, and one who does not can guess its scale (the
 * holdout30 reader's R5). Takes the stem and where the key (or its blank) starts and ends in it.
 */
export function equivalentBeside(stem: string, start: number, end: number): boolean {
	return equivalentBesideKept(stem, start, end);
}
const equivalentBesideKept = keptPerArgs(readEquivalentBeside, 4096);

/** `equivalentBeside`, read afresh. */
function readEquivalentBeside(stem: string, start: number, end: number): boolean {
	return EQUIVALENT_AFTER.test(stem.slice(end)) || EQUIVALENT_BEFORE.test(stem.slice(0, start));
}

// a blank that counts years or seasons: "_____ seasons", "_____ full years", "_____ summers'"
const COUNTED_YEARS = /_____\s(?:[\p{L}-]+\s)?(?:years?|seasons?|summers?|winters?|springs?|autumns?|harvests?|campaigns?|terms?)\b/u;
// two years that bound a span: "between 2020 and 2022", "from 2020 to 2022", "2020-22", "2020–2022"
const YEAR_SPAN = /\b(?:between\s((?:1[89]|20)\d\d)\sand\s((?:1[89]|20)\d\d)|from\s((?:1[89]|20)\d\d)\s(?:to|until|till)\s((?:1[89]|20)\d\d)|((?:1[89]|20)\d\d)[-–]((?:1[89]|20)?\d\d))\b/g;

/**
 * Does the stem state a span of years whose length is the key, a count of years or seasons
 * ("contractors spent _____ seasons, between 2020 and 2022" for three)? Counted either way (2022 −
 * 2020, or the years inclusive), the key is worked out from the stem (QUALITY.md R5: the dev174
 * reader's); a count of anything else ("ran across _____ hospitals between 2022 and 2025") is no
 * length of the span. A two-digit end year takes the first's century ("2020-22"). Takes the stem,
 * with its blank where the key stands, and the key's value.
 */
export function spanGivesKey(stem: string, key: number): boolean {
	if (!COUNTED_YEARS.test(stem)) return false;
	for (const m of stem.matchAll(YEAR_SPAN)) {
		const from = Number(m[1] ?? m[3] ?? m[5]);
		const written = m[2] ?? m[4] ?? m[6];
		const to = written.length === 2 ? Math.floor(from / 100) * 100 + Number(written) : Number(written);
		if (to > from && (key === to - from || key === to - from + 1)) return true;
	}
	return false;
}
