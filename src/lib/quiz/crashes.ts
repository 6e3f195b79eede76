import type { Article } from './types';
import { quotedAt } from './quoted-at';

/**
 * The one road crash a traffic story tells of (QUALITY.md R4): under "Man, 34, dies in M6 crash
 * involving lorry and three cars", the body says "The collision happened on the northbound
 * carriageway ...", "A woman in her 60s and a 12-year-old boy were taken to Royal Stoke University
 * Hospital ..." and "The lorry driver, a 51-year-old man from Warrington, was arrested ...". Read
 * alone, none says which crash, or that there was one. The headline names it ("M6 crash"); where
 * it names exactly one and the article tells of no other, `nameCrash` writes it into such stems:
 * "The M6 crash happened ...", "... with serious injuries after the M6 crash", "The lorry driver in
 * the M6 crash, ...".
 */

// "M6 crash", "A40 collision", "Harlow Road crash": capitalised words or a road number before the noun; group 1 the name
const HEADLINE_CRASH = /(?<![\p{L}\p{M}\d’'-])((?:(?!(?:In|On|At|Of|After|As|And|The|A)\s)\p{Lu}[\p{L}\p{M}\d’'-]*\s){1,3})(crash|collision|smash|pile-up)(?![\p{L}\p{M}-])/u;
// another crash the story tells of, which "the collision" may mean instead
const OTHER_CRASH = /\b(?:another|second|separate|earlier|previous|similar|third)\s(?:[\p{L}-]+\s)?(?:crash|collision|accident|smash|pile-up)\b|\b(?:crashes|collisions|accidents)\b/iu;
// "The collision", "the crash", "the accident" with nothing after it that says which; group 1 "the"
const BARE_CRASH = /(?<![\p{L}\p{M}’'-])([Tt]he) (?:collision|crash|accident|smash)(?![\p{L}\p{M}’'-])(?! (?:on|in|at|near|involving|between|of) \p{Lu}| (?:on|at) the \p{Lu})(?!,? \p{Lu})/gu;
// "The lorry driver", "The other driver", "The motorcyclist": a party to the crash the stem opens on; group 1 the phrase
const PARTY = /^(The (?:(?:lorry|car|van|bus|coach|taxi|tractor|HGV|other|second|first) )?(?:driver|motorcyclist|cyclist|pedestrian|passenger|rider))(?=,| (?:was|is|had|has|remains|remained|suffered|died|escaped)\b)/u;
// "were taken to ... Hospital", "was airlifted to hospital": the injured of a crash the stem does not name
const TAKEN_TO_HOSPITAL = /\b(?:were|was) (?:taken|airlifted|rushed|flown|driven) to (?:[^,.;]*?\b)?(?:[Hh]ospitals?|Infirmary|Medical Centre|Medical Center)\b/;
const CRASH_WORD = /\b(?:crash|collision|accident|smash|pile-up)\b/i;

const CRASHES = new WeakMap<Article, string | null>();

/** "the M6 crash": the one crash the headline names, in a story that tells of no other; undefined otherwise. */
function storyCrash(article: Article): string | undefined {
	let crash = CRASHES.get(article);
	if (crash === undefined) {
		const m = HEADLINE_CRASH.exec(article.title);
		crash = m && !OTHER_CRASH.test([article.title, ...article.paragraphs].join('\n')) ? `the ${m[1]}${m[2]}` : null;
		CRASHES.set(article, crash);
	}
	return crash ?? undefined;
}

/**
 * A stem with the story's crash written in (`storyCrash`): a bare "the collision" as "the M6
 * crash", an opening party to it ("The lorry driver") as "The lorry driver in the M6 crash", and
 * a stem of people taken to hospital that names no crash given "after the M6 crash" at its end.
 * Unchanged where the headline names no crash, the article tells of two, or inside a quote.
 */
export function nameCrash(article: Article, stem: string): string {
	const crash = storyCrash(article);
	if (!crash) return stem;
	let out = stem.replace(BARE_CRASH, (whole, the: string, at: number) => (quotedAt(stem, at) ? whole : the === 'The' ? `T${crash.slice(1)}` : crash));
	if (out.includes(crash.slice(4))) return out;
	const party = PARTY.exec(out);
	if (party) return `${party[1]} in ${crash}${out.slice(party[1].length)}`;
	if (TAKEN_TO_HOSPITAL.test(out) && !CRASH_WORD.test(out) && /[^”"]\.$/.test(out)) out = `${out.slice(0, -1)} after ${crash}.`;
	return out;
}

/** A written item with its stems passed through `nameCrash`. */
export function nameCrashIn<W extends { stem: string; falseStem?: string }>(article: Article, written: W): W {
	return { ...written, stem: nameCrash(article, written.stem), ...(written.falseStem === undefined ? {} : { falseStem: nameCrash(article, written.falseStem) }) };
}
