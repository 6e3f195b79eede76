import { IRREGULAR_PAST, tagged, tagsOf } from './lexicon';

// auxiliaries a clause cut to its verb phrase ends on: a modal or "do" alone ("An empty building ... would not", "Nobody
// else did"); a form of "be" or "have" only with "not", "too" or "either", as alone it is as often a main verb ("the only
// home we have", "the way things are")
const MODAL = /^(?:would|could|should|will|shall|can|may|might|must)$/i;
const DO = /^(?:do|does|did)$/i;
const BE_HAVE = /^(?:is|are|was|were|am|has|have|had)$/i;
const NEGATED = /^(?:wouldn|couldn|shouldn|won|can|mustn|don|doesn|didn|isn|aren|wasn|weren|hasn|haven|hadn)[’']t$/i;
// a word before the auxiliary that makes its clause whole: a wh-word, "than" or "as" ("that is what we did", "more than we
// did"), or a modal or "to" before "do" as a main verb ("nothing we could do")
const WHOLE_BEFORE = /^(?:what|who|whom|which|where|when|why|how|way|whether|than|as|if)$/i;
const MAIN_DO_BEFORE = /^(?:would|could|should|will|shall|can|may|might|must|to|not|never)$/i;

/** Does `text`, a quote's sentence without its closing marks, end on an auxiliary cut from its verb phrase (see `halfAThought`)? */
function ellipticalClosing(text: string): boolean {
	const words = text.replace(/[.!]$/, '').split(/\s+/);
	let last = words.pop() ?? '';
	const added = /^(?:too|either)$/i.test(last);
	if (added) last = words.pop() ?? '';
	const not = /^not$/i.test(last);
	if (not) last = words.pop() ?? '';
	if (words.slice(-4).some((w) => WHOLE_BEFORE.test(w))) return false;
	if (NEGATED.test(last)) return true;
	if (!(MODAL.test(last) || DO.test(last) || BE_HAVE.test(last))) return false;
	if (not || added) return true;
	return MODAL.test(last) || (DO.test(last) && !MAIN_DO_BEFORE.test(words.at(-1) ?? ''));
}
// "The first-quarter miss was one thing": the set-up of a contrast whose other half ("The outlook is the real problem") the next sentence says
const SET_UP_HALF = /\b(?:is|was|are|were|'s|’s)\s(?:one thing|the easy part|the first thing)[.!]?$/i;

// "Then a lot of shouting.", "After that, silence.", "Which is why we came back": an opening that goes on in time or in
// reasoning from the sentence before, as the conjunctions generate.ts refuses do ("But", "And", "So")
const GOES_ON_OPENING = /^[“"‘]?(?:Then|Which|After that|Afterwards|Next|Later|Hence|Thus|Plus|Whereupon|Not that|Followed by|Until)\b/;

// a word the lexicon may know as a verb's form, out of context ("rose", which compromise reads as the flower in "The river rose by five metres")
const VERB_FORM_TAG = /^(?:Verb|PastTense|PresentTense|Infinitive|Copula|Modal|Auxiliary|Gerund|Participle)$/;
const IRREGULAR = new RegExp(String.raw`^(?:${IRREGULAR_PAST})$`);

/**
 * Has `text`, one sentence, no verb at all ("Then a lot of very unprofessional shouting",
 * "Absolutely incredible"): none as compromise reads it in context, and no word that is a verb's
 * form out of context either, as a reading in context misses some ("The river rose by five metres")?
 */
function verbless(text: string): boolean {
	if (tagged(text).some((t) => t.tags.includes('Verb'))) return false;
	return !(text.toLowerCase().match(/[a-z’']+/g) ?? []).some((w) => /ed$/.test(w) || IRREGULAR.test(w) || tagsOf(w).some((t) => VERB_FORM_TAG.test(t)));
}

/**
 * Are the words of a sentence inside a quote (`quotedWords`) half of a thought whose other half
 * a neighbouring sentence says: a clause cut to its auxiliary ("An empty building with a sign on
 * it would not."), whose verb phrase the sentence before gave, the set-up of a contrast ("The
 * first-quarter miss was one thing"), whose point the sentence after makes, an opening that goes
 * on from the sentence before ("Then we ran.", "Which is why ...") or a fragment with no verb
 * ("Then a lot of very unprofessional shouting.", which goes on from "there was total silence on
 * site")? Asked alone, as "Who said “...”?" or "X said: “...”", they mean nothing (QUALITY.md R4,
 * R7: the dev175 readers refused the first two, the holdout183 reader the last). Takes the quoted
 * words; returns whether they are such a half.
 */
export function halfAThought(words: string): boolean {
	const text = words.trim().replace(/[”"’]+$/, '');
	return ellipticalClosing(text) || SET_UP_HALF.test(text) || GOES_ON_OPENING.test(text) || verbless(text);
}

/**
 * Quotes that run over several sentences of a paragraph (QUALITY.md R2, R6): news copy names the
 * speaker once, in the sentence that opens or closes the quote, or in the one before it
 * ("“At first we were not sure,” said Ann Reid. “Red dwarfs are noisy. We needed 214
 * measurements.”"), and every sentence inside the quote is that speaker's own words.
 */

/** Each quote mark of `text` in order, and whether it opens a quote; a straight mark opens when none is (`open`: whether one is at the start). */
function marksOf(text: string, open: boolean): { at: number; opens: boolean }[] {
	const marks: { at: number; opens: boolean }[] = [];
	for (const m of text.matchAll(/[“”"]/g)) {
		const opens = m[0] === '“' ? true : m[0] === '”' ? false : !open;
		marks.push({ at: m.index, opens });
		open = opens;
	}
	return marks;
}

/**
 * Is a quote open at `at` in `text`, by the last quote mark before it: a curly one by its shape,
 * a straight one opening after a space, a bracket or a dash or at the start, closing after a word
 * or a punctuation mark. False where no mark stands before it. Counting marks instead read a
 * sentence that goes on with a quote the one before opened ('... lost," said Ann Reid, who farms
 * 40 acres.') as quoted after its lone closing mark, and the speaker's own clause was lost (issue 3).
 */
export function quoteOpenAt(text: string, at: number): boolean {
	const last = [...text.slice(0, at).matchAll(/[“”"]/g)].pop();
	return last !== undefined && (last[0] === '“' || (last[0] === '"' && (last.index === 0 || /[\s([–—]/.test(text[last.index - 1]))));
}

/**
 * The sentences of a paragraph that open and close the quote sentence `at` lies wholly inside,
 * as indices into `texts` (the paragraph's sentences in order). A sentence is wholly inside when
 * its only quote marks are one that opens the quote at its start and one that closes it at its
 * end (before its final punctuation or after it), so no words of the writer's stand in it.
 * Undefined when the sentence holds any other mark, is not inside a quote, or the quote never
 * closes in the paragraph.
 */
export function quoteRun(texts: readonly string[], at: number): { open: number; close: number } | undefined {
	let open = false;
	let opened = -1;
	for (let i = 0; i < at; i++) {
		for (const m of marksOf(texts[i], open)) {
			open = m.opens;
			if (open) opened = i;
		}
	}
	const text = texts[at];
	const marks = marksOf(text, open);
	const startsQuote = marks[0]?.at === 0 && marks[0].opens;
	if (open === startsQuote) return undefined;
	const inner = marks.slice(startsQuote ? 1 : 0);
	const closesAtEnd = inner.length === 1 && !inner[0].opens && /^[”"][.!]?$/.test(text.slice(inner[0].at));
	if (inner.length > 1 || (inner.length === 1 && !closesAtEnd)) return undefined;
	if (closesAtEnd) return { open: startsQuote ? at : opened, close: at };
	let state = true;
	for (let i = at + 1; i < texts.length; i++) {
		for (const m of marksOf(texts[i], state)) {
			state = m.opens;
			if (!state) return { open: startsQuote ? at : opened, close: i };
		}
	}
	return undefined;
}

/**
 * The words of a sentence wholly inside a quote (`quoteRun`), without its quote marks and final
 * full stop: `“Red dwarfs are noisy.` → `Red dwarfs are noisy`.
 */
export function quotedWords(text: string): string {
	return text
		.replace(/^[“"]/, '')
		.replace(/[.,]?[”"]?\.?$/, '')
		.trim();
}

/**
 * Is a quote open where sentence `at` of a paragraph starts (`texts`, its sentences in order): did
 * a sentence before it open one that none closed? '“Measles is one of the most contagious diseases
 * we know. When coverage drops ..., the virus finds those children very quickly,” Deputy Health
 * Minister Pham Quoc Bao told reporters.': the second sentence opens inside the quote.
 */
export function openAtStart(texts: readonly string[], at: number): boolean {
	let open = false;
	for (let i = 0; i < at; i++) for (const m of marksOf(texts[i], open)) open = m.opens;
	return open;
}

// "It is how ...", "If it is not, ...", "But they never came": a quote's sentence that opens on a
// pronoun of something the speaker said before it; a dummy "It is hard to ..." points nowhere, and
// "This is ...", "These new colleagues ...", "She taught us ..." the readers took as clear enough
const LEANS_BACK_OPENING = /^(?:(?:And|But|So|Or|If|Because|When|Unless|Until|Since)\s)?(?:it|its|they|them|their)\b(?!\s(?:is|was|'s|’s)\s[\p{L}-]+\s(?:to|that|for|when)\b)/iu;
// "Today, at least, the court has recognised that": a verb whose object is the words said before
const LEANS_BACK_CLOSING = /\s(?:that|this)$/i;
// "Most lenders have no such option": a kind only the words before name
const LEANS_BACK_SUCH = /\b(?:no|any|other|all) such\b/i;
// "Well, now we have the results": a reply's opener on a short answer, which says nothing without the question
const REPLY_OPENING = /^(?:Well|Look|Listen|Oh|Ah|Yes|No|Okay|OK|Sure|Indeed),\s/;

/**
 * Do the words of a sentence inside a quote (`quotedWords`) lean on the sentence before it, by a
 * pronoun that opens them ("It is how the work gets done", "If it is not, ...") or one that
 * closes them ("the court has recognised that"), a kind named before ("no such option"), or a
 * reply's opener on a short answer ("Well, now we have the results", the dev162 reader's R7)? Asked alone, as "Who said “...”?" or "X said:
 * “...”", they say nothing a reader can recognise or judge (QUALITY.md R4, R7: two holdout103
 * readers and a holdout102 one). Takes the quoted words; returns whether they lean back.
 */
export function leansOnQuoteBefore(words: string): boolean {
	return LEANS_BACK_OPENING.test(words) || LEANS_BACK_CLOSING.test(words) || LEANS_BACK_SUCH.test(words) || (REPLY_OPENING.test(words) && words.split(/\s+/).length < 10);
}
