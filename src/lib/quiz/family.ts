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

/** One mention of a person as `gendersFromOwnWords` reads it: the surname it is filed under, and the sentence text before and after it. */
export interface OwnWordsMention {
	surname: string;
	before: string;
	after: string;
}

const TITLE_MALE = /\b(?:Mr|Sir|Lord)\.?\s$/;
// ("Mx" is a title of no gender, so it gives none)
const TITLE_FEMALE = /\b(?:Mrs|Ms|Miss|Lady|Dame)\.?\s$/;
// ", the father of three", ", a 45-year-old mother of two", ", the victim's widow": the appositive's head noun, before a preposition, clause or stop
const APPOSITIVE = /^,\s(?:a|an|the|(?:his|her|their)|\p{Lu}[\p{L}-]*[’']s)\s((?:[\p{L}\d’'-]+\s){0,3}?[\p{Ll}-]+)(?=[,.;:]|\s(?:of|for|to|with|at|in|from|who|whose|and|since|until)\b|$)/u;

/** The gender the head noun of an appositive gives the one it describes: a kinship noun, or man, woman, boy, girl. */
function headNounGender(phrase: string): 'male' | 'female' | undefined {
	const head = phrase.split(/\s/).pop() ?? '';
	// "the victim's widow": an owner's noun before the head is no word of the person's
	if (/[’']s$/.test(head)) return undefined;
	return kinGender(`${head} `) ?? (/^(?:man|boy)$/.test(head) ? 'male' : /^(?:woman|girl)$/.test(head) ? 'female' : undefined);
}

/**
 * The gender an article's own words give persons, from each mention's title ("Mr", "Mrs", "Ms",
 * "Sir", "Dame"), the kinship noun right before it ("her husband Kári Sveinsson", "his widow,
 * Jana") or the head noun of an appositive after it ("Kári Sveinsson, a father of three", "Jana
 * Holm, the woman who ..."). These outweigh a lexicon of English first names, which files some
 * names of other languages under the other gender (compromise's "Kari" is a woman's; the
 * Icelandic "Kári" is a man's), whereas a pronoun near a name may mean someone else ("Josef
 * Dvořák, a miner ... She ...": his widow), so pronouns are no such evidence. Takes the mentions
 * in any order; returns, by surname, the gender of every person whose own words all give one
 * gender (none with both, none with no such word).
 */
export function gendersFromOwnWords(mentions: readonly OwnWordsMention[]): Map<string, 'male' | 'female'> {
	const votes = new Map<string, Set<'male' | 'female'>>();
	for (const { surname, before, after } of mentions) {
		const apposed = APPOSITIVE.exec(after);
		const said = [TITLE_MALE.test(before) ? 'male' : TITLE_FEMALE.test(before) ? 'female' : undefined, kinGender(before), apposed ? headNounGender(apposed[1]) : undefined] as const;
		for (const gender of said) if (gender) votes.set(surname, (votes.get(surname) ?? new Set()).add(gender));
	}
	const out = new Map<string, 'male' | 'female'>();
	for (const [surname, genders] of votes) if (genders.size === 1) out.set(surname, [...genders][0]);
	return out;
}
