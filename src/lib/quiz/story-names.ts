import { TITLES, countryOf, countryOfDemonym, isFirstName } from './lexicon';
import { extractFacts } from './facts';
import { TITLED } from './named-heads';
import { quotedAt } from './quoted-at';
import { containsWord, escapeRe } from './words';
import { apostropheOf } from './anchors';
import type { Article, Sentence } from './types';
import { bodyLines } from './article';

/**
 * The story's own fire, province and team by a common noun (QUALITY.md R4): deep in a wildfire
 * report a minister "said the province was sending 140 more firefighters to the blaze", and in a
 * match report "The Portuguese side, seeded ninth, lost the opening map"; the stem alone says
 * neither which blaze, which province nor which side. The article names each plainly: the fire
 * its lead names ("the Greyrock Ridge fire"), the province of its dateline ("PENTICTON, B.C. —"),
 * the one team it places in that country ("Lisbon's Falcão Gaming"), and the office a bare surname
 * took ("Mayor Delia Okafor"). Where exactly one fits, the stem gets the name; where none or
 * several do, it is left as it is.
 */

// a named fire: up to three capitalised words before "fire" or "wildfire" ("the Greyrock Ridge fire", "the Ridge Fire"),
// never a body named for fires ("B.C. Wildfire Service", "Mid and West Wales Fire and Rescue Service") nor "fire" as
// the modifier of a noun after it ("Kern County fire officials"): read as fires, they gave "At the height of the West
// Wales Fire" for "the blaze", a fire the article never names (a reader's R1); group 1 the name
const NAMED_FIRE = /(?<![\p{L}\p{M}’'.-])((?:(?!(?:The|A|An|In|At|On|By|For|From|With|As|And|But|Since|When)\s)\p{Lu}[\p{L}\p{M}’'-]*\s){1,3}(?:fire|Fire|wildfire|Wildfire|bushfire|Bushfire))(?![\p{L}\p{M}’'-])(?!\s\p{Lu})(?!\s(?:and|&)\s\p{Lu})(?!\s(?:service|services|department|brigade|crews?|stations?|chiefs?|officials?|officers?|engines?|fighters?|authority|commissioner|marshal|investigators?|safety|risk|ban|danger|appliances?|teams?|units?|and rescue)\b)/gu;
// "the blaze", "the fire", "the wildfire" with no name after it or "of" phrase that says which; group 1 "the", group 2 a possessive
// ("the fire Friday": a day or a month after it is when, not which)
const BARE_FIRE = /(?<![\p{L}\p{M}’'-])([Tt]he) (?:blaze|fire|wildfire|bushfire)([’']s)?(?![\p{L}\p{M}’'-])(?! of\b| in\b| at\b(?! (?:about |around |some )?(?:\d|_____))| near\b)(?!,? (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu})/gu;

const FIRES = new WeakMap<Article, string | null>();

/**
 * The fire a wildfire story is about: the headline tells of a fire ("Hundreds flee as wildfire
 * nears ..."), and the first name the body gives a fire, within its first three
 * paragraphs, is that fire ("the Greyrock Ridge fire"); a fire named later in passing ("the
 * Ashwell Creek fire" of three summers ago) is another. Where those paragraphs name none, the
 * fire as the headline places it (`placedFire`: "wildfire in central Spain"), else as the lead
 * places it (`describedFire`: "fire in Ashby"). Undefined when the
 * headline tells of no fire, or the first three paragraphs name two.
 */
function storyFire(article: Article, sentences: readonly Sentence[]): string | undefined {
	const cached = FIRES.get(article);
	if (cached !== undefined) return cached ?? undefined;
	let one: string | undefined;
	if (/(?<![\p{L}])(?:fire|wildfire|bushfire|blaze|fires|wildfires|bushfires|blazes)(?![\p{L}])/iu.test(article.title)) {
		const lead = new Set(sentences.filter((s) => s.paragraph <= 2).flatMap((s) => [...s.text.matchAll(NAMED_FIRE)].map((m) => m[1])));
		one = lead.size === 1 ? [...lead][0] : lead.size === 0 ? (placedFire(article) ?? describedFire(article, sentences)) : undefined;
	}
	FIRES.set(article, one ?? null);
	return one;
}

// a headline that places an unnamed fire: "Wildfire in central Spain forces ...", "Bushfire near Ballarat destroys ..."; group 1 the
// noun, 2 the preposition, 3 the place (a compass word may open it)
const HEADLINE_PLACED_FIRE = /^(?:An? )?(Wildfire|Bushfire|Forest fire|Fire|Blaze) (in|near) ((?:(?:central|northern|southern|eastern|western|north-western|north-eastern|south-western|south-eastern|north|south|east|west) )?(\p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+){0,2}))(?![\p{L}\p{M}])/u;

/**
 * The fire a headline places but no lead names: "Wildfire in central Spain forces 6,300 people
 * ..." → "wildfire in central Spain", where the body names the place too and tells of no other
 * fire ("another blaze", "a second fire"): the phrase the headline gives it is the one name a
 * stem can give it. Undefined otherwise.
 */
function placedFire(article: Article): string | undefined {
	const m = HEADLINE_PLACED_FIRE.exec(article.title);
	const body = bodyLines(article);
	if (!m || !containsWord(body, m[4]) || /\b(?:another|second|separate|other|new|earlier) (?:wild|bush|forest )?(?:fire|blaze)s?\b/i.test(body)) return undefined;
	return `${m[1].toLowerCase()} ${m[2]} ${m[3]}`;
}

// a fire the body tells of beside the story's own: "another blaze", "fires", "a second fire", or shots ("opened fire"), which "the fire" may mean
const OTHER_FIRE = /\b(?:(?:another|second|separate|other|new|earlier|previous|last) (?:wild|bush|forest |house )?(?:fire|blaze)s?|(?:fires|blazes|wildfires|bushfires)|(?:open|opened|opening|returned) fire|gunfire|crossfire|ceasefire)\b/i;
// "A fire destroyed ...", "a blaze at a warehouse": the lead's words for the fire; group 1 the noun
const FIRE_WORD = /(?<![\p{L}\p{M}-])(fire|blaze|wildfire|bushfire)(?![\p{L}\p{M}-])/iu;

/**
 * The fire a story's lead describes without a name: "Fire destroys historic flour mill in Ashby"
 * over "A fire destroyed a 200-year-old flour mill in the Leicestershire town of Ashby ..." →
 * "fire in Ashby", the lead's noun and the one town or city its first sentence of a fire names.
 * Undefined where that sentence names no town or two, the body introduces a fire twice ("a fire
 * ... a fire") or tells of another (`OTHER_FIRE`): "the fire" is then not certainly the lead's.
 */
function describedFire(article: Article, sentences: readonly Sentence[]): string | undefined {
	const body = bodyLines(article);
	if (OTHER_FIRE.test(body) || (body.match(/(?<![\p{L}\p{M}-])(?:an?|one) (?:[\p{Ll}-]+ ){0,2}?(?:fire|blaze|wildfire|bushfire)(?![\p{L}\p{M}-])/giu) ?? []).length > 1) return undefined;
	const lead = sentences.find((s) => s.paragraph === 0 && FIRE_WORD.test(s.text));
	if (!lead) return undefined;
	const towns = new Set(extractFacts(lead.text).filter((f) => f.type === 'place' && (f.level === 'city' || f.level === 'town')).map((f) => f.text));
	if (towns.size !== 1) return undefined;
	return `${FIRE_WORD.exec(lead.text)![1].toLowerCase()} in ${[...towns][0]}`;
}

/**
 * A stem with its bare "the blaze" or "the fire" written as the story's fire (`storyFire`):
 * "... to the blaze" → "... to the Greyrock Ridge fire". Left as it is where the story names no
 * one fire, where the source sentence or the one before names another fire (which "the blaze"
 * there may mean), inside a direct quote (R6), and where the stem names the fire already.
 */
function nameStoryFire(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const fire = storyFire(article, sentences);
	if (!fire || stem.includes(fire)) return stem;
	const near = [sentences[sentence.index - 1], sentence].filter((s): s is Sentence => s !== undefined);
	if (near.some((s) => [...s.text.matchAll(NAMED_FIRE)].some((m) => m[1] !== fire))) return stem;
	// a second "the blaze" of one stem reads as the fire just named; writing the name twice is no English
	let done = false;
	return stem.replace(BARE_FIRE, (whole, the: string, possessive: string | undefined, at: number) => {
		if (done || quotedAt(stem, at)) return whole;
		done = true;
		return `${the} ${fire}${possessive ?? ''}`;
	});
}

// Canada's provinces as a dateline writes them ("PENTICTON, B.C. —", "HALIFAX, Nova Scotia —")
const PROVINCES: Record<string, string> = {
	'B.C.': 'British Columbia',
	'Alta.': 'Alberta',
	'Sask.': 'Saskatchewan',
	'Man.': 'Manitoba',
	'Ont.': 'Ontario',
	'Que.': 'Quebec',
	'N.S.': 'Nova Scotia',
	'N.B.': 'New Brunswick',
	'N.L.': 'Newfoundland and Labrador',
	'P.E.I.': 'Prince Edward Island'
};
const FULL_PROVINCES = new Set(Object.values(PROVINCES));
// a dateline's city and province: "PENTICTON, B.C. —"; group 1 the province as written
const PROVINCE_DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+, ((?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*){0,3}?)\s*(?:\(\p{Lu}[\p{L}.]{1,11}\)\s*)?(?:--|[—–-])\s/u;
// "the province", "the province's", with no name or "of" phrase after it
const BARE_PROVINCE = /(?<![\p{L}\p{M}’'-])([Tt]he) province([’']s)?(?![\p{L}\p{M}’'-])(?! of\b)(?!,? (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu})/gu;
// a place and its province as a lead or a headline writes them with no dateline: "near Summerland, B.C., are"; group 1 the province
const PLACE_PROVINCE = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]+, (B\.C\.|Alta\.|Sask\.|Man\.|Ont\.|Que\.|N\.S\.|N\.B\.|N\.L\.|P\.E\.I\.)(?=[,\s]|$)/u;

/**
 * The province of a Canadian dateline, in full ("British Columbia" of "PENTICTON, B.C. —"),
 * where the article writes that full name too; without a dateline, the province the headline and
 * the lead both write after a place ("near Summerland, B.C."); undefined otherwise.
 */
function datelineProvince(article: Article): string | undefined {
	if (!PROVINCE_OF.has(article)) PROVINCE_OF.set(article, readDatelineProvince(article));
	return PROVINCE_OF.get(article);
}
// per article: its dateline's province, which every stem asks again
const PROVINCE_OF = new WeakMap<Article, string | undefined>();

/** `datelineProvince`, read afresh. */
function readDatelineProvince(article: Article): string | undefined {
	const written = PROVINCE_DATELINE.exec(article.paragraphs[0] ?? '')?.[1];
	const full = written && (PROVINCES[written] ?? (FULL_PROVINCES.has(written) ? written : undefined));
	if (full) return article.paragraphs.some((p) => p.includes(full)) ? full : undefined;
	// no dateline: the province the headline and the lead both place the story in ("near Summerland, B.C."), in full
	// where the article writes it so, else as the article writes it ("B.C.", which a reader of it knows by that name)
	const [title, lead] = [PLACE_PROVINCE.exec(article.title)?.[1], PLACE_PROVINCE.exec(article.paragraphs[0] ?? '')?.[1]];
	if (!lead || title !== lead) return undefined;
	return article.paragraphs.some((p) => p.includes(PROVINCES[lead])) ? PROVINCES[lead] : lead;
}

// the United States' states as a dateline writes them in full ("BIDDEFORD, Maine —")
const US_STATES = new Set('Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming'.split(' ').concat(['New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia']));
// "the state", "the state's", with no name or "of" phrase after it
const BARE_STATE = /(?<![\p{L}\p{M}’'-])([Tt]he) state([’']s)?(?![\p{L}\p{M}’'-])(?! of\b)(?!,? \p{Lu})/gu;

/** The US state of a dateline, as written in full ("Maine" of "BIDDEFORD, Maine —"); undefined otherwise. */
function datelineState(article: Article): string | undefined {
	const written = PROVINCE_DATELINE.exec(article.paragraphs[0] ?? '')?.[1];
	return written && US_STATES.has(written) ? written : undefined;
}

// "a province", "another state", "provinces": the article tells of more than the dateline's one (compiled once, where a pattern per stem cost most of the rewrite)
const ANOTHER_PROVINCE = /(?<![\p{L}])(?:[Aa]n?|[Aa]nother|[Oo]ther|[Ee]ach|[Ee]very) province\b|\bprovinces\b/u;
const ANOTHER_STATE = /(?<![\p{L}])(?:[Aa]n?|[Aa]nother|[Oo]ther|[Ee]ach|[Ee]very) state\b|\bstates\b/u;

/**
 * A stem with its bare "the province" written as the province of the dateline (`datelineProvince`),
 * and "the state" as the US state of one (`datelineState`): "said the province was sending 140 more
 * firefighters" → "said British Columbia was ...", "in the state's work plan" → "in Maine's work
 * plan". Left as it is without such a dateline, where the article writes "a province" or
 * "provinces" (another one it may mean), and inside a direct quote.
 */
function nameDatelineProvince(article: Article, stem: string): string {
	let out = stem;
	for (const [place, bare, another] of [[datelineProvince(article), BARE_PROVINCE, ANOTHER_PROVINCE], [datelineState(article), BARE_STATE, ANOTHER_STATE]] as const) {
		if (!place || out.includes(place) || article.paragraphs.some((p) => another.test(p))) continue;
		// "in B.C." at a stem's end keeps one stop
		out = out.replace(bare, (whole, _the: string, possessive: string | undefined, at: number, text: string) => (quotedAt(out, at) ? whole : `${place.endsWith('.') && !possessive && text[at + whole.length] === '.' ? place.slice(0, -1) : place}${possessive ?? ''}`));
	}
	return out;
}

// "Okafor took office in March 2024": an office taken, which the stem never says; group 1 the surname
const TOOK_OFFICE = /^(\p{Lu}[\p{L}\p{M}’'-]+) (?=(?:took office|was sworn in|assumed office|took up (?:the|his|her) post)\b)/u;

/**
 * A stem that opens on a bare surname taking office ("Okafor took office in March 2024": which
 * office?) with the one title and full name the article writes that person with ("Mayor Delia
 * Okafor", `TITLED`); unchanged where the article writes no such title for the surname, or two.
 */
function nameOfficeTaken(article: Article, stem: string): string {
	const surname = TOOK_OFFICE.exec(stem)?.[1];
	if (!surname) return stem;
	const titled = new Set<string>();
	for (const p of article.paragraphs) for (const m of p.matchAll(TITLED)) if (m[2].trim().replace(/[’']s$/, '').split(' ').at(-1) === surname) titled.add(`${m[1]} ${m[2].trim().replace(/[’']s$/, '')}`);
	const [one] = [...titled].sort((a, b) => b.length - a.length);
	return one && [...titled].every((t) => one.endsWith(t.split(' ').slice(1).join(' ')) && one.startsWith(t.split(' ')[0])) ? `${one}${stem.slice(surname.length)}` : stem;
}

// "The Portuguese side", "the Brazilian club": a team told by its country; group 1 "the", 2 the demonym
const DEMONYM_SIDE = /(?<![\p{L}\p{M}’'-])([Tt]he) ((?:\p{Lu}\p{Ll}+ ){1,2}?)(?:side|team|club|squad|outfit)(?![\p{L}\p{M}’'-])(?!,? \p{Lu})/gu;
// "Lisbon's Falcão Gaming", "Falcão Gaming, from Lisbon,": a name placed in a city or a country; groups 1 and 4 the place, 2 and 3 the name
const PLACED_NAME = /(?=\p{Lu})(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+)?)[’']s (\p{Lu}[\p{L}\p{M}’'.-]*(?: \p{Lu}[\p{L}\p{M}’'.-]*){0,3})|(\p{Lu}[\p{L}\p{M}’'.-]*(?: \p{Lu}[\p{L}\p{M}’'.-]*){0,3}), (?:from|of|based in) (\p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+)?)(?=[,.;])/gu;

/**
 * The one name the headline or body places in `country` ("Falcão Gaming" of "Lisbon's Falcão Gaming
 * beat Iron Wolves" for Portugal), which the body writes; undefined where none or two are.
 * A title ("Britain's Prime Minister") or a person's name is no team.
 */
function placedName(article: Article, country: string): string | undefined {
	const body = bodyLines(article);
	const found = new Set<string>();
	for (const text of [article.title, ...article.paragraphs]) {
		for (const m of text.matchAll(PLACED_NAME)) {
			const place = m[1] ?? m[4];
			const name = (m[2] ?? m[3]).replace(/[’']s$/, '');
			// "Britain's Prime Minister", "Brazil's Vinicius Junior": an office or a player, no team
			if ((countryOf(place) ?? place) !== country || TITLES.has(name.split(' ')[0].toLowerCase()) || isFirstName(name.split(' ')[0]) || !body.includes(name)) continue;
			found.add(name);
		}
	}
	return found.size === 1 ? [...found][0] : undefined;
}

/**
 * A stem with "The Portuguese side" written as the one team the article places in that country
 * (`placedName`): "The Portuguese side, seeded ninth of 12 teams, lost" → "Falcão Gaming,
 * seeded ninth ...". Left as it is where the words before the noun are no demonym, where none or
 * two teams fit, and inside a direct quote.
 */
function nameDemonymSide(article: Article, stem: string): string {
	return stem.replace(DEMONYM_SIDE, (whole, _the: string, demonym: string, at: number) => {
		const country = countryOfDemonym(demonym.trim());
		const team = country && !quotedAt(stem, at) ? placedName(article, country) : undefined;
		return team && !stem.includes(team) ? team : whole;
	});
}

// a day or a month after a noun says when, not which one ("the span Friday")
const WHEN = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b`;
// what may stand before a story's thing and still mean it: a year, a sum, a measure, the blank ("the 1958 span",
// "the £30,000 award", "the five-strong panel"); never a word that says which ("the new bridge", "the other prize")
const THING_MODIFIER = String.raw`(?:\d{4}|_____|[$£€][\d,.]+(?: ?(?:million|m|bn|k))?|[$£€]_____(?: ?(?:million|m|bn|k))?|[\p{Ll}\d]+(?:-[\p{Ll}]+)+) `;

/** A kind of thing a story is about: the head words of its name, the bare nouns that point to it, and the nouns of its own parts. */
interface ThingKind {
	heads: string;
	pointers: string;
	parts?: string;
}

// a bridge or a viaduct ("Dunmore Street Bridge", "Allanbrae Viaduct": "the span", "the crossing", "the closure"), a prize
// ("Aldgate prize": "the award", "the ceremony", "the judges")
const THING_KINDS: readonly ThingKind[] = [
	{ heads: 'bridge|viaduct', pointers: 'bridge|viaduct|span|crossing', parts: 'closure' },
	{ heads: 'prize|award', pointers: 'prize|award', parts: 'ceremony|judges|shortlist|panel' }
];

const THINGS = new WeakMap<Article, Map<ThingKind, string | null>>();

// built once, not per call: V8 drops a `new RegExp` from its cache after two major GCs and compiles it again, which for a Unicode class costs milliseconds; per kind: a name ending in a head of either case, a head in lower case, a name ending in a capitalised head
const KIND_PATTERNS = new Map(
	THING_KINDS.map((kind) => [
		kind,
		{
			named: new RegExp(String.raw`(?<![\p{L}\p{M}’'.-])((?:\p{Lu}[\p{L}\p{M}’'.-]* ){1,4})(${eitherCase(kind.heads)})(?![\p{L}\p{M}’'-])`, 'gu'),
			head: new RegExp(String.raw`(?<![\p{L}\p{M}’'-])(?:${kind.heads})(?![\p{L}\p{M}’'-])`, 'u'),
			capitalled: new RegExp(String.raw`(?<![\p{L}\p{M}’'.-])((?:\p{Lu}[\p{L}\p{M}’'.-]* ){1,4})(${kind.heads.split('|').map((h) => h[0].toUpperCase() + h.slice(1)).join('|')})(?![\p{L}\p{M}’'-])`, 'gu')
		}
	])
);

/** "bridge|prize" as "[Bb]ridge|[Pp]rize": a name's head in either case, where a capitals class must not fold case too. */
function eitherCase(words: string): string {
	return words.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
}

/**
 * The one thing of `kind` a headline names and the body names again ("Dunmore Street Bridge closed
 * after ..." → "Dunmore Street Bridge", "... wins £30,000 Aldgate prize" → "Aldgate prize"), as the
 * body writes it; undefined where the headline names none or two, or the body never names it.
 * Cached per article.
 */
function headlineThing(article: Article, kind: ThingKind): string | undefined {
	let cache = THINGS.get(article);
	if (!cache) THINGS.set(article, (cache = new Map()));
	if (!cache.has(kind)) {
		const body = bodyLines(article);
		const found = new Set<string>();
		for (const m of article.title.matchAll(KIND_PATTERNS.get(kind)!.named)) {
			const words = m[1].trim().split(' ');
			// "Nigerian Author Wins Aldgate Prize": the longest run of the headline's words the body writes before the head
			for (let from = 0; from < words.length; from++) {
				const run = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])${escapeRe(words.slice(from).join(' '))} (?:${kind.heads})(?![\p{L}\p{M}’'-])`, 'iu').exec(body);
				if (run && !/^(?:The|A|An|In|At|On|By|For|From|With|As|And|But|After)$/.test(words[from])) {
					found.add(run[0]);
					break;
				}
			}
		}
		cache.set(kind, found.size === 1 ? [...found][0] : found.size === 0 ? (leadThing(article, kind) ?? null) : null);
	}
	return cache.get(kind) ?? undefined;
}

/**
 * The one thing of `kind` the lead names, under a headline that names its kind only: "Kilbrannan rail line to close
 * for 14 weeks for £23.7m viaduct repair" over "... a £23.7m repair of the 150-year-old Allanbrae Viaduct" gives
 * "Allanbrae Viaduct", which a later "The 19-arch viaduct" means (a dev174 closure story lost the viaduct's facts to
 * R4). Undefined where the headline writes no head of the kind in lower case, or the article names none or two by a
 * capitalised head ("the Marlow Road Bridge" beside it may be the one meant).
 */
function leadThing(article: Article, kind: ThingKind): string | undefined {
	const { head, capitalled: named } = KIND_PATTERNS.get(kind)!;
	if (!head.test(article.title)) return undefined;
	const names = (text: string) => new Set([...text.matchAll(named)].map((m) => `${m[1].replace(/^(?:The|A|An|In|At|On|By|For|From|With|As|And|But|After|Of) /, '')}${m[2]}`));
	const lead = names(article.paragraphs[0] ?? '');
	const all = names(bodyLines(article));
	return lead.size === 1 && all.size === 1 ? [...lead][0] : undefined;
}

/**
 * A stem with a bare "the span", "the award", "the ceremony" written as the story's bridge or prize
 * (`headlineThing`): "inspectors rated the 1958 span's superstructure" → "... the 1958 Dunmore Street
 * Bridge's superstructure", "Speaking after the ceremony" → "Speaking after the Aldgate prize
 * ceremony". Left as it is where the stem names the thing already, where the source sentence or the
 * one before names another of its kind (which the noun there may mean), and inside a direct quote.
 */
function nameHeadlineThings(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	let out = stem;
	for (const kind of THING_KINDS) {
		const thing = headlineThing(article, kind);
		if (!thing || out.toLowerCase().includes(thing.toLowerCase())) continue;
		const others = new RegExp(String.raw`(?<![\p{L}\p{M}’'.-])(?:\p{Lu}[\p{L}\p{M}’'.-]* ){1,4}(?:${eitherCase(kind.heads)})(?![\p{L}\p{M}’'-])|\b(?:[Aa]nother|[Oo]ther|[Ss]econd|[Nn]ew|[Aa]n?) (?:${kind.pointers})\b`, 'gu');
		const near = [sentences[sentence.index - 1], sentence].filter((s): s is Sentence => s !== undefined);
		if (near.some((s) => [...s.text.matchAll(others)].some((m) => !m[0].toLowerCase().endsWith(thing.toLowerCase()) && !thing.toLowerCase().endsWith(m[0].replace(/^\S+ /, '').toLowerCase())))) continue;
		const pointer = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) (${THING_MODIFIER})?(?:(${kind.pointers})|(${kind.parts ?? '(?!)'}))([’']s)?(?![\p{L}\p{M}’'-])(?! of\b| for\b)(?! (?!${WHEN})\p{Lu})`, 'gu');
		let done = false;
		out = out.replace(pointer, (whole, the: string, modifier: string | undefined, _noun: string | undefined, part: string | undefined, possessive: string | undefined, at: number) => {
			if (done || quotedAt(out, at)) return whole;
			done = true;
			return `${the} ${modifier ?? ''}${thing}${part ? ` ${part}` : ''}${possessive ?? ''}`;
		});
	}
	return out;
}

// a book a lead names by its kind and its title, unquoted: "her debut novel The Salt Ledger, a ..."; group 1 the kind, 2 the title
const LEAD_BOOK = /\b(novel|book|memoir|biography|collection) ((?:The |A |An )?\p{Lu}[\p{L}\p{M}’'-]*(?: (?:(?:of|the|a|an|in|at|on|and|to|for) )?\p{Lu}[\p{L}\p{M}’'-]*){0,5})(?=[,.;:)]|$| (?:is|was|has|had|by|about|in|which|that)\b)/gu;
const BOOKS = new WeakMap<Article, string | null>();

/**
 * The one book a story is about: the headline tells of a novel or a book ("... wins prize with debut
 * novel"), and the lead (the first paragraph) names exactly one by its title ("her debut novel The
 * Salt Ledger"). Undefined otherwise. Cached per article.
 */
function storyBook(article: Article): string | undefined {
	const cached = BOOKS.get(article);
	if (cached !== undefined) return cached ?? undefined;
	const titles = /\b(?:novel|book|memoir|biography)\b/i.test(article.title) ? new Set([...(article.paragraphs[0] ?? '').matchAll(LEAD_BOOK)].map((m) => m[2])) : new Set<string>();
	const one = titles.size === 1 ? [...titles][0] : undefined;
	BOOKS.set(article, one ?? null);
	return one;
}

/**
 * A stem with a bare "the novel" or "the book" written as the story's book by its title, and "the
 * publisher" as the book's (`storyBook`): "The novel follows three generations" → "The Salt Ledger
 * follows ...", "written most of the book" → "written most of The Salt Ledger". Left as it is where
 * the stem names the title already, where the source sentence or the one before tells of another
 * book ("a second novel", "the other shortlisted books"), and inside a direct quote.
 */
function nameStoryBook(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const book = storyBook(article);
	if (!book || stem.includes(book)) return stem;
	const near = [sentences[sentence.index - 1], sentence].filter((s): s is Sentence => s !== undefined);
	if (near.some((s) => /\b(?:another|other|second|next|new|first|earlier|previous|latest) (?:[\p{Ll}-]+ )?(?:novel|book|memoir)s?\b|\b(?:novels|books)\b/iu.test(s.text))) return stem;
	let done = false;
	return stem.replace(/(?<![\p{L}\p{M}’'-])[Tt]he (?:novel|book|(publisher))([’']s)?(?![\p{L}\p{M}’'-])(?! of\b)(?!,? \p{Lu})/gu, (whole, publisher: string | undefined, possessive: string | undefined, at: number) => {
		if (done || quotedAt(stem, at)) return whole;
		done = true;
		return publisher ? `${book}${apostropheOf(article)}s publisher${possessive ?? ''}` : `${book}${possessive ?? ''}`;
	});
}

// a central bank as a lead names it with its acronym: "The Central Bank of Nigeria (CBN)", "the Reserve Bank of India (RBI)",
// "the Bank of England (BoE)"; group 1 the name, 2 the acronym
const CENTRAL_BANK = /(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}-]* ){0,3}(?:Central|Reserve|National) Bank(?: of(?: the)? \p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*){0,2})?|Bank of(?: the)? \p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*){0,2}) \(([A-Z][A-Za-z]{1,5})\)/u;

/** A story's central bank: its name, its acronym, and the committee of it the article names with its own acronym. */
interface StoryBank {
	name: string;
	acronym: string;
	committee?: { name: string; acronym: string };
}

const BANKS = new WeakMap<Article, StoryBank | null>();

/**
 * The central bank a story is about: the lead (the first paragraph) names it with its acronym ("The
 * Central Bank of Nigeria (CBN) on Tuesday lowered ...") and the headline names it by either ("CBN
 * cuts benchmark rate"); with the committee the article gives it by a possessive and an acronym
 * ("the bank's Monetary Policy Committee (MPC)"). Undefined otherwise. Cached per article.
 */
function storyBank(article: Article): StoryBank | undefined {
	const cached = BANKS.get(article);
	if (cached !== undefined) return cached ?? undefined;
	const m = CENTRAL_BANK.exec(article.paragraphs[0] ?? '');
	const name = m?.[1].replace(/^The /, '');
	let bank: StoryBank | undefined;
	if (m && name && (containsWord(article.title, m[2]) || article.title.includes(name))) {
		bank = { name, acronym: m[2] };
		const owner = String.raw`(?:[Tt]he (?:central )?bank|(?:the )?${escapeRe(name)}|${m[2]})[’']s`;
		const committee = new RegExp(String.raw`${owner} ((?:\p{Lu}[\p{L}\p{M}-]* ){1,3}(?:Committee|Council|Board)) \(([A-Z]{2,6})\)`, 'u').exec(bodyLines(article));
		if (committee) bank.committee = { name: committee[1], acronym: committee[2] };
	}
	BANKS.set(article, bank ?? null);
	return bank;
}

/**
 * A stem with the story's central bank and its committee written by name (`storyBank`): "the bank"
 * → "the Central Bank of Nigeria", "The MPC had held" and "the committee" → "The Central Bank of
 * Nigeria's Monetary Policy Committee had held", "The MPC's next meeting is" → "The next meeting of
 * the Central Bank of Nigeria's Monetary Policy Committee is" (QUALITY.md R4: whose committee, the
 * stem never said). Left as it is where the stem names the bank, where the source sentence or the
 * one before names another bank, and inside a direct quote.
 */
function nameStoryBank(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const bank = storyBank(article);
	if (!bank || stem.includes(bank.name) || containsWord(stem, bank.acronym)) return stem;
	const near = [sentences[sentence.index - 1], sentence].filter((s): s is Sentence => s !== undefined);
	const otherBank = /(?<![\p{L}\p{M}])(?:\p{Lu}[\p{L}\p{M}-]* )+Bank\b/gu;
	if (near.some((s) => [...s.text.matchAll(otherBank)].some((b) => !`The ${bank.name}`.includes(b[0].replace(/^(?:The|A|An|In|At|On|By|For) /, ''))))) return stem;
	const apostrophe = apostropheOf(article);
	const committee = bank.committee && `${bank.name}${apostrophe}s ${bank.committee.name}`;
	let out = stem;
	if (committee && bank.committee) {
		const { acronym, name } = bank.committee;
		// "The MPC's next meeting is scheduled": the owner's thing first, as a double possessive reads badly
		out = out.replace(new RegExp(String.raw`^The (?:${acronym}|${escapeRe(name)})[’']s ((?:\p{Ll}+ ){0,2}\p{Ll}+) (?=is|was|will|has|had|are|were)`, 'u'), (_whole, thing: string) => `The ${thing} of the ${committee} `);
		out = out.replace(new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) (?:${acronym}|${escapeRe(name)}|committee)(?![\p{L}\p{M}’'-])(?! of\b)`, 'gu'), (whole, the: string, at: number) => (quotedAt(out, at) || /[’']s $/.test(out.slice(0, at)) ? whole : `${the} ${committee}`));
	}
	// "welcomed the cut": the bank's move the headline tells of ("CBN cuts benchmark rate")
	const move = new RegExp(String.raw`\b(?:${bank.acronym}|${escapeRe(bank.name)}) (cuts|raises|hikes)\b`).exec(article.title)?.[1];
	if (move) {
		const noun = move === 'cuts' ? 'cut' : 'hike|rise|increase';
		out = out.replace(new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) (${noun})(?![\p{L}\p{M}’'-])(?! (?:of|in|to|by)\b)`, 'u'), (whole, the: string, what: string, at: number) => (quotedAt(out, at) || out.includes(bank.name) ? whole : `${the} ${bank.name}${apostrophe}s rate ${what}`));
	}
	if (out.includes(bank.name)) return out;
	let done = false;
	return out.replace(/(?<![\p{L}\p{M}’'-])([Tt]he) (?:central )?bank(?:([’']s)(?![\p{L}\p{M}’'-])|(?![\p{L}\p{M}’'-])(?! of\b)(?! \p{Lu}))/gu, (whole, the: string, possessive: string | undefined, at: number) => {
		if (done || quotedAt(out, at)) return whole;
		done = true;
		return `${the} ${bank.name}${possessive ?? ''}`;
	});
}

// a headline's election by the name of its seat or place: "... in Tynedale and Allen Valleys by-election as ...", "Hartlepool
// by-election: ..."; group 1 the name (capitalised words, joined by "and", "upon" or "of"), 2 the kind
const HEADLINE_ELECTION = /(?=\p{Lu})(?<![\p{L}\p{M}’'.-])(\p{Lu}[\p{L}\p{M}’'-]*(?: (?:and|upon|on|of|under) \p{Lu}[\p{L}\p{M}’'-]*| \p{Lu}[\p{L}\p{M}’'-]*){0,5}) (by-election|by-poll|mayoral election)(?![\p{L}\p{M}-])/u;
const ELECTIONS = new WeakMap<Article, { name: string; kind: string } | null>();

/**
 * The one election a story is about, by the name its headline gives it ("Tynedale and Allen
 * Valleys by-election"), where the body writes that name too and tells of no other election of
 * its kind ("another by-election", "by-elections", another name before "by-election"). Undefined
 * otherwise. Cached per article.
 */
function storyElection(article: Article): { name: string; kind: string } | undefined {
	const cached = ELECTIONS.get(article);
	if (cached !== undefined) return cached ?? undefined;
	const m = HEADLINE_ELECTION.exec(article.title);
	const body = bodyLines(article);
	let one: { name: string; kind: string } | undefined;
	if (m && !/^(?:The|A|An|In|At|On|By|For|From|With|As|And|But|After)$/.test(m[1].split(' ')[0]) && containsWord(body, m[1])) {
		const others = new RegExp(String.raw`\b(?:another|second|other|next|previous|earlier|last) ${escapeRe(m[2])}|\b${escapeRe(m[2])}s\b|(?<![\p{L}\p{M}’'-])(\p{Lu}[\p{L}\p{M}’'-]*) ${escapeRe(m[2])}\b`, 'gu');
		const name = m[1];
		// "The by-election was called ...": a capital that opens a sentence is no other name
		if (![...body.matchAll(others)].some((o) => o[1] === undefined || (!/^(?:The|A|An|This|That|Its|Their|His|Her|Next|Last)$/.test(o[1]) && !name.endsWith(o[1])))) one = { name, kind: m[2] };
	}
	ELECTIONS.set(article, one ?? null);
	return one;
}

// "the by-election", "The constituency", "the seat's": the story's election or the seat it fills, with no name or "of" phrase after it
const BARE_ELECTION = /(?<![\p{L}\p{M}’'-])([Tt]he) (by-election|by-poll|mayoral election|constituency|seat)([’']s)?(?![\p{L}\p{M}’'-])(?! of\b)(?!,? \p{Lu})/gu;
// a stem that tells of the vote itself: a share of it, a count of votes, a majority, the turnout
const VOTE_TOLD = /\b(?:share of the vote|votes|majority|turnout)\b/i;
// a first word that is no name, lower-cased after a scope written before it
const COMMON_OPENING = /^(?:The|A|An|Turnout|Both|Voters|Support)\b/;

/**
 * A stem with the story's election written in (`storyElection`): "The by-election was called after
 * ..." → "The Tynedale and Allen Valleys by-election was called ...", "The constituency covers ..."
 * → "The Tynedale and Allen Valleys constituency covers ..."; and a stem that tells of the vote
 * itself but names no election or place of it ("Labour's share of the vote fell to 33.0 per cent")
 * scoped by it: "In the Tynedale and Allen Valleys by-election, Labour's share of the vote fell
 * ...". Each was refused as saying of what (QUALITY.md R4), though the article names its one
 * election plainly. Left as it is inside a direct quote, where the stem names the election already
 * or tells of another election ("last July's general election"), and for a stem that opens on a quote.
 */
function nameStoryElection(article: Article, stem: string): string {
	const election = storyElection(article);
	if (!election || stem.includes(election.name) || /[“"‘]/.test(stem[0] ?? '')) return stem;
	let done = false;
	const named = stem.replace(BARE_ELECTION, (whole, the: string, noun: string, possessive: string | undefined, at: number) => {
		if (done || quotedAt(stem, at)) return whole;
		done = true;
		return `${the} ${election.name} ${noun}${possessive ?? ''}`;
	});
	if (named !== stem) return named;
	if (!VOTE_TOLD.test(stem) || /\b(?:election|elections|poll|polls|referendum)\b/i.test(stem)) return stem;
	return `In the ${election.name} ${election.kind}, ${COMMON_OPENING.test(stem) ? stem[0].toLowerCase() + stem.slice(1) : stem}`;
}

/**
 * A stem with the story's fire, its dateline's province, a team told by its country, a bare
 * surname's office and the story's election written by name (`nameStoryFire`,
 * `nameDatelineProvince`, `nameDemonymSide`, `nameOfficeTaken`, `nameStoryElection`).
 */
export function nameStoryThings(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const named = nameStoryElection(article, nameOfficeTaken(article, nameDemonymSide(article, nameDatelineProvince(article, nameStoryFire(article, sentences, sentence, stem)))));
	return nameStoryBank(article, sentences, sentence, nameStoryBook(article, sentences, sentence, nameHeadlineThings(article, sentences, sentence, named)));
}

/** A written item with its stems passed through `nameStoryThings`. */
export function nameStoryThingsIn<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const fix = (stem: string) => nameStoryThings(article, sentences, sentence, stem);
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}
