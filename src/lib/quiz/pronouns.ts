import { hasTag } from './lexicon';

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
 * another person ("Karl Ostby called him a pillar. He held ..." stays unresolved), unless the
 * one person it names is `dominant`, the person the article names far more than anyone else
 * of that gender (a court report's defendant: "The court heard Dawson had let his insurance
 * lapse. He had nine points ..."), whom its pronoun then means too. A sentence naming only
 * people of the other gender is passed over.
 */
export function soleReferent(pronoun: 'He' | 'She', earlier: readonly EarlierSentence[], dominant?: string): PersonMention | undefined {
	const gender = pronoun === 'He' ? 'male' : 'female';
	for (const sentence of earlier) {
		if (sentence.persons.length === 0) continue;
		const fitting = new Map(sentence.persons.filter((p) => p.gender === gender).map((p) => [p.surname, p]));
		const unknown = sentence.persons.some((p) => p.gender === undefined);
		if (fitting.size === 0 && !unknown) {
			if (OWN_PRONOUN[gender].test(sentence.text)) return undefined;
			continue;
		}
		if (fitting.size !== 1 || unknown) return undefined;
		const [only] = fitting.values();
		if (OWN_PRONOUN[gender].test(sentence.text) && only.surname !== dominant) return undefined;
		return only;
	}
	return undefined;
}

// people the lexicon does not tag as Actor, yet news writes as "a nurse", "the victim"
const PERSON_NOUNS = new Set(['nurse', 'student', 'pupil', 'victim', 'patient', 'resident', 'pensioner', 'suspect', 'defendant', 'passenger', 'spokesman', 'spokeswoman', 'teenager', 'toddler', 'child']);
const MALE_NOUN = /(?<!wo)man$|^(?:boy|father|son|husband|brother|uncle|nephew|grandfather|grandson|king|prince|dad|monk|priest|widower|lord|duke)$/;
const FEMALE_NOUN = /woman$|(?<!n)ess$|^(?:girl|mother|daughter|wife|sister|aunt|niece|grandmother|granddaughter|queen|mum|mom|nun|widow|bride|lady)$/;
// the indefinite noun phrase a stem opens on, as its five first words ("A former hospital finance manager")
const NOUN_PHRASE = /^(?:An?|One)\s((?:[\p{L}\d’'-]+\s?){1,5})/u;

/**
 * Does `before` (the words of a stem before a pronoun) open on a person named by a common noun
 * that the pronoun can mean: "A former hospital finance manager has been jailed ... from the
 * trust she worked for", "A 10-year-old boy died ... his"? Only an indefinite subject counts:
 * "the president" points back itself, and "serving as a junior minister, he" is "he" described.
 * The noun is a person by the lexicon's Actor tag (or a few it lacks: nurse, victim, pupil ...),
 * and of the pronoun's gender or of none ("manager"; "man" never takes "she"). QUALITY.md R4:
 * the referent is in the stem.
 */
export function personNounBefore(before: string, gender: 'male' | 'female'): boolean {
	const m = NOUN_PHRASE.exec(before);
	for (const noun of m?.[1].split(/\s/) ?? []) {
		if (!/^\p{Ll}/u.test(noun) || (!hasTag(noun, 'Actor') && !PERSON_NOUNS.has(noun))) continue;
		const nounGender = FEMALE_NOUN.test(noun) ? 'female' : MALE_NOUN.test(noun) ? 'male' : undefined;
		return nounGender === undefined || nounGender === gender;
	}
	return false;
}
