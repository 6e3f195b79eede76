/**
 * Whole-word and quote tests shared by the generator's modules, which each kept a copy of their own.
 */

/** `text` with the characters a regular expression gives a meaning escaped, to match it literally (MDN, "Regular expressions: escaping"). */
export function escapeRe(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Does `word` stand alone at `at` in `text`: no letter or combining mark right before or after it? */
function alone(text: string, at: number, word: string): boolean {
	return !LETTER_OR_MARK.test(text[at - 1] ?? '') && !LETTER_OR_MARK.test(text[at + word.length] ?? '');
}

/**
 * Does `text` contain `word` as a whole word: no letter or combining mark either side ("Westpac"
 * in "Westpac's chief", not "Ash" in "Ashgrove")? Case-sensitive; takes both as written.
 */
export function containsWord(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (alone(text, at, word)) return true;
	return false;
}

/**
 * The offsets in `text` where `word` stands as a whole word (as `containsWord` reads one), in
 * order and never overlapping, as `(?<![\p{L}\p{M}])word(?![\p{L}\p{M}])` with the "gu" flags
 * finds them. A pattern built for each name of each new article was compiled afresh every time,
 * and compiling was much of a new article's generation time; this builds none.
 */
export function wordOffsets(text: string, word: string): number[] {
	return offsetsBetween(text, word, LETTER_OR_MARK, LETTER_OR_MARK);
}

/** The code point of `text` that ends at offset `at` ('' at its start), as a lookbehind with the "u" flag reads it. */
export function codePointBefore(text: string, at: number): string {
	if (at <= 0) return '';
	const last = text.charCodeAt(at - 1);
	const pair = last >= 0xdc00 && last <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
	return text.slice(pair ? at - 2 : at - 1, at);
}

// where a `wordPattern` takes its word: the word is written before the text, with a NUL between, and read back from there
const WORD_SLOT = String.raw`(?<=^(?<slot>[^\0]*)\0[^\0]*)\k<slot>`;

/**
 * A pattern with a word in it, compiled once for every word: `build` writes the pattern with
 * its argument once where the word goes (as a pattern built with the word would have it, never
 * inside a lookbehind; every match holds the word; no `^` for the text's start), `flags` are its
 * flags; returns what `text.matchAll` of the pattern built with `word` finds ("g" is added):
 * the same numbered groups (no named ones), each match's `index` in `text`. The word is matched
 * literally, as a plain word written into the pattern is; it holds no NUL, nor, where the flags
 * hold "m", a line break. A pattern built afresh with each word of a new article was compiled
 * anew, which for one with Unicode classes (\p{L}) takes about a millisecond; this one reads
 * each text with the word before it, a NUL between, and reads back to the text's start each
 * time it reaches the word: for sentences and headlines, not a whole article.
 */
export function wordPattern(build: (word: string) => string, flags: string): (text: string, word: string) => RegExpMatchArray[] {
	const source = build(WORD_SLOT);
	const pattern = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
	// the slot's own group is no group of the pattern as built with the word
	const slot = groupsBefore(source, source.indexOf(WORD_SLOT)) + 1;
	return (text, word) =>
		[...`${word}\0${text}`.matchAll(pattern)].map((m) => {
			m.splice(slot, 1);
			m.index = m.index! - word.length - 1;
			m.groups = undefined;
			return m;
		});
}

/** How many capturing groups `source` opens before offset `at` (a pattern without the "v" flag's nested classes). */
function groupsBefore(source: string, at: number): number {
	let groups = 0;
	let inClass = false;
	for (let i = 0; i < at; i++) {
		const c = source[i];
		if (c === '\\') i++;
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) groups++;
	}
	return groups;
}

/**
 * The offsets in `text` where `word` stands with no character that `before` matches right before
 * it and none that `after` matches right after it, in order and never overlapping: what
 * `(?<![…])word(?![…])` with the "gu" flags finds, where `before` and `after` are one-character
 * classes such as `/[\p{L}\p{M}]/u`. A pattern with Unicode classes compiled for each name of a
 * new article took milliseconds a name (its classes' code is built afresh for every new
 * source); this compiles none.
 */
export function offsetsBetween(text: string, word: string, before: RegExp, after: RegExp): number[] {
	const found: number[] = [];
	if (word === '') return found;
	for (let at = text.indexOf(word); at >= 0; ) {
		const next = text.codePointAt(at + word.length);
		if (!before.test(codePointBefore(text, at)) && !(next !== undefined && after.test(String.fromCodePoint(next)))) {
			found.push(at);
			at = text.indexOf(word, at + word.length);
		} else at = text.indexOf(word, at + 1);
	}
	return found;
}

/**
 * The first match of `tail`, a sticky ("y") pattern, right after `word` in `text` where no code
 * point that `before` matches stands right before `word`: what `(?<![…])word<tail>` with the "u"
 * flag finds first, with the tail's groups (null where none). A pattern built for each name
 * compiled afresh for each name of a new article; `tail` is compiled once.
 */
export function firstAfterWord(text: string, word: string, before: RegExp, tail: RegExp): RegExpExecArray | null {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		if (before.test(codePointBefore(text, at))) continue;
		tail.lastIndex = at + word.length;
		const found = tail.exec(text);
		if (found) return found;
	}
	return null;
}

/**
 * `fn` with its result kept per text, for a reading of a string that the checks ask again and
 * again of the same stem. Keeps at most `limit` texts and then starts afresh: a long-running
 * server reads many articles.
 */
export function keptPerText<T>(fn: (text: string) => T, limit: number): (text: string) => T {
	const kept = new Map<string, T>();
	return (text) => {
		// one look-up for a kept reading (most calls), a second only for a kept undefined
		const found = kept.get(text);
		if (found !== undefined || kept.has(text)) return found as T;
		if (kept.size >= limit) kept.clear();
		const value = fn(text);
		kept.set(text, value);
		return value;
	};
}

/**
 * `fn` of a long text (an article's) and a word (a name) kept per text and word: each text keeps
 * its words' readings, at most `limit` texts, then afresh. A reading that scans the whole article
 * for a name, asked again for every item that offers the name, took time growing with the
 * article's length times its names; and `keptPerArgs` would write the whole text into its key
 * at each call.
 */
export function keptPerTextAndWord<T>(fn: (text: string, word: string) => T, limit: number): (text: string, word: string) => T {
	const byText = keptPerText(() => new Map<string, T>(), limit);
	return (text, word) => {
		const kept = byText(text);
		const found = kept.get(word);
		if (found !== undefined || kept.has(word)) return found as T;
		const value = fn(text, word);
		kept.set(word, value);
		return value;
	};
}

/**
 * `keptPerText` for a reading of several strings, numbers or flags ("the stem and the key's
 * offsets"): kept per exact list of arguments, at most `limit` lists, then afresh.
 */
export function keptPerArgs<A extends readonly (string | number | boolean)[], T>(fn: (...args: A) => T, limit: number): (...args: A) => T {
	const kept = keptPerText((key) => fn(...(JSON.parse(key) as A)), limit);
	return (...args) => kept(JSON.stringify(args));
}

/**
 * `fn` kept per object it is given (an article's context, a sentence): computed on the first call
 * with that object, then returned as it was; the object is never changed, and is let go with it.
 */
export function keptPerObject<O extends object, T>(fn: (o: O) => T): (o: O) => T {
	const kept = new WeakMap<O, T>();
	return (o) => {
		if (kept.has(o)) return kept.get(o) as T;
		const value = fn(o);
		kept.set(o, value);
		return value;
	};
}

/**
 * `keptPerText` for a reading that also takes an object it does not change (a caller's verb test,
 * an article's set of names): kept per object and text, so that a text read with one object is
 * never answered from another's reading. An object made afresh at each call is never found
 * again: callers pass one kept in a constant, or once per article.
 */
export function keptPerTextAnd<A extends object, T>(fn: (text: string, test: A) => T, limit: number): (text: string, test: A) => T {
	const byTest = new WeakMap<A, (text: string) => T>();
	return (text, test) => {
		let kept = byTest.get(test);
		if (!kept) byTest.set(test, (kept = keptPerText((t) => fn(t, test), limit)));
		return kept(text);
	};
}

/**
 * `text` with its direct quotes (curly or straight double) blanked to spaces of the same length,
 * so offsets still match `text`: a speaker's words are theirs (QUALITY.md R6).
 */
export function blankQuotes(text: string): string {
	// most stems quote no one: the pattern is not walked over them
	if (!text.includes('“') && !text.includes('"')) return text;
	return text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
}

/**
 * A name with the possessive a pointer it replaces carried ("’s", "'s" or none): "Vayu Airlines’"
 * for "the airline’s", never "Vayu Airlines’s" (a blind reader's R1 on holdout57), unless
 * `text` (the article's, where the caller has it) writes the name's last word with "’s" or
 * "'s" itself: then the article's own style is kept ("Medeiros’s" where it writes "Medeiros's",
 * a fresh user's find), as a style guide's choice between the two is the article's to make. A
 * last word in "ss" is no plural ("The Uganda Red Cross's", "Congress's"): it takes "’s" as every
 * style guide writes a singular noun's possessive.
 */
export function withPossessive(name: string, possessive: string, text = ''): string {
	if (!possessive || !name.endsWith('s') || name.endsWith('ss')) return `${name}${possessive}`;
	const written = text !== '' && writesPossessiveS(text, name.split(' ').at(-1)!);
	return written ? `${name}${possessive[0]}s` : `${name}${possessive[0]}`;
}

// what follows a word that the text writes with "’s" or "'s" as a whole word, read from where the word ends
const POSSESSIVE_S = /[’']s(?![\p{L}\p{M}])/uy;

// the article's answer per word, kept per text: the rewriters ask it of the same body for every stem they write, and a
// pattern compiled for each word of a new article cost more than the search
const WRITTEN_S = keptPerText(() => new Map<string, boolean>(), 8);

/** Does `text` write `word`, as a whole word, with "’s" or "'s" ("Medeiros's")? Kept per text and word. */
function writesPossessiveS(text: string, word: string): boolean {
	const kept = WRITTEN_S(text);
	let written = kept.get(word);
	if (written === undefined) kept.set(word, (written = firstAfterWord(text, word, LETTER_OR_MARK, POSSESSIVE_S) !== null));
	return written;
}

/**
 * The text after a name that `swap` replaces (`key`, as the sentence wrote it), its possessive made
 * to agree with `swap` as `withPossessive` writes one: "’s profits" after "Harwell Foods" becomes
 * "’ profits" (never "Harwell Foods’s", a blind reader's R1), and "’ profits" after "Harwell Foods"
 * becomes "’s profits" after "Kettering"; a closing quote mark before a verb or a small word ("’ was
 * launched") is none. Any other text is returned as given.
 */
export function possessiveAfter(key: string, swap: string, after: string): string {
	if (/^['’]s(?![\p{L}\p{M}])/u.test(after) && swap.endsWith('s')) return `${after[0]}${after.slice(2)}`;
	// "‘Harwell Foods’ was launched": a closing quote before a verb or a small word is no possessive (a reviewer's R1)
	if (/^['’]\s(?!(?:was|is|were|are|has|have|had|will|would|can|could|said|says|and|or|but|to|in|on|at|for|of|as|by|with)\b)\p{Ll}/u.test(after) && key.endsWith('s') && !swap.endsWith('s')) return `${after[0]}s${after.slice(1)}`;
	return after;
}

/**
 * The indefinite article a word or value takes as read aloud: "an" before a vowel sound
 * ("an 18-year-old", "an FBI agent", "an $800 million plan"), "a" otherwise ("a one-off",
 * "a $1 trillion bill"). Checks that a blank's options agree with the article before it (R1).
 */
export function articleFor(text: string): 'a' | 'an' {
	// a currency sign is read after its number ("an $800 billion bill", "a $1 trillion bill")
	const word = text.replace(/^(?:US|A|C|NZ|HK)?[$£€¥₹]/, '');
	// an initialism is read letter by letter ("an FBI agent", "an MP"), so its case matters: "Labour" and "Highland" are words
	return (/^(?:[aeio]|u(?![nrs]?i|se|ni|ro|k)|hour|honou?r|honest|heir|8|f[\s.])/i.test(word) || readsEleven(word) || /^[AEFHILMNORSX](?:$|\.|[A-Z])/.test(word)) && !/^(one|uni|use|euro|eu)/i.test(word) ? 'an' : 'a';
}

/**
 * Whether a figure opening with "11" or "18" is read aloud from "eleven" or "eighteen": so it
 * is when those two digits are the whole number, lead its thousands ("11,500", "18000"), or
 * make a year's hundreds ("1850"); a three-digit figure is read from "a hundred" ("a 115km
 * loop", "a 180-page report"), so a swap or a distractor that puts 115 after "a" keeps "a"
 * (a blind reader's R1 on "an 115km loop").
 */
function readsEleven(word: string): boolean {
	const digits = /^1[18](?:\d*(?:,\d{3})*)/.exec(word)?.[0];
	if (!digits) return false;
	const lead = digits.split(',')[0].length;
	return digits.includes(',') ? lead === 2 : lead === 2 || lead === 4 || lead === 5;
}

/**
 * `before` with a closing "a"/"an" made to agree with the value put after it: swapping "89%"
 * for "67%" in "an 89% rise" gives "a 67% rise", never "an 67%" (QUALITY.md R1).
 */
export function agreeArticle(before: string, value: string): string {
	return before.replace(/\b([Aa])n?\s$/, (_, a: string) => `${a === 'A' ? (articleFor(value) === 'an' ? 'An' : 'A') : articleFor(value)} `);
}

/**
 * The matches of the global `pattern` in `text`, as `text.matchAll(pattern)` gives them; none, the
 * text left unread, when `text` holds none of `needles`, strings every match of the pattern
 * contains. A long pattern run over a whole article costs the engine's walk over every capital
 * or word boundary even where it matches nothing, and most articles hold none of its words
 * ("council", "Stadium"): the scans of each new article's names (facts.ts, anaphora.ts) skip it.
 */
export function matchesWith(text: string, pattern: RegExp, needles: readonly string[]): Iterable<RegExpExecArray> {
	return needles.some((needle) => text.includes(needle)) ? text.matchAll(pattern) : [];
}
