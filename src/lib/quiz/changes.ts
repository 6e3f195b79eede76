import { NUMBER_WORDS, ORDINAL_WORDS, numberWordValue, type Fact } from './facts';
import { MONTHS } from './lexicon';

// a verb of change before "from A to B": the two numbers are a value before and after, not the
// ends of one range ("cut the working week from 38 hours to 35", "rose from 2.9% to 3.4%", "will
// go up from £2.20 to £2.40")
const CHANGE_VERB =
	/\b(?:rise|rises|rose|risen|rising|increase[sd]?|increasing|raise[sd]?|raising|grow|grows|grew|grown|growing|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|fall|falls|fell|fallen|falling|cut|cuts|cutting|reduce[sd]?|reducing|lower(?:s|ed|ing)?|drop(?:s|ped|ping)?|decline[sd]?|declining|shrink(?:s|ing)?|shrank|shrunk|slip(?:s|ped|ping)?|slid|double[sd]?|halve[sd]?|extend(?:s|ed|ing)?|shorten(?:s|ed|ing)?|(?:go|goes|going|gone|went|come|comes|coming|came)\s(?:up|down)|soar(?:s|ed|ing)?|surge[sd]?|surging|plunge[sd]?|plunging|plummet(?:s|ed|ing)?|tumble[sd]?|tumbling|hike[sd]?|hiking|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?|expand(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|chang(?:e|es|ed|ing))\b/i;
// words that make "from A to B" a spread of values after all ("prices range from £35 to £195")
const SPREAD = /\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|anywhere|between|aged?|ages)\b/i;

/**
 * Marks the two numbers of a change ("due to fall from £425,000 to £300,000", "raised from 15%
 * to 18%") as exact: facts.ts reads "from A to B" as a range, whose ends are never asked alone
 * (QUALITY.md R3), but a change states two values, each a fact of its own, and `sideOf` keeps a
 * distractor of one on its side of the other. A pair is a change when its second number is
 * lower than the first (a range runs upwards) or a verb of change comes before "from" in the
 * same clause, and no word of spread ("range", "vary", "between") does. Takes the text and its
 * number facts and clears `bound` and `approximate` on such pairs, unless a hedge of their own
 * set them ("from more than 200 to ..."). Returns nothing.
 */
export function markChanges(text: string, facts: Fact[]): void {
	for (const a of facts) {
		if (a.value === undefined || !/\bfrom\s$/i.test(text.slice(Math.max(0, a.span.start - 5), a.span.start))) continue;
		const b = facts.find((f) => f !== a && f.type === a.type && f.unit === a.unit && f.value !== undefined && /^\s(?:to|[-–])\s$/.test(text.slice(a.span.end, f.span.start)));
		if (!b) continue;
		const lead = text.slice(0, a.span.start).split(/[,;:.!?]/).pop() ?? '';
		if (SPREAD.test(lead) || !(b.value! < a.value! || CHANGE_VERB.test(lead))) continue;
		for (const f of [a, b]) {
			if (f.hedge) continue;
			delete f.bound;
			delete f.approximate;
		}
	}
}

// how many of each unit of time the next one up holds (a month holds about five weeks)
const TIME_UNITS: [string, number][] = [
	['second', 60],
	['minute', 60],
	['hour', 24],
	['day', 7],
	['week', 5],
	['month', 12],
	['year', Infinity]
];

/**
 * The ceiling on the smaller part of a compound duration ("14 years and 6 months", "one hour and
 * 52 minutes"): the number of its units in the larger unit named just before it (12 months, 60
 * minutes), so that no distractor reads "14 years and 18 months" (QUALITY.md R8). Takes the text
 * before the count and its counted noun; returns the exclusive ceiling, or undefined when the
 * count is no such part.
 */
export function durationCeiling(before: string, noun: string | undefined): number | undefined {
	const units = TIME_UNITS.map(([u]) => u);
	const unit = units.indexOf((noun ?? '').toLowerCase().replace(/s$/, ''));
	const larger = /\b(?:\d+|[a-z]+)\s(seconds?|minutes?|hours?|days?|weeks?|months?|years?),?\s(?:and\s)?$/i.exec(before);
	if (unit < 0 || !larger) return undefined;
	const above = units.indexOf(larger[1].toLowerCase().replace(/s$/, ''));
	if (above <= unit) return undefined;
	// "two weeks and 3 days": the part stays below the larger unit's size in its own units
	return TIME_UNITS.slice(unit, above).reduce((n, [, size]) => n * size, 1);
}

// how many of a unit of time fit in the period it is counted per ("7 days a week", "24 hours a day")
const PER_PERIOD: Record<string, number> = {
	'minute/hour': 60,
	'hour/day': 24,
	'hour/week': 168,
	'day/week': 7,
	'day/month': 31,
	'day/year': 366,
	'week/year': 52,
	'month/year': 12
};

/**
 * The ceiling on a count of time units per period ("open _____ days a week", "_____ hours a
 * day", "on _____ additional Sundays a month"): the most such units the period holds, so that no
 * distractor reads "thirteen days a week" (QUALITY.md R8). Takes the text after the count and its counted noun; returns the exclusive
 * ceiling (8 for days a week), or undefined when the count is no rate of time.
 */
export function perPeriodCeiling(after: string, noun: string | undefined): number | undefined {
	const weekday = WEEKDAYS_PER.exec(after);
	if (weekday) {
		// "two additional Sundays a month": a month holds four of each day of the week (five in a few), and an
		// addition to those already open leaves at most three more ("five additional Sundays a month" was
		// impossible to a holdout115 reader, R8)
		const size = weekday[2].toLowerCase() === 'month' ? 4 : 52;
		return (weekday[1] ? size - 1 : size) + 1;
	}
	const m = /^\s(?:[a-z]+\s)?(minutes?|hours?|days?|weeks?|months?)\s(?:a|an|per|each|every)\s(hour|day|week|month|year)\b/i.exec(after);
	if (!m || (noun !== undefined && noun.toLowerCase() !== m[1].toLowerCase())) return undefined;
	const size = PER_PERIOD[`${m[1].toLowerCase().replace(/s$/, '')}/${m[2].toLowerCase()}`];
	return size === undefined ? undefined : size + 1;
}

/** The age before which no one's working or public life begins, for `lifeSpanCeiling` (a puppeteer's career of "nine decades" at 91 was impossible to the dev145 readers, R8). */
const EARLIEST_START = 15;

/**
 * The most years or decades a span of a person's doings can count where the sentence gives their
 * age ("a career spanning _____ decades, has died aged 91"): the age less `EARLIEST_START`, in
 * the span's unit, so no option reads "nine decades" beside 91 (QUALITY.md R8); the age itself
 * where the key already passes that ("has lived in the village for 80 years" at 91). Takes the
 * count fact and the facts of its sentence; returns the inclusive ceiling, or undefined when the
 * count is no years or decades, the sentence gives no age, or the span passes the age (it is
 * someone else's: a 16-year-old's grandfather's 40 years, a reviewer's find).
 */
export function lifeSpanCeiling(fact: Fact, facts: readonly Fact[]): number | undefined {
	const unit = /^(?:years|decades)$/i.test(fact.noun ?? '') ? (/^d/i.test(fact.noun!) ? 10 : 1) : undefined;
	const age = facts.find((f) => f.type === 'age' && f.value !== undefined)?.value;
	if (fact.type !== 'count' || unit === undefined || age === undefined || fact.value === undefined) return undefined;
	const adult = Math.floor((age - EARLIEST_START) / unit);
	if (adult >= fact.value) return adult;
	// a span longer than the age is another's ("a 16-year-old whose grandfather worked there for 40 years"): no ceiling
	return fact.value <= Math.floor(age / unit) ? Math.floor(age / unit) : undefined;
}

// a count of one day of the week per month or year ("open on two additional Sundays a month"), group 1 the word of an addition
const WEEKDAYS_PER = /^\s(additional\s|extra\s|more\s)?(?:[a-z]+\s)?(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|weekends)\s(?:a|per|each|every)\s(month|year)\b/i;

// how many of a unit of time a period holds at most, for `partCeiling` ("the first ten months of
// 2026") and `calendarCeiling` ("_____ weeks in October"): October is four weeks and three days,
// so a count of weeks in a month is at most five; a year's 52 weeks and a day hold no 53rd week
const IN_PERIOD: Record<string, number> = {
	'week/month': 5,
	'day/month': 31,
	'day/fortnight': 14,
	'week/fortnight': 2,
	'hour/day': 24,
	'day/week': 7,
	'hour/week': 168,
	'week/year': 52,
	'month/year': 12,
	'quarter/year': 4,
	'minute/hour': 60
};

/**
 * The most a count can be by the words right after it (`after` starts after the number): "of the
 * top three" or "of the 12 jurors" → that number ("four of the top three" is no option), and a
 * unit of time within the period named after it ("months of 2026", "days of the week") → the
 * period's size; a review's "stars" → five ("eight stars" was absurd to the holdout27 reader) and
 * "out of 10" → ten. Undefined when the words bound nothing. Found by a blind reader of holdout13.
 * `before` (the words before the number): "the first _____ months of the year" is a part of the
 * period, so one less than its size ("the first twelve months of the year" is the whole year, an
 * option no reader takes: the holdout84 reader's R8).
 */
export function partCeiling(after: string, before = ''): number | undefined {
	// "another gave it _____ stars": a review's stars are out of five; "_____ out of 10": out of its whole
	if (/^\s?stars?\b/i.test(after)) return 5;
	const outOf = /^\s(?:points?\s)?out\sof\s(\d{1,3})\b/i.exec(after);
	if (outOf) return Number(outOf[1]);
	const of = /^\s(?:[a-z-]+\s)?of\s(?:the|its|their|his|her)\s(?:top\s|first\s|last\s|final\s)?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s\p{L}/iu.exec(after);
	if (of) {
		const value = /^\d/.test(of[1]) ? Number(of[1].replace(/,/g, '')) : numberWordValue(of[1]);
		if (value !== undefined && value > 0) return value;
	}
	const within = /^\s(months?|weeks?|days?|hours?|quarters?)\sof\s(?:(\d{4})|the\s(year|week|day)|this\s(year|week)|last\s(year|week))\b/i.exec(after);
	if (!within) return calendarCeiling(after) ?? matchPartCeiling(after);
	const period = within[2] ? 'year' : (within[3] ?? within[4] ?? within[5]).toLowerCase();
	const size = IN_PERIOD[`${within[1].toLowerCase().replace(/s$/, '')}/${period}`];
	return size !== undefined && /\b(?:first|last|opening|final|closing)\s$/i.test(before) ? size - 1 : size;
}

// the days of each month, February's in a leap year
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// "over _____ weeks in October", "_____ days in a single week", "_____ hours during the day": a unit of time counted within one
// calendar period, group 3 a month's name; not "in October and November" or "in October to December", which join periods
const IN_CALENDAR_AFTER = new RegExp(
	String.raw`^\s(minutes?|hours?|days?|weeks?|months?|quarters?)\s(?:in|of|during|across|over|within)\s(?:(?:a|an|one|the|that|a\ssingle|one\ssingle|each)\s)?(?:(?:early|late|mid)[-\s])?(?:(hour|day|week|fortnight|month|year)|(${MONTHS.join('|')}))\b(?!\s(?:and|or|to|through|until)\s|[-–])`,
	'i'
);

/**
 * The most a count of a unit of time can be within the calendar period named right after it
 * (`after` starts after the number): "over _____ weeks in October" holds five at most, "_____ days in
 * a fortnight" fourteen, "_____ hours in a single day" 24, "_____ days in April" 30. An option of
 * "nine weeks in October" is ruled out by the calendar (a dev156s reader's R8). Returns the
 * inclusive ceiling, or undefined when no period is named or the words join two periods.
 */
export function calendarCeiling(after: string): number | undefined {
	const m = IN_CALENDAR_AFTER.exec(after);
	if (!m) return undefined;
	const unit = m[1].toLowerCase().replace(/s$/, '');
	if (m[3]) {
		const month = MONTHS.indexOf(m[3].toLowerCase());
		// "May" is a month only in its capital ("in may" is no period), and so is every month's name here
		if (!/^\p{Lu}/u.test(m[3])) return undefined;
		return unit === 'day' ? MONTH_DAYS[month] : IN_PERIOD[`${unit}/month`];
	}
	return IN_PERIOD[`${unit}/${m[2].toLowerCase()}`];
}

// "_____ minutes after the break", "_____ minutes into the second half", "_____ minutes before half-time": a count of
// minutes within one half of a match; "into the third period" within one period of ice hockey. A
// break or interval its words name as another's ("after the break for lunch", "the interval in
// proceedings") is no match's: a hearing may resume 90 minutes after it
const IN_HALF_AFTER = /^\s(?:more\s)?minutes?\s(?:after|into|before)\s(?:the\s)?(?:(?:break|interval)(?!\s(?:for|in|from|between|of)\b)|restart|half-?time|(?:first|second|opening)\shalf)\b/i;
const IN_PERIOD_AFTER = /^\s(?:more\s)?minutes?\s(?:into|before\sthe\send\sof)\s(?:the\s)?(?:first|second|third)\speriod\b/i;
/** The longest half the options reach: 45 minutes and stoppage time. */
const HALF_MINUTES = 50;
/** An ice hockey period's minutes. */
const PERIOD_MINUTES = 20;

/**
 * The most minutes a count can be within one half or period of a match, by the words right after
 * it (`after` starts after the number): "levelled _____ minutes after the break" takes no "sixty
 * minutes after the break", as a half lasts 45 minutes and its stoppage time; "_____ minutes into
 * the third period" no more than a period's 20 (QUALITY.md R8). Returns the inclusive ceiling, or
 * undefined when the minutes are counted in no half or period.
 */
export function matchPartCeiling(after: string): number | undefined {
	if (IN_HALF_AFTER.test(after)) return HALF_MINUTES;
	if (IN_PERIOD_AFTER.test(after)) return PERIOD_MINUTES;
	return undefined;
}

// "its second-quarter results", "a third-period goal", "her second-trimester scan": an ordinal joined to a
// part of a year, a match or a pregnancy, with the number of such parts there are
const PART_OF_WHOLE_AFTER = /^-(quarter|half|period|trimester|semester)\b/i;
const PARTS_IN_WHOLE: Record<string, number> = { quarter: 4, half: 2, period: 3, trimester: 3, semester: 2 };

/**
 * The last place an ordinal can take when it is joined to a part of a bounded whole (`after`
 * starts after the ordinal): a year has four quarters and two halves, a hockey match three periods,
 * a pregnancy three trimesters, so "fifth-quarter results" or a "third-half goal" is absurd (a
 * dev175 reader's R8 on "fifth" among the options of "its _____-quarter results"). Returns the
 * inclusive ceiling, or undefined when the ordinal is joined to no such part. The spaced form
 * ("the third quarter") is left to the generator, which asks no such ordinal.
 */
export function partOfWholeCeiling(after: string): number | undefined {
	const m = PART_OF_WHOLE_AFTER.exec(after);
	return m ? PARTS_IN_WHOLE[m[1].toLowerCase()] : undefined;
}

/**
 * Is a count the whole of a run of holes, games or places that a part is counted in, by the
 * words right before it (`before` ends where the number starts): "birdied two of the last _____
 * holes", "won five of their past _____ games", "two of the first _____ stages"? A longer run
 * holds the same part too, so an option above the key is also true by the article (a blind
 * reader's R3 on holdout16: "three" beside "two of the last four holes", when he birdied the
 * 17th and the 18th); no option is false by the article alone, so the whole is never asked.
 */
export function runWhole(before: string): boolean {
	return /\b(?!(?:none|neither)\b)(?:\d[\d,]*|[a-z]+)\sof\s(?:the|its|their|his|her|our)\s(?:past|last|first|next|final|previous|opening|closing|latest)\s$/i.test(before);
}

/**
 * The count a whole must exceed by the words right before it (`before` ends where the number
 * starts): "Kenya took four of the top _____ places" → 4, so no option of three or four is
 * offered. Undefined when the words bound nothing.
 */
export function partFloor(before: string): number | undefined {
	const part = /\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\sof\s(?:the|its|their|his|her)\s(?:top\s|first\s|last\s|final\s)?$/i.exec(before);
	if (!part) return undefined;
	const value = /^\d/.test(part[1]) ? Number(part[1].replace(/,/g, '')) : numberWordValue(part[1]);
	return value !== undefined && value > 0 ? value : undefined;
}

// the whole a count or rank is won or done in ("a sixth title in ___ seasons", "four wins in ___ races")
const RUN_WHOLE_AFTER = /^\s(?:seasons?|years?|games?|matches|races?|starts?|attempts?|tournaments?|finals?|appearances?|outings?|editions?|events?|innings|days?|weeks?|months?)\b/i;

/**
 * The least a run may be for the part the sentence counts or ranks in it: "chasing a sixth title
 * in ___ seasons" takes six seasons or more, as a sixth title in five seasons is false on its
 * face (QUALITY.md R8: a false value the sentence's own figures make absurd). Takes the
 * sentence's text before and after a count key; undefined when no part stands before "in".
 */
export function runPartFloor(before: string, after: string): number | undefined {
	if (!RUN_WHOLE_AFTER.test(after)) return undefined;
	const m = new RegExp(String.raw`\b(\d+(?:st|nd|rd|th)?|${ORDINAL_WORDS.join('|')}|${NUMBER_WORDS.join('|')})\s(?:[\p{L}-]+\s){1,3}in\s(?:(?:the|their|his|her|its)\s)?(?:(?:last|past|first|previous)\s)?$`, 'iu').exec(before);
	if (!m) return undefined;
	const word = m[1].toLowerCase();
	const value = /^\d/.test(word) ? parseInt(word, 10) : ORDINAL_WORDS.includes(word) ? ORDINAL_WORDS.indexOf(word) + 1 : numberWordValue(word);
	return value !== undefined && value > 0 ? value : undefined;
}

// one person's own offspring: "whose _____ children", "her _____ sons", "a father of _____ daughters"
// (grandchildren and pupils run to dozens, and are left out)
const OWN_CHILDREN = /(?:\b(?:whose|his|her|their|my|our|your)\s(?:own\s|young\s|adult\s|grown[-\s]up\s)?|\b(?:mother|father|parent|mum|mom|dad)\sof\s)$/i;
const CHILDREN_AFTER = /^\s(?:young\s|adult\s|grown[-\s]up\s|school-age\s)?(?:children|sons|daughters|kids)\b/i;
// players a manager sends on from the bench: "sending on _____ forwards", "brought on _____ substitutes",
// "made _____ substitutions" (not "sent on three missions", nor "named seven substitutes", a bench's size)
const SENT_ON_BEFORE = /\b(?:send(?:s|ing)?|sent|bring(?:s|ing)?|brought|throw(?:s|ing)?|threw|thrown|introduc(?:e|es|ed|ing))\s(?:on|off\sthe\sbench)\s$/i;
const PLAYERS_AFTER = /^\s(?:fresh\s|new\s|extra\s|more\s|attacking\s)?(?:forwards|strikers|attackers|defenders|midfielders|wingers|players|substitutes|subs|replacements)\b/i;
const SUBSTITUTIONS = { before: /\b(?:made|makes|making|used|uses|using)\s(?:all\s)?$/i, after: /^\s(?:substitutions|subs)\b/i };
/** The most children one family is believed to have, and substitutes a side uses in a match, as options go. */
const FAMILY_CHILDREN = 5;
const BENCH_CHANGES = 5;

/**
 * The most a count of a small group can be where the group is bounded by what it is, not by a
 * number the article gives: one person's children ("whose _____ children attend Riverside"),
 * players a manager sends on from the bench ("responded by sending on _____ forwards", "made
 * _____ substitutions"). "eight" children of one parent or "seven" forwards sent on are absurd
 * options (the holdout176 and holdout177 readers' R8), while three, four or five stay believable.
 * Takes the text before and after the count and the key's value; returns the inclusive ceiling (at
 * least one above the key, so a large family keeps options on both sides), or undefined when the
 * count is of no such group or is more than twice the cap.
 */
export function groupCeiling(before: string, after: string, key: number): number | undefined {
	const cap = OWN_CHILDREN.test(before) && CHILDREN_AFTER.test(after) ? FAMILY_CHILDREN : (SENT_ON_BEFORE.test(before) && PLAYERS_AFTER.test(after)) || (SUBSTITUTIONS.before.test(before) && SUBSTITUTIONS.after.test(after)) ? BENCH_CHANGES : undefined;
	// "schools and their 4,000 children": a count far past the cap is an institution's, and a ceiling just above it would leave every option below the key (R5)
	return cap === undefined || key > 2 * cap ? undefined : Math.max(cap, key + 1);
}
