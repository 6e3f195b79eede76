import type { Sentence } from './types';
import { keptPerText } from './words';

/**
 * A count a change ends on with no noun (QUALITY.md R1, R4): "The ruling National Progressive
 * Alliance, which had governed the state since 2022 with 22 seats, was reduced to 14." is asked
 * as "The ruling National Progressive Alliance was reduced to 14.", and with the clause that said
 * "seats" cut away, the stem says 14 of nothing. Where the source sentence gives the one noun its
 * other counts take ("with 22 seats"), `countNoun` writes it after the count ("reduced to 14
 * seats"); where the stem still leaves the count bare, `bareChangeCount` finds it, for the R4
 * check to refuse.
 */

// "reduced to 14.", "fell to _____,": a change that ends on a count with no noun after it; group 1 up to the count, group 2 the count.
// A comma or point with a digit after it is inside the count ("rose to 41,300 tonnes"), not its end
const BARE_CHANGE = /\b((?:reduced|cut|down|up|fell|dropped|rose|climbed|increased|decreased|slipped|grew|shrank|shrunk|jumped|slumped) (?:from [\d,.]+ )?to )([\d,.]*\d|_____)(?=[,;](?!\d)|\.(?!\d)|$)/u;
// "22 seats", "3,400 jobs": a count and the plural noun after it; group 1 the noun
const COUNTED = /(?<![\p{L}\p{M}\d.,])[\d,]*\d (\p{Ll}{3,}s)\b/gu;

/**
 * The stem with the noun the source sentence gives its counts written after a bare count a change
 * ends on ("was reduced to 14" → "was reduced to 14 seats"): only where the sentence gives that
 * count no noun either, and gives its other counts one noun, the same for all. Unchanged otherwise.
 */
export function countNoun(sentence: Sentence, stem: string): string {
	const m = BARE_CHANGE.exec(stem);
	if (!m) return stem;
	// the sentence itself leaves the count bare: "was reduced to 14." (a blank stands for the count in it)
	const own = new RegExp(String.raw`${m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\d,.]*\d(?=[,;](?!\d)|\.(?!\d)|$)`, 'u');
	if (!own.test(sentence.text)) return stem;
	const nouns = new Set([...sentence.text.matchAll(COUNTED)].map((c) => c[1]));
	if (nouns.size !== 1) return stem;
	const at = m.index + m[0].length;
	return `${stem.slice(0, at)} ${[...nouns][0]}${stem.slice(at)}`;
}

/** A written item with its stems passed through `countNoun`. */
export function countNounIn<W extends { stem: string; falseStem?: string }>(sentence: Sentence, written: W): W {
	return { ...written, stem: countNoun(sentence, written.stem), ...(written.falseStem === undefined ? {} : { falseStem: countNoun(sentence, written.falseStem) }) };
}

// a name as the subject just before the change: "The ruling National Progressive Alliance was reduced to"
const NAMED_SUBJECT = /\p{Lu}[\p{L}\p{M}’'-]*\s(?:(?:was|were|has been|had been|is|are)\s)?$/u;

// "drop to sixth with 25.", "are third on 28,": a place in a table and a count with no noun after it
// (points, wins or goals, which only the league's custom says); a blank stands for the count too
const BARE_STANDING = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|bottom|top|\d+(?:st|nd|rd|th)) (?:place )?(?:with|on) (?:[\d,]*\d|_____)(?=[,;](?!\d)|\.(?!\d)|$)/u;

/**
 * Does a stem end a change of a name on a count with no noun, where no other count of the stem
 * has one to share ("The ruling National Progressive Alliance was reduced to 14.")? A party or a
 * company is no measure, so the count is of nothing the stem says; a measure's own change ("the
 * toll dropped to 1,460") says what it counts. A blank there is left alone: its key may carry the
 * unit ("fell to _____" of 7.1%). A place in a table with a bare count after it ("drop to sixth
 * with 25", blank or not) is one too: points, wins or goals, the stem does not say.
 */
export function bareChangeCount(stem: string): boolean {
	return bareChangeCountKept(stem);
}
const bareChangeCountKept = keptPerText(readBareChangeCount, 4096);

// "The largest, Port Alder, has roughly 1,400.": a count that a verb of having ends its clause on, with no noun
// after it (residents, the sentence before said); group 1 the count
const BARE_HOLDING = /\b(?:has|have|had|holds|held|houses|housed|numbers|numbered) (?:(?:about|around|roughly|some|nearly|almost|only|just|just over|just under|more than|fewer than|less than|over|under|at least) )?([\d,]*\d|_____)(?=[,;](?!\d)|\.(?!\d)|$)/u;

/**
 * Does a stem end a clause on a count that a verb of having owns, with no noun after it ("The
 * largest, Port Alder, has roughly 1,400.": 1,400 of what, the sentence before said)? A how-many
 * stem or a blank asks for a count only where the stem says what is counted (QUALITY.md R1, R4; a
 * fresh user's deletion). A blank counts as bare only where `blankIsBare` (the key is a bare
 * count): "The fund has about _____." of £1.4m carries its unit in the key. Quotes are left out.
 */
export function bareHoldingCount(stem: string, blankIsBare: boolean): boolean {
	const m = BARE_HOLDING.exec(stem.replace(/“[^”]*”|"[^"]*"/g, '“…”'));
	return m !== null && (m[1] !== '_____' || blankIsBare);
}

/** `bareChangeCount`, read afresh. */
function readBareChangeCount(stem: string): boolean {
	const text = stem.replace(/“[^”]*”|"[^"]*"/g, '“…”');
	// "Westfield drop to sixth with 25.": 25 of what, no word of the stem says, and a teacher reads
	// it as broken English (a holdout101 reader's R1), the blank's options being bare counts too
	if (BARE_STANDING.test(text)) return true;
	const m = BARE_CHANGE.exec(text);
	return m !== null && m[2] !== '_____' && NAMED_SUBJECT.test(text.slice(0, m.index)) && [...stem.matchAll(COUNTED)].length === 0;
}
