import { gazetteerCity, hasTag, isFirstName, registeredFirstName } from './lexicon';
import { containsWord, escapeRe, keptPerTextAndWord, offsetsBetween } from './words';

// a letter: what may not touch a name where it is written as a word
const LETTER = /\p{L}/u;
// one code point either side of a name, as the lookarounds of a pattern built per name read it, which cost a compile per name of a new article
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER_MARK_OR_APOSTROPHE = /[\p{L}\p{M}’']/u;

/** What `personOptionFault` needs of the article: its sentences' text, and every person fact's written name and surname. */
export interface PersonNames {
	text: string;
	persons: readonly { text: string; surname: string }[];
	/** Organisation names the article writes, lower-case. */
	organisations: ReadonlySet<string>;
}

interface Names {
	/** Surnames written after two different first names. */
	shared: Set<string>;
	/** Lone names that are first names and never a surname of someone named in full. */
	firstOnly: Set<string>;
	/** Surnames written after a first name at least once. */
	fully: Set<string>;
	/** Full names, and their surnames, that the article writes only after a preposition of place (`onlyAsPlace`). */
	places: Set<string>;
	/** The first word of each full name, by the surname it opens ("Rhys" → {"Meredith"}). */
	firstOf: Map<string, Set<string>>;
	/** Surnames of two or more words that open on a lower-case particle ("ap Rhys", "van Dijk"), lower-case. */
	particled: Set<string>;
}

const NAMES = new WeakMap<object, Names>();

/**
 * The surnames two people of an article share ("Laura Ashworth" and her mother "Peggy
 * Ashworth"), the names written only as a lone first name ("Geoff", or "Lan" of "Tran Ngoc Lan") and the surnames written
 * after a first name, read once per article (cached on `key`).
 */
function namesOf(key: object, article: PersonNames): Names {
	let names = NAMES.get(key);
	if (names) return names;
	const fulls = new Map<string, Set<string>>();
	const lone = new Set<string>();
	// the given names of names written family name first (`familyNameLeads`): "Lan" of "Tran Ngoc Lan", whom the story calls Tran
	const given = new Set<string>();
	const firstOf = new Map<string, Set<string>>();
	const particled = new Set<string>();
	for (const p of article.persons) {
		if (/^\p{Ll}+\s/u.test(p.surname)) particled.add(p.surname.toLowerCase());
		if (!p.text.includes(' ')) {
			lone.add(p.text);
			continue;
		}
		// "Yoon Ha-eun", written family name first, has the given name after it; "Director Yoon" is a
		// role before the surname, no second person of that name
		const words = p.text.split(' ');
		if (familyNameLeads(p.text)) for (const w of words.slice(1)) given.add(w);
		const first = words[0] === p.surname ? words[1] : words[0];
		const firsts = fulls.get(p.surname) ?? new Set<string>();
		if (!hasTag(first.toLowerCase(), 'Actor')) firsts.add(first);
		fulls.set(p.surname, firsts);
		if (first !== p.surname) firstOf.set(first, (firstOf.get(first) ?? new Set()).add(p.surname));
	}
	const places = new Set<string>();
	for (const p of new Map(article.persons.filter((q) => q.text.includes(' ')).map((q) => [q.text, q])).values()) {
		if (!onlyAsPlace(p.text, article.text)) continue;
		places.add(p.text);
		// the surname too, unless written alone as someone's ("a pass from Bukayo Saka ... Saka scored")
		if (onlyAsPlace(p.surname, article.text)) places.add(p.surname);
	}
	names = {
		shared: new Set([...fulls].filter(([, firsts]) => firsts.size > 1).map(([surname]) => surname)),
		// "but Lan deserved it": a given name the lexicon does not know is one all the same where the article's full name has it (a sealed holdout86 reader's R8)
		firstOnly: new Set([...lone].filter((n) => !fulls.has(n) && (isFirstName(n) || given.has(n)))),
		fully: new Set(fulls.keys()),
		places,
		firstOf,
		particled
	};
	NAMES.set(key, names);
	return names;
}

/**
 * Why a set of person options (the key and its distractors, as written) is no fair item, or
 * undefined when it is: a name the article writes only as a place (`onlyAsPlace`: "Monte
 * Peller") is no person ('R8'); a lone surname two people of the article share is no answer at all
 * ('R3': "Ashworth" may be either); a lone first name ("Geoff") among surnames breaks the name
 * format ('R5'), as does a surname of two words
 * ("ap Rhys") among full names; a lone name that opens another person's full name ("Rhys" beside
 * Rhys Meredith) may be either ('R3'); a lone name never written after a first name that the article writes as an
 * organisation, or after "the" ("the Justice Department"), is no person ('R8'). Takes a key
 * object to cache the article's names on (the generation context), the article's names and the
 * options. QUALITY.md R3, R5, R8.
 */
export function personOptionFault(key: object, article: PersonNames, options: readonly string[]): 'R3' | 'R5' | 'R8' | undefined {
	const { shared, firstOnly, fully, places, firstOf, particled } = namesOf(key, article);
	// "a summit finish on Monte Peller": a mountain a first name opens is no rider (the holdout69 reader's R8)
	if (options.some((o) => places.has(o))) return 'R8';
	// "Nordhafen Shipmanagement said ..." read as a speaker: a body among people is of another type (a blind reader's R8)
	if (options.some((o) => bodyName(article.organisations, o))) return 'R8';
	const lone = options.filter((o) => !o.includes(' '));
	if (lone.some((o) => shared.has(o))) return 'R3';
	// "Rhys" beside "Meredith", whom the article calls Rhys Meredith: a lone name that opens another
	// person's full name reads as that person too (a dev156s reader's R3)
	if (lone.some((o) => [...(firstOf.get(o) ?? [])].some((surname) => surname !== o))) return 'R3';
	// "Ap Rhys" among "Kai Brennan" and "Rhys Meredith": a surname of two words is no full name, and
	// capitalised to open the blank's sentence it stands out among them (a dev156s reader's R5)
	if (options.some((o) => particled.has(o.toLowerCase())) && options.some((o) => o.includes(' ') && !particled.has(o.toLowerCase()))) return 'R5';
	if (lone.some((o) => firstOnly.has(o)) && lone.some((o) => !firstOnly.has(o))) return 'R5';
	for (const o of lone) {
		if (fully.has(o)) continue;
		if (article.organisations.has(o.toLowerCase())) return 'R8';
		const escaped = escapeRe(o);
		if (new RegExp(`\\b[Tt]he (?:\\p{Lu}[\\p{L}’'&-]*\\s){0,3}${escaped}(?![\\p{L}’'-])`, 'u').test(article.text)) return 'R8';
	}
	return undefined;
}

// a word that ends a business's or a body's name, never a person's ("Nordhafen Shipmanagement", "Arlo Holdings");
// a trade's word too ("Harwood Digital", "Kestrel Systems"), else a supplier that "said" is a speaker offered as who said a quote (R8)
const BODY_END = /^(?:\p{Lu}\p{Ll}*(?:management|shipping|holdings|logistics)|Management|Shipping|Holdings|Group|Ltd|Inc|Corp|Plc|PLC|plc|GmbH|AG|LLC|Bank|Airlines|Airways|Partners|Capital|Logistics|Foods|Motors|Energy|Council|Ministry|Police|Agency|Authority|Association|Federation|Union|Digital|Media|Technologies|Technology|Systems|Solutions|Software|Networks|Telecom|Telecoms|Services|Consulting|Construction|Engineering|Pharma|Pharmaceuticals|Insurance|Industries|Enterprises|Labs|Electronics|Security)\.?$/u;
/**
 * Is a name read as a person's a body's instead: one the article types as an organisation, or one
 * ending on a word only bodies' names end on ("Nordhafen Shipmanagement", "Arlo Holdings")? Takes
 * the article's organisations by lower-case name and the name.
 */
export function bodyName(organisations: ReadonlySet<string> | ReadonlyMap<string, unknown>, name: string): boolean {
	return organisations.has(name.toLowerCase()) || BODY_END.test(name.split(' ').at(-1)!);
}

// a place word or a kind of venue that ends a name no person bears ("Charlotte Douglas International Airport")
const PLACE_END = /^(?:airport|station|stadium|arena|park|bridge|street|road|lane|avenue|line|quay|square|harbour|harbor|port|tower|hall|house|castle|abbey|cathedral|church|palace|hill|mountain|valley|river|lake|bay|island|alliance|aggregates)$/i;

/**
 * The last word of the name of a thing that a first name may open ("James Webb Space Telescope",
 * "Marie Curie Building", "Regina Mundi Church"): an instrument, a craft or vessel, a building, a
 * church or a cemetery, a prize. Such a name is no person, so never a speaker nor a person option
 * (QUALITY.md R8); a singer named "Charlotte Church" is lost to it, which costs questions, never a
 * wrong one.
 */
export const THING_END =
	/^(?:telescope|observatory|satellite|probe|rover|lander|orbiter|spacecraft|rocket|missile|ship|vessel|ferry|submarine|yacht|tanker|frigate|destroyer|cruiser|aircraft|locomotive|building|centre|center|hospital|school|academy|library|gallery|theatre|theater|museum|memorial|monument|statue|church|cathedral|chapel|basilica|mosque|synagogue|cemetery|prize|award|trophy)$/i;

// a kind of place or thing named after someone, written after the name in lower case ("the Thomas
// P. Ryan recreation center", "the Avenue D and Thomas P. Ryan centers", "the Jane Doe Act"
// written "act", "Poland's Gloria Artis gold medal"), with at most one modifier of its kind before it
const EPONYM_AFTER = /^\s(?:(?:gold|silver|bronze|recreation|community|memorial|sports|leisure|aquatic|medical|health|arts|art|science|research|visitor|visitors'|conference|convention|performing|youth|senior|cancer|children's|high|elementary|primary|middle|public|branch)\s)?(?:cent(?:er|re)s?|buildings?|hospitals?|schools?|academ(?:y|ies)|librar(?:y|ies)|galler(?:y|ies)|theat(?:re|er)s?|museums?|memorials?|stadiums?|arenas?|parks?|bridges?|streets?|roads?|avenues?|halls?|airports?|stations?|awards?|prizes?|troph(?:y|ies)|medals?|scholarships?|fellowships?|lectures?|institutes?|pools?|fields?|act|law|distiller(?:y|ies)|brewer(?:y|ies)|winer(?:y|ies)|estates?|result|brand|label|whisky|cask)\b/;

/**
 * Does the text right after a person-shaped name make it the name of a place or thing named
 * after someone ("Thomas P. Ryan" in "the Avenue D, Flint Street and Thomas P. Ryan centers")?
 * Such a namesake is no person in the story, so never a person fact, a speaker nor a person
 * option (QUALITY.md R8: "Ryan" of a recreation center offered as a council member). Takes the
 * sentence's text after the name.
 */
export function namesAThing(after: string): boolean {
	return EPONYM_AFTER.test(after);
}

// "Braga's under-23 side", "Braga's stadium": what only a club or a town owns
const TEAM_AFTER = /^[’']s\s(?:[\p{L}\d-]+\s){0,2}(?:side|stadium|ground|fans|supporters|squad|team|academy)(?![\p{L}-])/u;

// "the Portuguese Primeira Liga": "the" and capitalised words before a name, which a league or a
// body takes; the last of them no office title, as "the Prime Minister Keir Starmer" writes a person
const LEAGUE_BEFORE = /\b[Tt]he\s(?:\p{Lu}[\p{L}’'&-]*\s){0,3}$/u;
const TITLE_BEFORE = /\b(?:President|Minister|Chancellor|Secretary|Senator|Governor|Mayor|Judge|Justice|King|Queen|Prince|Princess|Lord|Lady|Sir|Dame|Dr|Professor|Rev|Reverend|Bishop|Archbishop|Pope|Cardinal|Executive|Director|Chairman|Chairwoman|Captain|Coach|Manager|General|Colonel|Ambassador|Commissioner|Speaker|Leader|Mr|Mrs|Ms)\.?\s$/u;

/**
 * Is a name the facts read as a person's one the article writes as a league, a club or a place
 * instead, so no person option (QUALITY.md R8: "Liga" and "Braga" offered beside footballers as
 * who scored)? Yes when every mention follows "the" and capitalised words ("the Portuguese Primeira
 * Liga": a league or a body) that end on no office title ("the Prime Minister Keir Starmer" is a
 * person), or when the article never gives the name a first name (`lone`) and
 * it is a gazetteer town or owns a side, a stadium or fans ("Braga's under-23 side"). Takes the
 * name as the article writes it, whether it is only ever written alone, and the article's text.
 */
export function namedAsNonPerson(name: string, lone: boolean, text: string): boolean {
	return namedAsNonPersonKept(text, `${lone ? '1' : '0'}${name}`);
}
// kept per article and name: asked for every person of every item's options, it read the whole article each time
const namedAsNonPersonKept = keptPerTextAndWord((text, key) => readNamedAsNonPerson(key.slice(1), key[0] === '1', text), 16);

/** `namedAsNonPerson`, read afresh. */
function readNamedAsNonPerson(name: string, lone: boolean, text: string): boolean {
	const mentions = offsetsBetween(text, name, LETTER, LETTER);
	if (mentions.length === 0) return false;
	if (mentions.every((at) => LEAGUE_BEFORE.test(text.slice(Math.max(0, at - 60), at)) && !TITLE_BEFORE.test(text.slice(Math.max(0, at - 20), at)))) return true;
	if (!lone) return false;
	return gazetteerCity(name) !== undefined || mentions.some((at) => TEAM_AFTER.test(text.slice(at + name.length, at + name.length + 40)));
}

/**
 * Can `name`, offered as who said something, be a person (QUALITY.md R8)? Not when it ends in an
 * organisation's word (`orgSuffix`: "Alliance", "Foods"), a place's ("Airport", "Station") or a
 * thing's (`THING_END`: "Telescope", "Building"),
 * nor when the article writes it only after a preposition of place ("on Ben Macdui", "near
 * Ben Nevis"): a mountain or a venue that a first name happens to open. `text` is the article's text.
 */
export function mayBePerson(name: string, text: string, orgSuffix: RegExp): boolean {
	const last = name.split(' ').pop() ?? name;
	if (orgSuffix.test(last) || PLACE_END.test(last) || THING_END.test(last)) return false;
	return !onlyAsPlace(name, text);
}

/**
 * Does `text` write `name` as a place and never as a person: after a preposition of place at least
 * once ("on Ben Macdui", "near Ben Nevis", "At Glen Arrach, contractors spent ...") and nowhere
 * with a person's marks (`PERSON_BEFORE`, `PERSON_AFTER`: a title, a verb of saying, an age)? Then
 * it names a mountain, an estate or a venue a first name opens: "Glen Arrach", also written as the
 * subject of "Glen Arrach showed what can be achieved", was offered as who said a crofter's words
 * (a dev174 reader's R8). False when `text` never writes it.
 */
function onlyAsPlace(name: string, text: string): boolean {
	return onlyAsPlaceKept(text, name);
}
// kept per article and name, as `namedAsNonPerson` is
const onlyAsPlaceKept = keptPerTextAndWord((text, name) => readOnlyAsPlace(name, text), 16);

/** `onlyAsPlace`, read afresh. */
function readOnlyAsPlace(name: string, text: string): boolean {
	const mentions = offsetsBetween(text, name, LETTER, LETTER);
	const placed = (at: number) => {
		const before = text.slice(Math.max(0, at - 40), at);
		// "a cross from Jamie Corr", "from Jamie Corr's corner": a match report's "from" gives who passed the ball, never where
		if (BALL_BEFORE.test(before) || BALL_AFTER.test(text.slice(at + name.length, at + name.length + 40))) return false;
		return /\b(?:[Oo]n|[Uu]p|[Nn]ear|[Aa]top|summit of|slopes of|climb(?:ed|ing)?|descend(?:ed|ing)?|[Ff]rom|[Aa]t)\s(?:\p{Lu}[\p{L}’'-]*\s)*$/u.test(before);
	};
	const person = (at: number) => PERSON_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || PERSON_AFTER.test(text.slice(at + name.length, at + name.length + 30));
	return mentions.some(placed) && !mentions.some(person);
}

// a title or a verb of saying just before a name: "Dr Mòrag NicLeòid", "said Donald Mackay"
const PERSON_BEFORE = /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Cllr|Councillor|said|says|told|added|asked|according to)\.?\s$/;
// an age, a "who", a verb of saying or a possessive kin just after a name: "Donald Mackay, 67,", "Ewan MacInnes, who", "Mackay said"
const PERSON_AFTER = /^(?:,\s\d{1,3}\b|,\s(?:who|whose)\b|\s(?:said|says|told|added|asked|wrote|recalled)\b|[’']s\s(?:wife|husband|partner|son|daughter|mother|father|brother|sister|family|widow|widower)\b)/;

// a ball played by someone: "a low cross", "a corner", "a free kick"
const BALL_PLAY = String.raw`(?:cross|pass|corner|free[- ]kick|header|shot|ball|delivery|flick|throw-in|lay-off|cut-back)`;
/** A ball played "from" the name after it: "turned in a cross from ". */
const BALL_BEFORE = new RegExp(String.raw`\b${BALL_PLAY}\s+from\s$`);
/** The name's own ball after it: "'s low cross", "'s corner". */
const BALL_AFTER = new RegExp(String.raw`^[’']s\s(?:[\p{Ll}-]+\s){0,2}${BALL_PLAY}\b`, 'u');

/**
 * Names the article refers to with "which", the relative pronoun of a thing, where a person takes
 * "who": "Ashgrove Renewables, which is behind the scheme, said ..." makes the name a company's,
 * so it is never a speaker to ask about nor a person offered as one (QUALITY.md R8: a developer
 * offered beside councillors as who said a quote). Counted only for a name of two or more words
 * whose first word is no given name (`isFirstName`, `registeredFirstName`), written as the subject
 * opening its sentence or clause: "a report by Jane Okoro, which found ..." is a report's "which".
 * Takes the sentences' texts and their facts (person facts with their spans); returns the names as
 * written.
 */
export function whichNames(sentences: readonly string[], facts: readonly (readonly { type: string; text: string }[])[]): Set<string> {
	const out = new Set<string>();
	const names = new Set(facts.flat().flatMap((f) => (f.type === 'person' && f.text.includes(' ') ? [f.text] : [])));
	for (const name of names) {
		const first = name.split(' ')[0];
		if (isFirstName(first) || registeredFirstName(first)) continue;
		const which = sentences.some((text) =>
			offsetsBetween(text, name, LETTER, LETTER).some(
				(at) =>
					/^,\s(?:which|whose\s(?:shares|parent|headquarters|owners?|factory|factories|plant|stores|shops))\s/.test(text.slice(at + name.length)) &&
					/^(?:|.*[,;:]\s|.*\s(?:and|but|while|whereas)\s)$/s.test(text.slice(0, at).replace(/^["“‘'(]/, ''))
			)
		);
		if (which) out.add(name);
	}
	return out;
}

/** How long before publication a year must be for a sentence that names only it to be history: a generation. */
const HISTORY_YEARS = 30;

// "his teenage habit of trailing Charlie Parker from club to club", "as a boy he heard X play": a
// sentence set in someone's youth, which for an obituary's subject is decades back (the holdout76
// reader's R8: the jazz idol offered as who spoke "on Monday")
const YOUTH = /\b(?:teenage|as a (?:teenager|boy|girl|child|schoolboy|schoolgirl|student|youngster)|in (?:his|her|their) youth|(?:his|her|their) childhood|decades (?:ago|earlier|before))\b/i;

// a word every reading of `onlyInPast`'s death needs: a sentence without one is not read for it
const DEATH_WORD = /\b(?:died|killed|executed|passed away|late|reigned|ruled)\b|\(/;

/**
 * Is the person of `surname` one the article places only in the past, so no option for who
 * said or did something now (QUALITY.md R8: the general who stormed Maqdala in 1868 offered as
 * the speaker of a museum director's quote; the biopic's subject, "who died in 1966", offered
 * as its producer; the emperor on a grave's coin, "who reigned from 582 to 602", offered as a
 * detectorist's)? Yes when the article says they are dead ("Powell, who died in 1966", "the
 * late Powell") or reigned or ruled once ("Tiberius, who reigned from 582", "X, who ruled from 1603"), or every sentence naming them is set in a year a generation before publication
 * (`lastYear`), in a past century ("the 19th-century", "Victorian") or in someone's youth
 * (`YOUTH`: "his teenage habit of trailing X"), and gives no later
 * year. Takes the sentences' texts and the year of publication (else the article's latest).
 */
export function onlyInPast(sentences: readonly string[], surname: string, lastYear: number): boolean {
	const name = escapeRe(surname);
	const named = sentences.filter((s) => s.includes(surname) && offsetsBetween(s, surname, LETTER, LETTER).length > 0);
	if (named.length === 0) return false;
	// built only for an article that may tell of a death, once per surname, not once per sentence that tells of one
	let pattern: RegExp | undefined;
	const dead = () => (pattern ??= new RegExp(`(?<![\\p{L}])${name}(?:[’']s)?,?\\s(?:who\\s|having\\s)?(?:(?:died|was killed|was executed|passed away|reigned)\\b|ruled\\s(?:from|between)\\s\\d)|\\bthe late\\s(?:\\p{Lu}[\\p{L}’'.-]*\\s){0,2}${name}(?![\\p{L}])|(?<![\\p{L}])${name}\\s\\((?:c\\.\\s?)?\\d{3,4}\\s?[–-]\\s?\\d{3,4}\\)`, 'u'));
	if (named.some((s) => DEATH_WORD.test(s) && dead().test(s))) return true;
	return named.every((s) => {
		const years = [...s.matchAll(/(?<![\d,.])(1[5-9]\d{2}|20\d{2})(?![\d,])/g)].map((m) => Number(m[1]));
		const old = years.every((y) => y <= lastYear - HISTORY_YEARS);
		// a sentence set in someone's youth is past whatever its quote marks hold (a nickname, "Bird Dog")
		if (YOUTH.test(s)) return old;
		// "a quote from 1868 still read today": a quote marks words spoken, perhaps now
		if (/[“”"]/.test(s)) return false;
		const century = /\b(?:1[0-9]th|\p{L}+teenth)[- ]century\b|\bVictorian\b|\bmedieval\b/iu.test(s);
		return (years.length > 0 || century) && old;
	});
}

// "the club record set by Peter Lyle in 1987", "Lyle, in 1987,": a year the name did something in
const YEAR_AFTER = /^(?:[’']s)?[^.;:“”"]{0,40}?\b(?:in|since|back in)\s(1[5-9]\d{2}|20\d{2})(?![\d,])/;

// "Smith, who joined the club in 2019, said": the year dates an aside about the person, who
// speaks in the story after it (a record holder's aside, "Price, who scored 41 in 1994, still
// holds it", stays history)
const SPEAKS_AFTER_ASIDE = /^,\s(?:who|whose|an?|the)\s[^,.;:“”"]*,\s(?:(?:also|later|then)\s)?(?:said|says|told|tells|added|adds|explained|insisted|warned|argued|admitted|recalled)\b/;

/**
 * Is the person of `surname` named only as history, each mention tied to a year before
 * publication ("the club record set by Peter Lyle in 1987"), a year in an aside about them
 * ("Smith, who joined the club in 2019, said") not counted? Such a person holds a record or
 * did something once, and speaks in no scene of the story, so is no option for who said a
 * quote of it (QUALITY.md R8: the 1987 record holder offered as the speaker of a manager's
 * half-time words). Takes the sentences' texts, the surname and the year of publication
 * (undefined when the article has none: then any year written so is history, a news story
 * being told now).
 */
export function namedOnlyAsHistory(sentences: readonly string[], surname: string, published: number | undefined): boolean {
	const mentions = sentences.flatMap((s) => offsetsBetween(s, surname, LETTER, LETTER).map((at) => s.slice(at + surname.length)));
	return (
		mentions.length > 0 &&
		mentions.every((after) => {
			if (SPEAKS_AFTER_ASIDE.test(after)) return false;
			const year = YEAR_AFTER.exec(after)?.[1];
			return year !== undefined && (published === undefined || Number(year) < published);
		})
	);
}

// family names that open a Vietnamese name as the press writes it ("Nguyen Thanh Long"); the short
// ones are given names in English too, so they count only before two more words
const VIETNAMESE = /^(?:Nguyen|Nguyễn|Tran|Trần|Pham|Phạm|Huynh|Huỳnh|Hoang|Hoàng|Truong|Trương|Trinh|Trịnh|Bui|Bùi|Ngo|Ngô|Duong|Dương|Dinh|Đinh|Luong|Lương|Doan|Đoàn|Đặng|Đỗ|Lê|Hồ|Vũ|Võ)$/;
const VIETNAMESE_SHORT = /^(?:Le|Do|Ho|Vu|Vo|Phan|Dang|Ly|Mai)$/;
const CHINESE = /^(?:Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo|Zheng|Liang|Xie|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ding|Ren|Shen|Yao|Xi|Qin|Fu|Fang|Bai|Cui|Mao|Qiu|Shi|Gu|Hou|Shao|Meng|Long|Duan|Lei|Qian|Yin)$/;
const KOREAN = /^(?:Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Moon|Bae|Baek|Nam|Son|Ryu)$/;
const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|ü)){1,2}$/;
const HANGUL_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[gkndrlmbsjhtpy])?(?:yeo|yae|wae|woo|eo|ae|ya|ye|yo|yu|wa|wo|we|wi|eu|ui|oe|oo|a|e|i|o|u)(?:ng|n|m|l|k|p|t|r)?$/;

/**
 * Is `full` a name written family name first, as Vietnamese, Chinese and Korean names are
 * ("Nguyen Thanh Long", "Wang Hao", "Kim Jong-un")? Its last word is then a given name, which
 * the article may never write alone: a reader saw "Long" offered for Nguyen Thanh Long and could
 * not tell who was meant (QUALITY.md R8). A given part of another shape
 * ("Lee Westwood", "Kim Jones") makes none.
 */
export function familyNameLeads(full: string): boolean {
	const words = full.split(' ');
	if (words.length < 2 || words.length > 3) return false;
	const given = words.slice(1);
	if (VIETNAMESE.test(words[0]) || (VIETNAMESE_SHORT.test(words[0]) && words.length === 3)) return true;
	const lower = given.map((w) => w.toLowerCase());
	if (CHINESE.test(words[0]) && lower.every((w) => PINYIN.test(w.replace(/['’-]/g, '')))) return true;
	// "Kim Jong-un", "Yoon Suk Yeol": Korean given names are two syllables, hyphened or apart
	const syllables = lower.flatMap((w) => w.split('-'));
	return KOREAN.test(words[0]) && (given.length === 2 || /-/.test(given[0])) && syllables.length === 2 && syllables.every((s) => HANGUL_SYLLABLE.test(s));
}

/**
 * Is `last` a last word the article (`text`) never writes alone, of a name of three words or
 * more (`full`) that it writes only in full ("Long" of "Nguyen Thanh Long" in a chess results
 * list, whose family name comes first)? Such a word names no one the article names (the
 * holdout17 reader's R4/R8 on "Long found an accurate defensive sequence"); a two-word name's
 * last word is its surname, and is never refused here.
 */
export function unwrittenLastWord(text: string, full: string, last: string): boolean {
	if (full.split(' ').length < 3) return false;
	const rest = text.split(full).join(' ');
	return !containsWord(rest, last);
}

const DEAD = new WeakMap<object, Set<string>>();
// after a name: an aside of up to 80 characters, then a verb of dying ("Callum Rowe, an apprentice electrician from Swaffham, died at the scene")
const DIED_AFTER = /^(?:,[^,.;]{1,80},)?\s(?:who\s)?(?:died|was killed|was fatally (?:injured|wounded|struck|shot)|drowned|was pronounced dead|was found dead|lost (?:his|her) life)\b/;
// after the first of two names that die together ("Ann Lee, 81, and her neighbour, Tom Hale, 78, died", "Ann Lee and
// Tom Hale drowned"): the first dies too, though the verb follows the second (the holdout181 flood inquest offered a
// drowned pensioner as who said she felt relief at the ruling)
const DIED_WITH_OTHER = /^(?:,\s\d{1,3},)?\sand\s(?:(?:his|her|their)\s\p{Ll}+(?:\s\p{Ll}+)?,?\s)?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2}(?:,\s\d{1,3},)?\s(?:both\s)?(?:died|were killed|were fatally (?:injured|wounded|struck|shot)|drowned|were pronounced dead|were found dead)\b/u;
// before a name: "the death of", "an inquest into the death of Mr", "the late"
// a word that `DIED_AFTER` or `DIED_BEFORE` needs
const DIED_WORD = /\b(?:died|killed|fatally|drowned|dead|deceased|victims|life|death|deaths|killing|funeral|memory|body|late)\b/;
const DIED_BEFORE = /\b(?:death|deaths|killing|funeral|memory|body) of (?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?$|\bthe late (?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?$/;
// before a name, within its sentence: the list that names the dead ("Those who died were Ann Lee, 81; her neighbour Tom
// Hale ...", "The dead have been named as ...", "The victims were named as"), every name of which is one of them (the
// holdout183 blast inquiry offered a girl of 12 it listed so as who said counsel's words)
const DIED_LIST = /(?:\b(?:[Tt]hose|[Tt]he (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s)?(?:people|men|women|children|passengers|residents|workers|victims)) (?:who (?:died|were killed)|killed)|\b[Tt]he (?:dead|deceased))\s(?:were|are|included|include|(?:have|had)\sbeen\s(?:named|identified)\sas|were\s(?:named|identified)\sas)\s[^.!?“”"]*$/;

/**
 * The names (full and surname alone) of the people whose death the article tells ("X, an
 * apprentice electrician, died at the scene", "the inquest into the death of Mr X"), read once
 * per article (cached on `key`). No one whose inquest is reported told it anything: a blind
 * reader refused a dead motorcyclist offered as a witness at his own inquest (QUALITY.md R8). The
 * first of two who died together ("X, 81, and her neighbour, Y, 78, died") is dead too, as is every name of the list
 * that names the dead ("Those who died were X, 81; Y, 44; and Y's daughter, Z, 12": `DIED_LIST`). A
 * surname alone counts only where no living person of the article shares it.
 */
export function diedInStory(key: object, article: PersonNames): ReadonlySet<string> {
	let dead = DEAD.get(key);
	if (dead) return dead;
	dead = new Set();
	DEAD.set(key, dead);
	// an article that tells no death is not read name by name for one
	if (!DIED_WORD.test(article.text)) return dead;
	const fulls = new Map<string, Set<string>>();
	for (const p of article.persons) if (p.text.includes(' ')) fulls.set(p.surname, (fulls.get(p.surname) ?? new Set()).add(p.text));
	// the persons are the article's mentions: each name's text is read through once, or a long
	// article's generation grows with mentions times length
	const names = new Map(article.persons.map((p) => [p.text, p]));
	for (const p of names.values()) {
		for (const at of offsetsBetween(article.text, p.text, LETTER_OR_MARK, LETTER_MARK_OR_APOSTROPHE)) {
			if (!DIED_AFTER.test(article.text.slice(at + p.text.length)) && !DIED_WITH_OTHER.test(article.text.slice(at + p.text.length)) && !DIED_BEFORE.test(article.text.slice(Math.max(0, at - 40), at)) && !DIED_LIST.test(article.text.slice(Math.max(0, at - 300), at))) continue;
			const full = p.text.includes(' ') ? p.text : [...(fulls.get(p.surname) ?? [])].length === 1 ? [...fulls.get(p.surname)!][0] : undefined;
			if (full) dead.add(full);
			if ((fulls.get(p.surname)?.size ?? 0) <= 1) dead.add(p.surname);
		}
	}
	return dead;
}

const YOUNG = new WeakMap<object, Set<string>>();
/** The youngest age a speaker the story quotes commonly has, below which a named person is a child (`childrenInStory`). */
const CHILD_UNDER = 16;
// the ages under `CHILD_UNDER` as written in words, for "Efua, nine"
const CHILD_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];
// after a name: its age as an aside ("Abena, 12,", "Efua, nine.", "Tom, aged 7,")
const AGE_AFTER = /^,\s(?:aged\s)?(\d{1,2}|[a-z]+)(?=[,.;)]|\sand\b|$)/;
// before a name: "the 12-year-old Abena", "her nine-year-old son, Tom"
const AGE_BEFORE = /\b(\d{1,2}|[a-z]+)-year-old\s(?:(?:son|daughter|boy|girl|brother|sister|child|pupil|schoolboy|schoolgirl|grandson|granddaughter|nephew|niece),?\s)?$/i;

/** The age a written number or number word gives, when it is a child's (under `CHILD_UNDER`), else undefined. */
function childAge(written: string): number | undefined {
	const n = /^\d+$/.test(written) ? Number(written) : CHILD_WORDS.indexOf(written.toLowerCase()) + 1;
	return n >= 1 && n < CHILD_UNDER ? n : undefined;
}

/**
 * The names (full and surname alone) of the people the article gives an age under `CHILD_UNDER` ("Abena, 12",
 * "Efua, nine", "the 12-year-old Abena"), read once per article (cached on `key`). A child is no option for who
 * said an adult's words, as counsel's opening or a council leader's pledge put in a 12-year-old's mouth is absurd
 * (the holdout183 blast inquiry's R8). A surname alone counts only where no one else of the article shares it.
 */
export function childrenInStory(key: object, article: PersonNames): ReadonlySet<string> {
	let young = YOUNG.get(key);
	if (young) return young;
	young = new Set();
	YOUNG.set(key, young);
	const fulls = new Map<string, Set<string>>();
	for (const p of article.persons) if (p.text.includes(' ')) fulls.set(p.surname, (fulls.get(p.surname) ?? new Set()).add(p.text));
	for (const p of new Map(article.persons.map((q) => [q.text, q])).values()) {
		for (const at of offsetsBetween(article.text, p.text, LETTER_OR_MARK, LETTER_MARK_OR_APOSTROPHE)) {
			const after = AGE_AFTER.exec(article.text.slice(at + p.text.length, at + p.text.length + 20))?.[1];
			const before = AGE_BEFORE.exec(article.text.slice(Math.max(0, at - 50), at))?.[1];
			if ((after === undefined || childAge(after) === undefined) && (before === undefined || childAge(before) === undefined)) continue;
			young.add(p.text);
			if (p.text.includes(' ') && (fulls.get(p.surname)?.size ?? 0) <= 1) young.add(p.surname);
		}
	}
	return young;
}

// an animal's noun, singular or plural, as written before or after its name ("her dam, Rosa Nautica", "the greyhound Bolt")
const ANIMAL = String.raw`(?:dam|sire|mare|stallion|filly|colt|gelding|foal|yearling|horse|racehorse|pony|hound|greyhound|dog|puppy|cat|kitten|pet|bull|cow|heifer|ram|ewe|goat|pig|donkey|parrot|elephant|gorilla|chimpanzee|panda|tiger|lion|lioness|bear|whale|orca|dolphin|otter|giraffe|zebra|rhino|hippo|camel|llama|alpaca|tortoise|turtle|crocodile|alligator|shark)s?`;

// where a zoo keeps an animal ("her habitat", "Mei Lin's enclosure"); a pen, a stable or a tank is as often a person's
const ZOO_HOME = String.raw`(?:habitat|enclosure|cage|kennel|hutch|paddock|aviary|burrow)s?`;
// any word of an animal that `namedAsAnimal` reads: a sentence without one names no animal
const ANIMAL_WORD = new RegExp(String.raw`\b(?:${ANIMAL}|fillies|animals|${ZOO_HOME}|(?<![\p{L}-])(?:zoo)?keepers)\b`, 'iu');

/** Does `text` name any animal by a noun of `ANIMAL`, "fillies" or "animals", or a zoo's word (`ZOO_HOME`, "keepers") ("her dam", "two Frankel fillies", "her habitat")? An article that names none names no animal to ask `namedAsAnimal` of. */
export function mentionsAnimals(text: string): boolean {
	return ANIMAL_WORD.test(text);
}

/**
 * Does the article (`article`, one sentence a line) name `name` as an animal: after an animal's noun ("Her dam, Rosa
 * Nautica", "the greyhound Bolt", "a dog called Max"), before one in apposition ("Rosa Nautica,
 * the mare"), as the sire its foals are named by ("a Frankel filly"), or as the kin of an
 * animal its sentence names ("Her dam, Rosa Nautica, is the mother of Sea Lavender")? A horse's name has a
 * person's shape, but a person put where the horse stands ("the auctioneer is the mother of Sea
 * Lavender") is absurd, and so is a horse among people (the holdout37 reader's R8).
 */
export function namedAsAnimal(article: string, name: string): boolean {
	// every reading below holds the name inside one sentence: the rest of a long article is not read
	// for each name the quiz weighs (a tenth of a new article's generation time when it was)
	const text = article
		.split('\n')
		.filter((line) => line.includes(name) && ANIMAL_WORD.test(line))
		.join('\n');
	if (text === '') return false;
	const n = escapeRe(name);
	const before = new RegExp(String.raw`\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Aa]n?|[Oo]ur|[Mm]y)\s(?:[\p{Ll}-]+\s){0,2}${ANIMAL},?\s(?:(?:named|called)\s)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s){0,2}${n}(?![\p{L}\p{M}])`, 'u');
	const after = new RegExp(String.raw`(?<![\p{L}\p{M}])${n},\s(?:a|an|the|her|his|their)\s(?:[\p{L}-]+\s){0,3}${ANIMAL}\b|(?<![\p{L}\p{M}])${n}\s(?:filly|colt|foal|yearling|fillies|colts|foals|yearlings)\b`, 'u');
	if (before.test(text) || after.test(text)) return true;
	if (keptAnimal(text, n)) return true;
	// "Her dam, Maria Celeste, ... is the mother of Brass Bell": a kin of an animal its sentence names is one too
	const kin = new RegExp(String.raw`\b(?:mother|dam|sire|father|son|daughter|half-(?:brother|sister)|full (?:brother|sister)) of (?:[\p{L}\p{M}\d’'-]+\s){0,5}?${n}(?![\p{L}\p{M}])`, 'u');
	const animalNamed = new RegExp(String.raw`\b${ANIMAL},?\s(?:(?:named|called)\s)?\p{Lu}`, 'u');
	return text.split(/(?<=[.!?])\s+/).some((s) => kin.test(s) && animalNamed.test(s));
}

// what keepers do to an animal and never to a colleague ("Keepers coaxed Mei Lin down with apple slices")
const KEEPERS_DO = String.raw`(?:coaxed|lured|fed|darted|sedated|tranquilli[sz]ed|recaptured|captured|crated|weighed)`;

/**
 * Does the article (`text`, one sentence a line) write of the name (`n`, escaped) as of a kept
 * animal: its home at a zoo ("Mei Lin's enclosure"; "Mei Lin, a 4-year-old female, was reported
 * missing ... and found her habitat empty", of a sentence the name opens), keepers handling it
 * ("Keepers coaxed Mei Lin down"), or among "the animals" ("three of the animals, including Mei
 * Lin's younger brother, Tashi")? A red panda named only so was offered as who said a
 * schoolteacher's words (the holdout73 reader's R8).
 */
function keptAnimal(text: string, n: string): boolean {
	const name = String.raw`(?<![\p{L}\p{M}])${n}(?![\p{L}\p{M}])`;
	const home = new RegExp(String.raw`${name}['’]s\s(?:[\p{Ll}-]+\s)?${ZOO_HOME}\b`, 'u');
	const kept = new RegExp(String.raw`(?<![\p{L}-])(?:[Zz]oo)?[Kk]eepers\s${KEEPERS_DO}\s${name}`, 'u');
	const capital = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
	const kin = String.raw`(?:(?:${capital}\s){0,2}${capital}['’]s\s(?:[\p{Ll}-]+\s)?(?:brother|sister|mother|father|mate|son|daughter|cub|calf|sibling),?\s)?`;
	const among = new RegExp(String.raw`\b(?:animals|${ANIMAL}),?\s(?:including|among them|such as)\s${kin}${name}`, 'u');
	if (home.test(text) || kept.test(text) || among.test(text)) return true;
	const opens = new RegExp(String.raw`^${n}(?![\p{L}\p{M}])`, 'u');
	const own = new RegExp(String.raw`\b(?:her|his|its)\s${ZOO_HOME}\b`, 'u');
	return text.split('\n').some((s) => opens.test(s) && own.test(s));
}

// works of art as shown in a gallery, or a count of them, before "by" ("four paintings by", "19 by the Danish painter"); a script,
// a song or a film is as often by someone who takes part in today's story
const WORK = String.raw`(?:(?:paintings?|portraits?|canvases|sculptures?|drawings?|etchings?|engravings?|murals?|masterpieces?|works)\s(?:[\p{Ll}-]+\s){0,2}|(?<!\b(?:in|since|until|of)\s)\d{1,3}\s)`;
// words that report someone speaking, for `onlyAsMaker`
const SPEECH = String.raw`(?:said|says|told|tells|added|adds|explained|recalled|asked|insisted|argued|noted|stated|warned|admitted|replied)`;

/**
 * Is the person of `name` one the article names only as the maker of works of art ("four
 * paintings by Johannes Vermeer", "19 by the Danish painter Vilhelm Hammershøi") and never as speaking ("X said",
 * "said X", outside a quote)? Such a person takes no part in today's story, so no option for who
 * said or did something in it (QUALITY.md R8: Vermeer offered as the speaker of a gallery
 * director's words). Takes the article's sentences and a surname or full name.
 */
export function onlyAsMaker(sentences: readonly string[], name: string): boolean {
	// a maker is written "by" the name: sentences without both are not searched
	const naming = sentences.filter((s) => s.includes(name));
	if (!naming.some((s) => s.includes('by '))) return false;
	// each place the name stands is read with patterns that end or start there, the same for every name
	const at = (s: string) => {
		const found: number[] = [];
		for (let i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) if (NO_LETTER_NEXT.test(s.slice(i + name.length))) found.push(i);
		return found;
	};
	const made = (s: string) => at(s).some((i) => MADE_BEFORE.test(s.slice(0, i)));
	const speaks = (s: string) => at(s).some((i) => (NO_LETTER_BEFORE.test(s.slice(0, i)) && SPEECH_AFTER.test(s.slice(i + name.length))) || SPEECH_BEFORE.test(s.slice(0, i)));
	return naming.some(made) && !naming.some(speaks);
}

// what `onlyAsMaker` reads before or after the name: "four paintings by the Dutch painter ", ", who said", "said on Tuesday that "
const MADE_BEFORE = new RegExp(String.raw`\b${WORK}by\s(?:the\s(?:[\p{L}-]+\s){0,3})?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s){0,2}$`, 'u');
const SPEECH_AFTER = new RegExp(String.raw`^[^.;“”"]{0,120}\b${SPEECH}\b`, 'u');
const SPEECH_BEFORE = new RegExp(String.raw`\b${SPEECH}\s(?:[^.;,“”"]{0,60}\s)?$`, 'u');
const NO_LETTER_BEFORE = /(?<![\p{L}\p{M}])$/u;
const NO_LETTER_NEXT = /^(?![\p{L}\p{M}])/u;

// a word that likens a subject to someone ("Critics compared her to Giorgio Morandi", "in the manner of Rothko", "influenced by Cézanne"), read before the name in its sentence
const LIKENED = String.raw`(?:compar(?:ed|es|ing|isons?)|likened|likens|likening|in\s(?:the\s)?(?:manner|mould|mold|style|tradition|footsteps|vein)\sof|reminiscent\sof|echo(?:es|ing)?\sof|influenced\sby|inspired\sby|indebted\sto|disciple\sof|heir\sto|latter-day)`;
// the comparison's word up to the name, which it or a linking word ("to", "and to", "than") opens, with no comma or stop between:
// "compared her to Giorgio Morandi for her patience and to ", "influenced by the Japanese printmaker ", "likened him to a young "
const LIKENED_BEFORE = new RegExp(String.raw`\b${LIKENED}(?:[^.;:,“”"]{0,90}?\s(?:to|with|by|of|and|or|than|as|like))?\s(?:(?:the|an?)\s(?:[\p{L}-]+\s){0,3}?)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s){0,2}$`, 'u');

/**
 * Is the person of `name` one the article names only as a comparison or an influence ("Critics
 * compared her to Giorgio Morandi for her patience and to Mark Rothko", "in the manner of
 * Cézanne", "influenced by Hokusai") and never as speaking? Such a person is a yardstick, not a
 * player in the story's events, so no option for who said or did something in it (QUALITY.md R8:
 * Rothko and Morandi, named only as whom a painter was likened to, offered as who said a
 * curator's words about her). Takes the article's sentences and a surname or full name.
 */
export function onlyAsComparison(sentences: readonly string[], name: string): boolean {
	const mentions = sentences.flatMap((s) => offsetsBetween(s, name, LETTER_OR_MARK, LETTER_OR_MARK).map((at) => [s.slice(0, at), s.slice(at + name.length)] as const));
	if (mentions.length === 0) return false;
	if (mentions.some(([before, after]) => SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before))) return false;
	return mentions.every(([before]) => LIKENED_BEFORE.test(before));
}
