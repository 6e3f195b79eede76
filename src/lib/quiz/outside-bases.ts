/**
 * Stems whose reference point lies in another sentence (QUALITY.md R4): an addition to a count
 * the stem never gives ("Another 7 people were killed"), a study's group the stem never defines
 * ("pupils in the first group"), and a recruitment no word of the stem says the purpose of
 * ("she hoped recruitment could begin": recruitment for what?). The dev164s and dev165s readers
 * refused each; quotes keep their speaker's words and are not read.
 */

import { unquoted } from './anchors';
import { IRREGULAR_PAST } from './lexicon';

// a count as a stem writes it: a blank, figures (with a currency before them) or a number word
const COUNT = String.raw`(?:[£$€¥₹]\s?)?(?:_____|\d[\d,.]*(?:\s?(?:m|bn|k|million|billion))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundreds|a dozen|dozens|several)`;
// units of time, after which "another two years", "two more weeks" run on from now, which every reader knows
const TIME_UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|seasons?|terms?)\b`;
// "Another 7 people", "a further £_____", "an additional 40 jobs": an addition to a count told before
const ADDED_TO = new RegExp(String.raw`\b(?:[Aa]nother|[Aa] further|[Aa]n additional|[Aa]n extra)\s${COUNT}(?![\d\p{L}])(?!\s${TIME_UNIT})`, 'u');
// "the other 11 clubs", "the other two": the rest of a count told before
const OTHER_COUNT = new RegExp(String.raw`\b[Tt]he other\s${COUNT}(?![\d\p{L}])`, 'u');
// "_____ more satellites", "40 more jobs": more than a count told before ("more than" compares, "two more years" runs on)
const COUNT_MORE = new RegExp(String.raw`(?<![\p{L}\d])${COUNT}\smore\s(?!than\b|${TIME_UNIT})\p{Ll}`, 'u');
// "the rest were sent home": the rest of what, with no "of" after it; as a pronoun, its verb or a stop follows it, where a
// noun after it makes "rest" a modifier ("the rest day", "the rest period")
const BARE_REST = new RegExp(String.raw`\b[Tt]he rest(?=\s?[,.;:?!)–—]|$|\s(?:\p{Ll}+ly\s)?(?:is|are|was|were|have|has|had|will|would|could|can|may|might|must|should|remain|remained|stay|stayed|go|went|got|\p{Ll}+ed|${IRREGULAR_PAST})\b)`, 'u');
// a count the stem gives that an addition may add to: a figure, a blank or a number word
const GIVEN_COUNT = new RegExp(String.raw`(?<![\p{L}])(?:_____|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozens?|half)(?![\p{L}]))`, 'iu');

/**
 * Does `stem` add to, or take the rest of, a count it never gives (QUALITY.md R4)? "Another 7
 * people were killed in a landslide", "traced another £_____ to accounts in Dubai", "the other
 * 11 clubs", "the rest were sent home": the base is in a sentence before (the dev165s typhoon
 * reader's R4: "Another 7" dangles). A count earlier in the stem is the base ("About £1.4m was
 * spent on a villa, with a further £_____ going on cars"; "Of the 40 passengers, _____ died and the
 * rest were rescued"), and "rest" before a noun is no remainder ("the rest day"); for "N more" a count anywhere in the
 * stem is ("launch _____ more satellites ... and a total of 12 by 2030"). Time run on ("for
 * another two years", "two more weeks") leans on nothing.
 */
export function additionWithoutBase(stem: string): boolean {
	const read = unquoted(stem);
	for (const re of [ADDED_TO, OTHER_COUNT]) {
		const m = re.exec(read);
		if (m && !GIVEN_COUNT.test(read.slice(0, m.index))) return true;
	}
	const more = COUNT_MORE.exec(read);
	if (more && !GIVEN_COUNT.test(read.slice(0, more.index) + read.slice(more.index + more[0].length))) return true;
	const rest = BARE_REST.exec(read);
	return rest !== null && !GIVEN_COUNT.test(read.slice(0, rest.index));
}

// "the first group", "the other arm", "the second cohort": one of a study's groups, which the sentence that split them defined;
// "the combined group", "the treatment arm": one named by a label of what its people were given, which that sentence gave too
// (the holdout182 myopia-trial reader's R4: "growth in the combined group" never says what was combined)
const ORDINAL_GROUP = /\b[Tt]he (?:first|second|third|fourth|other|latter|former|combined|joint|mixed|dual|treatment|intervention|comparison|active) (?:group|arm|cohort|batch)s?\b/;
// what defines the group after it: "the first group, who used the app", "the other group of pupils", "the second arm, given a placebo"
const GROUP_DEFINED_AFTER = /^,?\s(?:who|which|that|of|given|assigned|using|receiving|taking|on|in which|where)\b/;
// a group the stem itself defines before it: "Half used the app, and the other group ...", "split into two groups"
const GROUP_BEFORE = /\b(?:groups?|arms?|cohorts?|half|halves)\b|\b(?:split|divided|randomi[sz]ed|assigned|allocated)\b/i;

/**
 * Does `stem` name a study's group by its order, as "the other" or by a label of its treatment
 * ("the combined group", "the treatment arm") with no word of the stem saying who was in it
 * ("pupils in the first group scored 11 points higher")? Which group, only the sentence that split
 * the study's people said (the dev165s tutoring reader's and the holdout182 myopia-trial reader's R4). A clause after
 * it ("the first group, who used the app") or groups the stem sets out before it ("Half used the
 * app; the other group ...") say which.
 */
export function undefinedGroup(stem: string): boolean {
	const read = unquoted(stem);
	const m = ORDINAL_GROUP.exec(read);
	if (m === null) return false;
	return !GROUP_DEFINED_AFTER.test(read.slice(m.index + m[0].length)) && !GROUP_BEFORE.test(read.slice(0, m.index));
}

// a process named by its noun alone, as a clause's subject before its verb: "recruitment could begin". Recruiting and
// enrolling are for a study, a course or a workforce alike, so the noun alone never says which; "construction" or "work"
// in a story about one building or line is that one's, which the dev147 readers passed four times ("said construction
// is expected to begin in spring 2027")
const BARE_PROCESS = /(?:^|(?<=\b(?:that|said|says|say|hoped|hopes|hope|expected|expects|expect|believed|believes|added|warned|and|but|when|until|before|after|once|if|while|because)\s))(?:[Rr]ecruitment|[Rr]ecruiting|[Ee]nrol(?:l)?ment|[Ee]nrolling)\s(?=(?:\p{Ll}+ly\s)?(?:could|would|will|should|may|might|can|must|is|was|are|were|has|had|began|begins|started|starts|resumed|resumes|stopped|finished|ended|halted|continues|continued|drove|caused|forced|closed|disrupted)\b)/u;
// what says whose process it is, later in its clause: "will begin next year on the tower", "could start in May for the trial"
// ("to" is left out, which opens an infinitive as often: "is expected to begin")
const PROCESS_OWNER = /\b(?:on|of|for|into)\s(?:the|a|an|its|their|his|her|\p{Lu})/u;

/**
 * Does `stem` make recruitment or enrolment its subject, with no word saying for what ("Dr Kim
 * said she hoped recruitment could begin in early 2027")? Recruitment for what, only the
 * sentences before said (the dev165s sleep-study reader's R4). "recruitment for the trial could
 * begin" and "recruitment could begin next year for the trial" say it.
 */
export function ownerlessProcess(stem: string): boolean {
	const read = unquoted(stem);
	// every match holds one of these, and most stems none: the pattern's lookbehind, tried at every word, costs more
	if (!read.includes('ecruit') && !read.includes('nrol')) return false;
	const m = BARE_PROCESS.exec(read);
	return m !== null && !PROCESS_OWNER.test(read.slice(m.index + m[0].length));
}
