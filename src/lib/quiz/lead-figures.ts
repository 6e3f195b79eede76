import type { Fact } from './facts';

// "was jailed for six years", "sentenced to four and a half years", "ordered to serve 18 months",
// "given a nine-year sentence": the words before a custodial term
const CUSTODIAL_BEFORE = /\b(?:jailed|imprisoned|locked up|sentenced|detained|put behind bars)(?: (?:on \p{Lu}\p{Ll}+|yesterday|today))?(?: to| for)?(?: a| an)?(?: total of| further| maximum of| minimum of)? $|\b(?:ordered to serve|given|handed|received|faces|serve|serving|jail term of|prison term of|prison sentence of|sentence of)(?: a| an)?(?: total of| further)? $/u;
// "six years", "18 months", "nine-year sentence", "four and a half years in prison"
const CUSTODIAL_AFTER = /^(?:(?: and a half)? (?:years?|months?)\b(?! (?:ago|earlier|later|old|before|after|since)\b)|-(?:year|month) (?:jail |prison |custodial )?(?:sentence|term)\b)/u;

/**
 * How much more a fact is worth asking for being the figure a court story turns on: the prison term
 * of its sentence ("was jailed for six years", "sentenced to 18 months", "a nine-year sentence"),
 * rather than another count of the same sentence ("stole £1.37m over seven years"). A strict reader
 * of four fresh court stories listed the term as missed where the quiz asked how long the fraud ran.
 *
 * Takes the source sentence's text and one of its facts (a count, with its `span` in that text);
 * returns a score bonus in the units of `FACT_WEIGHT` (0.5 for a term, else 0). Never throws.
 */
export function custodialTermBonus(text: string, fact: Fact): number {
	if (fact.type !== 'count') return 0;
	const before = text.slice(Math.max(0, fact.span.start - 40), fact.span.start);
	const after = text.slice(fact.span.end, fact.span.end + 40);
	return CUSTODIAL_BEFORE.test(before) && CUSTODIAL_AFTER.test(after) ? 0.5 : 0;
}

// "beat Exeter 3-1", "a 2-0 win over", "their 4-2 defeat by", "drew 1-1 with"
const SCORE_BEFORE = /\b(?:beat|beating|defeated|defeating|thrashed|edged|lost|losing|drew|drawing|overcame|won|winning) (?:\p{Lu}[\p{L}\p{M}’'.-]*(?: (?:\p{Lu}[\p{L}\p{M}’'.-]*|de|del|da|of))* )?(?:by )?$/u;
const SCORE_AFTER = /^ (?:win|victory|defeat|loss|draw|home win|away win|thrashing)\b/u;

/**
 * How much more a lead sentence's match score is worth asking than its other facts: the score of the
 * win, defeat or draw the report is about ("beat Exeter 3-1", "with a 3-1 win over Exeter"), which strict
 * readers of fresh match reports listed as missed where the quiz asked who was described as a striker.
 *
 * Takes the source sentence's text and one of its facts (a tally, with its `span` in that text); returns
 * a score bonus in the units of `FACT_WEIGHT` (0.5 for a match score, else 0). The caller applies it to lead
 * sentences only. Never throws.
 */
export function matchScoreBonus(text: string, fact: Fact): number {
	if (fact.type !== 'tally' || !/^\d{1,2}[-–]\d{1,2}$/.test(fact.text)) return 0;
	const before = text.slice(Math.max(0, fact.span.start - 60), fact.span.start);
	const after = text.slice(fact.span.end, fact.span.end + 20);
	return SCORE_BEFORE.test(before) || SCORE_AFTER.test(after) ? 0.5 : 0;
}
