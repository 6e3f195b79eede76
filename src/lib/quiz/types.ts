/**
 * Shared domain types of newsquiz: the article, its sentences, the items written from it, the
 * quiz that carries them, and a player's responses. Every layer (generation, the game machine,
 * components, the server) speaks in these shapes; the zod schema in `schema.ts` validates them
 * at every boundary where JSON comes in.
 *
 * Terms follow the item-writing literature (Haladyna, Downing & Rodriguez 2002): the *item* is
 * the whole question, the *stem* what is asked, the *key* the right answer, *distractors* the
 * wrong options, and the *source sentence* the article sentence that proves the key.
 */

/** A half-open range [start, end) of UTF-16 code-unit offsets into a string. */
export interface Span {
	start: number;
	end: number;
}

/**
 * An article as the generator reads it: a headline and its body paragraphs, furniture removed.
 * `published` is an ISO 8601 date (YYYY-MM-DD) when known; relative dates resolve against it.
 */
export interface Article {
	title: string;
	paragraphs: string[];
	byline?: string;
	published?: string;
	url?: string;
}

/**
 * One sentence of an article's body. `start`/`end` are offsets into the body text, which is the
 * article's paragraphs joined by "\n\n" (see `articleBody`); `paragraph` is the paragraph index.
 */
export interface Sentence {
	index: number;
	paragraph: number;
	start: number;
	end: number;
	text: string;
}

/**
 * The kinds of fact the generator extracts (QUALITY.md, "Distractors by key type"). A `tally`
 * is a vote or a match score, two numbers read as one ("70 to 29", "2-1"); a `range` is two
 * numbers that bound one quantity ("between 21,000 and 23,000 years", "2–4 weeks"), asked whole.
 */
export type FactType =
	| 'count'
	| 'money'
	| 'percent'
	| 'age'
	| 'ordinal'
	| 'date'
	| 'person'
	| 'place'
	| 'organisation'
	| 'attribution'
	| 'tally'
	| 'range';

/**
 * The item types. `mcq`: multiple choice with 4 options; `true-false`: a statement judged true or
 * false; `cloze`: fill in the blank; `numeric`: how many / how much, with unit and scale kept;
 * `who-said`: the attribution of a statement; `which-first`: ordering of dated events.
 */
export type ItemType = 'mcq' | 'true-false' | 'cloze' | 'numeric' | 'who-said' | 'which-first';

/**
 * Where an item's key comes from: the source sentence (by index, with its offsets into the body
 * and its text) and the key's span inside that sentence's text.
 */
export interface ItemSource {
	sentence: number;
	paragraph: number;
	start: number;
	end: number;
	text: string;
	keySpan: Span;
	/**
	 * For an item about who said something, when the source sentence gives the speaker only as
	 * "he" or "she" or not at all (a quote whose speaker another sentence names): the nearby
	 * sentence that names them, so the explanation shows the key (QUALITY.md R2).
	 */
	speaker?: SpeakerSentence;
}

/**
 * What an explanation shows of an item's source: the sentence with its key span, and where the
 * source gives a speaker only as a pronoun, the sentence that names them (ordered by `sentence`).
 */
export type ShownSource = Pick<ItemSource, 'text' | 'keySpan'> & Partial<Pick<ItemSource, 'sentence' | 'speaker'>>;

/**
 * A sentence that names a quote's speaker: its index among the quiz's sentences, its text, and
 * the span of the speaker's name in that text.
 */
export interface SpeakerSentence {
	sentence: number;
	text: string;
	span: Span;
}

/**
 * A numeric key's value and how it is written, so an estimate can be scored by closeness and
 * shown with its unit and scale ("£772.6 million": value 772600000, unit "GBP").
 */
export interface NumericAnswer {
	value: number;
	unit?: string;
	/**
	 * When the stem keeps a scale word around its blank ("£_____ million"), the factor a typed
	 * number is multiplied by to compare with `value` (1e6 there); absent means 1.
	 */
	scale?: number;
	/** Inclusive bounds offered to an estimate (slider or typed number). */
	min: number;
	max: number;
}

/**
 * How a player answers an item: by choosing among its options (`choice`, the default), by typing
 * the key (`typed`, matched forgivingly against `accepted`), or by estimating a number
 * (`estimate`, scored by closeness to `numeric.value`).
 */
export type AnswerMode = 'choice' | 'typed' | 'estimate';

/**
 * One quiz item. `options[key]` is the key written as the article writes it (true/false has
 * ["True", "False"]); a `choice` item shows all options, a `typed` or `estimate` item may carry
 * the key alone. `accepted` lists typed answers that count as right; `numeric` is present on
 * numeric items. `checks` names the quality checks (QUALITY.md R1..R9) it passed; `difficulty`
 * is in [0, 1].
 */
export interface Item {
	id: string;
	type: ItemType;
	factType: FactType;
	stem: string;
	answerMode?: AnswerMode;
	options: string[];
	key: number;
	accepted?: string[];
	numeric?: NumericAnswer;
	source: ItemSource;
	checks: string[];
	difficulty: number;
}

/**
 * A quiz bank: the article it was made from (so explanations can quote it) and its items in
 * play order. `id` is URL-safe; `seed` is the generator seed that reproduces it.
 */
export interface Quiz {
	id: string;
	title: string;
	article: Article;
	sentences: Sentence[];
	items: Item[];
	seed: number;
	generatedAt?: string;
}

/** A player's response to one item: an option index, typed text, or a numeric estimate. */
export type Response =
	| { kind: 'choice'; option: number }
	| { kind: 'text'; text: string }
	| { kind: 'number'; value: number };

/**
 * How a quiz is played. `timed`: each item has a time limit and faster right answers earn more
 * points; `relaxed`: no timer and flat points, so nobody is put under time pressure (WCAG 2.2.1).
 */
export type GameMode = 'timed' | 'relaxed';
