import { withoutPictographs } from './pictographs';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?,?\\s+)?';
/** "14 March 2026", "14th Mar. 2026", "March 14, 2026", "2026-03-14", after an optional weekday. */
const DAY_MONTH_YEAR = `${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`;
const MONTH_DAY_YEAR = `${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`;
/** "2026-03-14", with the clock time of a machine-written stamp after it ("T08:15:00Z") or not. */
const ISO = '(\\d{4})-(\\d{2})-(\\d{2})(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
/** "14.03.2026" and "14/03/2026": day, month and year in figures. */
const DOTTED = '(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})';
const SLASHED = '(\\d{1,2})/(\\d{1,2})/(\\d{4})';
/** A clock time after the date, as pages print it: ", 10:42", " at 10.42 am GMT", " - 9:05 a.m. ET", "17:30 UTC+1". */
const TIME = '(?:\\s*(?:,|\\bat\\b|[-–—|·•])?\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*\\(?[A-Z]{2,5}(?:[+-]\\d{1,2})?\\)?)?)?';
/** The words a page puts before its date: "Published", "Last updated on", "First posted:". */
const LABEL = '(?:(?:first|last|originally)\\s+)?(published|updated|posted|modified|filed)(?:\\s+on)?\\s*:?\\s+';

const DATE_ONLY = new RegExp(`^(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${ISO}|${DOTTED}|${SLASHED})${TIME}\\.?$`, 'i');
const LABELLED = new RegExp(`^${LABEL}(.+)$`, 'i');
/** A reading time printed after the date ("· 4 min read", "| 5-minute read", ", 3 mins read"): page furniture, like the date. */
const READING_TIME_AFTER = /\s*(?:[|·•,]|\s[-–—])\s*\d{1,3}[-\s]?(?:mins?|minutes?)\.?\s+read\s*$/i;

/**
 * The date of a line written as a page's dateline: an ISO date (YYYY-MM-DD), or undefined
 * when the line is anything else. Takes one line of text, trimmed or not. A dateline is a date
 * alone or after a label ("Published 14 March 2026", "Updated 3 Feb 2026, 10:42", "Posted on
 * March 14, 2026", "Saturday 14 March 2026 10.42 GMT", "2026-03-14", "14.03.2026 – 08:15"),
 * with at most a clock time and a reading time ("· 4 min read") after it, or several such
 * parts between bars, dots or bullets ("Published: 14 March 2026 | Updated: 15 March 2026");
 * a line with any other words ("The vote on 14 March 2026 passed") is story.
 * `label` says which label it had ('published' for a date alone or "Posted"/"Filed", 'updated'
 * for "Updated"/"Modified"), so that a caller prefers the first publication (its relative
 * dates were written against it) to a later update; of several parts, the first publication's
 * date is returned, else the first. A day that is no calendar day (31 April) is no date.
 * A date in figures is read day first when its separator is a dot (the European
 * "14.03.2026"); with a slash, whose order differs by country ("03/14/2026" in the US), only
 * when one of the first two numbers is over 12 and so can only be the day.
 */
export function datelineOf(line: string): { date: string; label: 'published' | 'updated' } | undefined {
	const text = line.trim().replace(READING_TIME_AFTER, '');
	const whole = labelledDate(text);
	if (whole) return whole;
	const parts = text.split(/\s*[|·•]\s*/);
	if (parts.length < 2) return undefined;
	const found = parts.map(labelledDate);
	if (!found.every((f) => f !== undefined)) return undefined;
	return found.find((f) => f.label === 'published') ?? found[0];
}

function labelledDate(text: string): { date: string; label: 'published' | 'updated' } | undefined {
	const labelled = LABELLED.exec(text);
	const date = dateOf(labelled ? labelled[2] : text);
	if (!date) return undefined;
	const label = labelled && /updated|modified/i.test(labelled[1]) ? 'updated' : 'published';
	return { date, label };
}

function dateOf(text: string): string | undefined {
	const m = DATE_ONLY.exec(text.trim());
	if (!m) return undefined;
	const [day, month, year] = m[1]
		? [Number(m[1]), monthNumber(m[2]), Number(m[3])]
		: m[4]
			? [Number(m[5]), monthNumber(m[4]), Number(m[6])]
			: m[7]
				? [Number(m[9]), Number(m[8]), Number(m[7])]
				: m[10]
					? [Number(m[10]), Number(m[11]), Number(m[12])]
					: slashed(Number(m[13]), Number(m[14]), Number(m[15]));
	const stamp = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC rolls 31 April over to 1 May: a day that does not come back unchanged is none
	if (stamp.getUTCFullYear() !== year || stamp.getUTCMonth() !== month - 1 || stamp.getUTCDate() !== day) return undefined;
	return stamp.toISOString().slice(0, 10);
}

/** Day, month and year of a slashed date; one that could be read either way gets a day of 0, which is no date. */
function slashed(first: number, second: number, year: number): [number, number, number] {
	if (first > 12) return [first, second, year];
	if (second > 12) return [second, first, year];
	return [0, 0, year];
}

function monthNumber(name: string): number {
	return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A byline with a dateline after a bar, a dot or a comma (group 1 the byline, group 2 the dateline). */
const BYLINE_WITH_DATE = /^(by\s.+?)\s*(?:[|·•]|,|\s[-–—])\s*((?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified|filed)\b.*|(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}.*|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*|\d{4}-\d{2}-\d{2}.*|\d{1,2}[./]\d{1,2}[./]\d{4}.*)$/iu;

/** How many non-empty lines from the top a date alone is read as the dateline in (headline, standfirst, byline, date). */
const DATE_ALONE_LINES = 6;

/**
 * Takes the dateline out of a plain-text article (`text`, the headline on its first non-empty
 * line) and returns the text without it and its date as `published` (YYYY-MM-DD). A labelled
 * dateline ("Published 14 March 2026", "Updated 3 Feb 2026, 10:42") is page furniture wherever
 * it stands; a date alone is read as one only among the first `DATE_ALONE_LINES` non-empty lines
 * after the headline, before any line of the story (more than eight words, or a full stop), and
 * only the first such: "1 April 2026" over "New charges begin." in a timeline is an event's date
 * (a reviewer's find). Each such line leaves the text (it is no story, and a question on it would
 * be about the page: QUALITY.md R7), and a byline that ends in one ("By Jane Smith | 14 March
 * 2026") keeps only the byline; the date returned is the first publication's ("Published",
 * "Posted", a date alone) or, failing that, the first update's: relative dates ("on Tuesday")
 * are resolved against it (R9). Line breaks are kept, so blank-line paragraphs stay as they were.
 */
export function takeDateline(text: string): { text: string; published?: string } {
	const lines = text.split('\n');
	const kept: string[] = [];
	let seen = 0;
	let published: string | undefined;
	let updated: string | undefined;
	// a line of prose seen (the header is over), and a date alone already taken: only the header's first date alone is the dateline
	let prose = false;
	let alone = false;
	const note = (found: { date: string; label: 'published' | 'updated' }) => {
		if (found.label === 'published') published ??= found.date;
		else updated ??= found.date;
	};
	for (const line of lines) {
		const bare = withoutPictographs(line).trim();
		if (bare) seen++;
		const found = seen > 1 ? datelineOf(bare) : undefined;
		if (found && (LABELLED.test(bare) || (seen <= DATE_ALONE_LINES && !prose && !alone))) {
			alone ||= !LABELLED.test(bare);
			note(found);
			continue;
		}
		// "By Jane Smith | 14 March 2026": the byline stays, for the byline reader, and its date is taken
		const byline = seen > 1 && seen <= DATE_ALONE_LINES ? BYLINE_WITH_DATE.exec(bare) : null;
		const dated = byline ? datelineOf(byline[2]) : undefined;
		if (byline && dated) {
			note(dated);
			kept.push(byline[1]);
			continue;
		}
		// a line of the story itself ends the header: a date alone after it is an event's ("1 April 2026 / New charges begin.")
		if (seen > 1 && (bare.split(/\s+/).length > 8 || /[.!?]["”’]?$/.test(bare))) prose = true;
		kept.push(line);
	}
	const date = published ?? updated;
	return date ? { text: kept.join('\n'), published: date } : { text };
}
