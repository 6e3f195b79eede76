import { roleKindOfWord } from './person-roles';
import { escapeRe, wordOffsets } from './words';

/**
 * Verbs that report a person speaking without "said" ("called the figures “a damning
 * indictment”", "urged parents not to ...", "warned that ..."): whoever a sentence opens on
 * with one of them speaks in the story as surely as one who "said" something.
 */
const SPEECH_VERB = /^(?:,\s[^,]{1,100},)?\s(?:called|urged|warned|hailed|described|appealed|insisted|argued|cautioned|conceded|admitted|apologi[sz]ed|praised|critici[sz]ed|condemned)\s(.+)$/u;

/** Words that, right before a name, make it no subject ("critics of X warned", "with X") or a second one ("A and X"). */
const NOT_SUBJECT_BEFORE = /\b(?:of|by|to|with|for|from|against|about|on|at|in|and|or|than|as|like|after|before|whom|whose)\s$/i;

/**
 * What a sentence reports `name` (a person's name as written there) saying with a verb of speech
 * other than "said" (`SPEECH_VERB`): the words after the verb, or undefined when the name is no
 * subject of such a verb. The name may carry an appositive between commas before the verb
 * ("Frank Delaney, general secretary of the IMO, called ..."), and stands where a subject
 * does: not after a preposition or "and". Used to count such people among the article's
 * speakers, who may stand as the false sayer of another's words (QUALITY.md R8).
 */
export function reportedSpeech(text: string, name: string): string | undefined {
	for (const at of wordOffsets(text, name)) {
		if (NOT_SUBJECT_BEFORE.test(text.slice(0, at))) continue;
		const rest = SPEECH_VERB.exec(text.slice(at + name.length));
		if (rest) return rest[1];
	}
	return undefined;
}

/** Role words that may own a company as well as a person ("its owner, Halden Foods,"), so vouch for no person. */
const OWNING_ROLE = /^(?:owner|owners|parent|investor|partner|founder|chair)$/;

/**
 * Does a sentence write a full name set off by commas right after a phrase that names a role
 * ("A spokesperson for the Federal Interior Ministry, Katrin Möllenhoff, said", "the show's
 * executive producer, Funmi Oyebanjo, told", "A hospital administrator, Sister Theresia ToKavai,
 * said")? News copy puts a person's name there, so it vouches for a name whose first word the
 * lexicon lacks as surely as an appositive after it does. Takes the sentence and the full name;
 * a courtesy or religious title may stand before the name. The phrase is the words since the
 * sentence's start or the last comma, colon or dash, with a role word of person-roles.ts among
 * them other than one a company may hold too (`OWNING_ROLE`). QUALITY.md R8.
 */
export function namedAfterRole(text: string, full: string): boolean {
	const re = new RegExp(`(?:^|[,;:–—]\\s)([^,;:–—]{2,100}),\\s(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sister|Brother|Father|Rev)\\.?\\s)?${escapeRe(full)}(?:,|\\s(?:said|says|told)\\b)`, 'gu');
	for (const m of text.matchAll(re)) {
		const words = m[1].toLowerCase().match(/[\p{L}-]+/gu) ?? [];
		if (words.some((w) => !OWNING_ROLE.test(w) && roleKindOfWord(w) !== undefined)) return true;
	}
	return false;
}
