import type { Sentence } from './types';

/**
 * Pointers to the one source or the one deal an article names (QUALITY.md R4), written into the
 * stem in the article's own words: "The figures remain above ..." after "according to figures
 * from the Joint Council for Qualifications (JCQ)" is asked as "The JCQ figures remain above
 * ...", and "Verstegen said it would fund the deal ..." after "Halvern Foods has agreed to be
 * acquired by ... Verstegen NV in a deal ..." as "... fund the Halvern Foods deal ...". The
 * issue's rule applies: a pointer is resolved only when exactly one referent fits; otherwise it
 * stays for the R4 check to refuse.
 */

// a name of one to six capitalised words, "for", "of" and "and" between them: "Joint Council for Qualifications"
const NAME = String.raw`\p{Lu}[\p{L}\p{M}&’'-]*(?: (?:for |of |and |on )?\p{Lu}[\p{L}\p{M}&’'-]*){0,5}`;
// "figures from the Joint Council for Qualifications (JCQ)", "data compiled by the Kenya National Bureau of Statistics (KNBS)"
const SOURCED = new RegExp(String.raw`\b(figures|data) (?:from|published by|compiled by|released by|issued by) (?:the )?(${NAME})(?: \((\p{Lu}[\p{Lu}&]{1,7})\))?`, 'gu');
// any mention of the noun as data: each must be the one source's
const MENTION = (noun: string) => new RegExp(String.raw`\b${noun}\b`, 'giu');
// a quote's words are the speaker's, no source of the article's
const QUOTED = /“[^”]*”?|"[^"]*"?/g;

/**
 * The words that name the one source of "figures" (or "data") an article gives before
 * `sentence`: "JCQ" for "figures from the Joint Council for Qualifications (JCQ)", else the
 * name ("Department for Transport"). Undefined when a sentence before mentions the
 * noun without that source ("official figures published on Thursday", "Separate figures
 * showed ...") or names two sources.
 */
export function figuresSource(sentences: readonly Sentence[], sentence: Sentence, noun: 'figures' | 'data'): string | undefined {
	let source: { name: string; short?: string } | undefined;
	for (const s of sentences.slice(0, sentence.index)) {
		const text = s.text.replace(QUOTED, '');
		const mentions = [...text.matchAll(MENTION(noun))].length;
		const sourced = [...text.matchAll(SOURCED)].filter((m) => m[1].toLowerCase() === noun);
		if (sourced.length !== mentions) return undefined;
		for (const m of sourced) {
			if (source && source.name !== m[2]) return undefined;
			source = { name: m[2], short: m[3] ?? source?.short };
		}
	}
	return source ? (source.short ?? source.name) : undefined;
}

// "X, the ... maker, has agreed to be acquired by ... Y in a deal", "Y has agreed to buy X"
const TARGET_FIRST = new RegExp(String.raw`^(?:[^,]*\(\p{Lu}+\) [-–—] )?(${NAME})(?:, [^,]+,)? (?:has |have |had )?agreed to be (?:acquired|bought|taken over|purchased) by\b`, 'u');
const BUYER_FIRST = new RegExp(String.raw`\b(?:has|have|had) agreed to (?:buy|acquire|take over|purchase) (?:(?:[\p{Ll}-]+|\p{Lu}[\p{Ll}-]*-based) ){0,4}?(${NAME})`, 'u');
/** The nouns for a company's sale that point back to it. */
const DEAL_NOUNS = ['deal', 'takeover', 'acquisition', 'agreement', 'transaction'];

/**
 * The company an article's one agreed takeover is of, as the article names it ("Halvern
 * Foods"): a sentence before `sentence` that says "X has agreed to be acquired by ..." or
 * "... has agreed to buy X". Undefined when none or two such sentences name different companies,
 * or when the article introduces another thing of `noun` ("a separate deal", "a
 * payment-in-lieu-of-taxes agreement") anywhere outside the takeover's own sentence.
 */
export function dealTarget(sentences: readonly Sentence[], sentence: Sentence, noun: string): string | undefined {
	if (!DEAL_NOUNS.includes(noun)) return undefined;
	const targets = new Set<string>();
	let at = -1;
	for (const s of sentences.slice(0, sentence.index)) {
		const m = TARGET_FIRST.exec(s.text) ?? BUYER_FIRST.exec(s.text);
		if (m) {
			targets.add(m[1]);
			at = s.index;
		}
	}
	if (targets.size !== 1) return undefined;
	const another = new RegExp(String.raw`\b(?:an?|another|one) (?:[^\s.,;]+ ){0,3}?${noun}s?\b`, 'iu');
	if (sentences.slice(0, sentence.index + 1).some((s) => s.index !== at && another.test(s.text.replace(QUOTED, '')))) return undefined;
	return [...targets][0];
}

const POINTER = new RegExp(String.raw`\b([Tt]he) (figures|data|${DEAL_NOUNS.join('|')})\b(?![\p{L}-]|,? \p{Lu}| of \p{Lu}| \p{Lu})`, 'gu');

/**
 * A written item with each "the figures" (or "the data") written as its one source's ("The JCQ
 * figures") and each "the deal" (takeover, acquisition, agreement, transaction) as the one
 * company the article's takeover is of ("the Halvern Foods deal"), per `figuresSource` and
 * `dealTarget`; pointers with none stay for the R4 check. Inside a direct quote the speaker's
 * words stay theirs (R6), and a stem that names the company or source already is left alone.
 */
export function nameSources<W extends { stem: string; falseStem?: string }>(sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const rewrite = (stem: string) =>
		stem.replace(POINTER, (whole, the: string, noun: string, at: number) => {
			const before = stem.slice(0, at);
			if ((before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1) return whole;
			const name = noun === 'figures' || noun === 'data' ? figuresSource(sentences, sentence, noun) : dealTarget(sentences, sentence, noun);
			if (!name || stem.includes(name)) return whole;
			// "the JCQ figures", "the Department for Transport figures", "the Halvern Foods deal"
			return `${the} ${name} ${noun}`;
		});
	return { ...written, stem: rewrite(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: rewrite(written.falseStem) }) };
}
