import { isRoleNoun } from './facts';
import { TITLES, isFirstName, tagsOf } from './lexicon';
import { familyNameLeads } from './person-options';
import { offsetsBetween } from './words';
import type { Article } from './types';
import { bodyLines } from './article';

/**
 * A stem that writes the tail of a longer name as if it were the name ("Convention Centre" of "the
 * Penticton Trade and Convention Centre", "Financial Officer Lan Nguyen" of "Chief Financial
 * Officer Lan Nguyen", "the Financial Crimes Commission" of "the Economic and Financial Crimes
 * Commission", "The Lotus Pond" of the painting "Ladies by the Lotus Pond") misstates it
 * (QUALITY.md R1, R6). Many rewrites pick a name up by a run of capitalised words, and each such
 * run stops at a small word ("and", "by the") or after a fixed count; the article shows where
 * the name really starts, so the check is made once, on the finished stem, against it.
 */

// a run of capitalised words with the small words names keep inside them
const RUN = /(?=\p{Lu})(?<![\p{L}\p{M}’'.-])\p{Lu}[\p{L}\p{M}’'&.-]*(?:(?: (?:of|and|&|for|de|la|of the|by the))? \p{Lu}[\p{L}\p{M}’'&.-]*)*/gu;
// words a stem or a sentence may open on that start no name ("The Lotus Pond shows" is "the Lotus Pond")
const OPENER = /^(?:The|A|An|In|At|On|By|From|To|For|With|After|Before|But|And|Or|Its|Their|His|Her|This|That|These|Those)$/;
// the last word of a body's or a place's name: a run "<word> and <run>" ending on one joins two words under it
// ("the Economic and Financial Crimes Commission"), where "Leeds City Council and Bradford Council" are two names
const NAME_END = /^(?:Centre|Center|Commission|Committee|Council|Authority|Agency|Service|Services|Trust|Board|Institute|Association|Federation|Society|Foundation|Department|Ministry|Office|Bureau|Court|Tribunal|Party|Alliance|Union|University|College|School|Hospital|Museum|Gallery|Bank|Fund|Company|Corporation|Group)$/;

/** Is `word`, written right before a run at the start of a sentence, no word of a name (`Yesterday`, `In`, `However`)? */
function opensOnly(word: string): boolean {
	if (OPENER.test(word)) return true;
	const lower = word.toLowerCase();
	if (TITLES.has(lower)) return false;
	const tags = tagsOf(lower);
	return tags.some((t) => /Preposition|Adverb|Determiner|Conjunction|Pronoun|Date|Verb|WeekDay|Month/.test(t));
}

/**
 * Is `word` the end of a person's name, the capitalised words right before it in `before` holding
 * a first name or a title ("Judge Agnieszka" before "Wróbel", "Richard" before "Colquhoun")?
 */
function personBefore(before: string, word: string): boolean {
	const words = /(?:\p{Lu}[\p{L}\p{M}’'.-]* ){0,3}$/u.exec(before)![0].trim().split(' ').filter(Boolean);
	return words.some((w) => isFirstName(w) || TITLES.has(w.toLowerCase().replace(/\.$/, '')));
}

/**
 * Where the name the article writes at `at` in `text` really starts, when a capitalised word
 * (possibly joined by "and", "&", "of", "for", "by the" or "of the") comes right before it:
 * the start of that longer name; `at` itself where nothing does. A word that opens a sentence
 * and is no name's word (`opensOnly`) starts no name.
 */
function nameStart(text: string, at: number, tail: string): number {
	let start = at;
	for (let guard = 0; guard < 6; guard++) {
		const before = /(\p{Lu}[\p{L}\p{M}’'&.-]*)( (?:and|&|of|for|by the|of the) | )$/u.exec(text.slice(Math.max(0, start - 60), start));
		if (!before) break;
		const word = before[1];
		// an owner ("Nigeria's"), a determiner, and a word ending on a full stop (a sentence's end, or
		// an abbreviated title: "Dr.") start no name that runs on into the stem's
		if (/[’']s$/.test(word) || OPENER.test(word) || word.endsWith('.')) break;
		const from = start - before[0].length;
		// a dateline's dash ("GUTHRIE, Okla. — Organizers of the ...") opens the lead's sentence as a full stop does
		const opens = from === 0 || /(?:[.!?]["”’]?\s+|\n|[“"‘(]\s?|\s[—–]\s)$/.test(text.slice(Math.max(0, from - 3), from));
		const joint = before[2].trim();
		if (opens && (opensOnly(word) || /^(?:of|of the|for)$/.test(joint))) break;
		// "Chief Executive Jane Doe" is Jane Doe's name with her title: a stem that writes "Jane Doe" cuts
		// nothing, one that writes "Executive Jane Doe" cuts the title
		const titled = (w: string) => TITLES.has(w.toLowerCase().replace(/\.$/, '')) || isRoleNoun(w);
		if (joint === '' && titled(word) && !tail.split(' ').some(titled)) break;
		// "Freestyler Park Jun-seo": a capitalised word before a name written family name first describes the person (facts.ts)
		if (joint === '' && start === at && familyNameLeads(tail)) break;
		if ((joint === 'and' || joint === '&') && (!NAME_END.test(tail.split(' ').at(-1)!) || NAME_END.test(word))) break;
		// "Judge Agnieszka Wróbel of the Kraków Regional Court": a person of a body, whose own name ends before "of";
		// read as one name, "The Kraków Regional Court ordered ..." was refused as a cut (the holdout116 reader's court story)
		if (/^of(?: the)?$/.test(joint) && personBefore(text.slice(Math.max(0, from - 40), from), word)) break;
		start = from;
	}
	return start;
}

// what may not touch a run the body writes, before it and after it: a letter, a mark, an apostrophe, a hyphen (a full stop before)
const RUN_BEFORE = /[\p{L}\p{M}’'.-]/u;
const RUN_AFTER = /[\p{L}\p{M}’'-]/u;
// per article, per run: what `writtenBefore` found
const BEFORE = new WeakMap<Article, Map<string, { before: string; the: string }[]>>();

/**
 * Each place the article's body writes `run` as a whole word, in order: the words of the longer
 * name it writes right before it (`nameStart`; empty where the name starts at the run) and a
 * "the " the body writes before those ('' where none). Read once per article and run, since
 * every candidate's stem asks it of the same names, and it reads the whole body.
 */
function writtenBefore(article: Article, run: string): { before: string; the: string }[] {
	let runs = BEFORE.get(article);
	if (!runs) BEFORE.set(article, (runs = new Map()));
	let found = runs.get(run);
	if (!found) {
		const body = bodyLines(article);
		found = offsetsBetween(body, run, RUN_BEFORE, RUN_AFTER).map((at) => {
			const start = nameStart(body, at, run);
			return { before: body.slice(start, at), the: /\bthe $/.test(body.slice(Math.max(0, start - 4), start)) ? 'the ' : '' };
		});
		runs.set(run, found);
	}
	return found;
}

/**
 * Each capitalised run of `stem` (two words or more, a stem's opening "The" aside) that the
 * article's body writes only as the tail of a longer name, with that name as the body writes it
 * (its "the" with it where the body writes one), or null where the body writes it so in more
 * than one way; runs the body never writes, or writes whole somewhere, are not listed.
 */
function cutRuns(article: Article, stem: string): readonly CutRun[] {
	let stems = CUT_RUNS.get(article);
	if (!stems) CUT_RUNS.set(article, (stems = new Map()));
	let found = stems.get(stem);
	if (!found) stems.set(stem, (found = readCutRuns(article, stem)));
	return found;
}

type CutRun = { run: string; at: number; full: string | null };

// `wholeNames` reads a stem through the chain of rewrites and `cutName` reads it again, mostly unchanged, in the R1 check
const CUT_RUNS = new WeakMap<Article, Map<string, readonly CutRun[]>>();

/** `cutRuns`, read afresh. */
function readCutRuns(article: Article, stem: string): CutRun[] {
	const out: CutRun[] = [];
	for (const m of stem.matchAll(RUN)) {
		let run = m[0];
		let at = m.index;
		const first = run.split(' ')[0];
		if (OPENER.test(first)) {
			run = run.slice(first.length + 1);
			at += first.length + 1;
		}
		if (!run.includes(' ')) continue;
		const fulls = new Set<string>();
		let whole = false;
		for (const { before, the } of writtenBefore(article, run)) {
			// "did left-hander Luis Ortega get" of "Left-hander Luis Ortega got": the stem writes the words before it already
			if (before === '' || stem.slice(0, at).toLowerCase().endsWith(before.toLowerCase())) {
				whole = true;
				break;
			}
			fulls.add(`${the}${before}${run}`);
		}
		if (whole || fulls.size === 0) continue;
		out.push({ run, at, full: fulls.size === 1 ? [...fulls][0] : null });
	}
	return out;
}

/**
 * `stem` with each name it cuts short (`cutRuns`) written whole, as the article writes it:
 * "How many people had Convention Centre registered" → "How many people had the Penticton Trade
 * and Convention Centre registered"; a "the" the stem writes before it stays one. A name joined
 * to its head by "by the" or "of the" ("Ladies by the Lotus Pond") is a title whose start the
 * stem's own "The" hides, and is left for `cutName` to refuse, as are names written more than one way.
 */
export function wholeNames(article: Article, stem: string): string {
	let out = stem;
	for (const { run, at, full } of [...cutRuns(article, stem)].reverse()) {
		if (!full || / (?:by|of) the /.test(full.slice(0, full.length - run.length))) continue;
		const stemThe = /\b[Tt]he $/.test(out.slice(Math.max(0, at - 4), at));
		const written = stemThe ? full.replace(/^the /, '') : at === 0 ? full.replace(/^the /, 'The ') : full;
		out = `${out.slice(0, at)}${written}${out.slice(at + run.length)}`;
	}
	return out;
}

/** A written item with its stems passed through `wholeNames`. */
export function wholeNamesIn<W extends { stem: string; falseStem?: string }>(article: Article, written: W): W {
	return { ...written, stem: wholeNames(article, written.stem), ...(written.falseStem === undefined ? {} : { falseStem: wholeNames(article, written.falseStem) }) };
}

/** The first name `stem` cuts short (`cutRuns`) and `wholeNames` could not write whole, for the R1 check to refuse; undefined when none. */
export function cutName(article: Article, stem: string): string | undefined {
	return cutRuns(article, stem)[0]?.run;
}
