import type { Sentence } from './types';
import { quotedAt } from './quoted-at';
import { containsWord } from './words';

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

// the outlet a lead says an interview was given to: "In an interview with the BBC", "told CNN in an interview", "in a BBC interview"
const OUTLET = String.raw`(?:the )?(\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,3})`;
const INTERVIEW_WITH = new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring) an? (?:[\p{Ll}-]+ )?interview with ${OUTLET}|\btold ${OUTLET}(?: in an? (?:[\p{Ll}-]+ )?interview)\b|\b[Ii]n an? ${OUTLET} interview\b`, 'gu');
// any mention of an interview; each must be the one the lead names, or say nothing of which
const ANY_INTERVIEW = /\binterviews?\b/giu;
// "another interview", "a separate interview", "interviews": a second one, or many
const OTHER_INTERVIEW = /\b(?:another|separate|earlier|previous|second|later|other|subsequent) (?:[\p{Ll}-]+ )?interview\b|\binterviews\b/iu;

/**
 * The outlet of the one interview an article reports, as its lead (the first two paragraphs)
 * names it: "BBC" for "In an interview with the BBC, Mr Obama said ...". Undefined when the lead
 * names none or two outlets, when any sentence up to `sentence` names an interview with another
 * outlet, or mentions a second one ("another interview", "interviews").
 */
export function interviewOutlet(sentences: readonly Sentence[], sentence: Sentence): string | undefined {
	const lead = Math.min(...sentences.filter((s) => s.paragraph >= 2).map((s) => s.index), sentences.length);
	const outlets = new Set<string>();
	for (const s of sentences.slice(0, sentence.index + 1)) {
		const text = s.text.replace(QUOTED, '');
		if (OTHER_INTERVIEW.test(text)) return undefined;
		const named = [...text.matchAll(INTERVIEW_WITH)].map((m) => (m[1] ?? m[2] ?? m[3]).replace(/[’']s$/, ''));
		// an interview named after the lead may be another one
		if (named.length > 0 && s.index >= lead) {
			if (named.some((n) => !outlets.has(n))) return undefined;
			continue;
		}
		for (const n of named) outlets.add(n);
		if ([...text.matchAll(ANY_INTERVIEW)].length > named.length && outlets.size === 0) return undefined;
	}
	return outlets.size === 1 ? [...outlets][0] : undefined;
}

/**
 * Does `stem` lean on "the interview" (QUALITY.md R4): the noun with no outlet, no "with" after
 * it and outside a quote, so a reader cannot tell whose interview it was?
 */
export function unnamedInterview(stem: string): boolean {
	return /\b[Tt]he interview\b(?! with\b)/.test(stem.replace(QUOTED, '“…”'));
}

// a company's legal form closing its name ("Aspen Ridge Energy Services Inc", "Verstegen NV")
const LEGAL_FORM = /,?\s(?:Inc|Incorporated|Ltd|Limited|Corp|Co|plc|PLC|LLC|LLP|NV|N\.V|SA|S\.A|AG|SE|AB|ASA|GmbH|BV|Pty(?:\sLtd)?)\.?$/u;

/**
 * A company's name as a modifier ("the Aspen Ridge Energy Services deal"), without the legal
 * form the article writes after it in full ("Aspen Ridge Energy Services Inc."), which no one
 * writes before a noun (a blind reader's R1); a name that is only a legal form stays whole.
 */
export function withoutLegalForm(name: string): string {
	const bare = name.replace(LEGAL_FORM, '');
	return bare.length > 0 && bare !== name && /\p{Lu}/u.test(bare) ? bare : name;
}

// first words of a name too common to say on their own which company it is
const GENERIC_FIRST = /^(?:The|National|First|United|American|British|General|Royal|International|Global|New|North|South|East|West|Northern|Southern|Eastern|Western|Central|Great|Canadian|Australian)$/;

/**
 * Does `text` (a stem up to its "the deal") name the company `name`, in full or by the short
 * form an article uses after its first mention: its first word ("Aspen" of "Aspen Ridge Energy Services"), or its
 * first two where the first is a common word ("National Grid")?
 */
function namesAlready(text: string, name: string): boolean {
	const words = name.split(' ');
	const short = GENERIC_FIRST.test(words[0]) ? words.slice(0, 2).join(' ') : words[0];
	return containsWord(text, short);
}

const POINTER = new RegExp(String.raw`\b([Tt]he) (figures|data|interview|${DEAL_NOUNS.join('|')})\b(?![\p{L}-]|,? \p{Lu}| of \p{Lu}| \p{Lu})`, 'gu');

/**
 * A written item with each "the figures" (or "the data") written as its one source's ("The JCQ
 * figures") and each "the deal" (takeover, acquisition, agreement, transaction) as the one
 * company the article's takeover is of ("the Halvern Foods deal"), per `figuresSource` and
 * `dealTarget`, and each "the interview" as its one outlet's ("the BBC interview", `interviewOutlet`); pointers with none stay for the R4 check. Inside a direct quote the speaker's
 * words stay theirs (R6), and a stem that names the company or source already is left alone.
 */
export function nameSources<W extends { stem: string; falseStem?: string }>(sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const rewrite = (stem: string) =>
		stem.replace(POINTER, (whole, the: string, noun: string, at: number) => {
			if (quotedAt(stem, at)) return whole;
			const name = noun === 'figures' || noun === 'data' ? figuresSource(sentences, sentence, noun) : noun === 'interview' ? interviewOutlet(sentences, sentence) : dealTarget(sentences, sentence, noun);
			if (!name || stem.includes(name)) return whole;
			const modifier = DEAL_NOUNS.includes(noun) ? withoutLegalForm(name) : name;
			// "Aspen Ridge’s board has unanimously recommended the Aspen Ridge deal": a stem that opens on the company would say it twice
			if (DEAL_NOUNS.includes(noun) && namesAlready(stem.slice(0, at), modifier)) return whole;
			// "the JCQ figures", "the Department for Transport figures", "the Halvern Foods deal", "the BBC interview"
			return `${the} ${modifier} ${noun}`;
		});
	return { ...written, stem: rewrite(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: rewrite(written.falseStem) }) };
}
