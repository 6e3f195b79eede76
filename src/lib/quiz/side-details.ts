import type { Fact } from './facts';

// the blank a cloze stem writes where its key stood
const BLANK = '_____';

/**
 * Side details a strict teacher deletes as trivia (QUALITY.md R7), each a kind the blind readers
 * of the dev164s–dev167 and dev174–dev175 sets marked NO: the logistics of a company's annual
 * meeting, the minute of a near miss in a match report, the length of a comparison period, a
 * lender's ratio told in accounting jargon, the number of lots a contract is tendered in, the
 * grant that paid for the study of a story, the year some critic reviewed a performance, the day
 * of a decades-old date, the count of neighbouring areas, an election's procedural date and its
 * share of ballots counted, a minor official's title, the instruments a study counted with, and a
 * stem that drops the clock time its sentence is about; and, from the holdout172 and holdout173
 * readers, the age of one victim among a disaster's or a crime's dead, hurt or rescued, the length of a task a
 * study set its participants, the score's state at a minute reckoned from the break, and another
 * company's share move in a company's story; and, from the holdout184 and holdout185 readers, a side's
 * tally of a match's minor events (its extras, its corners), the state of a chase at one moment, how
 * many people cheered at one scene, how long the call that told the news lasted, and where roads were
 * closed for an event. Each reads only the source sentence around the key,
 * the stems written of it, the publication date, the headline and lead paragraph, and whether the
 * sentence is the lead's; `sideDetail` says which kind a fact is, if any.
 */

/** The kinds of side detail `sideDetail` finds. */
export type SideDetail =
	| 'meeting'
	| 'near-miss'
	| 'comparison-period'
	| 'ratio'
	| 'lots'
	| 'study-grant'
	| 'review-year'
	| 'distant-day'
	| 'neighbours'
	| 'procedure'
	| 'ballots-counted'
	| 'functionary'
	| 'instruments'
	| 'cut-time'
	| 'victim-age'
	| 'study-task'
	| 'break-minute'
	| 'side-shares'
	| 'match-tally'
	| 'chase-state'
	| 'crowd-reaction'
	| 'call-length'
	| 'road-closure';

/**
 * What `sideDetail` reads beyond the sentence: the stems written of the fact, the article's
 * publication date (YYYY-MM-DD) when known, its headline and lead paragraph as `opening` (whose
 * names are the story's own: its company, its protagonist), and whether the sentence is in the
 * lead paragraph (where a victim's age is the story's own news, not one of a list).
 */
export interface SideContext {
	stems?: readonly string[];
	published?: string;
	opening?: string;
	lead?: boolean;
}

// "will hold its annual general meeting in Porto on 14 May", "the AGM on 7 May": where and when a
// company's meeting is held closes a results story, and no fact of it (the dev165s and dev167 readers' R7); only the
// meeting's own place and date, right after it, where "At the AGM, the chairman said the plant in Leeds ..." tells news
// "is scheduled for June 4", "is due to be held on 9 May": the meeting's calendar told by its plan (the holdout185 takeover reader's R7)
const MEETING_BEFORE = /\b(?:annual\s(?:general\s)?meeting|AGM|general\smeeting|shareholders[’']?\smeeting)(?:,?\s(?:(?:which\s)?(?:will\sbe|is\sto\sbe|to\sbe|was|is)\s)?(?:held|take\splace|takes\splace|took\splace)|,?\s(?:which\s)?(?:is|was|will\sbe|has\sbeen)\s(?:scheduled|set|due|planned|slated|expected)(?:\sto\s(?:be\sheld|take\splace))?)?(?:\s(?:in|at|on)\s(?:the\s)?[\p{Lu}\d][\p{L}\d’'-]*(?:\s[\p{Lu}\d][\p{L}\d’'-]*)*)*\s(?:in|at|on|for)\s(?:the\s)?$/iu;
// a match minute: "in the 84th minute", "with 12 minutes left"
const MINUTE_AFTER = /^\s(?:minute|min)\b/;
// "five minutes before the break", "ten minutes after half-time", "20 minutes into the second half": a minute
// reckoned from the interval or the kick-off (the dev174 reader's R7, "hit the post five minutes before the break")
const MINUTES_LEFT_AFTER = /^\s(?:minutes?|mins)\s(?:left|remaining|to\s(?:go|play)|from\s(?:time|the\send)|(?:before|after|into)\s(?:the\s)?(?:break|interval|half[-\s]?time|full[-\s]?time|final\swhistle|restart|(?:first|second)\shalf|kick[-\s]?off|start|end))\b/i;
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

// "3 June 1938" in a story of 2026: a date given to the day decades before the story tests only its day, as its
// options share the year (the dev174 obituary reader's R7: a birth date's "3 June" against "9 June")
const DAY_MONTH_YEAR = /^(?:\d{1,2}(?:st|nd|rd|th)?\s\p{L}+|\p{L}+\.?\s\d{1,2}(?:st|nd|rd|th)?,?)\s\d{4}$/u;
const DISTANT_YEARS = 5;
// "Kessler and two neighboring counties": how many areas around the story's own share its fate (the dev174 tornado reader's R7)
const NEIGHBOURS_AFTER = /^\s(?:other\s)?(?:neighbou?ring|surrounding|nearby|adjacent|adjoining|bordering)\s(?:counties|districts|towns|villages|municipalities|parishes|boroughs|provinces|regions|states|communities|suburbs|wards)\b/i;
// "expected to canvass the results on June 22", "will certify the vote by 5 December": the calendar of an election's
// paperwork, not its result, whatever of its clause is asked, its date or the body that does it (the dev174 runoff reader's R7)
const PROCEDURE = /\b(?:canvass(?:es|ed|ing)?|certif(?:y|ies|ied|ying)|certification\sof)\s(?:the\s)?(?:[\p{L}-]+\s){0,2}?(?:results?|vote|votes|count|election|ballots|returns)\s(?:on|by|before|until)\s/iu;
// "With an estimated 96% of ballots counted", "with 80% of precincts reporting": how far the count had got is the
// reporter's caveat, the share of the vote the result (the dev175 mayoral reader's R7)
const BALLOTS_COUNTED_AFTER = /^(?:\s(?:percent|per\scent))?\sof\s(?:the\s)?(?:\p{Ll}+\s)?(?:ballots|votes|precincts|polling\s(?:stations|places|districts)|returns|districts|constituencies)\s(?:(?:had\s|have\s)?(?:been\s)?(?:counted|reporting|reported|tallied|in|processed|declared))\b/iu;
// "Grace Yoon is described as the Elections Administrator", "... as the council's spokeswoman": the post of one who
// only relays the story's news is no fact of it (the dev174 runoff reader's R7)
const FUNCTIONARY_ROLE = /\bdescribed\sas\s(?:an?|the)\s(?:[\p{L}’'-]+\s){0,3}?(?:(?:elections?\s)?administrator|clerk|registrar|spokes(?:man|woman|person)|press\s(?:officer|secretary)|returning\sofficer|(?:communications|media)\s(?:director|manager|officer|adviser|advisor|chief|lead))\b/iu;
// "two flux towers", "62 automated sensors": how many instruments a study read is its method, not its finding
// (the dev174 and dev175 peatland readers' R7); a reading's or a measuring word in the sentence makes it a study's
const INSTRUMENTS_AFTER = /^\s(?:(?:[\p{L}-]+\s){0,2}?)(?:flux\stowers|sensors|monitoring\swells|dip\s?wells|wells|weather\sstations|gauges|probes|data\sloggers|loggers|camera\straps|buoys|seismometers|thermometers|boreholes|monitors|instruments|recorders|samplers|transects)\b/iu;
const STUDY_READING = /\b(?:study|studies|readings?|measur\w+|monitor\w*|data|researchers|scientists|survey\w*|sampl\w+|recorded|track\w*)\b/i;
// "... for the area shortly after 1 p.m.": a clock time closing the clause is when the news happened, and a stem
// that stops before it keeps a statement with no news left ("AEMET had issued a red warning", the dev175 floods reader's R7)
const CLOCK_TIME = /\b(?:(?:shortly|just|soon|minutes|hours)\s)?(?:before|after|at|by|until|around|from)\s(?:about\s|around\s)?(?:\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|BST\b|CET\b|local\stime\b)|noon\b|midday\b|midnight\b)/i;
// "A third victim, a 46-year-old delivery driver, died when ...", "A 63-year-old farmer was killed by a falling tree",
// "Ana Sousa, 81, drowned in her kitchen": the age of one of a story's dead or hurt is a line of its list of victims,
// not the story (the holdout172 floods reader's R7, twice); the victim words must follow the age closely, or a
// victim's word must stand just before it, so "a 17-year-old was charged with killing" (a defendant) stays asked
// one rescued is such a line too: "a 34-year-old man had been rescued from the roof of his car" (the holdout184 floods reader's R7)
const VICTIM_AFTER = /^(?:,)?\s(?:[\p{L}’'-]+\s){0,3}?(?:[\p{L}’'-]+,\s(?:[\p{L}’'-]+\s){0,6}?)?(?:died|dies|drowned|(?:was|were|has\sbeen|had\sbeen)\s(?:\p{Ll}+ly\s)?(?:killed|found\sdead|pronounced\sdead|crushed|electrocuted|swept\saway|injured|hurt|among\sthe\s(?:dead|victims|injured)|rescued|saved|airlifted|winched|pulled\s(?:alive|free|out|from)|freed|plucked|treated|taken\sto\shospital|hospitali[sz]ed|trapped|stranded)|lost\s(?:his|her|their)\slife)\b/u;
const VICTIM_BEFORE = /\b(?:victims?|the\sdead|casualt(?:y|ies)|fatalit(?:y|ies)|the\sdeceased)\b[^.;:()]{0,30}$/i;
// "participants were asked to recall a list of 10 words", "volunteers were shown 40 faces": what a study had its
// people do is its method, not its finding (the holdout173 hearing-aids reader's R7)
const STUDY_TASK_BEFORE = /\b(?:participants|volunteers|subjects|respondents|patients|children|pupils|adults|students|people|mice|rats)\s(?:were|are|was|is|had\sbeen|have\sbeen)\s(?:\p{Ll}+ly\s)?(?:asked|told|instructed|required|given|shown|made)\s(?:to\s)?[^,;.:()–—]{0,50}$/iu;
// "Rovers were level ten minutes before half-time", "Kirkby led 20 minutes into the second half": the state of the score
// at a minute counted from the interval, the match's goals told in other sentences (the holdout172 derby reader's R7)
const BREAK_MINUTES_AFTER = /^\s(?:minutes?|mins)\s(?:before|after|into)\s(?:the\s)?(?:break|interval|half[-\s]?time|full[-\s]?time|final\swhistle|restart|(?:first|second)\shalf|kick[-\s]?off)\b/i;
// the state words of such a clause: a lead taken or seized ("Swansea seized the advantage eight minutes before the
// interval") is an event of the match, its minute the story's, and stays asked
const SCORE_STATE = /\b(?:(?:were|was|stood|remained)\s(?:still\s)?(?:level|ahead|behind|goalless|scoreless|all\ssquare|in\sfront|on\sterms)|led|trailed|(?:were|was)\s(?:leading|trailing))\b/i;
// "shares in Dutch equipment maker Holmstraat Technologies fell 5.2%", "Korvan Micro shares dropped 4.6%": a share move,
// whose company is read from the words before the verb, and every fact of its clause, its figure or its market, is the
// other company's (the holdout172 chipmaker reader's R7)
const SHARES_IN_MOVE = /\b(?:shares|stock)\s(?:in|of)\s([^,;.:()]{2,80}?)\s(?:fell|rose|dropped|slid|slipped|climbed|jumped|gained|lost|slumped|surged|tumbled|declined|sank|soared|added|shed|closed\s(?:up|down|higher|lower)|ended\s(?:up|down|higher|lower)|were\s(?:up|down))\s(?:by\s)?(?:about\s|around\s|nearly\s|almost\s|more\sthan\s)?(?=\d)/gi;
const NAME_SHARES_MOVE = /((?:\p{Lu}[\p{L}\p{M}&’'.-]*\s){0,3}\p{Lu}[\p{L}\p{M}&’'.-]*?)(?:[’']s?)?\s(?:shares|stock)\s(?:fell|rose|dropped|slid|slipped|climbed|jumped|gained|lost|slumped|surged|tumbled|declined|sank|soared|added|shed|closed\s(?:up|down|higher|lower)|ended\s(?:up|down|higher|lower)|were\s(?:up|down))\s(?:by\s)?(?:about\s|around\s|nearly\s|almost\s|more\sthan\s)?(?=\d)/gu;
// "Ferris Precision, the UK-listed engineering firm that counts Vantora as its largest customer, fell 4.2% to 312p": a
// company that moves with no "shares" word, told as a firm by its appositive or priced in pence or cents after its move,
// is another company's share move too (the holdout176 chip-equipment reader's R7); "Revenue fell 6% to €1.82bn" is neither
const FIRM_APPOSITIVE_MOVE = /((?:\p{Lu}[\p{L}\p{M}&’'.-]*\s){0,3}\p{Lu}[\p{L}\p{M}&’'.-]*),\s(?:the|a|an)\s[^,;:()]{0,100}?\b(?:firm|maker|company|group|supplier|rival|peer|manufacturer|producer|retailer|lender|insurer|miner|chipmaker|carmaker|competitor)\b[^,;:()]{0,100},\s(?:fell|rose|dropped|slid|slipped|climbed|jumped|gained|lost|slumped|surged|tumbled|declined|sank|soared|added|shed|closed\s(?:up|down|higher|lower)|ended\s(?:up|down|higher|lower)|was\s(?:up|down))\s(?:by\s)?(?:about\s|around\s|nearly\s|almost\s|more\sthan\s)?(?=\d)/gu;
const NAME_PRICED_MOVE = /((?:\p{Lu}[\p{L}\p{M}&’'.-]*\s){0,3}\p{Lu}[\p{L}\p{M}&’'.-]*?)\s(?:fell|rose|dropped|slid|slipped|climbed|jumped|gained|lost|slumped|surged|tumbled|declined|sank|soared|added|shed|closed\s(?:up|down|higher|lower)|ended\s(?:up|down|higher|lower))\s(?:by\s)?(?:about\s|around\s|nearly\s|almost\s|more\sthan\s)?\d[\d.]*(?:%|\sper\scent|\spercent)\sto\s(?:\d[\d.,]*(?:p\b|\spence\b|\scents\b)|[$€£¥]\d[\d,]*\.\d{2}\b)/gu;
// a headline of a company's results, whose story its own figures are
const RESULTS_TITLE = /\b(?:profits?|revenue|sales|results|earnings|outlook|forecast|guidance)\b/i;
// "Shares in Veltrane Systems fell", "Brandvik's shares": a lead that gives the share move to one company
const COMPANY_SHARES_LEAD = /\b(?:[Ss]hares|[Ss]tock)\s(?:in|of)\s(?:the\s)?\p{Lu}|\p{Lu}[\p{L}\p{M}-]*(?:[’']s)?\s(?:shares|stock)\s(?:fell|rose|dropped|slid|slipped|climbed|jumped|gained|lost|slumped|surged|tumbled|declined|sank|soared)\b/u;
// words of a company's name that say only what kind of firm it is, which two unrelated companies share,
// and the words that open a sentence before its shares, pointing back to the story's own company ("Its shares fell 6.2%")
const COMPANY_KIND_WORD = /^(?:Its|Their|This|That|Whose|Technologies|Technology|Systems|Group|Holdings|Industries|International|Semiconductor|Semiconductors|Micro|Bank|Energy|Motors|Pharma|Pharmaceuticals|Capital|Partners|Corp|Corporation|Inc|Ltd|Limited|plc|PLC|AG|SA|NV|ASA|AB|Co|Company|The)$/;

// "conceded 17 extras, including nine wides", "won 11 corners", "committed 14 turnovers": a side's tally of a match's
// minor events is a line of its scorecard, never the result (the holdout184 cup-final reader's R7)
const MATCH_TALLY_AFTER = /^\s(?:extras|wides|no[-\s]balls|byes|leg[-\s]byes|corners|fouls|offsides|turnovers|free[-\s]kicks|line[-\s]?outs|scrums)\b/i;
// "with 57 still needed from 63 balls", "needing 12 off the last over", "with the score on 153": the state of a chase or
// of the score at one moment of the match, not its result (the holdout184 cup-final reader's R7); "chased down 288 with 15
// balls to spare" is the result's margin, and stays asked
const BALLS_LEFT = /\s(?:from|off|in)\s(?:the\s(?:last|final)\s)?(?:(?:\d+|\p{Ll}+)\s)?(?:balls|deliveries|overs?)\b/u;
const CHASE_AFTER = new RegExp(`^(?:\\s(?:more|runs?|points))?\\s(?:still\\s|more\\s)?(?:needed|required|to\\s(?:get|win|go))${BALLS_LEFT.source}`, 'u');
const CHASE_WITH = /\bwith\s(?:just\s|only\s|another\s)?$/i;
const STILL_NEEDED_AFTER = /^(?:\s(?:more|runs?|points))?\s(?:still\s)?(?:needed|required|left\sto\s(?:get|score|make))\b/;
const NEEDING_BEFORE = /\b(?:needing|needed|requiring|required)\s(?:just\s|only\s|another\s)?$/i;
const NEEDING_AFTER = new RegExp(`^(?:\\s(?:more|runs?|points))?(?:\\s(?:from|off)\\s|${BALLS_LEFT.source})`, 'u');
const SCORE_AT_BEFORE = /\bwith\sthe\s(?:score|total)\s(?:on|at)\s$/i;
// "41 students celebrated in the canteen", "about 200 fans cheered": how many people cheered or wept at one scene is colour,
// not a figure of the story (the holdout185 exam-results reader's R7)
const REACTION_AFTER = /^\s(?:[\p{Ll}-]+\s){0,2}?(?:celebrated|cheered|applauded|clapped|hugged|wept|cried|danced|sang|embraced|whooped|screamed|burst\sinto\s(?:tears|applause))\b/u;
// "in an 11-minute video call", "a 40-second statement", "the call lasted 11 minutes": how long the call or the statement that
// told the news lasted is colour, not the news (the holdout184 start-up reader's R7)
const CALL_LENGTH_AFTER = /^-(?:minute|second)\s(?:[\p{Ll}-]+\s)?(?:call|meeting|briefing|address|speech|statement|announcement|message|conversation|video|webcast|presentation)\b/u;
const CALL_LASTED_BEFORE = /\b(?:call|meeting|briefing|address|speech|statement|announcement|message|conversation|webcast|presentation)\s(?:lasted|took|ran\sfor)\s(?:just\s|only\s|about\s|around\s|barely\s|less\sthan\s)?$/i;
const MINUTES_AFTER = /^\s(?:minutes?|seconds?)\b/;
// "Several roads in central Budapest were closed", "The bridge will be shut from Friday": where and when roads are closed
// for an event is its logistics, and the place the story's own (the holdout185 marathon reader's R7)
const ROAD_CLOSURE = /\b(?:roads?|streets?|bridges?|motorways?|lanes|avenues?|embankments?)\b[^.;:]{0,100}?\b(?:were|was|are|is|will\sbe|would\sbe|to\sbe|be|have\sbeen|has\sbeen)\s(?:\p{Ll}+ly\s)?(?:closed|shut|cordoned\soff|blocked\soff)\b|\broad\sclosures\b/iu;

// a person named just before an age ("Ana Sousa, 81,"), whose name says whether they are the story's protagonist
const NAME_BEFORE_AGE = /(\p{Lu}[\p{L}\p{M}’'-]+),\s$/u;

/** The words of `text` as a set, split at spaces, punctuation and hyphens ("Adebayo-Kerr" gives "Kerr"), a possessive's ending dropped. */
function wordsOf(text: string): Set<string> {
	return new Set(text.split(/[\s,.:;!?"“”()’'-]+/).filter((w) => w !== '' && w !== 's'));
}

/**
 * Where the clause of another company's share move begins in `sentence`, or undefined when the
 * sentence tells none: its shares moving, or the company itself told as a firm by an appositive
 * or priced in pence or cents after its move ("Ferris Precision, the UK-listed engineering firm
 * ..., fell 4.2% to 312p"). A move is another company's where the headline tells a company's results,
 * or a share move that the lead gives a company ("Veltrane shares slump 14% ...", "Shares in
 * Veltrane Systems fell 14%"), and no distinctive word of the moving company's name (the
 * capitalised words that end its phrase, `COMPANY_KIND_WORD` aside) is in the headline or the lead paragraph (`opening`, the headline, a
 * line break, the lead). A markets report, whose lead tells an index, is made of such moves, and
 * every one stays asked.
 */
function sideSharesFrom(sentence: string, opening: string): number | undefined {
	const [title, lead = ''] = opening.split('\n');
	if (!RESULTS_TITLE.test(title) && !(/\b(?:shares?|stocks?)\b/i.test(title) && COMPANY_SHARES_LEAD.test(lead))) return undefined;
	const story = wordsOf(opening);
	for (const move of [...sentence.matchAll(SHARES_IN_MOVE), ...sentence.matchAll(NAME_SHARES_MOVE), ...sentence.matchAll(FIRM_APPOSITIVE_MOVE), ...sentence.matchAll(NAME_PRICED_MOVE)]) {
		// the name is the capitalised run that ends the phrase: "Dutch equipment maker Holmstraat Technologies" names
		// Holmstraat, while "the FTSE 250 group" ends on a common noun and is the story's own company described
		const tokens = move[1].split(/\s+/);
		const lower = tokens.findLastIndex((w) => !/^\p{Lu}/u.test(w));
		const words = tokens.slice(lower + 1).filter((w) => !COMPANY_KIND_WORD.test(w));
		if (words.length > 0 && !words.some((w) => story.has(w.replace(/[’']s?$/, '')))) {
			return clauseBounds(sentence, move.index ?? 0, (move.index ?? 0) + move[0].length)[0];
		}
	}
	return undefined;
}

// a clause that starts after the stem's last words: what it says is another clause's time, and the stem lost none of its own
const NEW_CLAUSE = /[;:–—]|,\s(?:and|but|while|as|when|after|before|which|who)\s|\s(?:and|but|while|when)\s(?:the\s|a\s|an\s)?\p{Ll}+(?:ed|s)\b/u;

/**
 * Does a stem stop before the clock time that closes its clause in `sentence` ("AEMET had issued a
 * red warning." of "AEMET had issued a red warning, its highest level, for the area shortly after
 * 1 p.m.")? The stem's last words (6 to 30 characters after its blank) must stand once in the
 * sentence, and the time come after them with no new clause between.
 */
function cutsClockTime(stem: string, sentence: string): boolean {
	const body = stem.replace(/[.?!]$/, '');
	const tail = (body.includes(BLANK) ? body.slice(body.lastIndexOf(BLANK) + BLANK.length) : body).slice(-30);
	if (tail.trim().length < 6 || CLOCK_TIME.test(body)) return false;
	const at = sentence.indexOf(tail);
	if (at < 0 || sentence.indexOf(tail, at + 1) >= 0) return false;
	const rest = sentence.slice(at + tail.length);
	const time = CLOCK_TIME.exec(rest);
	return time !== null && !NEW_CLAUSE.test(rest.slice(0, time.index));
}

/**
 * The bounds of the clause around `start`–`end` of `text`: from the last clause break before the
 * key to the first after it (`CLAUSE_BREAK`), so "hit the post in the 29th minute before levelling"
 * reads "hit the post in the 29th minute".
 */
function clauseBounds(text: string, start: number, end: number): [number, number] {
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
	return [from, to];
}

/** The text of the clause around `start`–`end` of `text` (`clauseBounds`). */
function clauseAround(text: string, start: number, end: number): string {
	return text.slice(...clauseBounds(text, start, end));
}

/**
 * Which kind of side detail (`SideDetail`) the fact of a source sentence is, or undefined when it
 * is none. Takes the sentence's text, the fact (its type, span and text) and the stems written of
 * it (a stem that keeps a lender's jargon is refused whatever it asks); reads only them.
 * QUALITY.md R7: "about a fact that matters to the story"; the kinds are the blind readers' NOs
 * named in the module's docstring.
 */
export function sideDetail(sentenceText: string, fact: Pick<Fact, 'type' | 'span' | 'text'>, { stems = [], published, opening, lead }: SideContext = {}): SideDetail | undefined {
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
	// (a goal or a sending-off in the clause is the match itself, and its minute stays asked, as above)
	if (fact.type === 'count' && BREAK_MINUTES_AFTER.test(after)) {
		const clause = clauseAround(sentenceText, fact.span.start, fact.span.end);
		if (SCORE_STATE.test(clause) && !MATCH_FACT.test(clause)) return 'break-minute';
	}
	// (the lead's victim, "A 46-year-old man died after being stabbed in Leeds", is the story's own)
	// (nor is one the headline or the lead names, as a killing's victim is)
	const named = NAME_BEFORE_AGE.exec(before)?.[1];
	if (fact.type === 'age' && !lead && (VICTIM_AFTER.test(after) || VICTIM_BEFORE.test(before)) && !(named !== undefined && opening !== undefined && wordsOf(opening).has(named))) return 'victim-age';
	if (fact.type === 'count' && STUDY_TASK_BEFORE.test(before)) return 'study-task';
	if (fact.type === 'count' && MATCH_TALLY_AFTER.test(after)) return 'match-tally';
	if (fact.type === 'count' && (CHASE_AFTER.test(after) || (CHASE_WITH.test(before) && STILL_NEEDED_AFTER.test(after)) || (NEEDING_BEFORE.test(before) && NEEDING_AFTER.test(after)) || SCORE_AT_BEFORE.test(before))) return 'chase-state';
	if (fact.type === 'count' && REACTION_AFTER.test(after)) return 'crowd-reaction';
	if (fact.type === 'count' && (CALL_LENGTH_AFTER.test(after) || (CALL_LASTED_BEFORE.test(before) && MINUTES_AFTER.test(after)))) return 'call-length';
	if (fact.type === 'place' && ROAD_CLOSURE.test(sentenceText)) return 'road-closure';
	// (any fact of the move's clause, its figure or its market: "shares in ... fell 5.2% in Amsterdam")
	const sideMove = opening === undefined ? undefined : sideSharesFrom(sentenceText, opening);
	if (sideMove !== undefined && fact.span.start >= sideMove) return 'side-shares';
	if (fact.type === 'count' && PERIOD_AFTER.test(after) && COMPARED_BEFORE.test(before)) return 'comparison-period';
	// a stem that copies the jargon asks the class to read it, whatever its key
	if ((fact.type === 'count' && MULTIPLE_AFTER.test(after) && LENDERS_JARGON.test(sentenceText)) || stems.some((s) => LENDERS_JARGON.test(s))) return 'ratio';
	if (fact.type === 'count' && LOTS_AFTER.test(after)) return 'lots';
	if (fact.type === 'money' && STUDY_FUNDED_BEFORE.test(before)) return 'study-grant';
	if (fact.type === 'date' && /^\d{4}$/.test(fact.text) && ONE_REVIEW.test(sentenceText)) return 'review-year';
	const year = Number(fact.text.slice(-4));
	if (fact.type === 'date' && published && DAY_MONTH_YEAR.test(fact.text) && year <= Number(published.slice(0, 4)) - DISTANT_YEARS) return 'distant-day';
	if (fact.type === 'count' && NEIGHBOURS_AFTER.test(after)) return 'neighbours';
	// (the date after "before" or "until" is a clause of its own to `clauseAround`, and is read from the sentence's start)
	if ((fact.type === 'date' && PROCEDURE.test(before)) || PROCEDURE.test(clauseAround(sentenceText, fact.span.start, fact.span.end))) return 'procedure';
	if ((fact.type === 'percent' || fact.type === 'count') && BALLOTS_COUNTED_AFTER.test(after)) return 'ballots-counted';
	if (stems.some((s) => FUNCTIONARY_ROLE.test(s))) return 'functionary';
	if (fact.type === 'count' && INSTRUMENTS_AFTER.test(after) && STUDY_READING.test(sentenceText)) return 'instruments';
	// (a key inside the time is the time asked, and nothing is cut)
	const time = CLOCK_TIME.exec(sentenceText);
	if (time && !(fact.span.start < time.index + time[0].length && fact.span.end > time.index) && stems.some((s) => cutsClockTime(s, sentenceText))) return 'cut-time';
	return undefined;
}
