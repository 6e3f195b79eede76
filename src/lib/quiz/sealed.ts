/**
 * Items sent to a student before they answer them (homework): each with its key left out, so a
 * student who reads the page's data learns nothing the question does not show. The server hands
 * the whole item back once the answer is in (`recordAnswer`), and the feedback is built from it,
 * with the paragraph of its source sentence (`articleContext`): the page is sent no article, as
 * every key is in it.
 */
import { answerModeOf } from './scoring';
import type { Item } from './types';

/** The `key` of a sealed item: no option's index. */
export const SEALED_KEY = -1;

/**
 * `item` as a student may see it before answering: no key (`SEALED_KEY`), no accepted spellings,
 * no options for an item answered by typing or an estimate (its key is among them; only a choice
 * item shows its options), an estimate's range and unit without its value (0), and no source
 * sentence (its text and key span are the explanation). Everything the item's screen and its time
 * limit (`timeLimitMs`) read is kept.
 */
export function sealItem(item: Item): Item {
	const choice = answerModeOf(item) === 'choice';
	const { accepted: _accepted, numeric, ...rest } = item;
	return {
		...rest,
		options: choice ? item.options : [],
		key: SEALED_KEY,
		...(numeric ? { numeric: { ...numeric, value: 0 } } : {}),
		source: { sentence: 0, paragraph: 0, start: 0, end: 0, text: '', keySpan: { start: 0, end: 0 } }
	};
}

/**
 * `item` as a page holds it before the server hands it out (timed homework is timed from then, so a
 * student must not read a question before its clock starts): its id, type and answer mode, and no
 * stem or options; the rest as `sealItem` leaves it.
 */
export function hideItem(item: Item): Item {
	const { numeric: _numeric, ...sealed } = sealItem(item);
	return { ...sealed, stem: '', options: [] };
}

/** Whether `item` was sent sealed (`sealItem`) and its key is not known yet. */
export function isSealed(item: Pick<Item, 'key'>): boolean {
	return item.key === SEALED_KEY;
}

/**
 * What "Show in article" shows of an answered item on a page sent sealed items and no article
 * (homework): the paragraph of its source sentence, `start`/`end` the sentence's offsets into
 * `text`. `text` is the paragraph with the source sentence of each item not yet answered written
 * "…", so the context of one answer does not print a later item's key.
 */
export interface ArticleContext {
	text: string;
	start: number;
	end: number;
}

/** The elision that stands for a source sentence not yet answered in an `ArticleContext`. */
const ELIDED = '…';

/**
 * Takes an article's paragraphs, the quiz's items (whole), an item's index and how many items
 * (the first `answered`) the student has answered; returns that item's `ArticleContext`. Offsets
 * of `ItemSource` index the body, paragraphs joined by a blank line (`articleBody`).
 */
export function articleContext(paragraphs: readonly string[], items: readonly Item[], index: number, answered: number): ArticleContext {
	const { source } = items[index];
	const paragraph = paragraphs[source.paragraph] ?? '';
	const paragraphStart = paragraphs.slice(0, source.paragraph).reduce((at, text) => at + text.length + 2, 0);
	const hidden = items
		.slice(answered)
		.map((item) => item.source)
		.filter((s) => s.paragraph === source.paragraph && (s.end <= source.start || s.start >= source.end))
		.map((s) => ({ start: Math.max(0, s.start - paragraphStart), end: Math.min(paragraph.length, s.end - paragraphStart) }))
		.sort((a, b) => a.start - b.start);
	let text = '';
	let at = 0;
	let shift = 0;
	for (const span of hidden) {
		if (span.start < at) continue;
		text += paragraph.slice(at, span.start) + ELIDED;
		if (span.end <= source.start - paragraphStart) shift += span.end - span.start - ELIDED.length;
		at = span.end;
	}
	text += paragraph.slice(at);
	const start = source.start - paragraphStart - shift;
	return { text, start, end: start + (source.end - source.start) };
}
