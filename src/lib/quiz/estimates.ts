import type { Sentence } from './types';
import { unquoted } from './anchors';

/**
 * Shares that are an estimate's, not a result's (QUALITY.md R6, R4): an exit poll's, an opinion
 * poll's, a projection's or a forecast's figures stay that source's in the stem. The holdout61
 * reader refused "The Christian Democrats scored _____ percent." and "The Moderates slipped to
 * _____ percent from 19.1 percent." from an election night story whose shares all came from the
 * exit poll named a sentence before ("According to the exit poll, the Social Democrats remained
 * ..."): read alone, a projection reads as the count. A sentence that names the estimate may be
 * asked only in a stem that still names it; a sentence that goes on with the shares of the one
 * before (no estimate word and no source of its own) names none, and is not asked on a share.
 */

// the estimate's own words; not "went to the polls" or "polling stations", which are the vote
const ESTIMATE = /\b(?:exit[ -]polls?|opinion polls?|(?<!\b(?:to|at) the )polls?(?![ -]?(?:stations?|booths?|places?|day|workers?|cards?|closing|close|closed|opened|open)\b)|projections?|projected|forecasts?)\b/i;
// a figure measured against a forecast or a poll ("rose 31.5% to 1.27 billion zlotys, ahead of the
// 1.14 billion zlotys forecast in an LSEG poll of analysts"; "profit beats forecasts"): the estimate is
// what the result is compared with, to the end of its clause, and the sentence's own shares are the result
const COMPARED = /\b(?:ahead of|above|below|short of|in line with|compared with|than|beat(?:s|ing)?|miss(?:ed|es|ing)?|exceed(?:ed|s|ing)?|top(?:ped|ping|s)?)\b[^,;]*?\b(?:exit[ -]polls?|polls?|projections?|projected|forecasts?)\b[^,;]*/gi;
// a share or a seat count, as the article writes it or as a stem blanks it
const SHARE = /(?:\d|_____)\s?(?:%|percent\b|per cent\b|percentage points?\b)|\bseats\b/i;
// a source of the sentence's own: "according to", or a verb that credits a speaker or a body
const OWN_SOURCE = /\b(?:according to|said|says|told|reported|estimated|announced|confirmed|showed|shows|found|finds)\b/i;

const ESTIMATED = new WeakMap<readonly Sentence[], Set<number>>();

/**
 * The indices of the sentences whose shares are an estimate's: one with a share that names an
 * exit poll, a poll, a projection or a forecast, and each that follows it straight on with a share
 * of its own and no estimate or source word ("The Left Party took 7.2 percent, the Greens 5.4
 * percent.", after "According to the exit poll, ..."). A forecast or poll a figure is measured against
 * ("ahead of the 1.14 billion zlotys forecast in an LSEG poll of analysts", `COMPARED`) is no
 * estimate of the sentence's: a results story's reported figures are the company's. Computed
 * once per article.
 */
export function estimateSentences(sentences: readonly Sentence[]): Set<number> {
	const known = ESTIMATED.get(sentences);
	if (known) return known;
	const found = new Set<number>();
	for (const s of sentences) {
		const text = unquoted(s.text).replace(COMPARED, '');
		if (!SHARE.test(text)) continue;
		if (ESTIMATE.test(text) || (found.has(s.index - 1) && !OWN_SOURCE.test(text))) found.add(s.index);
	}
	ESTIMATED.set(sentences, found);
	return found;
}

/**
 * Does `stem`, written from `sentence`, state an estimate's share as a result: the sentence's
 * shares are an estimate's (`estimateSentences`), the stem gives or asks a share, and it names
 * no exit poll, poll, projection or forecast? ("The Moderates slipped to _____ percent from 19.1
 * percent." after the exit poll's figures; "The Labour Party won _____ percent." cut from "...,
 * an exit poll showed.")
 */
export function estimateAsResult(sentences: readonly Sentence[], sentence: Sentence, stem: string, asksShare: boolean): boolean {
	return estimateSentences(sentences).has(sentence.index) && (asksShare || SHARE.test(stem)) && !ESTIMATE.test(stem);
}
