import { quotedAt } from './quoted-at';
import { escapeRe } from './words';

/** The full names of the people who share one surname, each with the sentence that first writes it. */
export type SharedSurnames = ReadonlyMap<string, readonly { full: string; at: number }[]>;

/**
 * `text` with each bare mention of a surname two people of the article share ("Park", "Park's",
 * "Mr Park") written as the one full name the article has written by sentence `at`, as a reader
 * takes it: "Park Jun-seo" is named in the lead, "Park Tae-hwan" only in the last line, so every
 * "Park" before that is Park Jun-seo. A mention is left bare where no full name or both came
 * before it (`bareSharedSurname` then finds it). QUALITY.md R4 and R6: a stem read alone must
 * not leave the reader to guess which of two people it means. A mention inside a direct quote
 * stays as the speaker said it: a barrister's "Mr Gallagher accepts that what he did was wrong"
 * written as "Declan Gallagher accepts ..." puts words in her mouth (QUALITY.md R6; t59q court).
 */
export function wholeSharedSurnames(shared: SharedSurnames, at: number, text: string): string {
	let out = text;
	for (const [surname, names] of shared) {
		const before = names.filter((n) => n.at <= at);
		if (before.length !== 1) continue;
		out = out.replace(mentionRe(surname, names), (m, full: string | undefined, at: number, whole: string) => full ?? (quotedAt(whole, at) ? m : before[0].full));
	}
	return out;
}

/** Does `text` write a surname two people of the article share alone, not as part of either's full name? */
export function bareSharedSurname(shared: SharedSurnames, text: string): boolean {
	for (const [surname, names] of shared) for (const m of text.matchAll(mentionRe(surname, names))) if (m[1] === undefined) return true;
	return false;
}

/**
 * The one full name a bare shared surname said at sentence `at` stands for: the only one of its
 * people the article has named in full by then; undefined where the surname is no shared one, or
 * none or both are named by then.
 */
export function sharedSurnameFull(shared: SharedSurnames, at: number, surname: string): string | undefined {
	const before = shared.get(surname)?.filter((n) => n.at <= at);
	return before?.length === 1 ? before[0].full : undefined;
}

// a full name (group 1, kept) or the surname alone, with a courtesy title before it
function mentionRe(surname: string, names: readonly { full: string }[]): RegExp {
	const fulls = [...names].map((n) => n.full).sort((a, b) => b.length - a.length).map(escapeRe);
	return new RegExp(String.raw`(${fulls.join('|')})|(?<![\p{L}\p{M}’'-])(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?${escapeRe(surname)}(?![\p{L}\p{M}-])`, 'gu');
}
