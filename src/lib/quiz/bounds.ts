import type { Fact } from './facts';

/** Hedges that make a number a floor: the true value is the number or higher. */
const FLOOR = /^(more than|over|at least|upwards of|just over|above)$/i;
/** Hedges that make a number a ceiling: the true value is the number or lower. */
const CEILING = /^(fewer than|less than|under|up to|just under|as many as|as much as|below)$/i;

/**
 * Which side of a hedged bound ("more than 12 hours", "fewer than 4,000 copies") its
 * distractors must sit on so that each is false by the article: above a floor ("more than 20
 * hours" is not what it says, "more than 6 hours" would also be true), below a ceiling. Takes a
 * number fact and its source sentence; returns 'above', 'below', or undefined when the number is
 * no hedged bound, is one end of a range ("between 350 and 400", "20 or more"), whose ends
 * are never asked (QUALITY.md R3), or sits under a negation ("did not fall below 28C").
 */
export function boundSide(fact: Fact, sentenceText: string): 'above' | 'below' | undefined {
	if (!fact.bound || !fact.hedge) return undefined;
	const after = sentenceText.slice(fact.span.end, fact.span.end + 24);
	const before = sentenceText.slice(Math.max(0, fact.span.start - 40), fact.span.start);
	if (/^\s?(?:or more|or so|-odd|plus|\+|(?:to|and|or|-|–)\s?[$£€]?(?:\d|[a-z]+\b))/i.test(after) || /\b(?:between|from)\s/i.test(before)) return undefined;
	// "did not fall below 28C": a negation turns the bound round, and no option on either side is
	// what the article says (QUALITY.md R3, R6)
	if (/\b(?:not|never|no longer|nor)\b|n[’']t\b/i.test(sentenceText.slice(0, fact.span.start).split(/[,;:]/).pop() ?? '')) return undefined;
	// "asked for a sentence of no more than five years": "no" turns the hedge round, a ceiling that read as
	// "more than"'s floor made "no fewer than two years", which the article never denies, of two words
	// changed (a holdout115 reader's R3, R1), so no side is asked
	if (new RegExp(`\\bno\\s+${fact.hedge.replace(/ /g, '\\s+')}\\s+$`, 'i').test(sentenceText.slice(0, fact.span.start))) return undefined;
	if (FLOOR.test(fact.hedge)) return 'above';
	if (CEILING.test(fact.hedge)) return 'below';
	return undefined;
}

/**
 * The interval, as sideOf in generate.ts writes it ([max, min], exclusive, in the key's written
 * units), narrowed so a bound's distractors keep to the side `boundSide` gives; unchanged when
 * `side` is undefined.
 */
export function narrowToBound(interval: readonly [number, number], key: number, side: 'above' | 'below' | undefined): [number, number] {
	const [max, min] = interval;
	if (side === 'above') return [max, Math.max(min, key)];
	if (side === 'below') return [Math.min(max, key), min];
	return [max, min];
}

// the hedge that makes a value on the far side of a bound false: "more than 18,000" is not
// "fewer than 9,000"; the same number of words, so every option has the key's shape (R5)
const OPPOSITE: Record<string, { count: string; amount: string }> = {
	'more than': { count: 'fewer than', amount: 'less than' },
	'at least': { count: 'fewer than', amount: 'less than' },
	'upwards of': { count: 'fewer than', amount: 'less than' },
	over: { count: 'under', amount: 'under' },
	above: { count: 'below', amount: 'below' },
	'just over': { count: 'just under', amount: 'just under' },
	'fewer than': { count: 'more than', amount: 'more than' },
	'less than': { count: 'more than', amount: 'more than' },
	'up to': { count: 'more than', amount: 'more than' },
	under: { count: 'over', amount: 'over' },
	below: { count: 'above', amount: 'above' },
	'just under': { count: 'just over', amount: 'just over' }
};

// "three times the distance", "five times higher", "two times Earth's mass": a multiple of a
// quantity, not a count of occasions
const MULTIPLE = /^\s+times\s(?:the|a|an|as|that|those|its|their|his|her|our|more|less|higher|lower|larger|smaller|bigger|greater|faster|slower|longer|shorter|\p{Lu}[\p{L}’'-]*[’']s)\b/u;

// a verb that brings its object to a bound, the object and any "to" between: "bring the average ", "cut emissions to " (never "hold", which may mean contain: "prisons hold more than 80,000 people")
const TARGETED = /(?<![\p{L}\p{M}-])(?:bring|brought|bringing|push|pushing|cut|cutting|reduce|reduced|reducing|lower|lowering|limit|limiting|cap|capping|wants?|wanted|aims?|aimed|aiming|targets?|targeted|targeting|goal|ambition|pledged?|promised?|vowed?)\s(?:[^,;.:–—]{0,60}\s)?(?:to\s)?$/iu;

/** A false statement of a hedged bound, as `falseBound` writes it. */
export interface FalseBound {
	/** The clause before the hedge. */
	before: string;
	/** The opposite hedge and a number beyond the bound ("fewer than 9,000" for "more than 18,000"). */
	falseKeyText: string;
}

/**
 * The false statement of a hedged bound for a true/false item: the opposite hedge and a number
 * beyond the bound ("more than 18,000" → "fewer than 9,000"), false whatever the true figure. A
 * number on the bound's own side under its own hedge ("more than 29,000") is not ruled out by
 * the article, so no option or false statement is built that way (QUALITY.md R3). Takes the
 * number fact (bound, with its hedge), the clause before it (which ends with the hedge), the
 * numbers beyond the bound written like the key, and the sentence (the false words may not be
 * a piece of its own: "fewer than 80" in "fewer than 800"). Returns undefined when the hedge has
 * no opposite, no number is left, a verb of change takes the bound ("dropped to less than") or a
 * verb that brings something to it ("aimed to bring the average below 18").
 */
export function falseBound(fact: Fact, before: string, beyondValues: readonly string[], sentenceText = ''): FalseBound | undefined {
	if (!fact.hedge || !OPPOSITE[fact.hedge]) return undefined;
	const written = new RegExp(`(${fact.hedge.replace(/ /g, '\\s+')})\\s+$`, 'i').exec(before);
	if (!written) return undefined;
	// "Visibility dropped to less than two kilometres": a fall or rise to a bound turned round ("dropped to more
	// than five kilometres") no longer reads (the holdout29 reader's R1), nor one the verb takes straight:
	// "the contract climbed above $9,600" made "climbed below $6,700" (the holdout71 reader's R1, R6)
	if (/\b(?:dropped|fell|fallen|sank|sunk|plunged|slipped|slid|declined|dipped|tumbled|slumped|rose|risen|climbed|jumped|soared|surged|rallied|spiked|increased|decreased|grew|shrank|edged (?:up|down))\s+(?:to\s+)?$/i.test(before.slice(0, written.index))) return undefined;
	// "aimed to bring the annual average below 18": a target turned round ("to bring the average above 27") is an aim
	// no one would state, false only by absurdity (a holdout91 reader's R8); so is a goal of "at least 40%" of parts
	// made at home turned into "wants less than 25%" (the dev165s reader's R8)
	if (TARGETED.test(before.slice(0, written.index))) return undefined;
	// "more than three times Earth's distance": a multiple is an amount, "less than two times";
	// "reported at least five times before" counts occasions, "fewer than", and never "fewer
	// than two times" or "fewer than one time", which no one says (a blind reader's R1)
	const after = sentenceText.slice(fact.span.end);
	const multiple = fact.type === 'count' && MULTIPLE.test(after);
	const occasions = fact.type === 'count' && /^\s+times\b/.test(after) && !multiple;
	const opposite = OPPOSITE[fact.hedge][fact.type === 'count' && !multiple ? 'count' : 'amount'];
	const hedge = /^\p{Lu}/u.test(written[1]) ? opposite[0].toUpperCase() + opposite.slice(1) : opposite;
	const number = beyondValues.find((d) => !sentenceText.toLowerCase().includes(`${opposite} ${d}`.toLowerCase()) && !(occasions && /^(?:one|two|1|2)$/i.test(d)));
	return number === undefined ? undefined : { before: before.slice(0, written.index), falseKeyText: `${hedge} ${number}` };
}

/**
 * Is `falseKeyText` (a true/false item's false words for a hedged bound) written under the
 * hedge opposite the bound's, as `falseBound` writes it? Only such a statement is false by the
 * article (QUALITY.md R3).
 */
export function isFalseBound(fact: Fact, falseKeyText: string | undefined): boolean {
	const opposite = fact.hedge ? OPPOSITE[fact.hedge] : undefined;
	if (!opposite || !falseKeyText) return false;
	const lower = falseKeyText.toLowerCase();
	return lower.startsWith(`${opposite.count} `) || lower.startsWith(`${opposite.amount} `);
}

/**
 * Does a hedged bound state a quantity rather than a condition ("patients waiting more than 18
 * weeks", "anyone who earns over £50,000", "if it rises above 3%")? A condition's far side is
 * no false statement: how many waited under nine weeks is not said (QUALITY.md R3). True when
 * the bound's clause has no relative, conditional or participle leading up to the hedge and
 * no count or group defines it (`thresholdBound`).
 */
export function statedBound(sentenceText: string, fact: Fact, facts: readonly Fact[]): boolean {
	// "said that more than 3,500": a reported clause, no relative one
	const clause = (sentenceText.slice(0, fact.span.start).split(/[,;:–—(]|\b(?:and|but|while)\b/).pop() ?? '').replace(/\b(?:said|says|say|added|warned|reported|found|showed|shows|estimated|estimates|announced|confirmed|believes|thinks|told [\p{L}]+)\s+that\b/giu, '');
	if (/\b(?:who|whom|whose|that|which|where|when|if|unless|those|anyone|everyone|any)\b/i.test(clause)) return false;
	// "schools will be required to keep the cost below €100, and secondary schools below €150": a
	// rule's limit, whatever clause the hedge ends up in; "above €210" breaks no rule the article states
	// (the holdout49 reader's R8)
	if (REQUIREMENT.test(sentenceText.slice(0, fact.span.start))) return false;
	const hedgeless = fact.hedge ? clause.replace(new RegExp(`${fact.hedge.replace(/ /g, '\\s+')}\\s*$`, 'i'), '') : clause;
	if (/\p{L}+ing\s*$/u.test(hedgeless)) return false;
	// "forecasts up to ten days ahead", "flights of up to six hours away": a reach the bound
	// sets for the noun before it, a condition; how the far side fares is not said
	if (/^\s+(?:[\p{Ll}-]+\s+)?(?:ahead|in advance|away|beforehand|out)\b/u.test(sentenceText.slice(fact.span.end))) return false;
	return !thresholdBound(sentenceText, fact, facts);
}

// words of a rule or a limit set on a quantity, or of advice on it ("are being told to allow at least 40
// extra minutes": "to allow fewer than 28" reads as advice, the holdout84 reader's R1): what it may be, not what it is
const REQUIREMENT = /\b(?:required to|must|obliged to|needs? to|ha(?:ve|s|d) to|keep|keeps|kept|keeping|caps?|capped|limits?|limited|(?:told|advised|urged|asked|encouraged|warned|recommended) to|should|ought to|allow)\b/i;

const GROUP_WORDS = /\b(?:thousands|hundreds|millions|dozens|scores|tens of thousands|many|most|some|several|few|those|anyone|everyone|nobody|no one)\b/i;

/**
 * Is a hedged bound a threshold that defines what another number counts ("54,000 people waited
 * more than 12 hours", "59% of patients were seen in under four hours")? Then no option beyond
 * or past it is false by the article: how many waited fewer than 6 hours is not said
 * (QUALITY.md R3). Takes the sentence, the bound fact and the sentence's facts; true when a
 * count or percentage ends shortly before the bound's hedge with no comma, "and" or "but"
 * between them, when its clause counts a group in words before it ("thousands of patients",
 * "those who"), or when a group follows it ("in several districts").
 */
export function thresholdBound(sentenceText: string, fact: Fact, facts: readonly Fact[]): boolean {
	// "thousands of patients are still waiting more than 12 hours", "than those who walk fewer
	// than 3,000", "took more than 20% in several districts": a group counted in words
	const before = sentenceText.slice(0, fact.span.start).split(/[,;:–—]|\b(?:and|but|while)\b/).pop() ?? '';
	const after = sentenceText.slice(fact.span.end).split(/[,;:.–—]|\b(?:and|but|while)\b/)[0];
	if (GROUP_WORDS.test(before) || /\b(?:in|on|at|for|of) (?:several|some|many|most|a few|dozens of|hundreds of|thousands of)\b/i.test(after)) return true;
	return facts.some((other) => {
		if (other === fact || (other.type !== 'count' && other.type !== 'percent') || other.span.end > fact.span.start) return false;
		const gap = sentenceText.slice(other.span.end, fact.span.start);
		return gap.length <= 60 && !/[,;:–—]|\b(?:and|but|while|or)\b/.test(gap);
	});
}

// words that set a figure against another as a floor, a ceiling or a starting point of it: "beating last
// year's record of 510,000", "up from 480,000", "more than the 2.1 million of 2024", "compared with 412",
// "after trading as low as $61.85", "rose from 40 to", "against 47.1%"; the cue reaches to the compared
// figure within its clause
const COMPARISON_CUE = /\b(?:beat(?:s|ing)?|broke|break(?:s|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|eclips(?:es|ed|ing)|exceed(?:s|ed|ing)?|from|compared (?:with|to)|as (?:low|high|much|little|many|few|far) as|against|versus|vs\.?|than)\b[^,;.]{0,40}$/i;

/**
 * Does an estimate's stem set its key against a figure of the same measure near enough to score
 * ("_____ people had visited over four nights, beating last year's record of 510,000"; "closed at
 * $_____ after trading as low as $61.85")? The player answers with that figure, or just past it,
 * and earns points for what the stem told (QUALITY.md R5: a fresh user's giveaway). Takes the key
 * fact, the sentence's facts, the stem with its blank and the estimate's scoring (`ESTIMATE` in
 * scoring.ts); true when another figure of the key's type in the stem lies within `noneFrom` of the
 * key after a comparison cue (`COMPARISON_CUE`), or, with no cue, within twice `fullWithin`, where
 * typing it earns nearly full points ("took _____ votes, ahead of Tom Reddy on 8,115" of 9,842 stays:
 * a rival's tally a sixth away tells the order, not the figure).
 */
export function comparedNear(fact: Fact, facts: readonly Fact[], stem: string, scoring: { fullWithin: number; noneFrom: number }): boolean {
	if (fact.value === undefined || fact.value === 0) return false;
	const nearlyFull = 2 * scoring.fullWithin;
	return facts.some((other) => {
		if (other === fact || other.type !== fact.type || other.value === undefined) return false;
		const at = stem.indexOf(other.text);
		if (at < 0) return false;
		const error = Math.abs(other.value - fact.value!) / Math.abs(fact.value!);
		return error < (COMPARISON_CUE.test(stem.slice(0, at)) ? scoring.noneFrom : nearlyFull);
	});
}

// "in the final 10 km", "over the past five years", "within 48 hours", "for the first 20 minutes": a stretch counted back
// from an end or on from a start, which holds whatever happened in any shorter one, and sits inside any longer one
const OPEN_SPAN = /\b(?:(?:in|over|during|within|for|across|throughout|inside) (?:the |its |their |his |her )?(?:final|last|first|past|next|opening|closing|remaining|previous) |within )$/i;

// another quantity or a comparison the stretch is the measure of: "risen by a third over the past five years", "more
// often in the first eight months of the year than in any full year": over another stretch the figure is another claim
const MEASURED_OVER = /\d|%|\b(?:half|thirds?|quarters?|twice|double[ds]?|tripled?|more|less|fewer|than|most|least|record|per ?cent|percent)\b/i;

/**
 * Is the number after `before` (a stem up to its key) the length of a stretch counted from an
 * end or a start ("The women's race turned into a duel in the final 10 km")? A true/false item
 * must not swap it: "a duel in the final 6 km" is true of the duel the article tells (it ran
 * through those 6 km too), "in the final 14 km" as much (it began inside them), so no other
 * number is false by the article (QUALITY.md R3; the holdout185 reader's "a 6-vs-10 km nitpick
 * about a loose figure"). Not where the stem measures something over the stretch or compares it
 * (`MEASURED_OVER`, with `after`, the stem after its key): "prices rose by a third over the past
 * _____ years" holds of that stretch alone (g31-b's "the first eight months of the year"). Hedged
 * bounds ("more than", "up to") are `boundSide`'s.
 */
export function openSpan(before: string, after: string): boolean {
	return OPEN_SPAN.test(before) && !MEASURED_OVER.test(`${before} ${after}`);
}
