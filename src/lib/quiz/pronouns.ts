import { hasTag, tagged } from './lexicon';

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
 * sentence opens on that person and its pronouns are subject ones ("Jo Smith won when she
 * ..."), or unless the
 * one person it names is `dominant`, the person the article names far more than anyone else
 * of that gender (a court report's defendant: "The court heard Dawson had let his insurance
 * lapse. He had nine points ..."), whom its pronoun then means too. A sentence naming only
 * people of the other gender is passed over, unless it uses a pronoun of that gender, which
 * points at someone unnamed, and does not open on the same pronoun, which carries the chain's
 * person on (centering: "She was born ... to Emmanuel Okafor and his wife. She was educated ..."). Persons are told apart by their full names (two
 * who share a surname are two), and two of that gender in the last two sentences leave it
 * unresolved.
 */
export function soleReferent(pronoun: 'He' | 'She', earlier: readonly EarlierSentence[], dominant?: string): PersonMention | undefined {
	const gender = pronoun === 'He' ? 'male' : 'female';
	// two people of that gender in the last two sentences ("Laura Ashworth and her mother Peggy
	// Ashworth"): either may be meant, unless the nearer names only the dominant one
	const near = earlier.slice(0, 2).map((s) => s.persons.filter((p) => p.gender === gender));
	const nearest = near.find((persons) => persons.length > 0) ?? [];
	if (new Set(near.flat().map((p) => p.full)).size > 1 && !(dominant && nearest.every((p) => p.surname === dominant))) return undefined;
	for (const sentence of earlier) {
		if (sentence.persons.length === 0) {
			// "Born in 1965, the new Archbishop was ordained ... He was appointed ...": a person the
			// sentence describes without a name is the nearer one the pronoun may mean (the holdout35 reader's R6)
			if (describesPerson(sentence.text, gender)) return undefined;
			continue;
		}
		const fitting = new Map(sentence.persons.filter((p) => p.gender === gender).map((p) => [p.full, p]));
		const unknown = sentence.persons.some((p) => p.gender === undefined);
		if (fitting.size === 0 && !unknown) {
			// "She was born in Onitsha, the fourth child of Emmanuel Okafor and his wife": a sentence that opens
			// on the pronoun carries the same person on, whoever of the other gender it names after it
			if (OWN_PRONOUN[gender].test(sentence.text) && !sentence.text.startsWith(`${pronoun} `)) return undefined;
			continue;
		}
		if (fitting.size !== 1 || unknown) return undefined;
		const [only] = fitting.values();
		if (OWN_PRONOUN[gender].test(sentence.text) && only.surname !== dominant && !ownSubjectPronoun(sentence.text, only.surname, gender)) return undefined;
		// "The 29-year-old from Wigan closed with a 67 ... to win by two shots from Argentina's Joaquín
		// Ferreyra. He is the first Englishman ...": a person described before anyone is named is the
		// sentence's subject, whom the pronoun means (the holdout68 reader's R6: "Joaquín Ferreyra is the first Englishman")
		if (describedBeforeNames(sentence, gender)) return undefined;
		return only;
	}
	return undefined;
}

// "the new Archbishop", "the 61-year-old", "the former minister": "the" and up to three words after it
const DESCRIBED = /\b[Tt]he((?:\s[\p{L}\d-]+){1,3})/gu;

/**
 * Does a sentence that names no one describe a person by a definite noun phrase whom a pronoun
 * of `gender` may mean: "the new Archbishop", "the 61-year-old", "the former minister"? A word of
 * the phrase is a person by the lexicon's Actor tag, `PERSON_NOUNS` or an age, and of that gender or none.
 */
function describesPerson(text: string, gender: 'male' | 'female'): boolean {
	for (const m of text.matchAll(DESCRIBED)) {
		for (const word of m[1].trim().split(' ')) {
			const noun = word.toLowerCase();
			if (!/-year-old$/.test(noun) && !hasTag(noun, 'Actor') && !PERSON_NOUNS.has(noun)) continue;
			const sex = nounSex(noun);
			if (sex === undefined || sex === gender) return true;
		}
	}
	return false;
}

/**
 * Does a sentence open on a person of `gender` (or of none) described by a definite noun phrase,
 * its subject: "The 29-year-old from Wigan closed ... from Argentina's Joaquín Ferreyra"? A
 * description the name follows right after is that name's own ("The 29-year-old Tom Ashworth"),
 * and one of a possessive describes a thing ("In the women’s race").
 */
function describedBeforeNames(sentence: EarlierSentence, gender: 'male' | 'female'): boolean {
	const m = /^The(?:\s[\p{L}\d-]+){1,3}(?![\p{L}\d’'-])/u.exec(sentence.text);
	if (!m || !describesPerson(m[0], gender)) return false;
	const at = Math.min(...sentence.persons.map((p) => (sentence.text.includes(p.full) ? sentence.text.indexOf(p.full) : sentence.text.indexOf(p.surname))).filter((i) => i >= 0));
	return !/^The(?:\s[\p{L}\d-]+){1,3}\s$/u.test(sentence.text.slice(0, at));
}

// ", he later said,", ", she recalled,": an attribution between commas, its pronoun the speaker's
const ATTRIBUTION_ASIDE: Record<'male' | 'female', RegExp> = {
	male: /,\s(?:he|He)\s(?:[\p{Ll}]+ly\s|later\s|once\s|then\s|has\s|had\s)?(?:said|says|recalled|recalls|told [\p{L} ]{1,30}|added|wrote|writes|remembered|joked|admitted|explained|claimed|insisted)(?:,|\s(?:in|to|of)\b)/u,
	female: /,\s(?:she|She)\s(?:[\p{Ll}]+ly\s|later\s|once\s|then\s|has\s|had\s)?(?:said|says|recalled|recalls|told [\p{L} ]{1,30}|added|wrote|writes|remembered|joked|admitted|explained|claimed|insisted)(?:,|\s(?:in|to|of)\b)/u
};
const OBJECT_PRONOUN: Record<'male' | 'female', RegExp> = { male: /\b(him|himself)\b/i, female: /\b(her|hers|herself)\b/i };

/**
 * Do a sentence's own pronouns of `gender` all point at the person it opens on: the sentence
 * opens on their name ('Jane "Jo" Smith, 70, finished the race when she ...') and has no
 * object or possessive pronoun of that gender ("called her", "her son"), only subject ones
 * ("she") or, for a man, "his", which then mean the subject. Takes the sentence text, the
 * person's surname and the gender. "Karl Ostby called him a pillar" stays another person's.
 */
function ownSubjectPronoun(text: string, surname: string, gender: 'male' | 'female'): boolean {
	const at = text.indexOf(surname);
	if (at < 0 || OBJECT_PRONOUN[gender].test(withoutOwnPossessives(text, at + surname.length))) return false;
	// "Olaiya, he later said, "paid badly ..."": the speaker of an attribution set in commas after the name
	// talks about that person, so is someone else (the holdout127 reader's R6: the obituary's subject's band
	// was given to his old bandleader)
	if (ATTRIBUTION_ASIDE[gender].test(text.slice(at + surname.length))) return false;
	// "Tighe, who was crowdfunded ..., said he ...": a sentence may open on the surname alone
	return /^(?:\p{Lu}[\p{L}’'.-]*\s|["“][\p{L} .’'-]{1,20}["”]\s){0,3}$/u.test(text.slice(0, at));
}

/**
 * The text with the possessive "her" of a relative clause on "who" right after the name that
 * ends at `end` taken out: in "Hanazawa, who began climbing in her 50s after the death of her
 * husband, has ...", the clause is about the one it follows, so "her" before a noun or a number
 * is hers, unlike "her" as an object ("who praised her, ...") or before an article.
 */
function withoutOwnPossessives(text: string, end: number): string {
	const clause = /^,\s(?:who|whose)\s[^,;:"“”]+,/.exec(text.slice(end))?.[0];
	if (!clause) return text;
	const own = clause.replace(/\bher\s(?=\d|(?!(?:a|an|the|to|that|this|and|as|in|on|at|for|with|from|by|of|up|out|off|down|back|away|again|too)\b)\p{Ll})/gu, '');
	return text.slice(0, end) + own + text.slice(end + clause.length);
}

// people the lexicon does not tag as Actor, yet news writes as "a nurse", "the victim"
// ("arrested a senior local government official ... over allegations that he diverted ...": "he" is the official, and
// written as the name the next sentence gives him it read as a second person, the holdout185 reader's R4)
const PERSON_NOUNS = new Set(['nurse', 'student', 'pupil', 'victim', 'patient', 'resident', 'pensioner', 'suspect', 'defendant', 'passenger', 'spokesman', 'spokeswoman', 'teenager', 'toddler', 'child', 'official', 'executive', 'candidate', 'engineer']);
const MALE_NOUN = /(?<!wo)man$|^(?:boy|father|son|husband|brother|uncle|nephew|grandfather|grandson|king|prince|dad|monk|priest|widower|lord|duke)$/;
const FEMALE_NOUN = /woman$|(?<!n)ess$|^(?:girl|mother|daughter|wife|sister|aunt|niece|grandmother|granddaughter|queen|mum|mom|nun|widow|bride|lady)$/;

/** The sex a noun gives the one it names ("spokeswoman", "the Donaghadee man", "widow"); undefined where it gives none. Lower-case. */
export function nounSex(noun: string): 'male' | 'female' | undefined {
	return FEMALE_NOUN.test(noun) ? 'female' : MALE_NOUN.test(noun) ? 'male' : undefined;
}
// an indefinite noun phrase, as its five first words: the subject a stem opens on ("A former
// hospital finance manager") or the object of a past verb ("sentenced a former mayor"); never one
// after "as" ("serving as a junior minister, he": "he" described, not named)
// "In Extremadura, an 82-year-old man was found dead at his home": a leading place or time phrase before it
// "The victim, a 41-year-old man from ..., was walking ... when he": an appositive after the subject says who it is;
// a blank stands for a word of the phrase ("A _____ student had his bicycle taken");
// "a rock that an Argentine farmer pulled out of his soybean field": the subject of a clause the stem opens
// "... and a 71-year-old man was flown to hospital with burns to his arms": the subject of a clause joined by "and" or "but" (the holdout101 reader's R6, "his" given to the fire commander)
// up to five words of a noun phrase and the "who" that makes it a person's
const PERSON_WHO = /^(?:[\p{L}\d’'-]+\s){1,5}?who\s/u;
const NOUN_PHRASE = /(?:^(?:An?|One)|^(?:In|At|On|Near|Outside) [^,]{1,40}, an?|^The (?:[\p{Ll}-]+ ){0,2}?[\p{Ll}-]+, an?|\s\p{Ll}+ed\san?|\s(?:that|when|after|before|because|while|until|and|but|whereas) an?)\s(?=((?:[\p{L}\d’'_-]+\s?){1,5}))/gu;

/**
 * Does `before` (the words of a stem before a pronoun) open on a person named by a common noun
 * that the pronoun can mean: "A former hospital finance manager has been jailed ... from the
 * trust she worked for", "A 10-year-old boy died ... his", "A court sentenced a former mayor
 * ... for his role"? Only an indefinite subject or the indefinite object of a past verb counts:
 * "the president" points back itself, and "serving as a junior minister, he" is "he" described.
 * The noun is a person by the lexicon's Actor tag (or a few it lacks: nurse, victim, pupil ...),
 * or by the "who" clause after it ("a former church treasurer who stole ...", of any gender),
 * and of the pronoun's gender or of none ("manager"; "man" never takes "she"). A phrase put before the
 * pronoun as its apposition ("A former social worker, she ...") only describes. QUALITY.md R4:
 * the referent is in the stem.
 */
export function personNounBefore(before: string, gender: 'male' | 'female'): boolean {
	for (const m of before.matchAll(NOUN_PHRASE)) {
		// "A former social worker, she was first elected": a phrase set before the pronoun as its apposition describes
		// the one the pronoun means, as "serving as a junior minister, he" does, and names no one (a holdout90 reader's R4)
		if (/^[^,;:.]*,\s*$/.test(before.slice(m.index + m[0].length))) continue;
		// "A former church treasurer who stole ... from her parish": a noun a "who" clause follows is a person's,
		// whatever the lexicon knows of it ("treasurer", "trustee"; "Gillian Harcourt's parish" was a dev145 reader's R6)
		if (PERSON_WHO.test(before.slice(m.index + m[0].length))) return true;
		for (const noun of m[1].split(/\s/)) {
			if (!/^\p{Ll}/u.test(noun) || (!hasTag(noun, 'Actor') && !PERSON_NOUNS.has(noun))) continue;
			const nounGender = nounSex(noun);
			if (nounGender === undefined || nounGender === gender) return true;
			break;
		}
	}
	return false;
}

/** One sentence as `gendersFromPronouns` reads it: its text, paragraph and the persons it names with where each mention ends. */
export interface NamingSentence {
	text: string;
	paragraph: number;
	mentions: { surname: string; end: number }[];
}

// '"He would arrive with sandwiches," she said.': a quote, then its speaker's pronoun and verb of saying
const QUOTE_GOES_ON = /^[“"][^“”"]+[,.?!]?[”"],? (he|she) (?:said|added|says|adds|recalled)\b/;
const HE = /\b(?:he|him|his|himself)\b/gi;
// the name's own verb, then "him" or an object "her" (before a preposition, "as", "that" or a stop, not a noun it owns)
const OBJECT_OF_OWN_VERB = /^,?\s+(?:(?:has|had|have|also|then|later|once|never|always)\s+)?\p{Ll}+(?:ed|s)?\s+(?:him|her(?=\s+(?:as|to|for|with|on|in|at|that|about|of|by)\b|[,.;]))\b/u;
const SHE = /\b(?:she|her|hers|herself)\b/gi;

/**
 * The gender the article's own pronouns give persons whose first name does not ("João Batista
 * Mourão", "Dr. Luíza Tavares"): in a sentence that names one person only, the pronouns after the
 * last mention of them (outside quotes, with no person noun such as "judge" or "wife" between,
 * which the pronoun may mean instead, and none of that gender before the name, which means someone
 * else), and a next sentence of the paragraph that opens on "He",
 * "She", "His" or "Her" (any person it names later is not the pronoun's), unless `nextOpening` is
 * false, which reads the naming sentences' own pronouns only. Returns, by surname, the gender of every person whose
 * pronouns are all of one gender; persons with none, or with both, are left out. A quote that the next
 * sentence goes on with ('"...," she said.') gives the pronoun of the one the sentence names as its speaker ("Kellow,
 * who staged his last show, said"; not "Mark Rowe was arrested, police said"), which outweighs that sentence's own
 * pronouns, never theirs elsewhere. QUALITY.md R4:
 * a pronoun is resolved only when exactly one referent fits, so a person of unknown gender would
 * otherwise block every "he" near them.
 */
export function gendersFromPronouns(sentences: readonly NamingSentence[], { nextOpening = true }: { nextOpening?: boolean } = {}): Map<string, 'male' | 'female'> {
	// each vote with the index of the naming sentence it came from, so that a speaker's own pronoun outweighs only those
	const votes = new Map<string, { at: number; gender: 'male' | 'female' }[]>();
	const vote = (surname: string, gender: 'male' | 'female', at: number) => votes.set(surname, [...(votes.get(surname) ?? []), { at, gender }]);
	// the speaker's own pronoun in the quote that goes on, and the sentences that named them as its speaker
	const speaker = new Map<string, { genders: Set<'male' | 'female'>; at: Set<number> }>();
	sentences.forEach((s, i) => {
		const named = new Set(s.mentions.map((m) => m.surname));
		if (named.size !== 1) return;
		const [surname] = named;
		const end = Math.max(...s.mentions.map((m) => m.end));
		const after = s.text.slice(end).replace(/“[^”]*”?|"[^"]*"?/g, ' ');
		// '"There was a cry in his sound," said Professor Lindiwe Ntuli, who played in his quartet':
		// a pronoun before the person is named, quoted or not, is someone else's, and so may be those after
		const before = s.text.slice(0, Math.min(...s.mentions.map((m) => m.end)));
		for (const [re, gender] of [[HE, 'male'], [SHE, 'female']] as const) {
			if (OWN_PRONOUN[gender].test(before)) continue;
			for (const m of after.matchAll(re)) {
				// "said that reading it as a teenager had shown him": a noun after "as a" describes the one named, no other
				// person; after "such as a" it is another person ("volunteers such as a plumber, who said he": the reviewer's find)
				const between = after.slice(0, m.index).toLowerCase().replace(/(?<!\bsuch )\bas an? [\p{L}-]+/gu, ' ').match(/\p{L}+/gu) ?? [];
				// "Annette Corby described him as ...", "Ms Lund thanked her for ...": the object of the person's own verb is
				// someone else (binding theory's Principle B: an object pronoun is free in its clause; its own
				// would be "himself"), though a clause of its own may refer back ("said it had shown him")
				if (OBJECT_OF_OWN_VERB.test(after.slice(0, m.index + m[0].length + 12))) continue;
				if (!between.some((w) => hasTag(w, 'Actor') || PERSON_NOUNS.has(w) || MALE_NOUN.test(w) || FEMALE_NOUN.test(w))) vote(surname, gender, i);
			}
		}
		if (!nextOpening) return;
		const next = sentences[i + 1];
		// '"He would arrive with sandwiches," she said.': a quote the next sentence of the paragraph goes on with, naming
		// no one, is the named speaker's, and its pronoun is theirs whatever "his" or "he" the speaker used of another
		// ("The conductor Aoife Brennan, who gave the premiere of his Fourth Symphony, said": a dev157s obituary); only a
		// sentence that names them as its speaker makes the quote theirs ("Mark Rowe was arrested at his home, police said."
		// then '"We thank the public," she said.': the police's spokeswoman, the session-51 reviewer's find)
		const goesOn = next && next.paragraph === s.paragraph && next.mentions.length === 0 ? QUOTE_GOES_ON.exec(next.text)?.[1] : undefined;
		if (goesOn && s.mentions.some((m) => namedAsSpeaker(s.text, surname, m.end))) {
			const own = speaker.get(surname) ?? { genders: new Set(), at: new Set() };
			own.genders.add(goesOn === 'he' ? 'male' : 'female');
			own.at.add(i);
			speaker.set(surname, own);
		}
		// "She outsprinted Kenya's Joyline Chepngeno": an opening pronoun never means a name later in its own sentence
		const opening = next && next.paragraph === s.paragraph && !next.mentions.some((m) => m.surname === surname) ? /^(He|His|She|Her) /.exec(next.text)?.[1] : undefined;
		const gender = opening === 'He' || opening === 'His' ? 'male' : 'female';
		if (opening && !OWN_PRONOUN[gender].test(before)) vote(surname, gender, i);
	});
	const out = new Map<string, 'male' | 'female'>();
	for (const [surname, cast] of votes) {
		const genders = new Set(cast.map((v) => v.gender));
		if (genders.size === 1) out.set(surname, [...genders][0]);
	}
	for (const [surname, own] of speaker) {
		// the speaker's pronoun outweighs the "his" of their own naming sentence, never their pronouns elsewhere
		const genders = new Set([...own.genders, ...(votes.get(surname) ?? []).filter((v) => !own.at.has(v.at)).map((v) => v.gender)]);
		if (genders.size === 1) out.set(surname, [...genders][0]);
		else out.delete(surname);
	}
	return out;
}

// "Siobhan Kellow, who staged his last show, said", "Kellow told", "Councillor Ann Reid (Labour, Eastgate) said": the
// verb of saying the named one is subject of
const SPEAKER_AFTER = /^(?:\s\([^()"“”]*\))?(?:,[^"“”,]*(?:,[^"“”,]*)?,)?\s(?:(?:has|had|also|later|then)\s)?(?:said|says|told|tells|added|adds|recalled|recalls)\b/;
// "said Professor Lindiwe Ntuli", "according to Dr Anita Desai": a verb of saying, then titles and names before the surname
const SPEAKER_BEFORE = /(?:\b(?:said|says|added|adds|recalled|recalls)|\baccording to)\s(?:[\p{Lu}][\p{L}\p{M}.’'-]*\s){0,4}$/u;

/**
 * Does a sentence (`text`) name the person whose surname ends at `end` as its speaker: "Siobhan Kellow, who staged his
 * last show in 2022, said", "said Professor Anita Desai"? Not "Mark Rowe was arrested at his home, police said": a quote
 * that goes on from that sentence is the police's.
 */
function namedAsSpeaker(text: string, surname: string, end: number): boolean {
	return SPEAKER_AFTER.test(text.slice(end)) || SPEAKER_BEFORE.test(text.slice(0, end - surname.length));
}

/**
 * Does a who-said stem's own wording (its quotes left out) carry a "he", "him", "his", "she" or "her" of the other
 * sex than the speaker (`speaker`), so that it means someone else, whom the stem never names: "Who said on Monday
 * that he had been 'the kindest teacher'?" asked of a woman (QUALITY.md R4; a dev157s obituary reader's R4, who found
 * the obituary's subject among the options)? False when the speaker's sex is unknown: a man's "he" may be himself.
 * `named` gives the sex (undefined where unknown) of each other person the stem names outside its quotes: one who can
 * take the pronoun is its referent ("Who said that Maria Lopez would keep her seat?" asked of a man), so it is no fault.
 */
export function otherSexPronoun(stem: string, speaker: 'male' | 'female' | undefined, named: readonly ('male' | 'female' | undefined)[] = []): boolean {
	if (!speaker) return false;
	if (named.some((gender) => gender !== speaker)) return false;
	const own = stem.replace(/“[^”]*”|"[^"]*"/g, ' ');
	return (speaker === 'female' ? /\b(?:he|him|his)\b/i : /\b(?:she|her|hers)\b/i).test(own);
}

// "From Vámos ", "With Okafor, ", "Under _____ ": a preposition and a name (or the name's blank) that open a stem
const FRONTED_NAME = /^(?:From|With|Under|Alongside|Like|Unlike|Besides|Beside|Through|Against|Behind|Before|After|Beyond|Without) (?:_____|\p{Lu}[\p{L}\p{M}’'.-]*(?: \p{Lu}[\p{L}\p{M}’'.-]*){0,2}),? $/u;

/**
 * Is `before` (a stem's words before a subject "he" or "she") only a preposition and a name: "From Vámos he took a love
 * of folk song", "Under _____ she trained"? The one so named is whom the subject learnt from, met or worked with, never
 * the subject, so the pronoun names no one the stem gives (QUALITY.md R4; a dev157s obituary reader's R4).
 */
export function frontedName(before: string): boolean {
	return FRONTED_NAME.test(before);
}

// "used most of ", "spent part of ": a share of a whole an "it" or "them" after it stands for
const SHARE_OF = /\b(?:most|much|all|some|part|half|none|any|the rest|a third|a quarter|a fraction) of $/;

/**
 * Does a share's "it" or "them" (`before` is the stem up to the pronoun) stand for a whole that `before` never gives:
 * "Raúl Ferreira used most of it to fund a gambling habit" (of the stolen money; a dev150 fraud story)? A sum, a
 * number, a blank or a common noun before it ("stole £1.2m ..., spending part of it") may be the whole, and then it
 * is left to the other checks (QUALITY.md R4).
 */
export function shareOfUnsaid(before: string): boolean {
	if (!SHARE_OF.test(before)) return false;
	const whole = before.replace(SHARE_OF, '');
	if (/[\d$£€¥]|_____/.test(whole)) return false;
	// read in context: an inflected plural ("passengers") is in no lexicon entry of its own; a relative aside's nouns
	// ("Nowak, who ran the club's accounts, lost all of it") describe a person, never the whole
	return !tagged(whole.replace(/,\s(?:who|whom|whose|which)\b[^,]*,/g, ',')).some((term) => /^\p{Ll}/u.test(term.text) && term.tags.includes('Noun') && !term.tags.includes('Pronoun'));
}

// "In _____ ", "In 1994, ", "Later ", "Together ": an opening that gives a time and no one
const TIME_ONLY = /^(?:(?:In|By|From|After|Since|Until|During|On) (?:_____|\d{4}s?|the \d{4}s|(?:\p{Lu}\p{Ll}+ )?\d{4})|Later|Then|Together|Soon after|Eventually),? $/u;

/**
 * Is `before` (a stem's words before a subject "they") only a time: "In _____ they founded a festival" (the couple of
 * an obituary, a dev147 reader's kind of R4), "Later they moved"? Then "they" names no one the stem gives.
 */
export function timeOnlyBefore(before: string): boolean {
	return TIME_ONLY.test(before);
}
