import * as chrono from 'chrono-node';
import type { Fact } from './facts';
import type { Span } from './types';

/**
 * A date a sentence refers to, as a range of days: explicit ("9 August 2020", "in 2012") or
 * relative ("on Sunday", "last week", "yesterday") resolved against the publication date.
 * `from` and `to` are days since 1970-01-01 (UTC), `to` exclusive; `precision` says how wide the
 * range is. `yearless` marks an explicit day and month without a year in an article with no
 * publication date: its range is placed in a stand-in year and can only be compared with other
 * yearless ones. `text` and `span` are the words of the sentence that state it.
 */
export interface DateMention {
	text: string;
	span: Span;
	from: number;
	to: number;
	precision: 'day' | 'week' | 'month' | 'year';
	relative: boolean;
	yearless: boolean;
}

const DAY_MS = 86_400_000;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/**
 * The relative expressions we resolve. "this week", "this year", "earlier this month" are left
 * out: they name a period that includes the publication day, so no event in them can be ordered.
 */
const RELATIVE_RE = new RegExp(
	`\\b(?:(?:last|on|next)\\s+)?${WEEKDAY}\\b(?:\\s+(?:morning|afternoon|evening|night))?|\\b(?:today|yesterday|tomorrow|tonight)\\b|\\blast\\s+(?:week|month|year)\\b`,
	'gi'
);
/** A clause that speaks of the future: a bare weekday in it is the next one, not the last. */
const FUTURE_RE = /\b(will|shall|is to|are to|is due|are due|plans? to|is set to|are set to|is expected to|are expected to)\b/i;

function dayNumber(year: number, month: number, day: number): number {
	return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The publication date (YYYY-MM-DD) as a day number, or undefined when absent or malformed. */
function publishedDay(published: string | undefined): number | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published ?? '');
	return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * Relative dates of a sentence resolved with chrono-node against the publication date
 * (`published`, YYYY-MM-DD). A bare weekday ("on Sunday", "released Monday") is the last such
 * day on or before publication, or the next one after it when the sentence speaks of the
 * future ("will meet on Sunday"); "last week/month/year" is the whole calendar week (Monday
 * first), month or year before. Returns [] when `published` is absent or not a date: then a
 * relative date is only ever kept as worded in a stem (QUALITY.md R9). "May" the verb is never
 * read as a date, since only the expressions above are looked at.
 */
export function relativeDates(text: string, published: string | undefined): DateMention[] {
	const pub = publishedDay(published);
	if (pub === undefined) return [];
	const out: DateMention[] = [];
	const future = FUTURE_RE.test(text);
	const instant = new Date(pub * DAY_MS + DAY_MS / 2);
	for (const m of text.matchAll(RELATIVE_RE)) {
		const [result] = chrono.parse(m[0], { instant, timezone: 0 });
		if (!result) continue;
		const words = m[0].toLowerCase();
		const resolved = Math.floor(result.start.date().getTime() / DAY_MS);
		const lead = /^on\s+/i.exec(m[0]);
		const start = m.index + (lead ? lead[0].length : 0);
		const mention = { text: m[0].slice(lead ? lead[0].length : 0), span: { start, end: m.index + m[0].length }, relative: true, yearless: false };
		if (/last\s+week/.test(words)) {
			// chrono gives the day a week before publication; the range is that calendar week
			const monday = resolved - ((new Date(resolved * DAY_MS).getUTCDay() + 6) % 7);
			out.push({ ...mention, from: monday, to: monday + 7, precision: 'week' });
		} else if (/last\s+(month|year)/.test(words)) {
			const d = new Date(resolved * DAY_MS);
			const isMonth = /month/.test(words);
			const from = isMonth ? dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : dayNumber(d.getUTCFullYear(), 1, 1);
			const to = isMonth ? dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 2, 1) : dayNumber(d.getUTCFullYear() + 1, 1, 1);
			out.push({ ...mention, from, to, precision: isMonth ? 'month' : 'year' });
		} else {
			let day = resolved;
			// chrono takes the nearest weekday; news reports the last one unless it speaks ahead
			if (!/^(last|next)\b|today|yesterday|tomorrow|tonight/.test(words)) {
				if (!future && day > pub) day -= 7;
				if (future && day < pub) day += 7;
			}
			out.push({ ...mention, from: day, to: day + 1, precision: 'day' });
		}
	}
	return out;
}

/**
 * The range of an explicit date fact (`Fact.iso`: "2020", "2016-02", "2016-04-26", or
 * "--11-16" without a year). A date without a year takes the publication year, or the year
 * before when that would put a past event after publication; without a publication date it is
 * marked `yearless`. Returns undefined for a fact with no `iso` and for a range of dates.
 */
export function explicitDate(fact: Fact, published: string | undefined, future = false): DateMention | undefined {
	const iso = fact.iso;
	// a range ("February 2016 to May 2017") is not one date: chrono gives only its start
	if (!iso || /\s(to|through|until|and)\s|\d\s?[–-]\s?\d/.test(fact.text)) return undefined;
	const base = { text: fact.text, span: fact.span, relative: false };
	const full = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
	if (full) {
		const [y, mo, d] = [Number(full[1]), full[2] ? Number(full[2]) : undefined, full[3] ? Number(full[3]) : undefined];
		if (mo === undefined) return { ...base, from: dayNumber(y, 1, 1), to: dayNumber(y + 1, 1, 1), precision: 'year', yearless: false };
		if (d === undefined) return { ...base, from: dayNumber(y, mo, 1), to: dayNumber(y, mo + 1, 1), precision: 'month', yearless: false };
		return { ...base, from: dayNumber(y, mo, d), to: dayNumber(y, mo, d) + 1, precision: 'day', yearless: false };
	}
	const partial = /^--(\d{2})-(\d{2})$/.exec(iso);
	if (!partial) return undefined;
	const [mo, d] = [Number(partial[1]), Number(partial[2])];
	const pub = publishedDay(published);
	if (pub === undefined) {
		const day = dayNumber(2001, mo, d);
		return { ...base, from: day, to: day + 1, precision: 'day', yearless: true };
	}
	const year = new Date(pub * DAY_MS).getUTCFullYear();
	let day = dayNumber(year, mo, d);
	if (!future && day > pub) day = dayNumber(year - 1, mo, d);
	if (future && day < pub) day = dayNumber(year + 1, mo, d);
	return { ...base, from: day, to: day + 1, precision: 'day', yearless: false };
}

/**
 * Every date a sentence refers to: its explicit date facts (from `extractFacts`) and its
 * relative dates resolved against `published`, in the order they appear.
 */
export function dateMentions(text: string, facts: readonly Fact[], published: string | undefined): DateMention[] {
	const future = FUTURE_RE.test(text);
	const explicit = facts.filter((f) => f.type === 'date').map((f) => explicitDate(f, published, future)).filter((d) => d !== undefined);
	const relative = relativeDates(text, published).filter((r) => !explicit.some((e) => r.span.start < e.span.end && e.span.start < r.span.end));
	return [...explicit, ...relative].sort((a, b) => a.span.start - b.span.start);
}
