import { tagsOf } from './lexicon';
import { keptPerText } from './words';
import { roleKindOfWord, type RoleKind } from './person-roles';

/**
 * Rules about who said a statement, for who-said items (QUALITY.md R4, R8): what stands before a
 * speaker's name, and which possessives in a reported statement are the speaker's own; and when
 * the words before an organisation say what it is, so that no other may stand in for it.
 */

/** Words that qualify a role before a name ("head coach", "chief executive", "director of rugby"). */
const ROLE_QUALIFIER = /^(?:head|chief|deputy|vice|senior|former|acting|interim|assistant|general|executive|managing|of|the|a|an)$/i;

/**
 * The words of a speaker phrase that are neither the speaker's name nor their role: "Leinster
 * head coach Leo Cullen" leaves nothing, "Krul shook his head and Farke" leaves "shook his and".
 * Takes the attribution's speaker text and the speaker's name as the sentence writes it;
 * capitalised words (a team, an organisation, a title) and role words are dropped, so that a
 * role noun the lexicon also files as a verb ("coach", "head") is not read as one.
 */
export function speakerLeftover(phrase: string, name: string): string {
	const at = phrase.lastIndexOf(name);
	const words = (at >= 0 ? phrase.slice(0, at) : phrase).split(/\s+/).filter((w) => w !== '');
	const compound = roleCompound(words);
	return words
		.filter((w, i) => !compound.has(i) && !/^\p{Lu}/u.test(w) && !ROLE_QUALIFIER.test(w) && roleKindOfWord(w) === undefined)
		.join(' ');
}

// tags of a word that works as a verb or links a clause, never as a noun before a role ("shook", "his", "as")
const CLAUSE_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Participle', 'Verb', 'Determiner', 'Possessive', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb']);

/**
 * The positions of the nouns that make one compound with the role word before a name: "group
 * transport" of "Green group transport spokeswoman", "housing" of "Labour housing spokesman".
 * Only a run of one to three lower-case words that opens the phrase or follows a capitalised
 * word (a party, a team) and ends on the role word counts, and none of them may be a verb, an
 * -ed form or a word that opens a clause: "Fans booed as coach Leo Cullen" keeps "booed as".
 */
function roleCompound(words: readonly string[]): Set<number> {
	const role = words.length - 1;
	if (role < 1 || roleKindOfWord(words[role]) === undefined) return new Set();
	let from = role;
	while (from > 0 && !/^\p{Lu}/u.test(words[from - 1])) from--;
	const run = words.slice(from, role).filter((w) => !ROLE_QUALIFIER.test(w));
	if (run.length === 0 || run.length > 3 || run.some((w) => /ed$/.test(w) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w) || tagsOf(w).some((t) => CLAUSE_TAGS.has(t)))) return new Set();
	return new Set(Array.from({ length: role - from }, (_, k) => from + k));
}

/**
 * Nouns a speaker of a role kind calls theirs: a lawyer's "client", a coach's "side" or
 * "players". "The defence lawyer said his client would appeal": "his" is the lawyer's, whatever
 * other man the sentences around name.
 */
const OWN_RELATIONS: Partial<Record<RoleKind, RegExp>> = {
	law: /\b(?:his|her)\s(?:clients?)\b/gi,
	coaching: /\b(?:his|her)\s(?:side|team|squad|players|men|women)\b/gi
};

/**
 * The statement without the possessives its speaker's role makes their own ("his client" of a
 * lawyer, "his players" of a coach), so that only the pronouns that may point at someone else
 * are left for `pronounsAreSpeaker` to judge. Takes the statement and the speaker's role kind
 * (person-roles.ts; undefined leaves the statement as it is).
 */
export function withoutOwnRelations(statement: string, kind: RoleKind | undefined): string {
	const own = kind && OWN_RELATIONS[kind];
	return own ? statement.replace(own, 'the speaker’s own') : statement;
}

// "his party", "her government", "our players": a body the speaker's own role gives them; "his congregation", "her
// patients", "my pupils": the flock of a cleric, a doctor's or a teacher's charges, which no one of another role has
const OWN_BODY = /\b(?:his|her|their|my|our)\s(?:(?:older|younger|elderly|own)\s)?(?:party|government|cabinet|ministry|administration|coalition|campaign|team|side|squad|players|club|company|firm|clients?|union|department|agency|congregation|parish|parishioners|flock|worshippers|synagogue|mosque|patients|pupils|constituents)\b/i;

// "the families we could not admit", "we had to turn away", "we serve": what a hospital, a school or a
// firm does to the people it takes in, done by a "we" that is the body itself
const OWN_BODY_DEED = /\bwe(?:\s(?:could|can|did|do|had\sto|have\shad\sto|were\s(?:unable|forced)\sto|have\sbeen\s(?:unable|forced)\sto)(?:\snot|n[’']t)?)?\s(?:admit(?:ted)?|treat(?:ed)?|employ(?:ed)?|hire[ds]?|recruit(?:ed)?|serve[ds]?|discharge[ds]?|enrol(?:led)?|enroll(?:ed)?|lay\soff|laid\soff|turn(?:ed)?\saway|care[ds]?\sfor)\b/i;

/**
 * Does a statement speak of a body the speaker belongs to by their role ("Granström said his
 * party had proved ...", "the families we could not admit")? Only
 * people of the speaker's role kind could then have said it: a voter and an academic have no
 * party (a blind reader's R8 on holdout61), and a defence barrister does not say "we could not
 * admit" of a hospice's beds (a dev174 reader's R8).
 */
export function speaksOfOwnBody(statement: string): boolean {
	return OWN_BODY.test(statement) || OWN_BODY_DEED.test(statement) || OWN_STAKE.test(statement);
}

// "I'm going to be the mayor for everybody", "as your MP", "my bakery": an office the speaker claims, or a
// business that is theirs; only someone who could hold it said so (a political scientist given the mayor-elect's
// words was a holdout173 reader's R8)
const OWN_STAKE = /\b(?:I(?:[’']m|\sam|\swill\sbe|[’']ll\sbe)\s(?:going\sto\sbe\s|proud\sto\sbe\s|honou?red\sto\sbe\s)?(?:the|your)\s(?:next\s|new\s)?|as\s(?:your|the\scity[’']s|this\scity[’']s)\s(?:next\s|new\s)?)(?:mayor|president|governor|senator|congressman|congresswoman|mp|member|representative|councillor|councilor|prime\sminister|first\sminister|leader|chancellor|premier|candidate|nominee|coach|manager|captain|bishop|judge|chair|chairman|chairwoman)\b|\b(?:my|our)\s(?:bakery|shop|store|restaurant|cafe|café|pub|bar|farm|business|salon|hotel|factory|surgery|constituency)\b|\bmy\s(?:opponent|rival|election|re-?election|campaign)\b/i;

/** "my mother's photographs", "our house", "my kids": the speaker's own family, home or belongings. */
const OWN_LIFE = /\b(?:my|our) (?:(?:late|elderly|little|baby|eldest|youngest|older|younger|two|three|own) )?(?:mother|father|mum|mom|dad|parents|wife|husband|partner|son|sons|daughter|daughters|children|kids|baby|brother|sister|grandmother|grandfather|grandchildren|family|home|house|flat|apartment|car|phone|photographs|photos|belongings|furniture|neighbours|neighbors)\b/i;

/**
 * Does a statement tell of the speaker's own private life ("We lost everything on the ground floor - the
 * furniture, the car, my mother's photographs")? Stated as someone's, only someone of the speaker's
 * role kind could then have said it: a prime minister given a flooded resident's words is an absurd
 * false side (the holdout123 readers' R8). Offered among the article's other speakers, it asks only
 * which of them spoke, and any of them has a family.
 */
export function speaksOfOwnLife(statement: string): boolean {
	return OWN_LIFE.test(statement);
}

// "I'll ever score a better one", "I just hit it", "my first goal", "my hat-trick": the speaker's own play in a match or a race
// ("my goal" alone is as often an aim, "I saved" or "I struck" a sum or a deal)
const OWN_PLAY = /\bI(?:[’'](?:ll|d|ve)|\s(?:will|would|have|had|did|can|could|never|ever|just|finally|only|barely))*\s(?:(?:ever|never|just|finally|really|even)\s)?(?:score[ds]?|scoring|volleyed|curled|dribbled|hit\sit|caught\sit|bowled|batted|pitched)\b|\bmy\s(?:(?:(?:first|second|third|last|best|winning|late|own|debut)\s)(?:goals?|header|volley|strike|tries|try|saves?|wickets?|century|innings|lap|putt)|header|volley|hat-trick|free-kick|penalty\skick)\b/i;

/**
 * Does a statement tell of the speaker's own play ("I don't think I'll ever score a better one",
 * "my first goal")? Then only a player could have said it: a manager or a chairman offered as its
 * speaker is ruled out at once (a holdout180 reader's R8: a left-back's words about his goal with
 * two managers and a chairman as the other options). Takes the statement as quoted or reported.
 */
export function speaksOfOwnPlay(statement: string): boolean {
	return OWN_PLAY.test(statement);
}

/** "she was satisfied", "he was not convinced": a speaker's own judgment, opening what they said. */
const OWN_JUDGMENT = /^(?:he|she) (?:was|is|had been|has been|remained) (?:not |now |still )?(?:satisfied|confident|convinced|persuaded|certain|sure)\b/i;

/**
 * The statement without an opening "he"/"she" that states the speaker's own judgment ("Judge
 * Brennan said she was satisfied that the notice was invalid": a judge rules on her own view,
 * whoever else the sentences around name), so that only the pronouns that may point at someone
 * else are left for `pronounsAreSpeaker` to judge. Takes and returns the reported statement.
 */
export function withoutOwnJudgment(statement: string): string {
	return statement.replace(OWN_JUDGMENT, (m) => m.replace(/^(?:he|she)\b/i, 'the speaker'));
}

/** Prepositions and relative words the lexicon files as adjectives or verbs ("against", "like"), never a description. */
const NOT_DESCRIPTORS = /^(?:against|over|under|versus|via|like|unlike|where|when|who|which|whom|whose|near|past|per|plus)$/;

/**
 * Is an organisation key described by the words right before it, so that another organisation
 * swapped in reads as absurd ("long-distance bus operator ___" with a bloc or an airline put
 * there, "outside its ___")? True after a possessive ("its", "their") and after a lower-case
 * noun that names what the organisation is ("operator", "grocer", "firm"); `isNoun` is the
 * lexicon's call on a lower-case word. Such a key gets no organisation options (QUALITY.md R8).
 */
export function organisationDescribed(before: string, isNoun: (word: string) => boolean): boolean {
	if (/\b(?:its|their|his|her|our|your|my)\s$/i.test(before)) return true;
	const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s$/u.exec(before);
	return m !== null && !NOT_DESCRIPTORS.test(m[1]) && isNoun(m[1]);
}

/** Nouns that say what kind of organisation a name is, written right before it ("the airline X", "bus operator X"). */
const ORG_KIND_NOUN = /(?:^|[^\p{L}-])(grocer|retailer|supermarket|chain|bank|lender|firm|carmaker|airline|carrier|insurer|developer|housebuilder|broadcaster|publisher|giant|maker|chipmaker|operator|startup|conglomerate|brand|subsidiary|club|union|charity|regulator|promoter|agency|platform|app|network|utility|supplier|manufacturer|miner|producer|distributor|watchdog|fund|investor|consultancy)\s((?:\p{Lu}[\p{L}’'&.-]*)(?:\s\p{Lu}[\p{L}’'&.-]*){0,3})/gu;

/** A name and, after it (past an acronym in brackets), a noun that makes it a scheme, not a body: "the agency's Commercial Lunar Payload Services (CLPS) program". */
const KIND_NOUN_AFTER = /(?=\p{Lu})(?<![\p{L}’'-])(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,4})(?:\s\([\p{Lu}\d-]+\))?\s(program|programme|initiative|scheme)\b/gu;

/**
 * What kind of organisation the article says each name is, by the noun it writes right before
 * the name ("the airline Skyways" → "airline", "long-distance bus operator Roadlink" →
 * "operator", "the Singapore fund Meranti Capital" → "fund"), or after it ("the Commercial Lunar
 * Payload Services (CLPS) program" → "program"; a fund and a NASA programme among lander companies
 * was the holdout64 reader's R8); a name given two kinds keeps the first. Takes the article's text; returns name →
 * noun, lower-case. An organisation of one stated kind is no distractor for one of another, nor
 * for one whose kind is stated when its own is not: "bus operator ___" with an airline or a bloc
 * among the options is absurd (QUALITY.md R8).
 */
export function organisationKinds(text: string): Map<string, string> {
	const kinds = new Map<string, string>();
	for (const m of text.matchAll(ORG_KIND_NOUN)) if (!kinds.has(m[2])) kinds.set(m[2], m[1].toLowerCase());
	for (const m of text.matchAll(KIND_NOUN_AFTER)) if (!kinds.has(m[1])) kinds.set(m[1], m[2].toLowerCase());
	return kinds;
}

// "baby formula sold at Walmart, Kroger and dozens of regional chains": the names a product is sold at, by or through
const SOLD_AT = /\b(?:sold|stocked|available|on sale|sells?|selling)\s(?:at|by|in|through)\s((?:(?:the\s)?\p{Lu}[\p{L}’'&.-]*(?:\s\p{Lu}[\p{L}’'&.-]*){0,3}(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s))*(?:the\s)?\p{Lu}[\p{L}’'&.-]*(?:\s\p{Lu}[\p{L}’'&.-]*){0,3})/gu;

/**
 * The organisations an article names as where something is sold ("formula sold at Walmart,
 * Kroger and ..."): retailers, never the maker, so neither stands in for the other in an option
 * or a false statement ("Heartland ... blocked them at registers"; QUALITY.md R8). Takes the
 * article's text; returns the names as written, read once per text (shared: read-only), as the
 * options of every organisation key ask it again and a scan of the whole text each time made a
 * long article's options grow with its square.
 */
export const retailersOf: (text: string) => ReadonlySet<string> = keptPerText(readRetailers, 16);

/** `retailersOf` as read. */
function readRetailers(text: string): ReadonlySet<string> {
	const out = new Set<string>();
	for (const m of text.matchAll(SOLD_AT)) for (const name of m[1].split(/,\s(?:and\s|or\s)?|\s(?:and|or)\s/)) out.add(name.replace(/^the\s/, ''));
	return out;
}

/**
 * Does a full name end in a surname with a lower-case particle ("Bill de Blasio", "Ursula von
 * der Leyen")? Such a surname alone is written "de Blasio", so it is offered only beside full
 * names: "Blasio" among surnames misnames the person (QUALITY.md R8).
 */
export function particleSurname(full: string): boolean {
	return /\s(?:de|da|di|du|del|della|dos|das|van|von|der|den|le|la|ter|ten|bin|ibn|al|ap|ab)\s\S+$/.test(full);
}

/** Words that open a surname of more than one word: Irish "Ó", "Ní", "Mac", Welsh "ap", and the lower-case particles of other languages ("de", "van der", "ibn"). */
export const SURNAME_PARTICLE = /^(?:Ó|O|Ní|Nic|Mac|Mc|Ua|Uí|Bean|Dela|Delos|de|De|da|Da|di|Di|du|Du|del|Del|della|dos|das|do|van|Van|von|Von|der|Der|den|los|le|Le|la|La|ter|ten|bin|ibn|al|ap|ab)$/;

/** A Roman numeral that numbers a king, pope or namesake after a name ("Mohammed VI", "Griffin III"). */
const ORDINAL_NUMERAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

/**
 * The surname of a name's words, with the particles that open it: ["Ciarán", "Ó", "Dálaigh"]
 * → "Ó Dálaigh", ["Ursula", "von", "der", "Leyen"] → "von der Leyen", ["Leo", "Cullen"] →
 * "Cullen", ["Mohammed", "VI"] → "Mohammed VI". Takes the words and the first index the surname may start at (1 keeps a first name
 * before it; 0 after a title, "Mr Ó Dálaigh"). A surname cut from its particle ("Dálaigh")
 * misnames the person in stems and options (QUALITY.md R8).
 */
export function surnameOf(words: readonly string[], from = 1): string {
	// "King Mohammed VI", "Robert Griffin III": a regnal or family numeral is no name of its own, and "VI" alone
	// among speakers was a blind reader's R8; it stays with the name it numbers ("Mohammed VI", "Griffin III")
	let k = words.length > 1 && ORDINAL_NUMERAL.test(words[words.length - 1]) ? words.length - 2 : words.length - 1;
	while (k > from && SURNAME_PARTICLE.test(words[k - 1])) k--;
	return words.slice(k).join(' ');
}

const NOUN_MALE = /\b(?:countryman|countrymen|spokesman|chairman|businessman|congressman|councilman|sportsman)\b,?\s$/i;
const NOUN_FEMALE = /\b(?:countrywoman|countrywomen|spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|sportswoman|actress)\b,?\s$/i;

/**
 * The gender a gendered noun right before a name gives its bearer: "his countryman X" → male,
 * "spokeswoman X" → female; undefined when none. A woman put after "countryman" is no
 * plausible option (QUALITY.md R8). Takes the sentence text before the name.
 */
export function nounGender(before: string): 'male' | 'female' | undefined {
	return NOUN_MALE.test(before) ? 'male' : NOUN_FEMALE.test(before) ? 'female' : undefined;
}

const KIN_MALE = /\b(?:son|sons|husband|father|brother|grandson|grandfather|nephew|uncle|boyfriend|widower|stepson|stepfather)\b,?\s$/i;
const KIN_FEMALE = /\b(?:daughter|daughters|wife|mother|sister|granddaughter|grandmother|niece|aunt|girlfriend|widow|stepdaughter|stepmother)\b,?\s$/i;

/**
 * The gender a kinship word right before a name gives its bearer: "her son, X" → male, "his
 * widow X" → female; undefined when none. A person of another or unknown gender put there
 * ("her son, Thérèse Lemieux") is absurd (QUALITY.md R8). Takes the sentence text before the name.
 */
export function kinGender(before: string): 'male' | 'female' | undefined {
	return KIN_MALE.test(before) ? 'male' : KIN_FEMALE.test(before) ? 'female' : undefined;
}

/** A side of a trial: the prosecution or the defence. */
export type CourtSide = 'prosecution' | 'defence';

// "Prosecutor ", "prosecuting barrister ", "the district attorney, ", "Crown counsel ", "Prosecuting, ": a role of the prosecution right before a name
const PROSECUTION_BEFORE = /\b(?:prosecuting,|prosecutors?|prosecuting\s(?:counsel|barrister|attorney|lawyer|solicitor)|(?:district|state|crown|public)\s(?:attorney|prosecutor|counsel))(?:,)?\s(?:\p{Lu}[\p{L}.’'-]*\s){0,3}$/iu;
// "defence lawyer ", "his barrister, ", "the defendants' attorney ", "Defending Smith, Mr ", "In mitigation, ": a role of the defence right before a name
const DEFENCE_BEFORE = /\b(?:in\smitigation,|(?:co-)?defendants?,?(?:\s\p{Ll}+)?|defen[cs]e\s(?:lawyer|attorney|counsel|barrister|solicitor|advocate)s?|(?:his|her|their|the\sdefendants?[’']?s?)\s(?:lawyer|attorney|barrister|solicitor|counsel|advocate)s?)(?:,)?\s(?:\p{Lu}[\p{L}.’'-]*\s){0,3}$/iu;
// "Defending Yıldırım, Mr ": the one defended by name, whose capital this reads apart from the case-blind rule above ("the defending champion, X" is no trial's)
const DEFENDING_BEFORE = /\bDefending(?:\s\p{Lu}[\p{L}\p{M}’'-]*){1,3},\s(?:\p{Lu}[\p{L}.’'-]*\s){0,3}$/u;
// ", the prosecutor,", ", prosecuting,", ", for the prosecution": the same in an appositive after the name; ", 44, was
// jailed", " was convicted": the one tried, whom the defence speaks for
const PROSECUTION_AFTER = /^,\s(?:(?:the|a)\s(?:lead\s|chief\s|senior\s)?prosecutor\b|prosecuting\b|for\sthe\s(?:prosecution|Crown)\b)/i;
const DEFENCE_AFTER = /^(?:,\s\d{1,3},\s|\s)(?:was|were|has\sbeen|had\sbeen)\s(?:jailed|sentenced|convicted|found\sguilty|charged)\b|^,\s(?:(?:his|her|their|the)\s(?:defen[cs]e\s)?(?:lawyer|attorney|barrister|solicitor|counsel|advocate)\b|defending\b|for\sthe\sdefen[cs]e\b|who\s(?:represents|is\srepresenting|defended)\b)/i;

/**
 * The side of a trial a person's role puts them on, from the sentence's text right before and
 * right after their name: "Prosecutor Daniel Okoro", "Okoro, prosecuting," (prosecution); "his
 * barrister, Fiona Marsh", "defence lawyer Ana Ruiz", "Defending Smith, Mr Tom Hale", and the tried
 * themselves, "A third defendant, Ann Lee", "Ray Cole, 44, was jailed" (defence); undefined when neither.
 */
export function courtSideAround(before: string, after: string): CourtSide | undefined {
	if (PROSECUTION_BEFORE.test(before) || PROSECUTION_AFTER.test(after)) return 'prosecution';
	if (DEFENCE_BEFORE.test(before) || DEFENDING_BEFORE.test(before) || DEFENCE_AFTER.test(after)) return 'defence';
	return undefined;
}

// "stole", "deliberate theft", "lied to the jury": the wrongdoing a prosecutor or an investigator lays at the
// defendants' door; a statement that denies it ("he never stole") is the defence's own
const ACCUSES = /\b(?:stole|stolen|steal(?:s|ing)?|theft|thieves|robbed|defrauded|fraudsters?|swindled?|cheated|conned|embezzled|lied|greed|greedy|dishonest(?:y|ly)?|criminals|crooks|preyed)\b/gi;
// a denial within three words before the accusation ("never stole", "did not steal", "no theft"), or a plea of innocence anywhere
const DENIED = /(?:\b(?:not|never|no|nothing|den(?:y|ies|ied))|n[’']t)(?:\s\S+){0,3}\s$/i;
const INNOCENT = /\binnocen(?:t|ce)\b/i;

/**
 * The sides of a trial a statement speaks against: those it names in the third person
 * (`courtSidesNamed`), and the defence where it lays wrongdoing at the defendants' door and does not
 * deny it in the same breath ("The money these men stole should have paid for schools"): a defence barrister never says
 * that of his client, and offered as its speaker he was a holdout173 reader's R8. Takes the
 * statement as quoted or reported.
 */
export function courtSidesAgainst(statement: string): Set<CourtSide> {
	const sides = courtSidesNamed(statement);
	if (!INNOCENT.test(statement) && [...statement.matchAll(ACCUSES)].some((m) => !DENIED.test(statement.slice(0, m.index)))) sides.add('defence');
	return sides;
}

/**
 * The sides of a trial a statement speaks of in the third person ("The prosecution is asking you
 * to convict ...", "the defence has offered no evidence"): no one of such a side said it of their
 * own side, so a prosecutor offered as who attacked the prosecution is absurd (a strict reader's
 * R8 on session 37's holdouts). Takes the statement as quoted or reported.
 */
export function courtSidesNamed(statement: string): Set<CourtSide> {
	const named = new Set<CourtSide>();
	if (/\b(?:the\s)?prosecution\b|\bprosecutors?\b|\bthe\sCrown\b/i.test(statement)) named.add('prosecution');
	if (/\bthe\sdefen[cs]e\b|\bdefen[cs]e\s(?:lawyers?|team|counsel|attorneys?|barristers?)\b/i.test(statement)) named.add('defence');
	return named;
}

// "Kelsey manager Iain McCreadie", "Ashby chairman Derek Ames", "Rovers substitute Jordan Mbeki": the side's name written
// right before a club's or a contest's role and the name that holds it; group 1 the side (one word: "Rovers"
// of "Kelsey Rovers manager", so two forms of one club may read as two sides, which only refuses an item)
const SIDE_ROLE = /(?:^|[^\p{L}\p{M}’'-])(\p{Lu}[\p{L}\p{M}’'-]+)\s(?:(?:head|assistant|interim|caretaker|club|team)\s)?(?:manager|boss|coach|chairman|chairwoman|chair|captain|striker|midfielder|defender|goalkeeper|keeper|winger|forward|substitute|player|owner)\s$/u;

// a capitalised word before a role that is no side: a sentence's opening, a rank, a time
const NO_SIDE = /^(?:The|A|An|Former|Then|Now|Acting|Interim|Assistant|Head|Club|Team|Mr|Mrs|Ms|Dr|But|And|When|After|Before|While|Last|New)$/;

/**
 * The side each person is written as holding a role for, by surname: "Kelsey manager Iain
 * McCreadie" gives McCreadie "Kelsey". A quote from a contest speaks for its speaker's side ("To
 * concede like that ... is a sickener", "Credit to Ashby, but we gave them two goals"), so a false
 * speaker of another side is absurd: the winning scorer given the losers' words, the winners' own
 * chairman crediting his club (the dev174 readers' R8). `sentences[i]` is a sentence's text and
 * `persons[i]` its people's surnames with where each starts.
 */
export function personSides(sentences: readonly string[], persons: readonly { surname: string; start: number }[][]): Map<string, string> {
	const sides = new Map<string, string>();
	sentences.forEach((text, i) => {
		for (const p of persons[i] ?? []) {
			const side = SIDE_ROLE.exec(text.slice(Math.max(0, p.start - 60), p.start))?.[1];
			if (side && !NO_SIDE.test(side) && !sides.has(p.surname)) sides.set(p.surname, side);
		}
	});
	return sides;
}

// "about 7% more water vapour", "2.3 degrees", "the atmosphere", "statistically": a figure or a science's words
const TECHNICAL = /\d(?:[.,]\d+)?\s?(?:%|per\s?cent\b|degrees?\b|°|millimet(?:re|er)s?\b|mm\b|kilomet(?:re|er)s?\b|parts\sper\b|times\s(?:more|less|higher|lower|as)\b)|\b(?:atmosphere|water\svapou?r|emissions|greenhouse|carbon\sdioxide|warming|climate\smodels?|statistically|probability|correlation|peer-reviewed|pathogens?|antibod(?:y|ies)|genome|molecules?|tectonic|seismic|magnitude|epidemiolog\w*|sample\ssize|margin\sof\serror)\b/i;

/**
 * Does a statement carry an expert's content: a figure with its unit ("about 7% more water
 * vapour", "1.5 degrees") or a science's words ("the atmosphere", "statistically")? Offered as a
 * lay witness's words it is absurd: a baker given a climatologist's figure was a holdout173
 * reader's R8. Takes the statement as quoted or reported.
 */
export function technicalStatement(statement: string): boolean {
	return TECHNICAL.test(statement);
}

// "I have lived here my whole life", "I watched from the window", "we lost everything": what a witness went through
const WITNESSED = /\b(?:I|we)\s(?:have\s|had\s|just\s)?(?:never\s)?(?:lived|saw|seen|watched|heard|woke|ran|grabbed|lost|fled|screamed|prayed|survived|escaped)\b|\bI\s(?:was|were)\s(?:inside|upstairs|downstairs|asleep|at\shome|in\sthe\s(?:kitchen|shop|car|house))\b|\bmy\swhole\slife\b/i;

/**
 * Does a statement tell what its speaker went through as a witness ("I have lived here my whole
 * life and I have never seen anything like it", "we lost everything")? A lay witness's words of
 * their own, which an expert offered as their speaker never lived (QUALITY.md R8). Takes the
 * statement as quoted.
 */
export function witnessedStatement(statement: string): boolean {
	return WITNESSED.test(statement);
}

// a post-nominal after a name ("KC", "Jr."), which stands between it and its verb
const POST_NOMINAL = /^\s(?:[A-Z]{2,4}|Jr\.?|Sr\.?)(?=[\s,])/;
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Verb', 'Auxiliary']);

/**
 * Does the text right after a person's name make them act: a verb next, past a post-nominal
 * ("KC"), up to three asides between commas ("Okafor, 44, took", "Raghunathan, 61, a retired
 * engineer who has lived here for years, said") or in a clause on "who" ("Ashworth, who said")?
 * Takes the text after the name; `tags` is the lexicon's tags of a word.
 */
export function actsAfter(after: string, tags: (word: string) => readonly string[]): boolean {
	let rest = after.replace(POST_NOMINAL, '');
	for (let k = 0; k <= 3; k++) {
		const word = (k === 0 ? FIRST_WORD : WORD_AFTER_ASIDE).exec(rest)?.[1];
		if (word !== undefined && (/ed$/.test(word) || tags(word).some((t) => VERB_TAGS.has(t)))) return true;
		const aside = ASIDE.exec(rest);
		if (!aside) return false;
		rest = rest.slice(aside[0].length);
	}
	return false;
}

// the word that follows a name, or a clause on "who" after it, past an auxiliary or an adverb of time
const FIRST_WORD = /^(?:\s|,\swho\s)(?:(?:also|then|later|has|had|have|will|would|could|may)\s)?(\p{Ll}[\p{Ll}-]*)/u;
// the same after an aside between commas, whose closing comma is still to come
const WORD_AFTER_ASIDE = /^,\s(?:who\s)?(?:(?:also|then|later|has|had|have|will|would|could|may)\s)?(\p{Ll}[\p{Ll}-]*)/u;
// an aside opened by a comma, up to the comma that closes it
const ASIDE = /^,\s[^,;:“”"]{1,100}(?=,)/;

// a title or an office written right before a name ("President", "Cllr", "Sen."), which the word before it governs as well
const TITLE_WORDS = /(?:\s(?:\p{Lu}[\p{L}.’'-]*))+\s?$/u;

/**
 * Is one mention of a person a mere reference: a possessive ("Kamala Harris's 2024 margin") or the
 * object of a preposition or a verb ("backed President Donald Trump by nine points", "ahead of
 * Smith")? A person every mention of whom is so, and who never acts (`actsAfter`), neither speaks
 * nor acts in the story, and offered as who said something was a holdout172 reader's R8. Takes the
 * sentence's text before and after the name; `tags` is the lexicon's tags of a word.
 */
export function mentionedAsReference(before: string, after: string, tags: (word: string) => readonly string[]): boolean {
	if (/^[’']s?(?![\p{L}])/u.test(after)) return true;
	const governor = /(\p{Ll}+)$/u.exec(before.replace(TITLE_WORDS, '').replace(/\s+$/, ''))?.[1];
	// '"...," said Dr Lucía Beltrán': a verb of saying before a name is the speaker's own, written after the quote
	if (governor === undefined || /^(?:said|says|added|asked|wrote|explained|continued)$/.test(governor)) return false;
	return tags(governor).some((t) => t === 'Preposition' || t === 'PastTense' || t === 'PresentTense' || t === 'Verb');
}
