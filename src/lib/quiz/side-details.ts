import type { Fact } from './facts';

/**
 * Side details a strict teacher deletes as trivia (QUALITY.md R7), each a kind the blind readers
 * of the dev164s–dev167 sets marked NO: the logistics of a company's annual meeting, the minute
 * of a near miss in a match report, the length of a comparison period, a lender's ratio told in
 * accounting jargon, the number of lots a contract is tendered in, the grant that paid for the
 * study of a story, and the year some critic reviewed a performance. Each reads only the source
 * sentence around the key; `sideDetail` says which kind a fact is, if any.
 */

/** The kinds of side detail `sideDetail` finds. */
export type SideDetail = 'meeting' | 'near-miss' | 'comparison-period' | 'ratio' | 'lots' | 'study-grant' | 'review-year';

// "will hold its annual general meeting in Porto on 14 May", "the AGM on 7 May": where and when a
// company's meeting is held closes a results story, and no fact of it (the dev165s and dev167 readers' R7); only the
// meeting's own place and date, right after it, where "At the AGM, the chairman said the plant in Leeds ..." tells news
const MEETING_BEFORE = /\b(?:annual\s(?:general\s)?meeting|AGM|general\smeeting|shareholders[’']?\smeeting)(?:,?\s(?:(?:which\s)?(?:will\sbe|is\sto\sbe|to\sbe|was|is)\s)?(?:held|take\splace|takes\splace|took\splace))?(?:\s(?:in|at|on)\s(?:the\s)?[\p{Lu}\d][\p{L}\d’'-]*(?:\s[\p{Lu}\d][\p{L}\d’'-]*)*)*\s(?:in|at|on)\s(?:the\s)?$/iu;
// a match minute: "in the 84th minute", "with 12 minutes left"
const MINUTE_AFTER = /^\s(?:minute|min)\b/;
const MINUTES_LEFT_AFTER = /^\s(?:minutes?|mins)\s(?:left|remaining|to\s(?:go|play)|from\s(?:time|the\send))\b/;
// what makes a clause a near miss, a booking or a change of players, none of them a goal: "hit the post",
// "almost restored their lead", "cleared off the line", "a fine save"
const NEAR_MISS = /\b(?:almost|nearly|came\sclose|went\sclose|(?:hit|struck|rattled|clipped|smacked)\s(?:the\s)?(?:(?:inside\sof\sthe|foot\sof\sthe)\s)?(?:post|bar|crossbar|woodwork|upright)|off\sthe\sline|sav(?:e|es|ed|ing)|denied|blocked|tipped|wide|over\sthe\sbar|missed|booked|yellow\scard|cautioned|came\son|replaced|substituted|withdrawn)\b/i;
// "with almost 12 minutes left", "nearly 20 minutes from time": a hedge of the minute itself, no near miss
const HEDGED_NUMBER = /\b(?:almost|nearly)\s(?=\d|a\s|an\s|half\b)/gi;
// a ball game's words, without which "blocked", "saved" or "replaced" by minutes left are no near miss ("the bill was blocked
// with 10 minutes left" in a debate); the minutes themselves, common to every timed story, are none of them
const MATCH_WORDS = /\b(?:shot|ball|post|bar|crossbar|woodwork|upright|header|(?:goal)?keeper|goal\w*|penalty|free[-\s]kick|corner|striker|winger|midfielder|defender|forward|booked|yellow\scard|red\scard|substitut\w*|off\sthe\sline|scor\w*|equalis\w*|equaliz\w*|ahead|lead|match|game|pitch|tries|try|wicket)\b/i;
// a goal, a sending-off or a result in the same clause is the match itself, and its minute stays asked
const MATCH_FACT = /\b(?:scor\w*|goals?|equalis\w*|equaliz\w*|levell?(?:ed|ing|er)|netted|headed\s(?:in|home)|fired\s(?:in|home)|slotted|converted|winner|sent\soff|red\scard|second\syellow|ten\smen|dismissed)\b/i;
// where a clause begins and ends: a comma, semicolon or dash, or a conjunction that opens another clause
const CLAUSE_BREAK = /[,;:–—]\s|\s(?:but|and|before|after|when|while|as|until)\s/g;
// "up about a third on two years ago", "from 41% three years earlier": the period a figure is set against
const PERIOD_AFTER = /^\s(?:years?|months?|weeks?|days?|decades?)\s(?:ago|earlier|before|previously)\b/i;
// ("more than 20 years ago" hedges a count, it sets nothing against it)
const COMPARED_BEFORE = /(?:\b(?:on|from|(?<!\b(?:more|less|fewer|other|rather)\s)than|against|versus|with)|\d(?:[\d.,]*\d)?(?:%|\sper\scent|\spercent|\s?(?:bn|m|billion|million|thousand))?)\s$/i;
// "1.6 times earnings before interest, tax, depreciation and amortisation": a lender's multiple,
// jargon a class cannot weigh (the dev165s reader's R7); "earnings before interest and taxes" alone is an operating
// profit, a results story's own figure, and stays asked
const LENDERS_JARGON = /\b(?:EBITDA|earnings\sbefore\sinterest,?\stax(?:es)?,?\sdepreciation|leverage\sratio|gearing|price[-\s]to[-\s]earnings|P\/E)\b/i;
const MULTIPLE_AFTER = /^\s?(?:times|x)\b/;
// "split into three lots": how a contract is tendered is procurement detail (the dev167 reader's R7)
const LOTS_AFTER = /^\s(?:separate\s|individual\s)?lots\b/i;
// "The evaluation was partly funded by a $350,000 grant": who paid for the study is peripheral (the dev166 reader's R7)
const STUDY_FUNDED_BEFORE = /\b(?:evaluation|study|research|review|analysis|survey|trial|report)(?:\s(?:of|into|on)\s[^,;.]{1,60}?)?\s(?:was|is|were|are|has\sbeen|had\sbeen)\s(?:\p{Ll}+ly\s)?(?:funded|paid\sfor|financed|supported|backed)\s(?:in\spart\s)?by\s(?:a|an)\s$/iu;
// "Reviewing a performance at the Wigmore Hall in 1978, one critic wrote ...": the year of one review (the dev166 reader's R7);
// a critic's review of a work or a performance only, where "The council reviewed its housing policy in 2019" is news
const ONE_REVIEW = /\b(?:one|a|another|the)\s(?:critic|reviewer)\b|\b(?:Reviewing|reviewed|in\sa\sreview\sof)\s(?:a|an|the|her|his|their|its)\s(?:[\p{L}’'-]+\s){0,2}?(?:recital|performance|concert|production|staging|show|play|musical|opera|ballet|album|record|book|novel|film|debut|premiere|exhibition|tour)s?\b/u;

/**
 * The text of the clause around `start`–`end` of `text`: from the last clause break before the key
 * to the first after it (`CLAUSE_BREAK`), so "hit the post in the 29th minute before levelling"
 * reads "hit the post in the 29th minute".
 */
function clauseAround(text: string, start: number, end: number): string {
	let from = 0;
	let to = text.length;
	for (const m of text.matchAll(CLAUSE_BREAK)) {
		const at = m.index ?? 0;
		if (at + m[0].length <= start) from = at + m[0].length;
		else if (at >= end) {
			to = at;
			break;
		}
	}
	return text.slice(from, to);
}

/**
 * Which kind of side detail (`SideDetail`) the fact of a source sentence is, or undefined when it
 * is none. Takes the sentence's text, the fact (its type, span and text) and the stems written of
 * it (a stem that keeps a lender's jargon is refused whatever it asks); reads only them.
 * QUALITY.md R7: "about a fact that matters to the story"; the kinds are the blind readers' NOs
 * named in the module's docstring.
 */
export function sideDetail(sentenceText: string, fact: Pick<Fact, 'type' | 'span' | 'text'>, stems: readonly string[] = []): SideDetail | undefined {
	const before = sentenceText.slice(0, fact.span.start);
	const after = sentenceText.slice(fact.span.end);
	if ((fact.type === 'date' || fact.type === 'place') && MEETING_BEFORE.test(before)) return 'meeting';
	if ((fact.type === 'ordinal' && MINUTE_AFTER.test(after)) || (fact.type === 'count' && MINUTES_LEFT_AFTER.test(after))) {
		const clause = clauseAround(sentenceText, fact.span.start, fact.span.end).replace(HEDGED_NUMBER, '');
		// "in the 70th minute" is a match's own reckoning; "with 10 minutes left" ends a debate as well
		const nearMiss = fact.type === 'ordinal' || MATCH_WORDS.test(sentenceText) ? NEAR_MISS.exec(clause) : null;
		// "almost equalised", "nearly scored": the goal was the miss, when the goal's word follows "almost"
		const missedGoal = nearMiss !== null && /^(?:almost|nearly|came\sclose|went\sclose)$/i.test(nearMiss[0]) && MATCH_FACT.test(clause.slice(nearMiss.index).split(/\s+/).slice(0, 5).join(' '));
		if (nearMiss && (!MATCH_FACT.test(clause) || missedGoal)) return 'near-miss';
	}
	if (fact.type === 'count' && PERIOD_AFTER.test(after) && COMPARED_BEFORE.test(before)) return 'comparison-period';
	// a stem that copies the jargon asks the class to read it, whatever its key
	if ((fact.type === 'count' && MULTIPLE_AFTER.test(after) && LENDERS_JARGON.test(sentenceText)) || stems.some((s) => LENDERS_JARGON.test(s))) return 'ratio';
	if (fact.type === 'count' && LOTS_AFTER.test(after)) return 'lots';
	if (fact.type === 'money' && STUDY_FUNDED_BEFORE.test(before)) return 'study-grant';
	if (fact.type === 'date' && /^\d{4}$/.test(fact.text) && ONE_REVIEW.test(sentenceText)) return 'review-year';
	return undefined;
}
