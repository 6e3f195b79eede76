import { MONTHS, TITLES, hasTag, isCity, isCountry, isFirstName, tagged, tagsOf } from './lexicon';
import { containsWord, escapeRe, keptPerText, offsetsBetween, withPossessive, wordOffsets } from './words';
import type { Article, Sentence } from './types';
import { quotedAt } from './quoted-at';
import { bodyLines } from './article';

/**
 * "The castle", "the museum", "the court", "the fire" (QUALITY.md R4): a lower-case noun that
 * heads a proper name the article gave before ("Norwich Castle", "the 3rd Federal Criminal Court",
 * "The Ridge Fire") points back to that name. A stem keeps the name in its place when exactly
 * one name of the article ends in that noun and the article never writes "a <noun>" (an unnamed
 * one it may mean instead); when several names, or an unnamed one, may be meant, the R4 check
 * refuses the stem (the issue's rule: resolve only when exactly one referent fits).
 */

/** One name the article gives: as written, whether it mostly takes "the" (undefined: the article does not say, `takesThe`), and the first sentence that names it. */
interface Name {
	text: string;
	the: boolean | undefined;
	first: number;
}

interface Names {
	/** Names by lower-case head noun. */
	byHead: Map<string, Name[]>;
}

// heads that name other things as often as they head a name ("the city" beside "Manchester
// City", "the house" beside "the White House", "the union" beside "the European Union"), or
// that anaphora.ts resolves by what kind of name it is; an act that names the body doing it ("the rescue"
// beside "NSW Police Alpine Rescue", "the appeal" beside "Christian Aid": the holdout32 reader's R6), and a
// water a story's city lies on, whose named parts are no whole ("the harbour" beside "Middle Harbour", R6)
const OTHER_SENSES = new Set(['harbour', 'harbor', 'bay', 'rescue', 'search', 'watch', 'aid', 'relief', 'action', 'support', 'care', 'response', 'city', 'state', 'town', 'country', 'nation', 'house', 'street', 'road', 'world', 'union', 'party', 'government', 'times', 'post', 'league', 'cup', 'office', 'group', 'club', 'team', 'company', 'firm', 'bank', 'council', 'university', 'agency', 'trust', 'park', 'side', 'area', 'region', 'island', 'islands', 'centre', 'center', 'square', 'news', 'police']);
// a run of capitalised words, an ordinal before them ("the 3rd Federal Criminal Court") and "of" or "&" inside
const RUN = /(?:\d+(?:st|nd|rd|th) )?\p{Lu}[\p{L}\p{M}’'.-]*(?:(?: of| &| and)? \p{Lu}[\p{L}\p{M}’'.-]*)+/gu;
// words that open a sentence or a phrase, never a name's first word
// a bare whole number after a run of capitalised words, part of the name: "Local 1147 said", "Terminal 5 reopened"
const NAME_NUMBER = /^ \d+(?![\d.,]*\d)(?![\p{L}\p{M}%-])/u;
const OPENER = /^(?:The|A|An|In|At|On|By|From|To|For|With|Near|Outside|Inside|After|Before|But|And|Or|Its|Their|His|Her|This|That|These|Those|Mr|Mrs|Ms|Dr|Prof)$/;
// the head of a body's name reads with "the" even where the article's mention has none
// ("Valdoria's centre-right Civic Alliance" → "the Civic Alliance had 31.8%", never "Civic Alliance had";
// "the Silver Line is projected")
const BODY_HEAD = /^(?:alliance|coalition|bloc|front|movement|commission|committee|assembly|federation|association|authority|ministry|department|institute|foundation|society|service|board|tribunal|inquiry|fire|line|rate)$/;
const CACHE = new WeakMap<Article, Names>();

// heads of an "of" name that a bare "the <noun>" far more often means otherwise: "the order" of a court beside "the Order of
// Merit", "the day" or "the year" of a date beside "Day of Action", "Year of Culture"
const OF_HEAD_OTHER = /^(?:order|day|night|week|month|year|time|act|acts|state|house)$/;

/**
 * The head of a whole name written "<head> of <Name>" ("Court of Appeal" → "court", "European Court of Human Rights" →
 * "court", "Ministry of Justice" → "ministry"): the noun before its one "of", after which come up to three capitalised
 * words and nothing else. "The court" may mean the Court of Appeal as it may the High Court, so a story naming both
 * has two courts, and one naming only the Court of Appeal has that one (an invented appeal story's "the court said"
 * was written "the High Court said" of the appeal court's ruling, R6). Takes the name's words (its opening "The" gone);
 * undefined for any other name, for an office before a person's name ("Minister of Health Ana Ruiz", "Secretary of
 * State"), and for a head a bare definite mostly means otherwise (`OF_HEAD_OTHER`).
 */
function ofHead(words: readonly string[]): string | undefined {
	const at = words.indexOf('of');
	if (at < 1 || at !== words.lastIndexOf('of') || words.length - at - 1 > 3 || words.length - at - 1 < 1) return undefined;
	const head = words[at - 1].replace(/[’']s$/, '');
	if (TITLES.has(head.toLowerCase()) || OF_HEAD_OTHER.test(head.toLowerCase())) return undefined;
	return words.slice(at + 1).every((w) => /^\p{Lu}/u.test(w)) ? head : undefined;
}

/**
 * Does a name take "the" in running text, by how the article writes it: `the` of its `all`
 * mentions with "the" (or an owner) before it, `modifying` of them after "a" or "an" ("A High
 * Court judge"), which say nothing either way. Most of the rest with "the" say it does. Where
 * every mention modifies a noun, a name that opens on an adjective takes "the" ("the High Court",
 * "the Upper Tribunal", "the Supreme Court") and one that opens on a place does not ("Manchester
 * Crown Court"); of any other ("Southwark Crown Court" or "the Federal Court") the article tells
 * nothing, and undefined leaves its pointer as written (QUALITY.md R1). anaphora.ts asks it of its
 * referents as this file does of its names.
 */
export function takesThe(counts: { the: number; all: number; modifying: number }, name: string): boolean | undefined {
	const told = counts.all - counts.modifying;
	if (told > 0) return 2 * counts.the > told;
	const first = name.split(' ')[0];
	if (isCity(first) || hasTag(first.toLowerCase(), 'Place')) return false;
	const tags = tagsOf(first);
	return tags.length > 0 && tags.every((t) => t === 'Adjective' || t === 'Superlative' || t === 'Comparative') ? true : undefined;
}

/** The article's names by head noun, found once per article (so the rewrite stays linear in its length). */
function namesOf(article: Article, sentences: readonly Sentence[]): Names {
	let names = CACHE.get(article);
	if (names) return names;
	const byHead = new Map<string, Name[]>();
	const counts = new Map<string, { the: number; all: number; modifying: number }>();
	// the names the article writes on their own, not only as the start of a longer one
	const whole = new Set<string>();
	sentences.forEach((s, index) => {
		for (const m of s.text.matchAll(RUN)) {
			// "the annual Light Up a Life Walk": a run after a capitalised word mid-sentence and an
			// article is the tail of a longer title, which "Life Walk" would misstate (R6)
			if (/\s\p{Lu}[\p{L}\p{M}’'.-]*\s(?:a|an|the)\s$/u.test(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
			const words = m[0].split(' ');
			while (words.length > 1 && OPENER.test(words[0])) words.shift();
			// "Norwich Castle Museum" names "Norwich Castle" too, where the article writes that alone as well
			const spans: [number, string | undefined][] = [];
			for (let end = 2; end <= words.length; end++) spans.push([end, undefined]);
			const of = ofHead(words);
			if (of) spans.push([words.length, of]);
			for (const [end, named] of spans) {
				if (!named) {
					if (/^(?:of|&|and)$/.test(words[end - 1]) || /^\d/.test(words[end - 1])) continue;
					// "Indian Institute" of "Indian Institute of Technology Delhi" is a name cut short, no name
					if (words[end] === 'of') continue;
					// "Department of Health", "Bank of England": the noun after "of" is the name's object, not its
					// head, and "the health and social care committee" is no "the Department of Health and social care
					// committee" (a holdout72 reader's R1)
					if (words[end - 2] === 'of') continue;
					// "Rachel Baker", "Inspector Rachel Baker" are persons, not a baker's name; "Royal Albert Memorial Museum" is a museum's
					if (isFirstName(words[end - 2]) && (end === 2 || isFirstName(words[end - 3]) || TITLES.has(words[end - 3].toLowerCase()))) continue;
				}
				// "Halifax Stanfield International Airport's new terminal": the name without its possessive, which
				// "The airport handled" would otherwise be written with ("Airport's handled", R1)
				const text = words.slice(0, end).join(' ').replace(/[’']s$/, '');
				const head = (named ?? words[end - 1]).toLowerCase().replace(/[’']s$/, '');
				if (!/^\p{Ll}+$/u.test(head) || text.split(' ').length < 2) continue;
				const list = byHead.get(head) ?? [];
				if (!list.some((n) => n.text === text)) list.push({ text, the: false, first: index });
				byHead.set(head, list);
				const before = s.text.slice(0, m.index + m[0].indexOf(text));
				const c = counts.get(text) ?? { the: 0, all: 0, modifying: 0 };
				c.all++;
				// "A High Court judge", "an Eastvale Water spokesperson": a name after "a" modifies the noun the "a" is
				// for, and says nothing of whether it takes "the" of its own (counted, "told the court" was written
				// "told High Court that" where the lead wrote only "A High Court judge", a fresh user's R1)
				if (/(?:^|[\s(“"‘])[Aa]n? $/u.test(before)) c.modifying++;
				// "The 2026 Hallström Prize", "the 31st Biennale": the name takes "the" across a year or an
				// ordinal, and across an adjective ("the new Cooper Ferry Bridge": "to build Cooper Ferry
				// Bridge", a blind reader's R1 on holdout54) or a superlative ("the latest Halden ... Index":
				// ", Halden ... Index showed", the holdout85 reader's R1)
				// ("the £40,000 Marlowe Prize": and across its sum, or "said Marlowe Prize would" was written, the holdout137 reader's R1)
				const across = /\b[Tt]he ((?:(?:\d{4}|\d+(?:st|nd|rd|th)|[£$€¥]\d[\d,.]*(?:m|bn|k)?|\p{Ll}+) ){0,2})$/u.exec(before);
				// "its benchmark Monetary Policy Rate", "the bank's Monetary Policy Committee": a name after a possessive is a
				// thing's, which a stem without the owner writes with "the" ("had held Monetary Policy Rate": a holdout80 reader's R1)
				const owned = /(?:\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|\p{Ll}[’']s) (?:\p{Ll}+ )?$/u.test(before);
				if (owned || (across && across[1].split(' ').every((w) => w === '' || /^[£$€¥]?\d/.test(w) || (tagsOf(w).length > 0 && tagsOf(w).every((t) => t === 'Adjective' || t === 'Superlative'))))) c.the++;
				counts.set(text, c);
				// "Kelmford Castle and Dunmere Castle" is two names, each written whole; "Mid and West Wales Fire and
				// Rescue Service" is one, whose "Mid and West Wales Fire" is no fire ("attended the Mid and West Wales
				// Fire" for "attended the fire" was a reader's R1): a name before "and" is whole where the run ends on its head too
				// "Amalgamated Transit Workers Local 1147 said", "Apollo 11 landed": a bare number right after the run is the
				// name's own, and the words before it are a name cut short ("Amalgamated Transit Workers Local's _____ members"
				// was written for "the local's 1,240 members", a holdout181 reader's R1)
				if (end === words.length && NAME_NUMBER.test(s.text.slice(m.index + m[0].length))) continue;
				if (end === words.length || (/^(?:and|&)$/.test(words[end]) && words[words.length - 1].toLowerCase() === head)) whole.add(text);
			}
		}
	});
	// "Tropical Cyclone" of "Tropical Cyclone Tamsin", "Federal Highway" of "Federal Highway Police":
	// a start the article never writes alone is a name cut short, no name
	for (const [head, list] of byHead) byHead.set(head, list.filter((n) => whole.has(n.text)));
	for (const list of byHead.values()) for (const n of list) n.the = takesThe(counts.get(n.text)!, n.text);
	names = { byHead };
	CACHE.set(article, names);
	return names;
}

// "the castle", "The museum's": a bare definite noun with no name after it
const POINTER = /\b([Tt]he) (\p{Ll}+)((?:[’']s)?)(?![\p{L}\p{M}-]|,? \p{Lu}| of \p{Lu})/gu;
// "The solo, non-stop race": the same with up to three describing words before the noun (group 2), which hid
// "the Meridian Globe Race" from `POINTER` (the holdout63 reader's R4); group 3 the noun, 4 a possessive
const DESCRIBED = /\b([Tt]he) ((?:\p{Ll}[\p{Ll}-]*,? ){1,3}?)(\p{Ll}+)((?:[’']s)?)(?![\p{L}\p{M}-]|,? \p{Lu}| of \p{Lu})/gu;
// words before a noun that say which one, not what it is like ("the first race", "the same race", "the other race"),
// or which part ("The southern reef" is no "Great Barrier Reef", whose jobs it would misstate: R6)
const WHICH_WORD = /^(?:\p{Ll}+est|most|least|first|second|third|last|next|previous|former|latter|same|other|only|new|old|northern|southern|eastern|western|central|north|south|east|west|upper|lower|inner|outer|whole|entire)$/u;

/**
 * Are the words before the noun of a `DESCRIBED` match ("solo, non-stop ") adjectives that only say
 * what the thing is like: each an adjective to the lexicon or the tagger, hyphenated, or one of a
 * list of them ("solo," before "non-stop"), and none that says which one (`WHICH_WORD`)?
 */
function describing(words: string): boolean {
	const list = words.trim().split(' ');
	return list.every((raw, i) => {
		const w = raw.replace(/,$/, '');
		if (WHICH_WORD.test(w)) return false;
		return raw.endsWith(',') || (i > 0 && list[i - 1].endsWith(',')) || w.includes('-') || tagsOf(w).includes('Adjective') || (tagsOf(w).length === 0 && tagged(w)[0]?.tags.includes('Adjective') === true);
	});
}

/** The names before or in `sentence` that `head` may point back to, none when a stem names one already. */
function namesFor(names: Names, sentence: Sentence, head: string): Name[] {
	// a plural ("the homes", "the games") counts things, which a name ending in it ("Goram Homes") is not
	if (OTHER_SENSES.has(head) || head.endsWith('s')) return [];
	return (names.byHead.get(head) ?? []).filter((n) => n.first <= sentence.index);
}

/** "a museum", "an old castle": an unnamed thing of `head` the article may mean instead of a name. */
function unnamedOne(head: string): RegExp {
	return new RegExp(String.raw`\ban? (?:[\p{L}-]+ ){0,2}${head}\b`, 'iu');
}

/**
 * Does the article write "a <noun>" from the sentence that first gives `name` (its text, and the
 * index of that sentence) on? An unnamed one
 * before the name is the same thing first told unnamed ("sold at a newsagency in the regional
 * Victorian city" ... "bought at Sturt Street Newsagency"); one written after it may be another, as
 * may one another name owns ("Harbor Falls's 187-officer department"). A noun before another ("set
 * a new race record") is none.
 */
export function unnamedAfter(sentences: readonly Sentence[], name: Pick<Name, 'text' | 'first'>, head: string): boolean {
	const unnamed = new RegExp(String.raw`${unnamedOne(head).source}(?: (\p{Ll}+))?`, 'giu');
	// "set a new race record": the noun modifies the one after it, and is no unnamed race
	const modifier = (m: RegExpMatchArray) => m[1] !== undefined && (tagged(m[0]).at(-1)?.tags ?? []).includes('Noun') && !(tagged(m[0]).at(-1)?.tags ?? []).some((t) => /Verb|Copula|Preposition|Conjunction|Adverb/.test(t));
	// "Dunleavy, a former commander with the Milwaukee Police Department, was hired to lead Harbor
	// Falls's 187-officer department": a name's own one is as unnamed, and "the department's
	// overtime" later was Harbor Falls's (the holdout64 reader's R6)
	const owned = new RegExp(String.raw`(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}-]*)[’']s? (?:[\p{L}\d-]+ ){0,2}${head}\b`, 'gu');
	// "a hospital is only as good as the people working in it": any one, as a saying has it, and no other one told of
	const generic = (s: string, m: RegExpMatchArray) => /^ (?:is|are|can|cannot|can't|must|should|needs?) /.test(s.slice(m.index! + m[0].length - (m[1] !== undefined ? m[1].length + 1 : 0)));
	return sentences.slice(name.first).some((s) => [...s.text.matchAll(unnamed)].some((m) => !modifier(m) && !generic(s.text, m)) || [...s.text.matchAll(owned)].some((m) => !name.text.includes(m[1])));
}

// a head word's bounds in the headline: no letter or hyphen either side (a pattern compiled per head of a new article took milliseconds)
const LETTER_HYPHEN = /[\p{L}-]/u;

/**
 * The name the headline's "<noun>" stands for, when the headline writes the noun in lower case
 * ("Exeter museum to return looted treasures") and the lead (the first two paragraphs) gives the
 * first name ending in it ("A museum in Exeter is to return ... The Royal Albert Memorial Museum
 * (RAMM) ... said"): the article is about that one, so "the museum" means it even where the
 * article names other museums in passing. Undefined when the article writes "a <noun>" after
 * that name's sentence (another unnamed one), or when `sentence` or the one before it names
 * another name ending in the noun, which "the <noun>" there may mean instead.
 */
function headlineName(article: Article, sentences: readonly Sentence[], names: Names, sentence: Sentence, head: string): Name | undefined {
	if (offsetsBetween(article.title, head, LETTER_HYPHEN, LETTER_HYPHEN).length === 0) return undefined;
	const fitting = namesFor(names, sentence, head);
	if (fitting.length === 0) return undefined;
	const first = fitting.reduce((a, b) => (b.first < a.first ? b : a));
	if ((sentences[first.first]?.paragraph ?? 2) > 1) return undefined;
	if (sentences.slice(first.first + 1).some((s) => unnamedOne(head).test(s.text))) return undefined;
	const near = [sentence, sentences[sentence.index - 1]].filter((s): s is Sentence => s !== undefined);
	if (fitting.some((n) => n !== first && !first.text.includes(n.text) && near.some((s) => s.text.includes(n.text)))) return undefined;
	return first;
}

// "President Barack Obama", "Judge Orla Brennan", "Mayor Karen Bass": an office written as a title before a person's name
export const TITLED = /(?<![\p{L}-])(President|Judge|Mayor|Governor|Senator|Chancellor|Premier|Sheriff|Coroner|Pope)((?: (?!(?:Of|And|The)\b)\p{Lu}[\p{L}\p{M}’'-]+){1,3})/gu;
// "the president", "the judge's": a bare office with no name, no "of" after it ("the president of the club"); "the
// mayor's race", "the governor's seat" are the office's, whoever holds it (the dev163 reader's R6 on "Mayor Thomas
// Reinholt's race", a race the outgoing mayor did not run in)
const OFFICE_POINTER = /\b([Tt]he) (president|judge|mayor|governor|senator|chancellor|premier|sheriff|coroner|pope)(?![’']s (?:race|election|seat|office|post|job|term|contest|campaign|run-?off|chair|role|salary|powers|residence)\b)((?:[’']s)?)(?![\p{L}\p{M}-]|,? \p{Lu}| of\b)/gu;
// "Vice President Kamala Harris", "former President Trump": another office, or one no longer held; "succeeding
// Mayor Thomas Reinholt", "outgoing Governor Ana Ruiz": a holder about to leave it, so "the mayor" may be the successor
const NOT_HOLDER = /(?:\b(?:[Vv]ice|[Dd]eputy|[Ff]ormer|[Ll]ate|[Aa]cting|[Oo]utgoing|[Rr]etiring)[ -]|\b(?:ex|then)-|\b(?:[Ss]ucceed(?:ing|s|ed)?|[Rr]eplac(?:ing|es|ed)|[Ss]uccessor to|[Pp]redecessor,?) )$/;
// "In the article, who is described as the chancellor?": the office is what the question asks the holder of
const ASKS_WHO = /^(?:In the article, )?[Ww]ho\b/;

/** One person the article writes with an office: the title as written and the fullest name after it. */
interface Holder {
	title: string;
	full: string;
}

const HOLDERS = new WeakMap<Article, Map<string, { holders: Map<string, Holder>; unnamed: boolean }>>();

/**
 * The persons `article` writes with the office `office` ("president"), by surname: "President
 * Barack Obama" and a later "President Obama" are one; "Kenyan president Uhuru Kenyatta" is
 * another, as is one held formerly or as a deputy. `unnamed` is whether the narration (quotes
 * left out) writes "a president", "another judge", or a title kept by someone else, any of which
 * "the president" may mean instead.
 */
function officeHolders(article: Article, office: string): { holders: Map<string, Holder>; unnamed: boolean } {
	let byOffice = HOLDERS.get(article);
	if (!byOffice) HOLDERS.set(article, (byOffice = new Map()));
	const known = byOffice.get(office);
	if (known) return known;
	const text = [article.title, ...article.paragraphs].join('\n');
	const narrated = text.replace(/“[^”]*”|"[^"]*"/g, '“…”');
	const holders = new Map<string, Holder>();
	let unnamed = new RegExp(String.raw`\b(?:an?|another|one|other|every) (?:[\p{L}-]+ ){0,2}?${office}\b`, 'iu').test(narrated);
	for (const m of text.matchAll(TITLED)) {
		if (m[1].toLowerCase() !== office) continue;
		const full = m[2].trim().replace(/[’']s$/, '');
		const surname = full.split(' ').at(-1)!;
		if (NOT_HOLDER.test(text.slice(0, m.index))) {
			unnamed = true;
			continue;
		}
		const had = holders.get(surname);
		if (!had || had.full.length < full.length) holders.set(surname, { title: m[1], full });
	}
	// "Kenyan president Uhuru Kenyatta": the office in lower case before a name is held by that person
	for (const m of text.matchAll(new RegExp(String.raw`\b${office} (\p{Lu}[\p{L}\p{M}’'-]+(?: \p{Lu}[\p{L}\p{M}’'-]+){0,2})`, 'gu'))) {
		const surname = m[1].replace(/[’']s$/, '').split(' ').at(-1)!;
		if (!holders.has(surname)) unnamed = true;
	}
	const out = { holders, unnamed };
	byOffice.set(office, out);
	return out;
}

/**
 * The one person "the <office>" of a stem means, as "<Title> <full name>" ("President Barack
 * Obama", "Judge Orla Brennan"): the article writes exactly one person with that title and no
 * other holder, unnamed or named in lower case. Undefined otherwise.
 */
function officeHolder(article: Article, office: string): (Holder & { surname: string }) | undefined {
	const { holders, unnamed } = officeHolders(article, office);
	if (unnamed || holders.size !== 1) return undefined;
	const [[surname, holder]] = [...holders];
	return { ...holder, surname };
}

/** `stem` with each "the president", "the judge", ... written as the one person `officeHolder` finds, unless the stem or its source sentence names them (the blank may be theirs). */
function nameOffices(article: Article, sentence: Sentence, stem: string): string {
	return stem.replace(OFFICE_POINTER, (whole, _the: string, office: string, possessive: string, at: number) => {
		const holder = officeHolder(article, office);
		if (!holder || quotedAt(stem, at) || ASKS_WHO.test(stem) || containsWord(stem, holder.surname) || containsWord(sentence.text, holder.surname)) return whole;
		return `${holder.title} ${withPossessive(holder.full, possessive, bodyLines(article))}`;
	});
}

// a vessel's kinds: "the ship" and "the vessel" may stand for a vessel of any kind, the others only for one of theirs
// ("the boat" of a rescue story is the migrants' unnamed boat, not the named ship that rescued them)
const VESSEL_KIND = 'ship|vessel|boat|ferry|trawler|liner|yacht|tanker|freighter|catamaran';
const ANY_VESSEL = /^(?:ship|vessel)$/;
// a vessel's name: capitalised words with the small words names keep ("Réalt na Mara") and a number after them ("Humanity 2")
const VESSEL_NAME = String.raw`\p{Lu}[\p{L}\p{M}’'-]*(?: (?:(?:of|na|de|la|le|du|del|the) )?\p{Lu}[\p{L}\p{M}’'-]*){0,4}(?: \d{1,2}(?![\d,.:]))?`;
// "the cruise ship Celestial Horizon", "ferry, MF Hordaland Kraft,", "the 21-metre vessel, the Réalt na Mara,": group 1 the kind, 2 a comma, 3 the name
const KIND_THEN_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}-])(${VESSEL_KIND})(,?) (?:the )?(${VESSEL_NAME})(?![\p{L}\p{M}’'-])`, 'gu');
// "MF Hordaland Kraft, the ferry,": group 1 the name, 2 the kind
const NAME_THEN_KIND = new RegExp(String.raw`(${VESSEL_NAME}), (?:the|an?) (?:[\p{L}\d-]+ ){0,3}?(${VESSEL_KIND})(?=[,.;)]|$)`, 'gu');
// "aboard the Celestial Horizon", "MV Rena": a vessel of a kind the words do not say; group 1 the name
// ("aboard Caribbean cruise ship": a word before a vessel's kind modifies it, no name)
const ABOARD = new RegExp(String.raw`\b(?:aboard|on board|onboard) (?:the )?(${VESSEL_NAME})(?![\p{L}\p{M}’'-])(?! (?:[\p{L}-]+ ){0,2}(?:${VESSEL_KIND})s?\b)`, 'gu');
// "The Humanity 1, operated by the group SOS Humanity,": a name a charity or a line operates, in a story that tells of a vessel; group 1 the name
const OPERATED = new RegExp(String.raw`\b[Tt]he (\p{Lu}[\p{L}\p{M}’'-]*(?: \p{Lu}[\p{L}\p{M}’'-]*){0,3}(?: \d{1,2})?), (?:operated|run|chartered|crewed) by\b`, 'gu');
const ANY_KIND = new RegExp(String.raw`(?<![\p{L}-])(?:${VESSEL_KIND})s?(?![\p{L}-])`, 'iu');
const PREFIXED = new RegExp(String.raw`(?<![\p{L}\p{M}-])((?:MV|MS|MF|MY|RMS|HMS|USS|HMAS|HMNZS|HMCS|LÉ|RV|FV) ${VESSEL_NAME})`, 'gu');
// words a capitalised run after a vessel's kind may be instead of its name: a time, a place's own word, a station or a flight
const NOT_VESSEL = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|It|He|She|They|In|On|At|For|From|With|By|After|Before|But|And|Mr|Mrs|Ms|Dr)\b|\b(?:Station|Flight|Airlines?|Airways|Air|Express|Line|Lines|Company|Group|Ltd|Inc|Port|Harbour|Island|Islands|Bay|Sea|Ocean|River|Coast|Guard|Service|Police|Council|Court)$/;
// "the ship", "The ferry's": a bare vessel's kind, no name after it; group 1 "the", 2 the kind, 3 a possessive
const VESSEL_POINTER = new RegExp(String.raw`\b([Tt]he) (${VESSEL_KIND})((?:[’']s)?)(?![\p{L}\p{M}-]|,? \p{Lu}| of\b)`, 'gu');

/** One vessel the article names: its name as written, the kinds it is called by ('*' where no words say), and whether the article mostly writes "the" before it. */
interface Vessel {
	name: string;
	kinds: Set<string>;
	the: boolean;
}

const VESSELS = new WeakMap<Article, Vessel[]>();

/**
 * The vessels `article` names: "the cruise ship Celestial Horizon", "MF Hordaland Kraft, the
 * ferry", "the vessel, the Réalt na Mara", "aboard the Celestial Horizon", "MV Rena", and in a
 * story that tells of a ship or a boat, "The Humanity 1, operated by SOS Humanity". A name that
 * ends another ("Hordaland Kraft" of "MF Hordaland Kraft") is the same vessel. A run that is a
 * person's, a city's or a country's name, or a time, is none. Cached per article.
 */
function vesselsOf(article: Article): Vessel[] {
	const known = VESSELS.get(article);
	if (known) return known;
	const text = [article.title, ...article.paragraphs].join('\n');
	const found: { name: string; kind: string }[] = [];
	const add = (raw: string, kind: string) => {
		const name = raw.replace(/[’']s$/, '');
		if (NOT_VESSEL.test(name) || isFirstName(name.split(' ')[0]) || isCity(name.toLowerCase()) || isCountry(name) || hasTag(name.toLowerCase(), 'Demonym') || hasTag(name.toLowerCase(), 'Place')) return;
		found.push({ name, kind });
	};
	for (const m of text.matchAll(KIND_THEN_NAME)) {
		// "the ship, Aurelia said": a comma opens an apposition only where the name closes one
		const after = text.slice(m.index + m[0].length);
		if (m[2] && !/^(?:[,.;)]|$)/.test(after)) continue;
		add(m[3], m[1].toLowerCase());
	}
	for (const m of text.matchAll(NAME_THEN_KIND)) add(m[1].replace(/^(?:The|A|An|In|On|At|But|And) /, ''), m[2].toLowerCase());
	for (const m of text.matchAll(ABOARD)) add(m[1], '*');
	for (const m of text.matchAll(PREFIXED)) add(m[1], '*');
	if (ANY_KIND.test(text)) for (const m of text.matchAll(OPERATED)) add(m[1], '*');
	const vessels: Vessel[] = [];
	for (const { name, kind } of [...found].sort((a, b) => b.name.length - a.name.length)) {
		const same = vessels.find((v) => v.name === name || v.name.endsWith(` ${name}`));
		if (same) same.kinds.add(kind);
		else vessels.push({ name, kinds: new Set([kind]), the: false });
	}
	for (const v of vessels) {
		const all = wordOffsets(text, v.name);
		const the = all.filter((at) => /\b[Tt]he $/.test(text.slice(Math.max(0, at - 4), at))).length;
		v.the = 2 * the > all.length;
	}
	VESSELS.set(article, vessels);
	return vessels;
}

/**
 * The vessels the article names that "the <kind>" may stand for: any named vessel for a ship,
 * vessel or boat; else those called by that kind (`exact`) and those no words give a kind
 * ("the MF Ampere", `maybe`), which may be of it too.
 */
function vesselsFor(article: Article, kind: string): { exact: Vessel[]; maybe: Vessel[] } {
	const all = vesselsOf(article);
	if (ANY_VESSEL.test(kind)) return { exact: all, maybe: [] };
	return { exact: all.filter((v) => v.kinds.has(kind)), maybe: all.filter((v) => [...v.kinds].every((k) => k === '*')) };
}

/**
 * The one vessel "the <kind>" of a stem means: the only one the article calls by that kind, where
 * it names no vessel of an unsaid kind (`vesselsFor`). Where the headline tells of a vessel, the
 * named one must be of the headline's kind ("Norway's largest battery-electric ferry enters
 * service" over "MF Hordaland Kraft, the ferry"), or of no kind the article says, unless the
 * headline's is a boat ("Migrant boat capsizes" over "aboard the Humanity 2, a German NGO ship"
 * tells of two vessels); where it tells of none, the article must write no unnamed one of that
 * kind ("a Chinese-owned vessel") that may be meant instead. Undefined otherwise.
 */
function oneVessel(article: Article, kind: string): Vessel | undefined {
	const { exact, maybe } = vesselsFor(article, kind);
	if (exact.length !== 1 || maybe.length > 0) return undefined;
	const kinds = ANY_VESSEL.test(kind) ? VESSEL_KIND : kind;
	// "a 2003-built LNG-fuelled ferry", not "a statement that the ship": words between that modify the kind
	const unnamed = new RegExp(String.raw`\b[Aa]n? (?:(?!(?:the|that|this|its|their|of|and|or|to|in|on|at|for|with|by|from|as|is|was|said|says)\b)[\p{L}\d-]+ ){0,3}?(?:${kinds})\b(?!,? (?:the )?\p{Lu})`, 'u').test(bodyLines(article));
	// the headline's vessel ("migrant boat capsizes") is the named one only where the article calls it by that kind, or by none but a boat's
	const headline = [...article.title.toLowerCase().matchAll(new RegExp(String.raw`(?<![\p{L}-])(${VESSEL_KIND})(?![\p{L}-])`, 'gu'))].map((m) => m[1]);
	const vessel = exact[0];
	const onlyUnsaid = [...vessel.kinds].every((k) => k === '*');
	if (headline.length > 0 && !headline.some((k) => vessel.kinds.has(k) || (onlyUnsaid && k !== 'boat'))) return undefined;
	if (unnamed && headline.length === 0) return undefined;
	return vessel;
}

/** Does the article name the one vessel "the <kind>" means (`oneVessel`), so that `nameHeads` writes its name in rather than a description of it? */
export function namesVessel(article: Article, kind: string): boolean {
	return new RegExp(String.raw`^(?:${VESSEL_KIND})$`).test(kind) && oneVessel(article, kind) !== undefined;
}

/** `stem` with each "the ship", "the ferry's" written as the one vessel `oneVessel` finds ("The Celestial Horizon", "MF Hordaland Kraft's"); quotes and stems that name it keep their words. */
function nameVessels(article: Article, stem: string): string {
	return stem.replace(VESSEL_POINTER, (whole, the: string, kind: string, possessive: string, at: number) => {
		const vessel = quotedAt(stem, at) ? undefined : oneVessel(article, kind);
		if (!vessel || stem.includes(vessel.name)) return whole;
		const name = vessel.the ? `${the} ${vessel.name}` : vessel.name;
		return withPossessive(name, possessive);
	});
}

// a medicine by its dose ("losartan potassium 50mg", "Velnora 2mg"; only a salt between the name and the dose, as
// "taking ferovarant 40 mg" and "taken at 40 mg" read "taking" and "taken" as the medicine) or its use ("Losartan is used by ... to treat"); group 1 or 2 the name
// or by an apposition to its kind ("The drug, quorbelimab, is given ..."); group 3 that name; or as its kind called by it ("a pill called velotrazine"), group 4
const DRUG_NAME = /(?<![\p{L}\p{M}-])(\p{L}{4,})(?: (?:potassium|sodium|calcium|magnesium|hydrochloride|maleate|besylate|succinate|citrate|tartrate|mesylate|acetate|phosphate|sulfate|sulphate|fumarate|hyclate|monohydrate))? \d+(?:\.\d+)? ?(?:mg|mcg|ml)\b|(?<![\p{L}\p{M}-])(\p{L}{4,}) (?:is|are|was|were) (?:also |widely |commonly )?(?:used|prescribed|taken|given)\b(?:[^.;]|\.\d){0,80}? to (?:treat|prevent|control|lower|manage)\b|\b[Tt]he (?:drug|medicine|medication|antibody|treatment|vaccine), (\p{L}{5,}),|\b(?:drug|pill|medicine|medication|antibody|treatment|vaccine|injection|jab|tablet) (?:called|named|known as) (\p{L}{5,})\b/gu;
// words before a dose or a verb of use that are no medicine's name
const NOT_DRUG = /^(?:about|around|than|least|most|only|just|some|over|under|each|daily|also|them|this|that|these|those|which|what|tablets?|capsules?|doses?|packs?|pills?|injections?|patches|drops|sachets|vials?|strength|potassium|sodium|hydrochloride|medicine|medicines|drug|drugs|treatment|people|patients|children)$/i;
// "the drug", "the medicine's": a medicine the stem does not name; group 1 "the", 2 the noun, 3 a possessive
const DRUG_POINTER = /\b([Tt]he) (drug|medicine|medication)((?:[’']s)?)(?![\p{L}\p{M}-]|,? \p{Lu}| \p{Ll}+ \d)/gu;
// a part each reading of `DRUG_NAME` holds (a dose, a verb of use, "the drug, ...", "called"): an article without one names no medicine,
// which this tells faster than `DRUG_NAME`'s search from every word
const DRUG_HINT = /\d ?(?:mg|mcg|ml)\b| (?:is|are|was|were) (?:also |widely |commonly )?(?:used|prescribed|taken|given)\b|\b[Tt]he (?:drug|medicine|medication|antibody|treatment|vaccine), |\b(?:drug|pill|medicine|medication|antibody|treatment|vaccine|injection|jab|tablet) (?:called|named|known as) /u;
const DRUGS = new WeakMap<Article, string | null>();

/**
 * The one medicine `article` names by its dose, its use or an apposition ("losartan potassium
 * 50mg film-coated tablets", "Losartan is used by about 1.1 million people ... to treat", "The
 * drug, quorbelimab, is given ..."), as the article writes it inside a sentence (a generic name
 * in lower case); undefined where it names none or two. Cached per article.
 */
export function oneDrug(article: Article): string | undefined {
	if (!DRUGS.has(article)) {
		const forms = new Map<string, string>();
		const text = bodyLines(article);
		if (DRUG_HINT.test(text)) for (const m of text.matchAll(DRUG_NAME)) {
			const name = m[1] ?? m[2] ?? m[3] ?? m[4];
			if (NOT_DRUG.test(name)) continue;
			const key = name.toLowerCase();
			// the form written inside a sentence keeps the name's own case: "losartan", "Velnora"
			const opens = /(?:^|[.!?]["”’]?\s|\n)$/.test(m.input!.slice(0, m.index));
			if (!opens || !forms.has(key)) forms.set(key, name);
		}
		DRUGS.set(article, forms.size === 1 ? [...forms.values()][0] : null);
	}
	return DRUGS.get(article) ?? undefined;
}

/** `stem` with "the drug", "the medicine's" written as the one medicine the article names (`oneDrug`: "prescriptions for the drug" → "prescriptions for losartan"); quotes and stems that name it keep their words. */
function nameDrugs(article: Article, stem: string): string {
	return stem.replace(DRUG_POINTER, (whole, the: string, _noun: string, possessive: string, at: number) => {
		const drug = quotedAt(stem, at) ? undefined : oneDrug(article);
		if (!drug || containsWord(stem.toLowerCase(), drug.toLowerCase())) return whole;
		// "The drug, developed by ..." opens the stem on the name, which takes the sentence's capital ("velotrazine, developed by", R1)
		return withPossessive(the === 'The' ? drug[0].toUpperCase() + drug.slice(1) : drug, possessive);
	});
}

// "Census 2026", "Expo 2025": a name of one noun and its year; group 1 the noun, 2 the year
const YEAR_NAME = /(?=\p{Lu})(?<![\p{L}\p{M}’'-])(\p{Lu}\p{Ll}+) (\d{4})(?![\p{L}\d])/gu;
// words before a year that are no name's: a month, a preposition or determiner opening a sentence, a currency ("Euro 2024" beside "the euro")
const NOT_YEAR_NAME = new Set([...MONTHS, 'in', 'on', 'at', 'by', 'from', 'since', 'until', 'to', 'for', 'of', 'the', 'and', 'before', 'after', 'during', 'euro', 'dollar', 'pound']);
const YEAR_NAMES = new WeakMap<Article, Map<string, string[]>>();

/** The article's names of a noun and its year ("Census 2026", "Census 2022"), by the noun in lower case; found once per article. */
function yearNamesOf(article: Article): Map<string, string[]> {
	let byHead = YEAR_NAMES.get(article);
	if (byHead) return byHead;
	byHead = new Map();
	for (const m of [article.title, ...article.paragraphs].join('\n').matchAll(YEAR_NAME)) {
		const head = m[1].toLowerCase();
		if (NOT_YEAR_NAME.has(head)) continue;
		const list = byHead.get(head) ?? [];
		if (!list.includes(m[0])) list.push(m[0]);
		byHead.set(head, list);
	}
	YEAR_NAMES.set(article, byHead);
	return byHead;
}

// "the census", "The census's": a bare noun that may be one of the article's names with a year
const YEAR_POINTER = /\b([Tt]he) (\p{Ll}+)((?:[’']s)?)(?![\p{L}\p{M}-]|,? \p{Lu}| of\b| \d{4}\b)/gu;

/**
 * `stem` with "the census" written as the one name of that noun and a year the headline gives
 * ("Census 2026: South Africa's population hits 66.1 million" → "Census 2026 cost R3.2 billion",
 * where the article also tells of Census 2022: the holdout68 reader's R4), unless the stem
 * writes another year (it may tell of another census) or names one already; quotes keep their
 * words. `unnamedHead` refuses what stays bare.
 */
function nameYearHeads(article: Article, stem: string): string {
	return stem.replace(YEAR_POINTER, (whole, _the: string, head: string, possessive: string, at: number) => {
		const names = yearNamesOf(article).get(head);
		if (!names || quotedAt(stem, at)) return whole;
		const inTitle = names.filter((n) => article.title.includes(n));
		if (inTitle.length !== 1) return whole;
		const year = inTitle[0].slice(-4);
		if ([...stem.matchAll(/(?<!\d)\d{4}(?!\d)/g)].some((y) => y[0] !== year) || names.some((n) => stem.includes(n))) return whole;
		return withPossessive(inTitle[0], possessive);
	});
}

// "borrowed by the town council", "the parish council": a council the article writes by its tier alone; group 1 the tier
const TIER_COUNCIL = /(?<![\p{L}\p{M}’'-])[Tt]he (town|parish|county|district|city|borough|community|regional|metropolitan|unitary) council(?![\p{L}\p{M}’'-])/gu;

/**
 * Does the article write a council by its tier alone ("£600,000 borrowed by the town council")
 * whose tier the named council `name` lacks ("Cornwall Council"), and does its lead (the first
 * paragraph past a byline) leave `name` out? Then the story has two councils and the one it is
 * about is not the named one, so "the council" may be the unnamed one: written as the named
 * one, a town councillor's complaint about her own council became one about Cornwall Council
 * (the dev145 reader's R6). A lead that names it ("Harrowfield District Council has approved
 * ...") makes it the story's own, whose "the council" it stays beside "the county council's
 * share". Takes the article and the named council; returns true when it has such a rival.
 */
export function otherTierCouncil(article: Article, name: string): boolean {
	const lead = article.paragraphs.find((p) => !/^By\s\p{Lu}/u.test(p)) ?? '';
	if (lead.includes(name)) return false;
	const tiers = article.paragraphs.flatMap((p) => [...p.matchAll(TIER_COUNCIL)].map((m) => m[1].toLowerCase()));
	return tiers.some((tier) => !new RegExp(String.raw`\b${tier}\b`, 'i').test(name));
}

/** Does the head of `phrase` ("hospital" of "the hospital group seven days") modify the word after it, a noun in context ("group"), rather than end its noun phrase? */
function modifiesNext(phrase: string): boolean {
	const [, head, next] = tagged(phrase);
	return head?.tags.includes('Noun') === true && next !== undefined && next.tags.includes('Noun') && !next.tags.some((t) => /Verb|Date|Pronoun|Value/.test(t));
}

/**
 * The stem with each "the <noun>" that heads exactly one name the article gave up to `sentence`
 * written as that name ("at the castle" → "at Norwich Castle", "The court also ordered" → "The
 * 3rd Federal Criminal Court also ordered"; "The solo, non-stop race" → "The solo, non-stop Meridian
 * Globe Race", words that describe it kept before a name that takes "the"), unless the article writes "a <noun>" anywhere or the
 * stem names it already, each "the ship" or "the ferry" as the one vessel the article names
 * (`nameVessels`: "boarded the ship" → "boarded the Celestial Horizon"), and each "the president" or "the judge" as the one person the article
 * writes with that title (`officeHolder`: "said the president did not sound" → "said President
 * Barack Obama did not sound"), and "the census" as the one name with a year the headline gives
 * (`nameYearHeads`: "The census cost" → "Census 2026 cost"), and "the drug" as the one medicine the
 * article names by its dose or use (`nameDrugs`). Inside a direct quote the speaker's words stay theirs (R6).
 */
export function nameHeads(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const names = namesOf(article, sentences);
	const out = nameYearHeads(article, nameDrugs(article, nameVessels(article, nameOffices(article, sentence, stem)))).replace(POINTER, (whole, the: string, head: string, possessive: string, at: number) => {
		const fitting = namesFor(names, sentence, head);
		if (quotedAt(stem, at)) return whole;
		// "The highway bridge opened": the noun modifies the next one, and a name ending in it
		// ("Federal Highway" of "Federal Highway Police") is no name for that
		const next = /^ (\p{Ll}+)\b/u.exec(stem.slice(at + whole.length))?.[1];
		if (!possessive && next && tagsOf(next).some((t) => t === 'Singular' || t === 'Plural' || t === 'Noun') && !tagsOf(next).some((t) => /Verb|Tense|Copula|Modal|Auxiliary|Preposition|Conjunction|Infinitive/.test(t))) return whole;
		const one = fitting.length === 1 && !unnamedAfter(sentences, fitting[0], head) ? fitting[0] : headlineName(article, sentences, names, sentence, head);
		if (!one) return whole;
		const name = one;
		// "Vayu's passenger numbers ..., while the airline's load factor": a stem that names it
		// already, in full or by its first word, keeps its pointer (a blind reader's R1 on holdout57)
		if (stem.includes(name.text) || containsWord(stem, name.text.split(' ')[0])) return whole;
		if (head === 'council' && otherTierCouncil(article, name.text)) return whole;
		if (name.the === undefined && !BODY_HEAD.test(head)) return whole;
		// "gave the hospital group seven days": a word the lexicon does not know ("group") may still
		// be the noun the head modifies, which only its context shows; "Riverside Mercy Hospital
		// group" names another body (the holdout49 reader's R1, R6)
		if (!possessive && next && modifiesNext(`${the} ${head} ${stem.slice(at + whole.length).trim().split(/\s+/).slice(0, 3).join(' ')}`)) return whole;
		return `${name.the || BODY_HEAD.test(head) ? `${the} ` : ''}${withPossessive(name.text, possessive)}`;
	});
	// "The solo, non-stop race" → "The solo, non-stop Meridian Globe Race": the describing words stay before a
	// name that takes "the"; one that does not ("Norwich Castle") is left for `unnamedHead` to refuse
	return out.replace(DESCRIBED, (whole, the: string, words: string, head: string, possessive: string, at: number) => {
		if (quotedAt(out, at)) return whole;
		const fitting = namesFor(names, sentence, head);
		// the cheap look-ups first: reading the words as adjectives tags them with compromise
		const one = fitting.length === 1 && fitting[0].the && !out.includes(fitting[0].text) ? fitting[0] : undefined;
		if (!one || !describing(words) || unnamedAfter(sentences, one, head)) return whole;
		return `${the} ${words.trim()} ${withPossessive(one.text, possessive)}`;
	});
}

/** A written item with its stems passed through `nameHeads`. */
export function nameHeadsIn<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	return { ...written, stem: nameHeads(article, sentences, sentence, written.stem), ...(written.falseStem === undefined ? {} : { falseStem: nameHeads(article, sentences, sentence, written.falseStem) }) };
}

/**
 * Does a stem keep a "the <noun>" that heads a name the article gave before (or in) `sentence`
 * but names none of them: "on display at the castle" where the article named "Norwich Castle"
 * and `nameHeads` could not say which one is meant (QUALITY.md R4), the same with words that describe it ("The
 * solo, non-stop race" of a name that takes no "the"), or a "the judge" where the
 * article writes some person as "Judge ..." and the stem names none of them, or a "the census"
 * where the article names a census with its year ("Census 2022") and the stem names none?
 */
export function unnamedHead(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): boolean {
	const names = namesOf(article, sentences);
	const found = headPointers(stem);
	for (const m of found.pointer) {
		const fitting = namesFor(names, sentence, m[2]);
		if (fitting.length > 0 && !quotedAt(stem, m.index) && !fitting.some((n) => stem.includes(n.text))) return true;
	}
	// "The solo, non-stop race" where `nameHeads` could not write the one name in
	for (const m of found.described) {
		const fitting = namesFor(names, sentence, m[3]);
		if (fitting.length > 0 && describing(m[2]) && !quotedAt(stem, m.index) && !fitting.some((n) => stem.includes(n.text))) return true;
	}
	// "the ship" where the article names a vessel it may be ("the cruise ship Celestial Horizon") but `nameVessels` could not say
	// which: the headline's "cruise ship" does not name it either (the holdout36 and holdout39 readers' R4)
	for (const m of found.vessel) {
		const fitting = vesselsFor(article, m[2]).exact;
		if (fitting.length > 0 && !quotedAt(stem, m.index) && !fitting.some((v) => stem.includes(v.name))) return true;
	}
	// "The census" where the article names a census with its year ("Census 2026", "Census 2022") the stem does not
	for (const m of found.year) {
		const names = yearNamesOf(article).get(m[2]);
		if (names && !quotedAt(stem, m.index) && !names.some((n) => stem.includes(n))) return true;
	}
	// "the president" where the article writes some person with that title ("President Barack Obama"), none of whom the stem names
	for (const m of found.office) {
		const { holders } = officeHolders(article, m[2]);
		if (holders.size > 0 && !quotedAt(stem, m.index) && !ASKS_WHO.test(stem) && ![...holders.keys()].some((surname) => containsWord(stem, surname))) return true;
	}
	return false;
}

// the pointers (`POINTER`, `DESCRIBED`, `VESSEL_POINTER`, `YEAR_POINTER`, `OFFICE_POINTER`) a stem writes, kept per
// stem whatever the article: each of its variants and each generation asks them again (`unnamedHead`)
const headPointers = keptPerText(
	(stem: string) => ({
		pointer: [...stem.matchAll(POINTER)],
		described: [...stem.matchAll(DESCRIBED)],
		vessel: [...stem.matchAll(VESSEL_POINTER)],
		year: [...stem.matchAll(YEAR_POINTER)],
		office: [...stem.matchAll(OFFICE_POINTER)]
	}),
	4096
);
