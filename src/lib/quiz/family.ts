import { kinGender } from './speakers';

/** One person fact as `familyMembers` reads it, in article order: the name as written, its surname and the sentence text before it. */
export interface SurnameMention {
	text: string;
	surname: string;
	before: string;
}

/**
 * The mentions (indexes into `mentions`, which are in article order) that name a relative of
 * someone the article has already named by that surname: a full name right after a kinship word
 * ("His mother, Jane Smith, 40, said ...", "her husband Tom Smith") when the surname was written
 * earlier for another ("Mrs Smith", or another first name). Such a relative is another person
 * than the one the surname already means, so the article's persons map (filed by surname) must
 * take neither their full name, nor their gender, nor count them as a mention of the first;
 * later mentions of that full name are the relative's too (QUALITY.md R4: "Her", "the grandmother" resolved to the relative is a wrong referent; R3).
 * A surname first written after a kinship word ("His wife, Jane Smith ... Mrs Smith added") is
 * that relative's own and stays theirs.
 */
export function familyMembers(mentions: readonly SurnameMention[]): Set<number> {
	const out = new Set<number>();
	const seen = new Map<string, Set<string>>();
	const relatives = new Set<string>();
	mentions.forEach((m, i) => {
		const written = seen.get(m.surname);
		if (relatives.has(m.text) || (written && m.text.includes(' ') && !written.has(m.text) && kinGender(m.before) !== undefined)) {
			relatives.add(m.text);
			out.add(i);
		} else seen.set(m.surname, (written ?? new Set()).add(m.text));
	});
	return out;
}

/** A first name and a nickname in quotes right before a lone surname: 'Margaret "Peggy" ' of 'Margaret "Peggy" Smith'. */
const NICKNAMED = /(\p{Lu}\p{Ll}+)\s["“][\p{L} .'’-]{1,20}["”]\s$/u;

/**
 * The full name a lone surname is written with when a first name and a quoted nickname stand
 * right before it ('Margaret "Peggy" ' + 'Smith' → 'Margaret "Peggy" Smith'), else undefined.
 * Takes the sentence text before the surname and the surname. The extractor reads only the
 * surname there, yet the person is named in full (QUALITY.md R4: a stem names them so).
 */
export function nicknamedFull(before: string, surname: string): string | undefined {
	const m = NICKNAMED.exec(before);
	return m ? `${m[0]}${surname}` : undefined;
}
