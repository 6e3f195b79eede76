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

/** A lone number opening a stem before an appositive: "One, 76-year-old X, said ..." (one of whom?). */
const BARE_ONE = /^(?:One|Another|Two|Three|Four|Five|Several|Some|Many|Others|Both), (?:a |an |the )?(?:[\p{Ll}-]+ ){0,3}?(?:\d+-year-old |_____ |\p{Lu})/u;

/** Words after an ordinal that show no noun follows it: a relative or a preposition that starts a clause. */
const NO_NOUN = /^(?:,|\.|who|which|whose|that|when|where|had|has|have|was|were|is|are|will|would|could|remains|remained|continues|continued|being)$/;

/**
 * Does a stem lean on a quantity whose head noun is missing, which the sentence before named
 * (QUALITY.md R4)? A share opening it before its verb ("About half had received ...") or "the
 * third" with no noun after it ("the search for the third continues"), or a lone "One," before
 * an appositive ("One, 76-year-old X, said ..."). Takes the stem and a test
 * for a finite verb (lower-case word); true when such a quantity is found.
 */
export function headlessQuantity(stem: string, isVerb: (word: string) => boolean): boolean {
	if (BARE_ONE.test(stem)) return true;
	const share = BARE_SHARE.exec(stem);
	if (share && (isVerb(share[1]) || /^(?:had|has|have|was|were|is|are|will|would|could|said|say|says)$/.test(share[1]))) return true;
	for (const m of stem.matchAll(new RegExp(BARE_ORDINAL, 'gu'))) {
		const next = m[1] ?? '';
		// "3.5% in the first year and 3% in the second": the noun said with an ordinal just before is left out, not missing
		if (ORDINAL_WITH_NOUN.test(stem.slice(0, m.index)) && /^(?:,|\.|)$/.test(next)) continue;
		if (next === '' || NO_NOUN.test(next) || (/ed$/.test(next) && isVerb(next))) return true;
	}
	return false;
}
