/** A person named in a sentence: surname (the key persons are filed under), full name, gender. */
export interface PersonMention {
	surname: string;
	full: string;
	gender?: 'male' | 'female';
}

/** One earlier sentence as the resolver sees it: the persons it names and its own text. */
export interface EarlierSentence {
	persons: PersonMention[];
	text: string;
}

const OWN_PRONOUN: Record<'male' | 'female', RegExp> = {
	male: /\b(he|him|his|himself)\b/i,
	female: /\b(she|her|hers|herself)\b/i
};

/**
 * The one person a sentence-opening "He" or "She" can mean, or undefined when not exactly one
 * fits (QUALITY.md R4: a stem is self-contained, so an unresolved pronoun is never asked).
 * `earlier` are the sentences before it, nearest first (the caller passes the few that can
 * hold the antecedent). The antecedent is sought in the nearest sentence that names anyone:
 * exactly one person of the pronoun's gender must be named there, nobody of unknown gender,
 * and that sentence must not itself use a pronoun of that gender, which would point at yet
 * another person ("Tony Blair called him a giant. He held ..." stays unresolved). A sentence
 * naming only people of the other gender is passed over.
 */
export function soleReferent(pronoun: 'He' | 'She', earlier: readonly EarlierSentence[]): PersonMention | undefined {
	const gender = pronoun === 'He' ? 'male' : 'female';
	for (const sentence of earlier) {
		if (sentence.persons.length === 0) continue;
		const fitting = new Map(sentence.persons.filter((p) => p.gender === gender).map((p) => [p.surname, p]));
		const unknown = sentence.persons.some((p) => p.gender === undefined);
		if (fitting.size === 0 && !unknown) {
			if (OWN_PRONOUN[gender].test(sentence.text)) return undefined;
			continue;
		}
		if (fitting.size !== 1 || unknown || OWN_PRONOUN[gender].test(sentence.text)) return undefined;
		return [...fitting.values()][0];
	}
	return undefined;
}
