import type { Article } from './types';
import { quotedAt } from './quoted-at';
import { keptPerObject, keptPerText } from './words';

/**
 * The story's legislature by a common word (QUALITY.md R4): an election report names "the
 * 40-member Goa Legislative Assembly" in its lead, then says "up from three in the outgoing House"
 * and "The term of the current Assembly ends on ...". A stem read alone says neither which House
 * nor which Assembly. Where the article names exactly one legislature (a name ending in
 * "Assembly", "Legislature" or "Parliament"), `nameLegislature` writes it in; "House" only when
 * the article tells of no second chamber, which "the House" might be instead. Where it names none
 * or several, `unnamedLegislature` finds the pointer, for the R4 check to refuse.
 */

// "Goa Legislative Assembly", "Scottish Parliament", "Punjab Vidhan Sabha": capitalised words before the body's noun
const LEGISLATURE_NAME = /(?=\p{Lu})(?<![\p{L}\p{M}’'-])((?:(?!(?:The|A|An|In|At|On|Of|For|By|From|And|But|As|When|While|Since)\s)\p{Lu}[\p{L}\p{M}’'-]*\s){1,3}(?:Legislative )?(?:Assembly|Legislature|Parliament|Vidhan Sabha))(?![\p{L}\p{M}’'-])/gu;
// "the outgoing House", "the current Assembly", "the new legislature": group 1 "the", group 2 the modifier, group 3 the noun;
// never "the House of Commons", "the Assembly's", nor a name after it
const POINTER = /(?<![\p{L}\p{M}’'-])([Tt]he) ((?:outgoing|current|new|previous|last|incoming|next|dissolved|present|old) )?(House|Assembly|assembly|Legislature|legislature|Parliament|parliament)(?![\p{L}\p{M}’'-])(?! of\b)(?!,? \p{Lu})/gu;
// a second chamber "the House" may be
const SECOND_CHAMBER = /\b(?:Senate|House of Lords|Lords|upper house|lower house|Legislative Council|National Council|Rajya Sabha|Lok Sabha|House of Representatives|House of Commons)\b/;

const NAMES = new WeakMap<Article, string | null>();

/** The one legislature the article names, as it writes it; undefined when it names none or two. */
function storyLegislature(article: Article): string | undefined {
	let name = NAMES.get(article);
	if (name === undefined) {
		const text = [article.title, ...article.paragraphs].join('\n');
		const names = new Set([...text.matchAll(LEGISLATURE_NAME)].map((m) => m[1].replace(/\s+/g, ' ')));
		name = names.size === 1 ? [...names][0] : null;
		NAMES.set(article, name);
	}
	return name ?? undefined;
}

/**
 * A stem with each "the outgoing House", "the current Assembly" (or a bare "the Assembly") written
 * as the one legislature the article names: "the outgoing Goa Legislative Assembly". Unchanged
 * where the article names none or several, where "House" may be a second chamber, and inside a
 * direct quote (a speaker's words stay theirs, R6).
 */
export function nameLegislature(article: Article, stem: string): string {
	const name = storyLegislature(article);
	if (!name) return stem;
	const chambers = secondChamber(article);
	return stem.replace(POINTER, (whole, the: string, modifier: string | undefined, noun: string, at: number) => {
		if (quotedAt(stem, at)) return whole;
		if (noun === 'House' && chambers) return whole;
		// "the Assembly" right after the name itself ("Goa Legislative Assembly ... the Assembly") reads as it already
		if (stem.includes(name)) return whole;
		return `${the} ${modifier ?? ''}${name}`;
	});
}

/** Does the article tell of a second chamber (`SECOND_CHAMBER`), read once per article: asked for every stem, it read the whole article each time. */
const secondChamber = keptPerObject((article: Article): boolean => SECOND_CHAMBER.test([article.title, ...article.paragraphs].join('\n')));

/** A written item with its stems passed through `nameLegislature`. */
export function nameLegislatureIn<W extends { stem: string; falseStem?: string }>(article: Article, written: W): W {
	return { ...written, stem: nameLegislature(article, written.stem), ...(written.falseStem === undefined ? {} : { falseStem: nameLegislature(article, written.falseStem) }) };
}

/**
 * The "the outgoing House" or "the current Assembly" a stem still leaves unnamed (a modifier that
 * points to one sitting of a body the stem never names), or undefined when it has none. Outside
 * quotes only.
 */
export function unnamedLegislature(stem: string): string | undefined {
	return unnamedLegislatureKept(stem);
}
const unnamedLegislatureKept = keptPerText(readUnnamedLegislature, 4096);

/** `unnamedLegislature`, read afresh. */
function readUnnamedLegislature(stem: string): string | undefined {
	for (const m of stem.matchAll(POINTER)) {
		if (m[2] && !quotedAt(stem, m.index)) return m[0];
	}
	return undefined;
}
