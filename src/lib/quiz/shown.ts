import type { ShownSource, Span } from './types';

/** One sentence of an explanation cut around its marked span: the text before, the marked words, the text after. */
export interface MarkedSentence {
	before: string;
	marked: string;
	after: string;
}

const cut = (text: string, span: Span): MarkedSentence => ({
	before: text.slice(0, span.start),
	marked: text.slice(span.start, span.end),
	after: text.slice(span.end)
});

/**
 * The sentences an explanation shows for an item's source, in the article's order: the source
 * sentence with its key marked and, where the source gives the speaker only as "she said", the
 * sentence naming them with the name marked, before or after it as the article has it (a
 * speaker sentence of unknown order goes first, since a name usually introduces its quote).
 * Takes a ShownSource; returns one or two MarkedSentence; throws nothing.
 */
export function shownSentences(source: ShownSource): MarkedSentence[] {
	const own = cut(source.text, source.keySpan);
	if (!source.speaker) return [own];
	const named = cut(source.speaker.text, source.speaker.span);
	const later = source.sentence !== undefined && source.speaker.sentence > source.sentence;
	return later ? [own, named] : [named, own];
}
