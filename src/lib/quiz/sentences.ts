import { articleBody } from './article';
import { pictographEdges, pictographsAt } from './pictographs';
import type { Article, Sentence, Span } from './types';

/**
 * Words that end in a full stop without ending a sentence: titles, months, US state and company
 * abbreviations. Lower-case, without the dot.
 */
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms mx dr prof sen sens rep reps gov gen col lt sgt capt cmdr adm maj cpl pvt rev fr st mt ft ' +
		'jr sr esq hon supt det insp cllr coun no nos vol vols pp fig figs approx est dept univ assn bros ' +
		'inc ltd co corp plc llc vs etc al cf ie eg ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
		'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ' +
		'ave blvd rd hwy'
	).split(' ')
);

/**
 * Short forms written only before a name, capitalised, in Philippine and Spanish-speaking copy:
 * "Ma. Teresa" (María), "Sta. Rosa" and "Sto. Niño" (Santa, Santo), "Brgy. San Isidro"
 * (barangay), "Atty. Reyes", "Engr. Cruz", "Msgr. Lim", "Usec. Reyes", "Cong. Tan", "Dra. Santos".
 * Lower-case without the dot; they end no sentence only as written with a capital ("Ma."), as
 * the lower-case words may end one, and not after a capitalised word, where they are a surname
 * ("Jack Ma.").
 */
const NAME_ABBREVIATIONS = new Set('ma sta sto brgy atty engr msgr usec asec cong dra'.split(' '));

/** Words that, capitalised after a dotted acronym such as "U.S.", start a new sentence. */
const SENTENCE_STARTERS = new Set(
	'the a an he she it they we i you his her its their this that these those there but and so yet however mr mrs ms dr in on at after before when while if as meanwhile also still then now'.split(
		' '
	)
);

/**
 * Time-zone abbreviations that follow "a.m."/"p.m." in news copy (AP Stylebook "time zones";
 * the common zones of the UK, Europe, North America and Asia-Pacific), lower-case.
 */
export const TIME_ZONES: ReadonlySet<string> = new Set('et ct mt pt edt est cdt cst mdt mst pdt pst akst akdt hst gmt bst utc cet cest eet eest ist jst aest aedt'.split(' '));

/** Company suffixes: like a dotted acronym, they end a sentence only before a typical opener. */
const COMPANY_SUFFIXES = new Set('inc ltd co corp plc llc'.split(' '));

const OPENERS = /["“‘'(\[]/;
const CLOSERS = /["”’')\]]/;

/** Is the character at `i` the end of a sentence in `text`? `i` points at ".", "!" or "?". */
function endsSentence(text: string, i: number, sentenceStart: number): number | undefined {
	let end = i + 1;
	while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
	while (end < text.length && CLOSERS.test(text[end])) end++;
	if (end >= text.length) return end;
	if (!/\s/.test(text[end])) return undefined;
	let next = end;
	while (next < text.length && /\s/.test(text[next])) next++;
	// "at 3am. 🕒 Nobody was injured": an emoji between two sentences opens neither
	next += pictographsAt(text, next);
	while (next < text.length && OPENERS.test(text[next])) next++;
	const nextChar = text[next] ?? '';
	if (!/[\p{Lu}\d]/u.test(nextChar)) return undefined;
	if (text[i] !== '.') return end;

	// "1. Kōtuku Gold (W. Haenga) $21": the number of a numbered list's row opens it, ending nothing
	if (/^\s*\d{1,2}$/.test(text.slice(sentenceStart, i))) return undefined;
	const wordMatch = /([\p{L}\d.&'’-]+)\.$/u.exec(text.slice(Math.max(sentenceStart, i - 20), i + 1));
	const word = wordMatch ? wordMatch[1] : '';
	const nextWord = (/^[\p{L}\d'’]+/u.exec(text.slice(next)) ?? [''])[0].toLowerCase();
	if (/^\p{Lu}$/u.test(word)) return undefined;
	// a case name ("Carpenter v. United States", "Delaney vs. Dominican Republic"): the parties are one name
	if (/^vs?$/.test(word) && /\p{Lu}[\p{L}'’.-]*\s+vs?$/u.test(text.slice(sentenceStart, i))) return undefined;
	// "run by Nkana Deep Copper Ltd. The company is ...": copy often ends a sentence on the suffix
	if (COMPANY_SUFFIXES.has(word.toLowerCase())) return SENTENCE_STARTERS.has(nextWord) ? end : undefined;
	// "Minneapolis-St. Paul": the abbreviation is the last part of a hyphened word
	if (ABBREVIATIONS.has(word.toLowerCase()) || ABBREVIATIONS.has(word.split('-').pop()!.toLowerCase())) return undefined;
	// "founded by Jack Ma. The firm ...": after a capitalised word the same letters end a name, and may end the sentence
	if (/^\p{Lu}\p{Ll}+$/u.test(word) && NAME_ABBREVIATIONS.has(word.toLowerCase()) && !SENTENCE_STARTERS.has(nextWord) && !/\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(sentenceStart, i - word.length))) return undefined;
	if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
		// a dotted acronym: "a.m."/"p.m." end a sentence that already has its verb; "U.S." ends one
		// only when a typical sentence opener follows.
		if (/^[ap]\.m$/i.test(word)) {
			// a time zone after the time ("3:17 p.m. EDT aboard ...") continues the sentence
			if (TIME_ZONES.has(nextWord)) return undefined;
			// so does a bracketed conversion ("2:40 a.m. (0040 GMT) roughly 860 metres below")
			if (/^\s+\(/.test(text.slice(end, end + 8))) return undefined;
			// American copy dates a time by its weekday: "at 2 a.m. Wednesday for passenger trains"
			if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(nextWord)) return undefined;
			// so does a zone written out ("4:52 a.m. Alaska time", "9 p.m. Eastern Time")
			if (/^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s[Tt]ime\b/u.test(text.slice(next))) return undefined;
			const before = text.slice(sentenceStart, i).trim();
			const short = before.split(/\s+/).length <= 4;
			return short && /^(at|by|from|until|till|around|about|before|after|since)\b/i.test(before) ? undefined : end;
		}
		return SENTENCE_STARTERS.has(nextWord) ? end : undefined;
	}
	return end;
}

/**
 * Splits a text into sentence spans (offsets into `text`, trimmed of surrounding whitespace).
 * Survives titles ("Mr.", "Sen."), months ("Jan."), dotted acronyms ("U.S.", "a.m."), initials,
 * decimals ("£1.6m", "2.50") and quotes: a closing quote mark after the full stop belongs to the
 * sentence it closes.
 */
export function splitSentenceSpans(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c !== '.' && c !== '!' && c !== '?') continue;
		const end = endsSentence(text, i, start);
		if (end === undefined) continue;
		pushTrimmed(text, start, end, spans);
		start = end;
		i = end - 1;
	}
	pushTrimmed(text, start, text.length, spans);
	return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end > start) spans.push({ start, end });
}

/**
 * The rows of a paragraph that lists after a colon ("The other three were sentenced as follows:"
 * then "A, 33, of Sale – eight years; B, 41 – seven years; C – five years."), split after each
 * semicolon outside quotes and brackets, so that each row is a source sentence of its own.
 * Spans index into `paragraph`; a paragraph of one part is returned whole.
 */
function semicolonRows(paragraph: string): Span[] {
	const spans: Span[] = [];
	let depth = 0;
	let quoted = false;
	let start = 0;
	for (let i = 0; i < paragraph.length; i++) {
		const c = paragraph[i];
		if (c === '(' || c === '[') depth++;
		else if ((c === ')' || c === ']') && depth > 0) depth--;
		else if (c === '"' ) quoted = !quoted;
		else if (c === '“') quoted = true;
		else if (c === '”') quoted = false;
		else if (c === ';' && depth === 0 && !quoted && /\s/.test(paragraph[i + 1] ?? '')) {
			pushTrimmed(paragraph, start, i + 1, spans);
			start = i + 1;
		}
	}
	pushTrimmed(paragraph, start, paragraph.length, spans);
	return spans;
}

/**
 * The sentences of an article's body, in order. Offsets (`start`, `end`) index into
 * `articleBody(article)`; no sentence crosses a paragraph break. A paragraph after one that ends
 * on a colon, whose full stop comes only at its end, is a list of rows if semicolons part it
 * (`semicolonRows`).
 */
/**
 * A sentence's span in `paragraph` without the emoji and pictographs that open or close it ("...,
 * the service said. 😱", "🕒 Nobody was injured"): a sentence that closed on one had no closing
 * punctuation, and a fresh user's article with an emoji after each sentence gave no item at all.
 * Takes the paragraph and a span of it; returns the span, empty where it held pictographs only.
 */
function withoutEdgePictographs(paragraph: string, span: { start: number; end: number }): { start: number; end: number } {
	const { lead, trail } = pictographEdges(paragraph.slice(span.start, span.end));
	return { start: span.start + lead, end: span.end - trail };
}

export function splitSentences(article: Article): Sentence[] {
	const body = articleBody(article);
	const sentences: Sentence[] = [];
	let offset = 0;
	article.paragraphs.forEach((paragraph, p) => {
		const whole = splitSentenceSpans(paragraph);
		const rows = p > 0 && /:$/.test(article.paragraphs[p - 1].trim()) && whole.length === 1 ? semicolonRows(paragraph) : whole;
		for (const whole of rows) {
			const span = withoutEdgePictographs(paragraph, whole);
			if (span.end <= span.start) continue;
			sentences.push({
				index: sentences.length,
				paragraph: p,
				start: offset + span.start,
				end: offset + span.end,
				text: body.slice(offset + span.start, offset + span.end)
			});
		}
		offset += paragraph.length + 2;
	});
	return sentences;
}
