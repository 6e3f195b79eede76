import { IRREGULAR_PAST, tagsOf } from './lexicon';
import { keptPerText, keptPerTextAnd } from './words';

/**
 * A share that opens a stem with its group left out: "About half had received two doses",
 * "Nearly 40% arrived by bus", "_____ per cent said no" (half of whom?). A hedge may stand
 * before it; the next word is the clause's verb, so no "of ..." or noun says what it is a share of.
 */
const BARE_SHARE = /^(?:(?:About|Nearly|Almost|Roughly|Around|Some|More than|Over|Just over|Just under|Under|Fewer than|Less than|Only|Exactly|Another|Just) )?(?:half|a third|a quarter|a fifth|two-thirds|three-quarters|one in (?:\w+)|(?:\d[\d,.]*|_____)(?:%| per ?cent| percent))[ ,]+(\p{Ll}+)\b/iu;

/** An ordinal with its noun left out: "the third was found ...", "the search for the second, who ...". */
const BARE_ORDINAL = /\b[Tt]he (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latter|former) ?(,|\.|$|\p{Ll}+\b)/u;

/** An ordinal with its noun ("the first year", "the opening half"), earlier in a stem: what a later bare "the second" leaves out. */
const ORDINAL_WITH_NOUN = /\b[Tt]he (?:first|second|third|fourth|opening) (?!who\b|which\b|that\b|had\b|has\b|was\b|is\b|will\b)\p{Ll}+\b/u;

/** "There were 6,680 in England at the end of December": a count whose noun (community pharmacies) only the sentence before said. */
const BARE_THERE = /^There (?:were|are|was|is|will be|had been|have been) (?:about |around |roughly |nearly |almost |some |more than |fewer than |just |only |over |under )?(?:_____|\d[\d,.]*)(?![\d,.]*\d)(?: (?:thousand|million|billion))?(?= (?:in|at|on|across|nationwide|left|remaining|by|as of)\b|[,.;]|$)/;

/** A lone number opening a stem before an appositive: "One, 76-year-old X, said ..." (one of whom?). */
const BARE_ONE = /^(?:One|Another|Two|Three|Four|Five|Several|Some|Many|Others|Both), (?:a |an |the )?(?:[\p{Ll}-]+ ){0,3}?(?:\d+-year-old |_____ |\p{Lu})/u;

/** "One of the largest told Reuters": one of a superlative whose noun ("investors") only the sentence before said; group 1 the next word. */
const BARE_SUPERLATIVE = /\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Ss]everal) of the (?:\p{Ll}+est|biggest|most \p{Ll}+) ?(,|\.|$|\p{Ll}+\b)/u;

/** A clause's verb that may follow a headless superlative: "One of the largest told Reuters", "... said", "... declined to comment". */
const SAID_AFTER = /^(?:told|tells|said|says|added|declined|agreed|wrote|spoke)$/;

/** Words after an ordinal that show no noun follows it: a relative or a preposition that starts a clause. */
const NO_NOUN = /^(?:,|\.|who|which|whose|that|when|where|had|has|have|was|were|is|are|will|would|could|remains|remained|continues|continued|being)$/;

/**
 * Does a stem lean on a quantity whose head noun is missing, which the sentence before named
 * (QUALITY.md R4)? A share opening it before its verb ("About half had received ...") or "the
 * third" with no noun after it ("the search for the third continues"), a superlative with no noun
 * after it ("One of the largest told Reuters ...": of Celestra's investors, the holdout68 reader's
 * R4), a lone "One," before an appositive ("One, 76-year-old X, said ...") or a count that "There were" gives with no
 * noun ("There were 6,680 in England": community pharmacies, the holdout72 reader's R4). Takes the stem and a test
 * for a finite verb (lower-case word); true when such a quantity is found.
 */
export function headlessQuantity(stem: string, isVerb: (word: string) => boolean): boolean {
	return headlessQuantityKept(stem, isVerb);
}
const headlessQuantityKept = keptPerTextAnd(readHeadlessQuantity, 4096);

// built once, not per call: V8 drops a `new RegExp` from its cache after two major GCs and compiles it again, which for a Unicode class costs milliseconds
const BARE_ORDINALS = new RegExp(BARE_ORDINAL, 'gu');

/** `headlessQuantity`, read afresh. */
function readHeadlessQuantity(stem: string, isVerb: (word: string) => boolean): boolean {
	if (BARE_ONE.test(stem) || BARE_THERE.test(stem)) return true;
	const superlative = BARE_SUPERLATIVE.exec(stem);
	// "one of the biggest upsets": a plural the lexicon also reads as a verb is the noun; only a clause's verb after it
	// ("told", "said", "declined") or a word that opens a clause leaves the noun out
	if (superlative && (superlative[1] === '' || NO_NOUN.test(superlative[1]) || SAID_AFTER.test(superlative[1]) || (/ed$/.test(superlative[1]) && isVerb(superlative[1])))) return true;
	const share = BARE_SHARE.exec(stem);
	if (share && (isVerb(share[1]) || /^(?:had|has|have|was|were|is|are|will|would|could|said|say|says)$/.test(share[1]))) return true;
	for (const m of stem.matchAll(BARE_ORDINALS)) {
		const next = m[1] ?? '';
		// "3.5% in the first year and 3% in the second": the noun said with an ordinal just before is left out, not missing
		if (ORDINAL_WITH_NOUN.test(stem.slice(0, m.index)) && /^(?:,|\.|)$/.test(next)) continue;
		if (next === '' || NO_NOUN.test(next) || (/ed$/.test(next) && isVerb(next))) return true;
	}
	return false;
}

// "How many pairs did ...", "_____ million pairs had been distributed", "The largest of the pieces": a unit that is always
// of something, counted or definite, with no "of" after it; "a collection of 400 pieces" says of what before the count
const UNIT_COUNT = /(?:\b[Tt]he|(?<!\bof )(?:\bHow many|(?:_____|(?<![\p{L}\p{M}\d,.-])\d[\d,.]*)(?: (?:thousand|million|billion))?)) (?:pairs|pieces|fragments|sets)(?![\p{L}\p{M}-])(?! of\b)/u;

/**
 * Does a stem count a unit that is always of something without saying of what ("How many pairs did
 * the Ministry of Health say had been distributed?": pairs of eclipse glasses, which the sentences
 * before named; "The largest of the pieces": pieces of the meteorite; QUALITY.md R4)? The holdout44 reader refused both. A unit with a word of its own
 * ("10,000 breeding pairs"), an of-phrase after it ("pairs of glasses") or before the count ("a
 * collection of 400 pieces") lets it stand.
 */
export function unitWithoutWhole(stem: string): boolean {
	return UNIT_COUNT.test(stem.replace(/“[^”]*”|"[^"]*"/g, ''));
}

// "One critic called it ...", "The U.S. National Ice Center has designated it A-87": an object "it" in the stem's first
// clause, which never stands for that clause's own subject; a score ("tied it 2-all", "left it 12-12 at the interval",
// "tied it at 7:58") or a phrase "it" only fills ("made it clear", "found it hard") points to nothing before
const OBJECT_IT = new RegExp(String.raw`^([^,;:–—“"]*?) (?:\p{Ll}+ed|has|have|had|put|set|shut|cut|hit|let|${IRREGULAR_PAST}) it(?![\p{L}\p{M}’'-])(?! (?:\d|at \d|all\b|level\b|clear\b|difficult\b|easier\b|easy\b|hard\b|harder\b|possible\b|impossible\b|known\b|plain\b|public\b|official\b|to\b|was\b|is\b|would\b|will\b|had\b|has\b))`, 'u');
// words that open a second clause, whose subject an "it" may stand for
const CLAUSE_OPENER = /\b(?:and|but|while|who|which|that|after|before|when|as|because|if|since|said|says|told)\b/;

/**
 * Does a stem's first clause take an "it" as its object with no thing named before it for "it" to
 * stand for (QUALITY.md R4)? "The U.S. National Ice Center has designated it A-87" (the iceberg,
 * named in the sentences before), "One critic called it ..." (the play); the holdout44 and
 * holdout41 readers refused both. An "it" of a score ("Seattle tied it 2-all") or of a set phrase
 * ("made it clear") is none; a clause before the verb ("After the berg broke away, the centre
 * named it") is left to the pronoun rules.
 */
export function objectIt(stem: string): boolean {
	const m = OBJECT_IT.exec(stem);
	return !!m && !CLAUSE_OPENER.test(m[1]) && !/\b(?:tied|levelled|leveled)$/.test(m[0].slice(0, -3));
}

// "was the first to transfer, in 2024": a rank among those doing something, the verb's object said only before
const RANK_TO = /\bthe (?:first|last|only|latest|second|third)(?: (?:one|country|company|club|team|person|man|woman|city|state))? to \p{Ll}+(?=[,.;]|$)/u;
// "among the biggest buyers, alongside India": a trade's top agents, of what the sentences before said
const TOP_AGENTS = /\b[Tt]he (?:\p{Ll}+est|top|leading|main|major) (?:buyers|sellers|producers|exporters|importers|consumers|holders|investors|suppliers|spenders)(?![\p{L}\p{M}-])(?! of\b)/u;

// "The equivalent price in Denmark": equivalent to what the sentences before priced
const EQUIVALENT = /\b[Tt]he equivalent (?!of\b|to\b|for\b)\p{Ll}+(?![\p{L}\p{M}-])(?! (?:of|to|for)\b)/u;
// "Deutsche Post charges €0.95 and ...": a charge for what the sentences before priced; "charges €5 for a letter",
// "charges €5 a day" say it
const BARE_CHARGE = /\bcharg(?:es|ed|e) (?:about |around |roughly |just )?(?:_____|[$£€₹] ?[\d.,]+)(?:m|bn|k| million| billion)?(?! (?:for|to|per|a|an|each|on)\b)/u;
// "had forecast a 25-basis-point reduction", "had demanded an increase of 10%": a change forecast or sought, of what
// (the central bank's rate, the minimum wage) the sentences before said; "an increase of 10% in the minimum wage" says it
const SOUGHT_CHANGE = /\b(?:forecast|forecasts|expected|expect|expects|predicted|predict|predicts|demanded|demand|demands|sought|seek|seeks|proposed|propose|proposes|wanted|want|wants|called for|calls for|recommended|recommends|priced in|pencilled in) (?:an?|the) (?:(?:_____|\d[\d.,]*)(?:-| )?(?:basis-point|percentage-point|point|per-cent|percent|%)s? )?(?:increase|rise|hike|reduction|cut|decrease|fall|drop|decline)(?: of (?:about |around |roughly |nearly |almost )?(?:_____|\d[\d.,]*)(?: ?(?:%|percent|per cent|percentage points?|basis points?|points?))?)?(?![\p{L}\p{M}’'-])(?!,? (?:in|to|of|on|for|at)\b)/u;
// "Tolls will rise 3% a year", "about 17,500 crossings a day", "a commuter crossing twice each workday": a charge on or a
// crossing of the story's bridge or road, which only the sentences before name; "Tolls on the bridge", "crossings of the Tyne" say it
const UNOWNED_USE = /^(?:Tolls|Fares|Fees|Tariffs)(?![\p{L}\p{M}’'-])(?! (?:on|for|at|of|in|to)\b)|(?:_____|\d[\d,.]*(?: million| thousand)?) crossings(?![\p{L}\p{M}’'-])(?! (?:of|at|on|over|into|from|between)\b)|(?<![\p{L}\p{M}-])crossing (?:twice|once|daily|each|every)\b/u;
// "Thirteen TDs did not vote and three formally abstained": on what (the Bill, the motion) the sentences before said
const UNNAMED_VOTE = /\b(?:did not|didn[’']t|failed to|chose not to) vote\b(?! (?:on|for|against|in)\b)|\babstained\b(?! (?:on|from|in)\b)/u;
const VOTE_NAMED = /\b(?:Bill|bill|motion|referendum|resolution|amendment|election|ballot|legislation|proposal|measure|budget|deal|vote on)\b/;
// "Worst hit were Delhi's airports": hit by what (the strike, the storm) the sentences before said
const WORST_HIT = /^(?:The )?(?:[Ww]orst|[Hh]ardest|[Mm]ost (?:badly|severely)|[Bb]adly) (?:hit|affected)\b(?![^,;]*\bby\b)/u;
// "in Strasbourg, _____ kilometres to the south", "Last Mountain Lake, about 30 kilometres away": a distance from a town
// or a site the stem never names; "30 kilometres north of Nokomis", "away from the tracks" say from where
const UNANCHORED_DISTANCE = /(?:_____|\d[\d,.]*) ?(?:kilometres|kilometers|km|miles|metres|meters)\s(?:(?:to the |further |farther )?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)|away|upstream|downstream|inland|offshore)(?![\p{L}\p{M}-])(?!,? (?:of|from)\b)/u;
// "Close behind with _____ nominations": behind whom (Umthombo, with 14) the sentence before said; "just behind Arsenal" says it
const BARE_BEHIND = /(?<![\p{L}\p{M}-])(?:[Cc]lose|[Jj]ust|[Nn]ot far|[Cc]losest) behind(?![\p{L}\p{M}-])(?! (?:\p{Lu}|the\b|a\b|an\b|\p{Ll}+[’']s\b))/u;
// "Nova Scotia will bear the brunt, with 17 closures": of what (the bank's branch closures) the sentences before said
const BARE_BRUNT = /\b(?:bear|bears|bore|borne|bearing) the brunt\b(?! of\b)/;
// "About 290 positions will be affected": by what (the closures) the sentence before said
const UNCAUSED_EFFECT = /\b(?:positions|jobs|roles|posts|staff|employees|workers|services|customers) (?:will|would|could|may|might|are|were|is|was)(?: not)? (?:be |being |been )?affected\b(?! by\b)/;
// "the news landed hard": what news the sentences before told; "the news that ...", "the news of ..." say it
const BARE_NEWS = /(?<![\p{L}\p{M}-])[Tt]he news(?![\p{L}\p{M}’'-])(?! (?:of|that|about|agency|conference|release|outlet|site|website|channel|programme|program|service|media)\b)/u;
// "retreated 312 meters at its tongue over the four years": which four years (2021 to 2025) the lead said; "the four
// years to March", "the four years since the merger" say it
const BARE_SPAN = /\b(?:over|during|across|throughout|in|for|within) the (?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+) (?:years|months|weeks|days|decades|seasons)(?![\p{L}\p{M}’'-])(?! (?:to|since|from|of|before|after|ending|between|until|through|that|when|in which)\b)/u;
// "The loss of _____ cubic kilometers is ...": a loss of a measure with nothing it measures (Alpine glacier ice);
// "The loss of 11 cubic kilometers of ice" says it, and so does a counted thing ("The loss of 200 jobs")
const MEASURE_CHANGE = /^The (?:loss|gain|drop|fall|rise|increase|decline|reduction|growth) of (?:about |roughly |around |some |nearly |almost )?(?:_____|\d[\d.,]*)(?: (?:thousand|million|billion))? ?(?:%|per ?cent|percent|percentage points?|(?:cubic |square )?(?:kilometres|kilometers|km|metres|meters|miles|tonnes|tons|litres|liters|gallons|barrels|hectares|acres))(?![\p{L}\p{M}-])(?! (?:of|in|for)\b)/u;
// "The summer of 2025 ... added another 3.2 percent.": another share of what (the ice loss) the sentence before counted;
// a cloze blanks the whole share ("added another _____.")
const ANOTHER_SHARE = /\banother (?:_____|(?:_____|\d[\d.,]*) ?(?:%|per ?cent|percent|percentage points?))(?=[.,;]|$)/;
// "said the method reduced uncertainty": a method the sentences before described; "the method used", "the method of
// dating" say which
const BARE_METHOD = /(?<![\p{L}\p{M}-])[Tt]he (?:new )?(?:method|technique|approach|methodology)(?![\p{L}\p{M}’'-])(?! (?:of|for|used|developed|known|called|that|which|to)\b)/u;
// "the $78.4 million, two-year trial", "the two-year pilot": a scheme told by its cost or its length, never by what it
// tries (the $2 bus fare cap); "the two-year trial of free fares" says it
const BARE_SCHEME = /(?<![\p{L}\p{M}-])[Tt]he (?:(?:[$£€](?:_____|\d[\d.,]*)(?: ?(?:million|billion|m|bn))?|\d[\d.,]* (?:million|billion)),? (?:[\p{Ll}\d]+-(?:year|month|week|day),? )?|_____, (?:[\p{Ll}\d]+-(?:year|month|week|day),? )?|[\p{Ll}\d]+-(?:year|month|week|day) )(?:trial|pilot|scheme|programme|program)(?![\p{L}\p{M}’'-])(?! (?:of|for|to|in|at|on)\b)/u;
// "at both universities", "Both banks": bodies of the story counted, not named; "Trinity and UCD ...", "Norway and the Faroe
// Islands ..." before it name them ("both sides" is left out: "on both sides of the Atlantic" counts no bodies)
const COUNTED_BODIES = /(?<![\p{L}\p{M}-])[Bb]oth (?:universities|colleges|schools|clubs|teams|companies|firms|banks|countries|nations|governments|parties|hospitals|councils)(?![\p{L}\p{M}-])/u;
// superlatives of time say when, not among which ("The latest figures"); the rest pick one of a set
const TIME_SUPERLATIVE = /^(?:latest|earliest)$/;
// "The strongest aftershock, measured at ...": an opening superlative with no phrase that says among which it is
// the strongest ("of the week", "in the sequence", "ever recorded", "on record", "since 1998")
const OPENING_SUPERLATIVE = /^The (\p{Ll}+) (?:[\p{Ll}-]+ ){0,2}?[\p{Ll}-]+(?=[,;:]|$| (?:was|were|is|are|had|has|have|will|would|came|hit|struck|spilled|spilt|took|reached|\p{Ll}+ed)\b)/u;
const SET_SAID = /^The [^,;:]*?\b(?:of|in|among|across|on record|ever|since|this|last|at|from|to date|so far)\b/;

/**
 * Does a stem leave out what a rank or a trade is of, which the sentences before said (QUALITY.md
 * R4)? "South Western Railway was the first to transfer, in 2024" (transfer to public ownership),
 * "... have been among the biggest buyers, alongside India" (of gold), or what a figure is equal to
 * ("The equivalent price in Denmark is now more than €4": of a stamp) or what a price is charged for
 * ("Deutsche Post charges €0.95 and ...", the rest of the same sentence); the holdout42, holdout43 and
 * holdout45 readers refused each. "The first to finish the course", "the biggest buyers of gold",
 * "the equivalent of 12 months' pay" say it. So is a change forecast or sought with nothing it changes
 * ("had forecast a 25-basis-point reduction", "had demanded an increase of 10%"), a toll or a crossing of
 * a thing never named ("Tolls will rise 3% a year", "about 17,500 crossings a day"), and an opening
 * superlative with no set it ranks in ("The strongest aftershock, measured at ...", "The worst offender,
 * the Chandler's Ford works, spilled ..."; the holdout54 and holdout55 readers refused each), a vote
 * or an abstention on nothing named ("Thirteen TDs did not vote and three formally abstained": on the
 * assisted dying Bill) and an effect with no cause ("Worst hit were Delhi's airports": by the pilots'
 * strike) or a distance from nowhere named ("in Strasbourg, _____ kilometres to the south": of the
 * derailment's town), which the holdout68 and holdout69 readers refused. The holdout72 and holdout73 readers refused, as
 * R4, a rank with no one ahead ("Close behind with _____ nominations"), a brunt, an effect or news of nothing named ("bear the
 * brunt, with 17 closures", "About 290 positions will be affected", "the news landed hard"), a span never dated ("over
 * the four years"), a loss or a further share of a measure of nothing ("The loss of _____ cubic kilometers", "added another
 * 3.2 percent"), a method or a scheme never described ("the method reduced uncertainty", "the $78.4 million, two-year
 * trial") and bodies counted, not named ("at both universities"). Quotes are left out: a speaker's words are theirs.
 */
export function elidedObject(stem: string): boolean {
	return elidedObjectKept(stem);
}
const elidedObjectKept = keptPerText(readElidedObject, 4096);

/** `elidedObject`, read afresh. */
function readElidedObject(stem: string): boolean {
	const text = stem.replace(/“[^”]*”|"[^"]*"/g, '');
	if (RANK_TO.test(text) || TOP_AGENTS.test(text) || EQUIVALENT.test(text) || BARE_CHARGE.test(text)) return true;
	if (SOUGHT_CHANGE.test(text) || UNOWNED_USE.test(text) || WORST_HIT.test(text) || UNANCHORED_DISTANCE.test(text)) return true;
	if (BARE_BEHIND.test(text) || BARE_BRUNT.test(text) || UNCAUSED_EFFECT.test(text) || BARE_NEWS.test(text) || BARE_SPAN.test(text)) return true;
	if (MEASURE_CHANGE.test(text) || ANOTHER_SHARE.test(text) || BARE_METHOD.test(text) || BARE_SCHEME.test(text)) return true;
	const bodies = COUNTED_BODIES.exec(text);
	if (bodies && !/\p{Lu}[\p{L}\p{M}’'.-]* (?:and|&) (?:the )?\p{Lu}/u.test(text.slice(0, bodies.index))) return true;
	if (UNNAMED_VOTE.test(text) && !VOTE_NAMED.test(text)) return true;
	const superlative = OPENING_SUPERLATIVE.exec(text);
	return !!superlative && (tagsOf(superlative[1]).includes('Superlative') || superlative[1] === 'best') && !TIME_SUPERLATIVE.test(superlative[1]) && !SET_SAID.test(text);
}

// a whole number as a tally's object, written in figures (never a decimal: an index's level, a price) or in words
const TALLY_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})*(?![.,]?\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)`;
// a side's tally: what it won or held; or a change of one, only after a side's name or a word for a side
// ("the Socialist Party fell to 68"; "the toll dropped to 1,460" counts the toll itself)
const TALLY_VERB = String.raw`(?:(?:won|wins|took|takes|secured|gained|retained|kept|claimed|picked up|ended with|finished with)|(?<=(?:\p{Lu}[\p{L}\p{M}’'-]*|\b(?:party|alliance|coalition|bloc|group|list|side|team))\s)(?:fell to|rose to|dropped to|slipped to|climbed to|increased to|decreased to|was down to|were down to))`;
const TALLY_OF_NOTHING = (number: string) => new RegExp(String.raw`(?<![\p{L}-])${TALLY_VERB}\s(?:just\s|only\s|a further\s|another\s)?${number}(?=\s(?:from|to)\s|[,.;]|\s(?:and|while|but|as|after|before)\b|$)`, 'u');
const COUNTED = new RegExp(String.raw`(?:\b${TALLY_NUMBER}|_____)\s(?:[\p{L}-]+\s)?\p{Ll}+s\b`, 'u');
const OF_NOTHING_FIGURE = TALLY_OF_NOTHING(TALLY_NUMBER);
// the verbs of TALLY_VERB alone, without its lookbehind: a stem with none of them is no tally, and most stems are refused by this quick scan
const TALLY_VERB_WORDS = /(?:won|wins|took|takes|secured|gained|retained|kept|claimed|picked up|ended with|finished with|fell to|rose to|dropped to|slipped to|climbed to|increased to|decreased to|was down to|were down to)\s/;
const OF_NOTHING_BLANK = TALLY_OF_NOTHING('_____');

/**
 * Does a stem give a tally with no word of what it counts: "The center-left Socialist Party fell to
 * 68 from 149" (municipalities, said in the sentence before), "The Congress party won just nine,
 * far below ..." (seats)? The holdout118 and holdout119 readers refused each as R4. A stem that
 * counts a noun anywhere ("took 12.6% and two seats, while ... won two") says what; decimals (an
 * index's level, a price) and quotes are left alone. `blankIsCount` says the stem's blank stands
 * for a count, which then reads as such a number too.
 */
export function tallyOfNothing(stem: string, blankIsCount: boolean): boolean {
	const text = stem.replace(/“[^”]*”|"[^"]*"/g, '');
	if (!TALLY_VERB_WORDS.test(text)) return false;
	if (!OF_NOTHING_FIGURE.test(text) && !(blankIsCount && OF_NOTHING_BLANK.test(text))) return false;
	return !COUNTED.test(text);
}
