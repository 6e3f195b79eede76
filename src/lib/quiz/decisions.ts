import type { Sentence } from './types';
import { quotedAt } from './quoted-at';
import { keptPerText } from './words';

/**
 * Pointers to the one decision an article reports (QUALITY.md R4), written into the stem with
 * the body that made it: after "The High Court on Monday ruled that ...", "The decision does not
 * end the case" is asked as "The High Court's decision does not end the case". The rule
 * applies: a pointer is resolved only when exactly one body decides before it; otherwise it stays
 * for the R4 check to refuse.
 */

// a body's name of one to five capitalised words ending on what it is: "Supreme Court", "Court of Appeal", "Tewkesbury Borough Council"
const ACRONYM = String.raw`(?:FDA|EMA|MHRA|SEC|FTC|FCC|CMA|FCA|ECB|EPA|NTSB|FAA|CAA|TGA|ACCC|ASIC|OFCOM|Ofcom|Ofwat|Ofgem)`;
const BODY = String.raw`(?:Court|Commission|Council|Committee|Board|Authority|Tribunal|Parliament|Senate|Congress|Assembly|Panel|Agency|Regulator|Inspectorate)`;
// or a regulator by its acronym: "The FDA has granted", "The SEC fined"
const NAME = String.raw`(?:(?:\p{Lu}[\p{L}\p{M}&-]* (?:(?:for |of |and |on )?\p{Lu}[\p{L}\p{M}&-]* ){0,3})?${BODY}(?: (?:of|for) (?:the )?\p{Lu}[\p{L}\p{M}&-]*(?: \p{Lu}[\p{L}\p{M}&-]*){0,2})?|${ACRONYM})`;
// what a body does when it decides: "ruled", "has fined", "voted to", "overturned", "granted accelerated approval"
const DECIDES = String.raw`(?:has |have |had )?(?:ruled|decided|voted|fined|overturned|upheld|dismissed|rejected|blocked|banned|approved|granted (?:[\p{Ll}-]+ )?approval)\b`;
// "WASHINGTON (AP) — The Supreme Court on Thursday ruled", "The European Commission has fined", "The Court of Appeal, in a 2-1 judgment, ruled"
const DECIDER = new RegExp(String.raw`^(?:[^—–]{0,40}\((?:AP|Reuters|AFP)\) [-–—] )?(?:The )?(${NAME})(?: on \p{Lu}\p{Ll}+| last \p{Ll}+|, [^,]{1,60},)? ${DECIDES}`, 'u');
// any clause of the article that has some other subject decide: "a judge in Texas ruled", "which fined it"
const ANY_DECIDES = new RegExp(String.raw`\b${DECIDES}`, 'giu');
/** The nouns for a decision that point back to it. */
const DECISION_NOUNS = ['decision', 'ruling', 'judgment', 'judgement', 'verdict', 'approval'];
// a quote's words are the speaker's
const QUOTED = /“[^”]*”?|"[^"]*"/g;

/**
 * The body that made the one decision an article reports before `sentence`, as the article
 * names it ("Supreme Court", "European Commission", or a regulator's acronym: "FDA"): a sentence
 * that opens on the body and says it ruled, decided, voted, fined, granted approval, ... Undefined when no sentence does; when any sentence before
 * (or `sentence` itself) has a decision verb whose subject is not that one body ("which fined it
 * €345m in 2023"); or when one introduces another decision ("a separate ruling").
 */
export function decisionMaker(sentences: readonly Sentence[], sentence: Sentence): string | undefined {
	let maker: string | undefined;
	for (const s of sentences.slice(0, sentence.index + 1)) {
		const { verbs, decider, another } = decisionReading(s.text);
		const m = s.index < sentence.index ? decider : undefined;
		// "ruled that ..., a decision that advocates called ...": the decision just made is no other one
		if (m === undefined && another) return undefined;
		if (verbs === 0) continue;
		if (m === undefined || (!m.includes(' ') && !ACRONYM_ALONE.test(m)) || (maker && maker !== m)) return undefined;
		maker = m;
	}
	return maker;
}

const ACRONYM_ALONE = new RegExp(`^${ACRONYM}$`);

// each stem asks of every sentence before its own, so a sentence is read once per text
const decisionReading = keptPerText((text: string): { verbs: number; decider?: string; another: boolean } => {
	const unquoted = text.replace(QUOTED, '');
	const verbs = [...unquoted.matchAll(ANY_DECIDES)].length;
	return {
		verbs,
		decider: verbs === 1 ? DECIDER.exec(unquoted)?.[1] : undefined,
		another: /\b(?:an?|another|one|separate|earlier|previous|second) (?:[^\s.,;]+ ){0,2}?(?:decision|ruling|judgment|judgement|verdict)s?\b/iu.test(unquoted)
	};
}, 4096);

const POINTER = new RegExp(String.raw`\b([Tt]he) (${DECISION_NOUNS.join('|')})\b(?![\p{L}-]|,? \p{Lu}| of \p{Lu}| \p{Lu}| (?:to|that|on|in|of|by)\b)`, 'gu');

/**
 * A written item with each "the decision" (ruling, judgment, verdict) written as its one
 * maker's ("the Supreme Court's decision"), per `decisionMaker`; pointers with none stay for the
 * R4 check. Inside a direct quote the speaker's words stay theirs (R6), and a stem that names the
 * body already is left alone.
 */
export function nameDecisions<W extends { stem: string; falseStem?: string }>(sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const rewrite = (stem: string) =>
		stem.replace(POINTER, (whole, the: string, noun: string, at: number) => {
			if (quotedAt(stem, at)) return whole;
			const name = decisionMaker(sentences, sentence);
			if (!name || stem.includes(name)) return whole;
			// "the Supreme Court's decision", "the European Commission’s ruling"
			return `${the} ${name}${stem.includes('’') ? '’' : "'"}s ${noun}`;
		});
	return { ...written, stem: rewrite(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: rewrite(written.falseStem) }) };
}
