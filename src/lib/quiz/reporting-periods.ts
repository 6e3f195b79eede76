import { bodyLines } from './article';
import { unquoted } from './anchors';

/**
 * A reporting period a stem names by "the" alone: "American sales rose 19% to $214m in the half",
 * "losses widened over the period", "revenue fell 3% in the quarter". Read alone, which half,
 * quarter or period the stem never says: the lead dated it ("in the six months to 28 December"),
 * and the body leans on it (a dev174 reader's R4 on a results story; "reached 58% over the
 * period" of a survey). Where the article dates one span of the right length the stem is given
 * it; where it does not, the stem is refused.
 */

// "in the half", "over the period", "during the quarter", "for the half-year": the period with "the" alone; a
// word after it that dates it ("the half to June", not "over the period to £40m", "the period since 2019", "the quarter in question") or a hyphen
// that makes it a modifier ("the half-year results") leaves it dated
const BARE_PERIOD = /\b(?:in|during|over|for|across|through|throughout) the (half|half-year|quarter|period)\b(?![\s-](?:(?:to|ended|ending) (?:\d{1,2} \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+|\d{4}|the end)|from|since|between|of|under|in question|covered|before|after|until|through|that|when|which|year)\b|-(?!year\b))/u;
// a span the article dates: "the six months to 28 December", "the three months ended March 31", "the 12 months to June 2025",
// "the January-March period", "the first quarter of 2026", "the second half"
const DATED_SPAN = /\bthe (?:(?:six|three|nine|twelve|3|6|9|12) months (?:to|ended|ending) (?:\d{1,2} \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?: \d{1,2})?)(?:,? \d{4})?|(?:January|April|July|October)-(?:March|June|September|December) (?:period|quarter)|(?:first|second|third|fourth) quarter(?: of \d{4})?|(?:first|second) half(?: of \d{4})?)/gu;
const MONTHS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12 };

/** How many months a dated span runs: its count of months, or three for a quarter or a three-month range, six for a half. */
function monthsOf(span: string): number | undefined {
	const count = /^the (\S+) months/.exec(span);
	if (count) return MONTHS[count[1]];
	return /\bhalf\b/.test(span) ? 6 : 3;
}
// how many months each bare period word stands for; "the period" stands for any one dated span
const PERIOD_MONTHS: Record<string, number | undefined> = { half: 6, 'half-year': 6, quarter: 3, period: undefined };

/** The article's dated spans that a bare period word (`word`: "half", "quarter", "period") can mean, each once. */
function spansFor(article: { readonly paragraphs: readonly string[] }, word: string): string[] {
	const months = PERIOD_MONTHS[word];
	const spans = [...bodyLines(article).matchAll(DATED_SPAN)].map((m) => m[0]).filter((span) => months === undefined || monthsOf(span) === months);
	return [...new Set(spans)];
}

/**
 * Does `stem` (outside its quotes) name a reporting period by "the" alone, with no dating word
 * after it ("in the half", "over the period")? Such a stem, read alone, says not which period
 * (QUALITY.md R4); `nameReportingPeriodIn` dates those the article allows.
 */
export function barePeriod(stem: string): boolean {
	return BARE_PERIOD.test(unquoted(stem));
}

/**
 * A stem's bare reporting period written as the one span the article dates for it: "American
 * sales rose _____% to $214m in the half" → "... in the six months to 28 December" where the
 * article writes "the six months to 28 December" and no other six-month span. Unchanged where
 * the article dates none or more than one (then `barePeriod` refuses the stem), or where the
 * period sits in a quote. Takes the article and the written item; returns it with `stem` and
 * `falseStem` rewritten.
 */
export function nameReportingPeriodIn<W extends { stem: string; falseStem?: string }>(article: { readonly paragraphs: readonly string[] }, written: W): W {
	const fix = (stem: string) => {
		const m = BARE_PERIOD.exec(stem);
		if (!m || !barePeriod(stem)) return stem;
		const spans = spansFor(article, m[1]);
		if (spans.length !== 1) return stem;
		const at = m.index + m[0].length - `the ${m[1]}`.length;
		return `${stem.slice(0, at)}${spans[0]}${stem.slice(m.index + m[0].length)}`;
	};
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}
