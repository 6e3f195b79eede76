import { NUMBER_WORDS, type Fact } from './facts';

/** Hedges that make a number a floor: the true value is the number or higher. */
const FLOOR = /^(more than|over|at least|upwards of|just over|above)$/i;
/** Hedges that make a number a ceiling: the true value is the number or lower. */
const CEILING = /^(fewer than|less than|under|up to|just under|as many as|as much as|below)$/i;

/**
 * Which side of a hedged bound ("more than 12 hours", "fewer than 4,000 copies") its
 * distractors must sit on so that each is false by the article: above a floor ("more than 20
 * hours" is not what it says, "more than 6 hours" would also be true), below a ceiling. Takes a
 * number fact and its source sentence; returns 'above', 'below', or undefined when the number is
 * no hedged bound, is one end of a range ("between 350 and 400", "20 or more"), whose ends
 * are never asked (QUALITY.md R3), or sits under a negation ("did not fall below 28C").
 */
export function boundSide(fact: Fact, sentenceText: string): 'above' | 'below' | undefined {
	if (!fact.bound || !fact.hedge) return undefined;
	const after = sentenceText.slice(fact.span.end, fact.span.end + 24);
	const before = sentenceText.slice(Math.max(0, fact.span.start - 40), fact.span.start);
	if (/^\s?(?:or more|or so|-odd|plus|\+|(?:to|and|or|-|–)\s?[$£€]?(?:\d|[a-z]+\b))/i.test(after) || /\b(?:between|from)\s/i.test(before)) return undefined;
	// "did not fall below 28C": a negation turns the bound round, and no option on either side is
	// what the article says (QUALITY.md R3, R6)
	if (/\b(?:not|never|no longer|nor)\b|n[’']t\b/i.test(sentenceText.slice(0, fact.span.start).split(/[,;:]/).pop() ?? '')) return undefined;
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

// the hedge that makes a value on the far side of a bound false: "more than 18,000" is not
// "fewer than 9,000"; the same number of words, so every option has the key's shape (R5)
const OPPOSITE: Record<string, { count: string; amount: string }> = {
	'more than': { count: 'fewer than', amount: 'less than' },
	'at least': { count: 'fewer than', amount: 'less than' },
	'upwards of': { count: 'fewer than', amount: 'less than' },
	over: { count: 'under', amount: 'under' },
	above: { count: 'below', amount: 'below' },
	'just over': { count: 'just under', amount: 'just under' },
	'fewer than': { count: 'more than', amount: 'more than' },
	'less than': { count: 'more than', amount: 'more than' },
	'up to': { count: 'more than', amount: 'more than' },
	under: { count: 'over', amount: 'over' },
	below: { count: 'above', amount: 'above' },
	'just under': { count: 'just over', amount: 'just over' }
};

/** A cloze whose key is a hedged bound with its hedge ("more than 18,000"), as `hedgedBoundCloze` writes it. */
export interface HedgedCloze {
	/** The clause before the hedge. */
	before: string;
	/** The hedge and the number as the article writes them. */
	keyText: string;
	/** The key and three distractors, in increasing order of their numbers. */
	options: string[];
	key: number;
}

/**
 * The options of a cloze on a hedged bound, each with its hedge, so that the key is not always
 * the lowest (a floor) or the highest (a ceiling) option, which would give it away (QUALITY.md
 * R5), and every distractor stays false by the article (R3): one or two numbers beyond the bound
 * under the opposite hedge ("more than 18,000" → "fewer than 9,000": false whatever the true
 * figure), the rest on the side `boundSide` gives under the key's own hedge ("more than
 * 29,000"). Takes the number fact (bound, with its hedge), the clause before it (which ends with
 * the hedge), the distractors on the bound's side and those beyond it (numbers written like the
 * key), a choice in [0, 1) for how many come from beyond, and the sentence (no option may be a
 * piece of its words: "fewer than 80" in "fewer than 800"). Returns undefined when the hedge has
 * no opposite of the same length or either side lacks a distractor.
 */
export function hedgedBoundCloze(fact: Fact, before: string, sameSideValues: readonly string[], beyondValues: readonly string[], choice: number, sentenceText = ''): HedgedCloze | undefined {
	if (!fact.hedge || !OPPOSITE[fact.hedge]) return undefined;
	const written = new RegExp(`(${fact.hedge.replace(/ /g, '\\s+')})\\s+$`, 'i').exec(before);
	if (!written) return undefined;
	const capital = /^\p{Lu}/u.test(written[1]);
	const withHedge = (hedge: string, number: string) => `${capital ? hedge[0].toUpperCase() + hedge.slice(1) : hedge} ${number}`;
	const opposite = OPPOSITE[fact.hedge][fact.type === 'count' ? 'count' : 'amount'];
	// "fewer than 80" inside the sentence's "fewer than 800" would read as the sentence's own words
	const unwritten = (hedge: string) => (d: string) => !sentenceText.toLowerCase().includes(`${hedge} ${d}`.toLowerCase());
	const sameSide = sameSideValues.filter(unwritten(fact.hedge));
	const beyond = beyondValues.filter(unwritten(opposite));
	if (sameSide.length === 0 || beyond.length === 0) return undefined;
	const far = Math.min(beyond.length, sameSide.length >= 2 ? 1 + Math.floor(choice * 2) : 2);
	if (far + Math.min(sameSide.length, 3 - far) < 3) return undefined;
	const keyText = `${written[1]} ${fact.text}`;
	const options = [keyText, ...beyond.slice(0, far).map((d) => withHedge(opposite, d)), ...sameSide.slice(0, 3 - far).map((d) => withHedge(fact.hedge!, d))];
	const value = (o: string) => {
		const digits = /(\d[\d,]*(?:\.\d+)?)\s?(billion|bn|million|m)?\b/i.exec(o);
		if (!digits) return NUMBER_WORDS.indexOf(o.split(' ').pop()!.toLowerCase()) + 2;
		return parseFloat(digits[1].replace(/,/g, '')) * (digits[2] ? (/^b/i.test(digits[2]) ? 1e9 : 1e6) : 1);
	};
	options.sort((a, b) => value(a) - value(b));
	return { before: before.slice(0, written.index), keyText, options, key: options.indexOf(keyText) };
}

const GROUP_WORDS = /\b(?:thousands|hundreds|millions|dozens|scores|tens of thousands|many|most|some|several|few|those|anyone|everyone|nobody|no one)\b/i;

/**
 * Is a hedged bound a threshold that defines what another number counts ("54,000 people waited
 * more than 12 hours", "59% of patients were seen in under four hours")? Then no option beyond
 * or past it is false by the article: how many waited fewer than 6 hours is not said
 * (QUALITY.md R3). Takes the sentence, the bound fact and the sentence's facts; true when a
 * count or percentage ends shortly before the bound's hedge with no comma, "and" or "but"
 * between them, when its clause counts a group in words before it ("thousands of patients",
 * "those who"), or when a group follows it ("in several districts").
 */
export function thresholdBound(sentenceText: string, fact: Fact, facts: readonly Fact[]): boolean {
	// "thousands of patients are still waiting more than 12 hours", "than those who walk fewer
	// than 3,000", "took more than 20% in several districts": a group counted in words
	const before = sentenceText.slice(0, fact.span.start).split(/[,;:–—]|\b(?:and|but|while)\b/).pop() ?? '';
	const after = sentenceText.slice(fact.span.end).split(/[,;:.–—]|\b(?:and|but|while)\b/)[0];
	if (GROUP_WORDS.test(before) || /\b(?:in|on|at|for|of) (?:several|some|many|most|a few|dozens of|hundreds of|thousands of)\b/i.test(after)) return true;
	return facts.some((other) => {
		if (other === fact || (other.type !== 'count' && other.type !== 'percent') || other.span.end > fact.span.start) return false;
		const gap = sentenceText.slice(other.span.end, fact.span.start);
		return gap.length <= 60 && !/[,;:–—]|\b(?:and|but|while|or)\b/.test(gap);
	});
}
