import type { Fact } from './facts';

/** Hedges that make a number a floor: the true value is the number or higher. */
const FLOOR = /^(more than|over|at least|upwards of|just over|above)$/i;
/** Hedges that make a number a ceiling: the true value is the number or lower. */
const CEILING = /^(fewer than|less than|under|up to|just under|as many as|as much as|below)$/i;

/**
 * Which side of a hedged bound ("more than 12 hours", "fewer than 4,000 copies") its
 * distractors must sit on so that each is false by the article: above a floor ("more than 20
 * hours" is not what it says, "more than 6 hours" would also be true), below a ceiling. Takes a
 * number fact and its source sentence; returns 'above', 'below', or undefined when the number is
 * no hedged bound or is one end of a range ("between 350 and 400", "20 or more"), whose ends
 * are never asked (QUALITY.md R3).
 */
export function boundSide(fact: Fact, sentenceText: string): 'above' | 'below' | undefined {
	if (!fact.bound || !fact.hedge) return undefined;
	const after = sentenceText.slice(fact.span.end, fact.span.end + 24);
	const before = sentenceText.slice(Math.max(0, fact.span.start - 40), fact.span.start);
	if (/^\s?(?:or more|or so|-odd|plus|\+|(?:to|and|or|-|–)\s?[$£€]?(?:\d|[a-z]+\b))/i.test(after) || /\b(?:between|from)\s/i.test(before)) return undefined;
	if (FLOOR.test(fact.hedge)) return 'above';
	if (CEILING.test(fact.hedge)) return 'below';
	return undefined;
}

/**
 * The interval, as sideOf in generate.ts writes it ([max, min], exclusive, in the key's written
 * units), narrowed so a bound's distractors keep to the side `boundSide` gives; unchanged when
 * `side` is undefined.
 */
export function narrowToBound(interval: readonly [number, number], key: number, side: 'above' | 'below' | undefined): [number, number] {
	const [max, min] = interval;
	if (side === 'above') return [max, Math.max(min, key)];
	if (side === 'below') return [Math.min(max, key), min];
	return [max, min];
}
