/**
 * Whether a headline says who did what a false person statement swaps out. A headline is shown
 * while the quiz is played, and "Kiprono smashes course record" over the statement "Kenya's Dominic
 * Rotich broke the course record" (the key Elias Kiprono swapped for another runner) tells the
 * player it is false (the holdout185 reader's R5). The headline mask (masked-headline.ts) does not
 * blank a name a false statement swaps out, since the story's person is printed in the headline in
 * any role; so the generator refuses the swap where the headline gives the key person the
 * statement's own predicate.
 */
import { containsWord } from './words';

// a headline's next clause, whose words tell of something else than its named person's deed
const CLAUSE_END = /(?<![\p{L}\p{M}’'-])(?:as|after|amid|while|despite|when|because|but|following|and)\s|[,:;]|\s[–—-]\s/u;
// words of four letters or more that say nothing of a deed
const EMPTY = new Set(['with', 'from', 'into', 'over', 'that', 'this', 'their', 'them', 'they', 'have', 'been', 'were', 'will', 'would', 'also', 'after', 'before', 'year', 'years', 'first', 'last', 'more', 'than']);

/** The deed words of a predicate: its words of four letters or more, less `EMPTY`, each cut to five letters so "smashes" and "smash", "records" and "record" are one. */
function deedWords(text: string): Set<string> {
	const words = text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
	return new Set(words.filter((word) => !EMPTY.has(word)).map((word) => word.slice(0, 5)));
}

/**
 * Takes the headline, the key person's name as the sentence writes it, and the sentence after
 * that name; returns true when the headline names the person (in full or by surname) and half or
 * more of the deed words of the headline's clause after the name are in the sentence's clause
 * after it ("Kiprono smashes course record" and "broke the course record at ..." share "course"
 * and "record"). A headline that names the person doing something else ("Kiprono thanks
 * coach") gives no swap away.
 */
export function headlineGivesDoer(title: string, name: string, after: string): boolean {
	const words = name.split(/\s+/).filter(Boolean);
	const surname = words.at(-1);
	if (!surname) return false;
	const named = [name, surname].find((form) => containsWord(title, form));
	if (!named) return false;
	const at = title.indexOf(named);
	if (at < 0) return false;
	const headlineDeed = deedWords(title.slice(at + named.length).split(CLAUSE_END)[0]);
	if (headlineDeed.size === 0) return false;
	const statementDeed = deedWords(after.split(/[,;:]/)[0]);
	const shared = [...headlineDeed].filter((word) => statementDeed.has(word)).length;
	return shared * 2 >= headlineDeed.size;
}
