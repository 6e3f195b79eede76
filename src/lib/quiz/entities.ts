import { tagsOf } from './lexicon';

/**
 * Rules about people, places and organisations as keys: when a name stands in a list, when a
 * place swapped into a statement does not make it false by the article, and when a reported
 * statement's pronoun may mean someone other than its speaker (QUALITY.md R3, R4, R6).
 */

/** A capitalised name of up to four words, with "the" before it allowed ("the U.S.", "South Korea"). */
const NAME = String.raw`(?:the\s)?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3}`;
/** "parts of", "most of the": a share of a place, which a list may join ("most of X and parts of Y"). */
const SHARE = String.raw`(?:(?:the\s)?(?:parts?|most|much|some|all|areas?|rest|half|swathes?)\sof\s)`;
const LIST_AFTER = new RegExp(String.raw`^(?:,\s${SHARE}?${NAME}){0,8},?\s(?:and|or|&)\s${SHARE}?(?:the\s)?\p{Lu}`, 'u');
const LIST_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}’'.-]*,?\s(?:and|or|&)\s${SHARE}?(?:the\s)?$|\p{Lu}[\p{L}’'.-]*,\s${SHARE}?(?:the\s)?$`, 'u');

/**
 * Is the name at `start`–`end` of `text` one of a list of names ("Japan, South Korea, Australia
 * and the U.S.", "most of Eastern Samar and parts of Leyte")? Then another name put in its place
 * may be true as well, so it is no key (QUALITY.md R3). Takes the sentence and the name's span
 * (character offsets); looks at most 160 characters either side.
 */
export function inNameList(text: string, start: number, end: number): boolean {
	return LIST_AFTER.test(text.slice(end, end + 160)) || LIST_BEFORE.test(text.slice(Math.max(0, start - 160), start));
}

/** Words after which a place is a share or an example of a wider set ("most of", "across", "such as"). */
const PLACE_NOT_ONLY = new RegExp(String.raw`\b${SHARE}$|\b(?:across|throughout|including|such as|like|beyond|outside|around|among)\s(?:the\s)?$`, 'iu');
/** A noun and a preposition before a place: "aid for", "extradition to", "tariffs on". */
const NOUN_PREPOSITION = /\b([a-z]+)\s(?:for|to|against|towards|toward|with|on|from)\s(?:the\s)?$/;

/**
 * Would a true/false statement that puts another place where the article has `before` + place
 * + `after` still not be false by the article? True when the place is a share of a wider set
 * ("electricity remained cut in most of X": the article says nothing of other places), an
 * example ("across X", "such as X"), or the complement of a noun ("the last package of aid for
 * X": the article does not say there was none for another); `isNoun` tells whether a lower-case
 * word is a noun (the lexicon's call, passed in so this module needs none). Such a place is still
 * asked as a cloze, where the player picks what the article says (QUALITY.md R6: a false
 * statement must be false by the article).
 */
export function placeSwapUnproven(before: string, isNoun: (word: string) => boolean): boolean {
	if (PLACE_NOT_ONLY.test(before)) return true;
	const m = NOUN_PREPOSITION.exec(before);
	return m !== null && !/(?:ing|ed)$/.test(m[1]) && isNoun(m[1]);
}

const PERSONAL = /\b(he|him|his|she|her|hers)\b/gi;

/**
 * May a reported statement's "he" or "she" be its speaker's, so that "Who said she had …?" asks
 * about one person? Only when every such pronoun outside quote marks is of the speaker's known
 * gender and no other person of that gender is named in the sentence or the one before
 * (`others`: their genders; unknown counts as either). "Tory leader X said he would be
 * remembered …" in a report of Y's death, or "The prosecutor said she had committed …" of a
 * defendant, point at someone else (QUALITY.md R4). True when the statement has no such pronoun.
 */
export function pronounsAreSpeaker(statement: string, speakerGender: 'male' | 'female' | undefined, others: readonly ('male' | 'female' | undefined)[]): boolean {
	const unquoted = statement.replace(/“[^”]*”|"[^"]*"/g, '');
	const pronouns = [...unquoted.matchAll(PERSONAL)].map((m) => (/^(he|him|his)$/i.test(m[1]) ? 'male' : 'female'));
	if (pronouns.length === 0) return true;
	if (!speakerGender || pronouns.some((g) => g !== speakerGender)) return false;
	return others.every((g) => g !== undefined && g !== speakerGender);
}

/** Offices a single word names one holder of in a story: "the prosecutor", "the judge", unlike "the striker". */
const SOLE_OFFICES = new Set(['president', 'prosecutor', 'judge', 'mayor', 'speaker', 'governor', 'chancellor', 'referee', 'coroner', 'sheriff', 'premier', 'chairman', 'chairwoman', 'ceo', 'taoiseach', 'pope']);

/** Is a role's last word an office one person holds at a time ("president", "judge", "CEO"), so that "the" fits it? */
export function isSoleOffice(head: string): boolean {
	return SOLE_OFFICES.has(head.toLowerCase());
}

// a role one person holds in a body at a time, written without its body's name: "council leader", "chief executive", "party chairman"
const BODY_OFFICE = /^(?:(?:[\p{Ll}-]+ )?chief (?:executive|financial officer|operating officer)|managing director|director-general|(?:council|party|opposition|company|club|union|board|church|school|college|university|hospital|trust|charity) (?:leader|chair|chairman|chairwoman|chairperson|head|principal|headteacher|chief))$/iu;

/**
 * Is a role phrase of two or more words, without its article ("council leader", "chief
 * executive"), an office one person holds in the story's body at a time, so that "the" fits it
 * though no name owns it? "a council leader" misstates the leader of the council (a dev167
 * reader's R1). The opposite of `isManyHeldRole` for phrases whose last word alone tells nothing.
 */
export function isBodyOffice(phrase: string): boolean {
	return BODY_OFFICE.test(phrase);
}

// roles that many people hold at once in one body: one of them is "a" member, whatever body owns the role
const MANY_HOLDERS = /^(?:members?|councill?ors?|officers?|workers?|residents?|analysts?|defen[cs]em[ae]n|defenders?|forwards?|midfielders?|strikers?|goalkeepers?|players?|riders?|drivers?|runners?|consultants?|advis[eo]rs?|volunteers?|fans?|supporters?|lawyers?|doctors?|nurses?|teachers?|students?|economists?|researchers?|scientists?|engineers?|officials?|activists?|campaigners?|veterans?|filmmakers?|senators?|delegates?|trustees?|farmers?)$/i;

/** Is a role's last word one that many people of one body hold at once ("member", "councillor", "defenseman"), so that "a" fits it whoever owns the role ("a Council member")? The opposite of `isSoleOffice`. */
export function isManyHeldRole(head: string): boolean {
	return MANY_HOLDERS.test(head);
}

/** Lexicon tags of a word that may modify a noun: a noun or an adjective. */
const MODIFIER_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Adjective', 'Actor']);

/** Is a lower-case word a noun or adjective that may modify the noun after it ("hedge", "gospel": the lexicon knows it so, or does not know it), not a verb or function word ("said", "by", "against")? */
function nounish(word: string | undefined): boolean {
	if (word === undefined || !/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
	if (/^(?:against|under|over|about|after|before|between|beyond|despite|during|among|towards?|versus|via|without|within|than|like|whom|whose|joined|include|includes|there|here)$/.test(word) || CLAUSE_WORD.test(word) || /\p{Ll}{3}ed$/u.test(word)) return false;
	const tags = tagsOf(word);
	return tags.length === 0 || tags.some((t) => MODIFIER_TAGS.has(t));
}

/**
 * Is the lower-case word before a role the end of a longer noun phrase the role belongs to
 * ("former hedge fund CEO X": "fund", which the lexicon files as a verb, after the noun "hedge")?
 * Takes the word and the one before it. A verb or function word ("said", "by", "want") ends the
 * role instead.
 */
function modifierBefore(word: string, before: string | undefined): boolean {
	if (nounish(word)) return true;
	return tagsOf(word).includes('Infinitive') && nounish(before) && !tagsOf(before!).includes('Adjective');
}

/** Adjectives that open a role phrase and are capitalised only where they open a sentence. */
const QUALIFIERS = /^(?:former|outgoing|acting|interim|deputy|senior|junior|veteran|new|then|retired|chief|assistant)$/i;

/** Words of a form of address written before a name ("Her Honour Judge", "Sir", "Dame", "Dr", "the Rev"), never of a role. */
const HONORIFIC = /^(?:Her|His|Honour|Honor|Sir|Dame|Dr|Rev|Revd|Reverend|Mr|Mrs|Ms|Miss|Mx)$/;

/** What `rolePhrase` needs to know of a word: whether it can name or qualify a role (a noun or an adjective, not a verb, date or function word). */
export type RoleWordTest = (word: string) => boolean;

/** Words that open a clause or join two, and prepositions, never part of a role written before a name. */
// ("rule by the Left Democratic Front under Chief Minister X": a preposition the lexicon files as
// an adjective, "under", made "the under Chief Minister", a holdout77 reader's R1)
// "rising above Rovers captain X": the lexicon files "above", "beyond", "inside" as adjectives, and
// kept they read "described as the above Rovers captain" (a dev167 reader's R1)
const CLAUSE_WORD = /^(?:where|when|while|whereas|which|who|whom|whose|that|as|after|before|since|until|because|if|than|but|and|or|so|under|by|with|without|from|against|alongside|beside|behind|including|like|unlike|over|between|among|amid|despite|via|toward|towards|near|to|into|above|below|beyond|beneath|underneath|inside|outside|past|ahead|atop|round|around|across|along|through|throughout|upon|onto|off|up|down)$/;

/**
 * The role an article writes right before a person's name, as written, for "who is described as
 * the …?": "House Speaker" in "but House Speaker Roy Blanchard", "prosecutor" in "Prosecutor
 * Anna Beresford told …" (a single word opening the sentence is lower-cased), "former central
 * banker" in "led by former central banker X". Takes the sentence, the name's start offset, the
 * lower-case role extractFacts read (`role`: its last word must end the phrase) and a test of
 * role words; returns undefined for an abbreviation ("Det. Sgt."), a possessive ("Britain’s
 * envoy"), a phrase of more than four words, or a single word that is no sole office ("striker":
 * a match has several).
 */
export function rolePhrase(text: string, start: number, role: string, isRoleWord: RoleWordTest): string | undefined {
	const before = text.slice(0, start);
	if (!/ $/.test(before)) return undefined;
	const words = before.slice(0, -1).split(' ');
	const phrase: string[] = [];
	while (words.length > 0 && phrase.length < 5) {
		const word = words[words.length - 1];
		if (!/^\p{L}[\p{L}-]*$/u.test(word)) break;
		const opening = words.length === 1;
		const capital = /^\p{Lu}/u.test(word);
		// a capital opening the sentence says nothing: "Yesterday President X"
		const lower = word.toLowerCase();
		// "in the House, where Speaker X": a conjunction or relative word ends the role
		if (CLAUSE_WORD.test(lower) || tagsOf(lower).includes('Preposition')) break;
		if ((!isRoleWord(lower) || tagsOf(lower).includes('Date')) && !(capital && !opening)) break;
		phrase.unshift(words.pop()!);
	}
	// "– The Polish sculptor X": a capitalised article after a dash or colon is no word of the role, and
	// kept it reads "described as the The Polish sculptor" (a strict reader's R1)
	if (/^(?:the|a|an)$/i.test(phrase[0] ?? '')) phrase.shift();
	if (phrase.length === 0 || phrase.length > 4) return undefined;
	// "Her Honour Judge X", "Sir X", "Dr X": a form of address is no description of the person, and kept it
	// reads "described as the Her Honour Judge" (the holdout153 and holdout164 readers' R1)
	if (phrase.some((w) => HONORIFIC.test(w))) return undefined;
	// a word before the phrase that is no boundary ("Britain’s envoy", "Det. Sgt.") makes it part of something longer
	const previous = words.at(-1);
	if (previous !== undefined && /[’'.]s?$|\.$/u.test(previous) && !/[,;:]$/.test(previous)) return undefined;
	// "Mayors and Pirates leader", "Secretary of State": the phrase is the end of a longer name
	if (previous !== undefined && /^(?:and|of|&|for|de|du|la)$/i.test(previous)) return undefined;
	// "former hedge fund CEO X": a lower-case noun before the phrase is the start of a longer
	// role, and "the CEO" alone would misstate it (a blind reader's R6); a verb, preposition or
	// other function word ("said", "by", "with") ends the role
	if (previous !== undefined && modifierBefore(previous, words.at(-2))) return undefined;
	const head = role.split(' ').pop()!;
	if (phrase.at(-1)!.toLowerCase() !== head) return undefined;
	if (phrase.length === 1 && !SOLE_OFFICES.has(head)) return undefined;
	// "the judge" of "Judge X", "the former minister" of "Former minister X said …"; "the Wild
	// coach", "the Prime Minister" and "the CEO" stay as written
	// "the Speaker" of a house of parliament is not any speaker of the article's quotes
	if ((phrase.length === 1 && /^\p{Lu}\p{Ll}/u.test(phrase[0]) && phrase[0] !== 'Speaker') || (words.length === 0 && QUALIFIERS.test(phrase[0]) && phrase.slice(1).every((w) => /^\p{Ll}/u.test(w)))) phrase[0] = phrase[0].toLowerCase();
	return phrase.join(' ');
}

/**
 * The role an appositive gives a person right after their name, with its article, for "who is
 * described as …?": "an analyst at Shore Capital" in "Clive Ashdown, an analyst at Shore
 * Capital, said …", "the Philippines country director for the aid group Save the Children".
 * Takes the sentence, the name's end offset and the lower-case role extractFacts read (its last
 * word must be in the appositive). Undefined when the appositive points elsewhere ("his", "the
 * council’s cabinet lead": whose council the stem would not say), runs past 14 words, is a
 * quote or a clause, or opens on "the" and stops before a relative clause that "the" points at.
 */
export function appositiveRole(text: string, end: number, role: string): string | undefined {
	const m = /^,\s((?:(?:a|an|the)\s)?[^,;:()“”"–—]{3,100}?)(?=,|\s(?:who|which|whose)\b|\.$)/u.exec(text.slice(end));
	if (!m) return undefined;
	const phrase = m[1];
	const words = phrase.split(' ');
	if (words.length < 2 || words.length > 14) return undefined;
	if (/\b(?:he|she|his|her|its|their|they|this|that|these|those|said|says|told)\b/i.test(phrase) || /^the\s\p{Ll}+[’']s\b/u.test(phrase)) return undefined;
	// "X, the Russian-born pianist who spent fifty years ...": "the" points at the relative clause the phrase stops
	// before, and "described as the Russian-born pianist" reads as cut short (a dev147 reader's R1)
	if (/^the\s/i.test(phrase) && /^\s(?:who|which|whose)\b/.test(text.slice(end + m[0].length))) return undefined;
	const head = role.split(' ').pop()!;
	return words.some((w) => w.toLowerCase() === head) ? phrase : undefined;
}

/** Short words an expansion skips when its initials spell an abbreviation ("earnings before interest and taxes"). */
const SKIPPED = new Set(['and', 'of', 'the', 'for', 'per', 'on', 'in', 'to', '&']);
/** Nouns of a body that an abbreviation "known as" may name ("a group known as ELF"). */
const BODY_NOUNS = /^(?:group|groups|agency|agencies|body|bodies|company|companies|firm|firms|organisation|organization|party|parties|movement|network|union|militia|coalition|alliance|authority|office|department|unit|team|club|band|charity|society)$/;

/**
 * Does the article define the abbreviation `acronym` as a thing, not a body: spelled out in
 * lower case just before it in brackets ("adjusted earnings before interest and taxes (EBIT)",
 * "revenue per available seat kilometre (RASK)"), or written after a common noun and "known
 * as" or "called" ("rules known as ETOPS")? Such a name is no organisation, so never an option
 * nor a swap among companies and agencies (QUALITY.md R8: "Analysts polled by EBIT", "Portugal's
 * civil aviation authority, ETOPS"). A body's own expansion is capitalised ("Federal Office for
 * Migration and Refugees (BAMF)"). Takes the article's text and the abbreviation.
 */
export function definedAsThing(text: string, acronym: string): boolean {
	if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
	if (text !== definedIn) {
		definedIn = text;
		DEFINED.clear();
	}
	let answer = DEFINED.get(acronym);
	if (answer === undefined) {
		answer = spelledOutOrNamed(text, acronym);
		DEFINED.set(acronym, answer);
	}
	return answer;
}

// answers of `definedAsThing` for the last article asked about, by abbreviation: it is asked
// once per option drawn, and each answer reads the whole article
let definedIn: string | undefined;
const DEFINED = new Map<string, boolean>();

function spelledOutOrNamed(text: string, acronym: string): boolean {
	const bracketed = `(${acronym})`;
	for (let at = text.indexOf(bracketed); at >= 0; at = text.indexOf(bracketed, at + 1)) {
		// the words just before the brackets, back to at most 120 characters and never past another bracket
		const before = text.slice(Math.max(0, at - 120), at);
		const spelledOut = before.slice(Math.max(before.lastIndexOf('('), before.lastIndexOf(')')) + 1);
		const words = spelledOut.replace(/[,;]/g, ' ').trim().split(/\s+/).filter((w) => !SKIPPED.has(w.toLowerCase()));
		const spelled = words.slice(-acronym.length);
		if (spelled.length === acronym.length && spelled.every((w, i) => w[0]?.toUpperCase() === acronym[i]) && spelled.every((w) => /^\p{Ll}/u.test(w))) return true;
	}
	const named = new RegExp(`\\b([a-z]+)\\s(?:known as|called|dubbed)\\s${acronym}\\b`, 'g');
	return [...text.matchAll(named)].some((m) => !BODY_NOUNS.test(m[1]));
}
