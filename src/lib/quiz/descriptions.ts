import type { Fact } from './facts';
import { tagsOf } from './lexicon';
import type { Article, Sentence } from './types';
import { escapeRe } from './words';
import { bodyLines } from './article';

/**
 * Descriptions of a person or a team that open a sentence of a match report, a court report or
 * a profile: "The 23-year-old striker rose highest ...", "The judge said ...", "They have 34
 * points ...". QUALITY.md R4 asks for a self-contained stem, so each is written as the one name
 * the article gives it, and a clause whose description fits no one or several is not asked
 * (the rule: resolve only when exactly one referent fits).
 */

/** What the resolver reads of an article's generation context (generate.ts's Context has it). */
export interface DescriptionSource {
	article: Article;
	sentences: Sentence[];
	/** The typed facts of each sentence, by sentence index. */
	facts: Fact[][];
	/** The article's persons by surname, with the fullest name it gives each, their gender where known and how often the article names them. */
	persons: ReadonlyMap<string, { full: string; surname: string; gender?: 'male' | 'female'; mentions: number }>;
}

/** How many characters open the clause and the name to write in their place. */
export interface Described {
	length: number;
	phrase: string;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}’'-]+(?: \p{Lu}[\p{L}\p{M}’'-]+){0,3}`;
// positions whose player the sentence before may name as the scorer ("Bradshaw gave them the lead. The forward ...")
const ATTACKING = ['striker', 'forward', 'winger', 'midfielder', 'playmaker'];
const POSITIONS = [...ATTACKING, 'goalkeeper', 'keeper', 'defender', 'full-back', 'centre-back', 'centre-half', 'substitute'];
const GOAL = /\b(?:scored|scores|goals?|lead|equalis\w+|equaliz\w+|netted|nets|header|headed|penalty|opener|winner|hat-trick|brace|finish\w*)\b/i;
// "The 38-year-old, a former teacher from Leeds, was ...": an appositive may follow the age
const OPENING_AGE = /^The (\d{1,3})-year-old(?: ([\p{L}-]+))?(?=,? (\p{Lu})?)/u;
/** Tags of words that end a description's noun phrase: a verb, or a word that opens another phrase. */
const PHRASE_END_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Copula', 'Modal', 'Auxiliary', 'Adverb', 'Participle', 'Gerund', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Possessive']);

/** Past forms the lexicon files as nouns ("rose", "won") or as bare infinitives ("read", "quit"), and the relatives that close a noun phrase. */
const PAST_AS_NOUN = /^(?:rose|fell|won|lost|beat|hit|left|set|put|cut|struck|drew|took|made|came|went|saw|gave|held|met|began|broke|brought|ran|sold|sent|spent|told|wrote|grew|led|read|let|quit|hurt|shed|split|spread|upset|who|which|that)$/;

/**
 * The words that go on the noun phrase an age opens, read from `rest` (the text after "The
 * 24-year-old"): at most three words before a verb, a punctuation mark or the first word of
 * another phrase (" Spain international" before "has signed", " Welsh striker", " Lancashire
 * batter" before ", playing", "" before "rose" or "from"). Undefined when the phrase runs on past three words, for a name written in
 * place of part of a phrase breaks the clause ("Álvaro Ruiz Montero international has signed";
 * QUALITY.md R1).
 */
export function descriptionAfterAge(rest: string): string | undefined {
	let length = 0;
	for (let count = 0; count <= 3; count++) {
		const word = /^ ([\p{L}’'-]+)/u.exec(rest.slice(length));
		const lower = word?.[1].toLowerCase() ?? '';
		// "The 24-year-old Lancashire batter, playing ...": a word the lexicon files only as a bare
		// infinitive is no verb of a singular "The 24-year-old", but the noun its phrase ends on
		// ("Daniel Okafor batter, playing" was written otherwise; QUALITY.md R1)
		const filed = tagsOf(lower);
		const tags = filed.length === 1 && filed[0] === 'Infinitive' ? [] : filed;
		// "The 23-year-old sealed the win": a past form the lexicon files as an adjective is the verb where an
		// article or a possessive follows it, as no adjective of the phrase is (a holdout131 match report's "Callum Mackie the win", R1)
		const object = /^ (?:the|a|an|his|her|their|its)\b/.test(rest.slice(length + (word?.[0].length ?? 0)));
		if (!word || tags.some((t) => PHRASE_END_TAGS.has(t)) || PAST_AS_NOUN.test(lower) || (/ed$/.test(lower) && (!tags.includes('Adjective') || object))) return rest.slice(0, length);
		if (count === 3) return undefined;
		length += word[0].length;
	}
	return undefined;
}
const OPENING_POSITION = new RegExp(String.raw`^The (?:([\p{Ll}-]+) )?(${POSITIONS.join('|')})(?= )`, 'u');
const OPENING_COURT = /^The (judge|prosecutor|coroner|recorder|sheriff)(?= )/;
// "They have 64 points", "They sit third": a sports table, where "They" is the team the sentence before opens on
const OPENING_THEY = /^They (?=\p{Ll})/u;
const TABLE = /\b(?:points?|matches|games|league|table|wins?|defeats?|draws?|goals?|unbeaten|relegation|promotion|play-offs?)\b/;
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Copula', 'Modal', 'Auxiliary', 'Adverb']);
// "The 26-year-old's time was ...": the age owns what follows
const OWNING_AGE = /^The (\d{1,3})-year-old(?=[’']s )/u;
// a finite verb, which makes a clause: "fading" or "on" does not, "beat" or "had" does
const CLAUSE_VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Verb', 'Copula', 'Modal', 'Auxiliary']);

// the titles a court report writes its officers with: "Judge Sarah Holt", "Mr Justice Smith", "prosecutor Helen Marsh"
const COURT_TITLES: Record<string, RegExp[]> = {
	judge: [new RegExp(String.raw`\b((?:District |Circuit |Deputy )?Judge|(?:Mr|Mrs|Ms) Justice) (${NAME})`, 'gu')],
	prosecutor: [new RegExp(String.raw`\b([Pp]rosecutor) (${NAME})`, 'gu'), new RegExp(String.raw`\b([Pp]rosecuting),? (${NAME})`, 'gu'), new RegExp(String.raw`()(${NAME}), prosecuting\b`, 'gu')],
	coroner: [new RegExp(String.raw`\b((?:Senior |Assistant |Area )?[Cc]oroner) (${NAME})`, 'gu')],
	recorder: [new RegExp(String.raw`\b(Recorder) (${NAME})`, 'gu')],
	sheriff: [new RegExp(String.raw`\b(Sheriff) (${NAME})`, 'gu')]
};

function lastWord(name: string): string {
	return name.split(' ').at(-1)!.replace(/[’']s$/, '');
}

/** The article's person whose surname ends `name`, or undefined when it names no such person. */
function personOf(source: DescriptionSource, name: string): { full: string; surname: string; gender?: 'male' | 'female' } | undefined {
	return source.persons.get(lastWord(name));
}

/**
 * The ages the article states for its persons, by surname: "Jason Dawson, 34,", "23-year-old
 * striker Daniel Okafor", "Dr Emily Carter, a 41-year-old GP", "Okafor (23)".
 */
function statedAges(source: DescriptionSource): Map<string, Set<number>> {
	// read once per article: every "The 23-year-old" of a long article asks again
	const known = AGES.get(source.article);
	if (known) return known;
	const ages = readAges(source);
	AGES.set(source.article, ages);
	return ages;
}

const AGES = new WeakMap<object, Map<string, Set<number>>>();

// built once, not per call: V8 drops a `new RegExp` from its cache after two major GCs and compiles it again, which for a Unicode class costs milliseconds
const AGED_NAME = new RegExp(String.raw`(${NAME}),? (?:\((\d{1,3})\)|(\d{1,3}),|an? (\d{1,3})-year-old\b)`, 'gu');
const AGE_THEN_NAME = new RegExp(String.raw`\b(\d{1,3})-year-old (?:[\p{Ll}-]+ ){0,3}(${NAME})`, 'gu');

function readAges(source: DescriptionSource): Map<string, Set<number>> {
	const text = bodyLines(source.article);
	const ages = new Map<string, Set<number>>();
	const add = (name: string, age: string) => {
		const p = personOf(source, name);
		if (!p) return;
		const set = ages.get(p.surname) ?? new Set<number>();
		set.add(Number(age));
		ages.set(p.surname, set);
	};
	for (const m of text.matchAll(AGED_NAME)) add(m[1], m[2] ?? m[3] ?? m[4]);
	for (const m of text.matchAll(AGE_THEN_NAME)) add(m[2], m[1]);
	return ages;
}

/** The distinct persons a sentence names, by surname. */
function personsNamed(source: DescriptionSource, index: number): string[] {
	return [...new Set(source.facts[index].filter((f) => f.type === 'person' && f.surname).map((f) => f.surname!))];
}

/** The sentence before `sentence` when it is in the same paragraph or the one before, else undefined. */
function previousOf(source: DescriptionSource, sentence: Sentence): Sentence | undefined {
	const previous = sentence.index > 0 ? source.sentences[sentence.index - 1] : undefined;
	return previous && previous.paragraph >= sentence.paragraph - 1 ? previous : undefined;
}

/** The persons the article introduces with a position noun: "striker Daniel Okafor", "Dylan Levitt, the Welsh midfielder". */
function positionHolders(source: DescriptionSource, position: string): Set<string> {
	const text = bodyLines(source.article);
	const nouns = position === 'keeper' || position === 'goalkeeper' ? 'goalkeeper|keeper' : position;
	const holders = new Set<string>();
	for (const m of text.matchAll(new RegExp(String.raw`\b(?:${nouns}) (${NAME})`, 'giu'))) {
		const p = personOf(source, m[1]);
		if (p) holders.add(p.surname);
	}
	for (const m of text.matchAll(new RegExp(String.raw`(${NAME}), (?:the|a|an) (?:[\p{L}-]+ ){0,2}(?:${nouns})\b`, 'gu'))) {
		const p = personOf(source, m[1]);
		if (p) holders.add(p.surname);
	}
	return holders;
}

/**
 * The one person the sentence before names, for a description it introduces: undefined when it
 * names nobody or several, or (for `needsGoal`) says nothing of a goal.
 */
function namedJustBefore(source: DescriptionSource, sentence: Sentence, needsGoal: boolean): string | undefined {
	const previous = previousOf(source, sentence);
	if (!previous) return undefined;
	const named = personsNamed(source, previous.index);
	if (named.length !== 1 || (needsGoal && !GOAL.test(previous.text))) return undefined;
	return named[0];
}

/**
 * The person the sentence before opens on as its subject ("Ukraine's Daria Melnyk won ...",
 * "The British-Nigerian writer Jane Doe has won ..."), for a news lead's next "The 22-year-old":
 * only when every other person that sentence names has another age stated in the article, so
 * exactly one person fits the age. Undefined otherwise.
 */
function subjectJustBefore(source: DescriptionSource, sentence: Sentence, ages: Map<string, Set<number>>, age: number): string | undefined {
	const previous = previousOf(source, sentence);
	if (!previous) return undefined;
	const persons = source.facts[previous.index].filter((f) => f.type === 'person' && f.surname);
	const first = persons[0];
	if (!first) return undefined;
	const lead = previous.text.slice(0, first.span.start);
	// nothing before the name but a possessive place or "The <adjective> <noun>"
	if (lead !== '' && !/^\p{Lu}[\p{L}\p{M}-]+[’']s $/u.test(lead) && !/^The (?:[\p{L}-]+ ){1,3}$/u.test(lead)) return undefined;
	const verb = /^ (\p{Ll}+)/u.exec(previous.text.slice(first.span.end))?.[1];
	if (!verb || !tagsOf(verb).some((t) => VERB_TAGS.has(t))) return undefined;
	const others = new Set(persons.map((f) => f.surname!).filter((s) => s !== first.surname));
	if ([...others].some((s) => !ages.has(s) || ages.get(s)!.has(age))) return undefined;
	return first.surname;
}

/** "The 23-year-old (striker)": the one person of that age the article states, else the one the sentence before names. */
function byAge(source: DescriptionSource, sentence: Sentence, age: number, noun: string | undefined): string | undefined {
	const ages = statedAges(source);
	const ofAge = [...ages].filter(([, set]) => set.has(age)).map(([surname]) => surname);
	if (ofAge.length > 1) return undefined;
	if (ofAge.length === 1) return ofAge[0];
	const position = noun && POSITIONS.includes(noun) ? noun : undefined;
	const just = namedJustBefore(source, sentence, position !== undefined && ATTACKING.includes(position));
	// the one person the sentence before names may be the other side, of another age ("stopped
	// Mexico's Luis Ángel Carrasco", who is 31), where the name the facts missed is the one meant
	const surname = position ? just : just !== undefined && !ages.has(just) ? just : ((just === undefined ? subjectJustBefore(source, sentence, ages, age) : undefined) ?? onlyUnagedJustBefore(source, sentence, ages, age));
	if (!surname || ages.has(surname)) return undefined;
	// a goalkeeper or defender is never assumed to be the scorer the sentence before names
	if (position && !ATTACKING.includes(position)) return undefined;
	return surname;
}

/**
 * The one person the sentence before names (by surname, wherever in it) whose age the article
 * never states, for the sports lead's next "The 24-year-old ...": "Belgium's Jonas Vercauteren
 * won ... as Italy's Lorenzo Marchetti survived ..." with "Marchetti, 27," later leaves
 * Vercauteren, and "Quaye stopped Mexico's Luis Ángel Carrasco" with "Carrasco, 31," leaves Quaye;
 * every other person it names has another age stated, so cannot be of this one (QUALITY.md R4:
 * written in only where exactly one fits). Undefined when none or several fit.
 */
function onlyUnagedJustBefore(source: DescriptionSource, sentence: Sentence, ages: Map<string, Set<number>>, age: number): string | undefined {
	const previous = previousOf(source, sentence);
	if (!previous) return undefined;
	const named = [...source.persons.values()].filter((p) => new RegExp(String.raw`(?<![\p{L}\p{M}])${p.surname}(?![\p{L}\p{M}])`, 'u').test(previous.text));
	const unaged = named.filter((p) => !ages.has(p.surname));
	if (unaged.length !== 1 || named.some((p) => ages.get(p.surname)?.has(age))) return undefined;
	return unaged[0].surname;
}

/** "The forward", "The Welsh midfielder": the one person the article gives that position, else the scorer just named. */
function byPosition(source: DescriptionSource, sentence: Sentence, position: string): string | undefined {
	const holders = positionHolders(source, position);
	if (holders.size > 1) return undefined;
	if (holders.size === 1) return [...holders][0];
	if (!ATTACKING.includes(position)) return undefined;
	const surname = namedJustBefore(source, sentence, true);
	// the scorer the article gives another position ("goalkeeper Lukas Jensen") is not "the forward"
	if (!surname || POSITIONS.some((p) => p !== position && positionHolders(source, p).has(surname))) return undefined;
	return surname;
}

/** "The judge" → "Judge Sarah Holt": the one person the article writes with that office, as it writes them. */
function byCourtOffice(source: DescriptionSource, office: string): string | undefined {
	return courtOfficers(source, office).get(courtOfficer(source, office)?.surname ?? '');
}

/**
 * The one person the article writes with a court office ("Mrs Justice Okafor", "Judge Sarah
 * Holt", "prosecutor Helen Marsh"), whom "the judge" or "the prosecutor" then means; undefined
 * when it writes none or more than one. `office` is one of judge, prosecutor, coroner, recorder, sheriff.
 */
export function courtOfficer(source: DescriptionSource, office: string): { full: string; surname: string; gender?: 'male' | 'female' } | undefined {
	const found = courtOfficers(source, office);
	return found.size === 1 ? source.persons.get([...found.keys()][0]) : undefined;
}

/** The persons the article writes with a court office, by surname, each with the fullest phrase it writes them with. */
function courtOfficers(source: DescriptionSource, office: string): Map<string, string> {
	const text = bodyLines(source.article);
	const found = new Map<string, string>();
	for (const re of COURT_TITLES[office]) {
		for (const m of text.matchAll(re)) {
			const p = personOf(source, m[2]);
			if (!p) continue;
			const title = /^(?:[Pp]rosecuting|)$/.test(m[1]) ? 'Prosecutor' : m[1][0].toUpperCase() + m[1].slice(1);
			// the fullest form: "Judge Sarah Holt" over a later "Judge Holt"
			const phrase = `${title} ${p.full}`;
			if (!found.has(p.surname) || found.get(p.surname)!.length < phrase.length) found.set(p.surname, phrase);
		}
	}
	return found;
}

/**
 * Might a "he" or "she" after "The judge" mean the court report's defendant rather than the
 * judge: "The judge said he would have to pass an extended driving test" is about the driver?
 * True when the rest of the clause has a pronoun of the officer's gender (any, when it is
 * unknown), outside quotes, and the person the article names most besides the officer is of
 * that gender or of none known.
 */
function pronounMayMeanDefendant(source: DescriptionSource, phrase: string, rest: string): boolean {
	const officer = personOf(source, phrase);
	const unquoted = rest.replace(/“[^”]*”|"[^"]*"/g, '');
	const pronoun = officer?.gender === 'male' ? /\b(?:he|him|his)\b/ : officer?.gender === 'female' ? /\b(?:she|her)\b/ : /\b(?:he|him|his|she|her)\b/;
	if (!pronoun.test(unquoted)) return false;
	const others = [...source.persons.values()].filter((p) => p.surname !== officer?.surname).sort((a, b) => b.mentions - a.mentions);
	return others.length > 0 && (others[0].gender === undefined || others[0].gender === officer?.gender);
}

/** Does the article write `name` with a plural verb ("Coldplay have added", "Leinster are"), as British copy writes a band or a team? */
function pluralName(body: string, name: string): boolean {
	return new RegExp(String.raw`(?<![\p{L}])${escapeRe(name)} (?:have|are|were|say)\b`, 'u').test(body);
}

/**
 * "They have 64 points", "They have won seven awards": the team or band the sentence before
 * opens on, when the article names it more than once and, outside a league table, writes it with
 * a plural verb (`pluralName`).
 */
function theyTeam(source: DescriptionSource, sentence: Sentence, text: string): string | undefined {
	const previous = previousOf(source, sentence);
	if (!previous) return undefined;
	// "Coldplay, who formed in 1997, played ...": a "who" clause on the name the sentence opens on
	const m = new RegExp(String.raw`^(${NAME})(?:, who [^,]+,)? (\p{Ll}+)`, 'u').exec(previous.text);
	if (!m) return undefined;
	const name = m[1];
	// outside a league table, only a name the article itself makes plural ("Coldplay have added") is "They"
	if (!TABLE.test(text) && !pluralName(bodyLines(source.article), name)) return undefined;
	const first = name.split(' ')[0];
	// "The club", "Police", "Officers" and persons are no team the article names
	if (tagsOf(first).some((t) => t === 'Determiner' || t === 'Pronoun' || t === 'Preposition' || t === 'Conjunction' || t === 'Plural')) return undefined;
	if (name.split(' ').some((w) => personOf(source, w) || tagsOf(w).includes('Plural'))) return undefined;
	if (!tagsOf(m[2]).some((t) => VERB_TAGS.has(t)) && !/(?:ed|s)$/.test(m[2])) return undefined;
	const body = bodyLines(source.article);
	const mentions = (body.match(new RegExp(String.raw`(?<![\p{L}])${name}(?![\p{L}])`, 'gu')) ?? []).length;
	return mentions > 1 || source.article.title.includes(name) ? name : undefined;
}

// "By the end, with Court One on its feet, the 22-year-old from Solihull had beaten ...": an adverbial of time, manner or place before the subject
const LED_AGE = /^((?:By|After|Before|In|On|At|With|Despite|During|Within|Until|Later|Earlier|Moments|Minutes|Hours|Days|Weeks|Months) [^;:"“”()]*?, )the (\d{1,3})-year-old/u;

/**
 * A subject age description after an opening adverbial ("By the end, with Court One on its feet
 * and the light fading, the 22-year-old from Solihull had beaten ..."), as `describedOpening`
 * writes one at the start: the adverbial is kept and the description becomes the one person it
 * can be (`byAge`). Undefined when the clause is of another shape, when the adverbial has a verb
 * or names a person (then "the 22-year-old" may be an apposition: "In the final, Smith beat Jones,
 * the 22-year-old from Leeds"), or when the description is not followed by its verb.
 */
function ledAge(source: DescriptionSource, sentence: Sentence, text: string): Described | undefined {
	const m = LED_AGE.exec(text);
	if (!m) return undefined;
	const lead = m[1];
	if (source.facts[sentence.index].some((f) => f.type === 'person' && lead.includes(f.text))) return undefined;
	if ((lead.match(/[\p{L}’'-]+/gu) ?? []).some((w) => tagsOf(w.toLowerCase()).some((t) => CLAUSE_VERB_TAGS.has(t)))) return undefined;
	const after = text.slice(m[0].length);
	const noun = descriptionAfterAge(after);
	if (noun === undefined) return undefined;
	// "the 22-year-old from Solihull": the hometown goes with the age, and the name stands for both
	const phrase = noun + (/^ from \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?(?= \p{Ll})/u.exec(after.slice(noun.length))?.[0] ?? '');
	const verb = /^ ([\p{Ll}]+)/u.exec(after.slice(phrase.length))?.[1];
	if (!verb || !(tagsOf(verb).some((t) => CLAUSE_VERB_TAGS.has(t)) || PAST_AS_NOUN.test(verb))) return undefined;
	const surname = byAge(source, sentence, Number(m[2]), noun.trim().split(' ').at(-1));
	const p = surname === undefined ? undefined : source.persons.get(surname);
	return p ? { length: m[0].length + phrase.length, phrase: `${lead}${p.full}` } : undefined;
}

/**
 * The person or team a clause opens on by description, as the article names them: "The
 * 23-year-old striker" → "Daniel Okafor", "The 26-year-old’s time" → "Daniel Kiprotich’s time",
 * "By the end, ..., the 22-year-old from Solihull had" → "By the end, ..., Ellie Harwood had", "The forward" → "Tom Bradshaw", "The judge" → "Judge
 * Sarah Holt", "They" (in a league table, or of a band written as plural) → "Sunderland". Returns `{ length, phrase }` to
 * write in place of the clause's first `length` characters; `null` when the clause opens on
 * such a description that fits no one or more than one (the clause is then not asked);
 * undefined when it opens on none.
 */
export function describedOpening(source: DescriptionSource, sentence: Sentence, text: string): Described | null | undefined {
	const named = (surname: string | undefined, length: number) => {
		const p = surname === undefined ? undefined : source.persons.get(surname);
		return p ? { length, phrase: p.full } : null;
	};
	const led = ledAge(source, sentence, text);
	if (led) return led;
	// "The 26-year-old's time was ...": the owner is the person, and the possessive stays
	const owner = OWNING_AGE.exec(text);
	if (owner) return named(byAge(source, sentence, Number(owner[1]), undefined), owner[0].length);
	const age = OPENING_AGE.exec(text);
	if (age) {
		// "The 23-year-old Daniel Okafor" and "The 45-year-old Leesley" name their person already
		if (/^\p{Lu}/u.test(age[2] ?? '') && (age[3] || source.persons.has(age[2]))) return undefined;
		// "The 23-year-old rose", "The 24-year-old from Leeds": the age alone is the description
		const phrase = descriptionAfterAge(text.slice(`The ${age[1]}-year-old`.length));
		if (phrase === undefined) return null;
		// "The 29-year-old opener's unbeaten 312 took ...": the person owns what follows, so the
		// name takes the possessive and the rest of the phrase stays
		const owning = /^ ([\p{L}-]+)([’']s) /u.exec(text.slice(`The ${age[1]}-year-old`.length));
		if (owning && phrase.includes(`${owning[1]}${owning[2]}`)) {
			const p = source.persons.get(byAge(source, sentence, Number(age[1]), owning[1]) ?? '');
			return p ? { length: `The ${age[1]}-year-old ${owning[1]}${owning[2]}`.length, phrase: `${p.full}${owning[2]}` } : null;
		}
		const words = phrase.trim().split(' ').filter(Boolean);
		return named(byAge(source, sentence, Number(age[1]), words.at(-1)), `The ${age[1]}-year-old`.length + phrase.length);
	}
	const position = OPENING_POSITION.exec(text);
	if (position && (!position[1] || !tagsOf(position[1]).some((t) => VERB_TAGS.has(t)))) return named(byPosition(source, sentence, position[2]), position[0].length);
	const court = OPENING_COURT.exec(text);
	if (court) {
		const phrase = byCourtOffice(source, court[1]);
		if (!phrase || pronounMayMeanDefendant(source, phrase, text.slice(court[0].length))) return null;
		return { length: court[0].length, phrase };
	}
	if (OPENING_THEY.test(text)) {
		const team = theyTeam(source, sentence, text);
		return team ? { length: 4, phrase: team } : undefined;
	}
	return undefined;
}

/**
 * Does `before` (a stem's words before a "their" or "them") open on one person and name nothing
 * plural after them: "Margaret Ellery is survived by" before "their two sons", whose owners the
 * stem no longer says (QUALITY.md R4)? `names` are the article's persons, full names and
 * surnames. False when an "and", a capitalised word or a plural noun ("researchers", "sons")
 * comes after the name, any of which "their" may mean.
 */
export function onePersonBefore(before: string, names: readonly string[]): boolean {
	const name = names.filter((n) => before.startsWith(`${n} `)).sort((a, b) => b.length - a.length)[0];
	if (!name) return false;
	const rest = before.slice(name.length).trim().split(/\s+/).filter(Boolean);
	return !rest.some((w) => /^(?:and|&)$/.test(w) || /^\p{Lu}/u.test(w) || tagsOf(w).includes('Plural') || (/^\p{Ll}+s$/u.test(w) && !tagsOf(w).some((t) => VERB_TAGS.has(t))));
}
