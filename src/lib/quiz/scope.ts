import { apostropheOf, homeCountry, possessive, type AnchorSource } from './anchors';
import { placeOwned } from './back-references';
import { datelineCityOf, extractFacts, settledPlaces } from './facts';
import { HEADLINE_FINDING, headlineNounPhrase } from './in-view';
import { COMMON_ABBREVIATION, IRREGULAR_PAST, countryOf, countryOfDemonym, hasTag, provinceCountries, isCity, isCountry, tagsOf, townCountry } from './lexicon';
import { quotedAt } from './quoted-at';
import { researchInstitution } from './research-team';
import type { Article, Sentence } from './types';
import { containsWord, escapeRe, keptPerTextAnd } from './words';
import { bodyLines } from './article';

/**
 * A stem that names nothing (no person, place, organisation or other name) cannot tell a player
 * which story it is about: "Full-time employment rose by ___ positions", "Cameras at ___ entry
 * points will read number plates", "Employers have offered a scheme from age 64". The blind
 * holdout16 reader refused every such stem (QUALITY.md R4, "a stem with no scope"); across six
 * graded sets, 35 of the 76 R4 refusals named nothing, against 20 of 321 accepted items.
 */

// words that open sentences or quotes capitalised without being names
const NOT_A_NAME = new Set(
	'The A An This That These Those It Its We Our Us He She They His Her Their In On At For With By From As But And Or If When While After Before Under Over About Some Many Most All Each Every No One Two Three Four Five Six Seven Eight Nine Ten Both Neither Either Mr Mrs Ms Dr Sir Who What Where Which How Why According Almost Nearly Around Roughly About Only Just Also Yet Still Not More Less Fewer'.split(' ')
);
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

// a body every country has, capitalised as a name but naming none: "The Treasury forecasts growth of 5.3%", "The Federal
// Government on Monday flagged off ...", "the Ministry of Health" (sealed holdout82 readers' R4: whose?); "of Kenya" after it
// or "Kenya's" before it is a name of its own; "the 10-year Treasury note" is the US's own paper, a name
const EVERY_COUNTRYS_BODY = /(?<![\p{L}\p{M}’'-])(?:(?:Federal|National|Central|State) )?(?:Government|Treasury|Parliament|Cabinet|Senate|National Assembly|Supreme Court|High Court|Constitutional Court|Court of Appeal|Central Bank|Police|National Police|Armed Forces|Army|Navy|Air Force|Coast Guard|Fire Service|Election Commission|Electoral Commission|(?:Finance|Health|Education|Interior|Defen[cs]e|Foreign|Agriculture|Transport|Energy|Justice|Environment|Labou?r|Trade) Ministry|Ministry of (?:Finance|Health|Education|the Interior|Interior|Defen[cs]e|Foreign Affairs|Agriculture|Transport|Energy|Justice|Environment|Labou?r|Trade))(?![\p{L}\p{M}’'-])(?! (?:notes?|bonds?|bills?|yields?|securities|inflation-protected)\b)/gu;

/**
 * Does the stem name something: a capitalised word inside it that is not a function word, a
 * month or a weekday, or, where a capital only opens the stem or a quote, a word in `names` (the
 * words the article capitalises mid-sentence and the words of the names it types, so "Aurelia’s
 * revenue" names the airline)? A demonym counts ("Syrians", "the Australian dollar"); the
 * abbreviation of a common thing ("via SMS", "the CPI") does not, nor a body every country has
 * (`EVERY_COUNTRYS_BODY`: "The Treasury", "the Federal Government"). The
 * blank is no name: a player reads the stem without the key. Takes the stem and that set.
 */
export function namesSomething(stem: string, names: ReadonlySet<string>): boolean {
	return namesSomethingKept(stem, names);
}
const namesSomethingKept = keptPerTextAnd(readNamesSomething, 4096);

/** `namesSomething`, read afresh. */
function readNamesSomething(stem: string, names: ReadonlySet<string>): boolean {
	const text = stem.replaceAll('_____', ' ').replace(EVERY_COUNTRYS_BODY, ' ');
	for (const m of text.matchAll(/[\p{L}\d][\p{L}\p{M}\d’'.&-]*/gu)) {
		const word = m[0].replace(/[’']s$/, '').replace(/\.$/, '');
		// "R190", "A$40", "4G": a sum or a code with digits in it names nothing, unless the article writes it as a name ("Hayabusa2")
		if (!/^\p{Lu}/u.test(word) || (/\d/.test(word) && !names.has(word)) || word === 'I' || NOT_A_NAME.has(word) || CALENDAR.test(word) || COMMON_ABBREVIATION.test(word)) continue;
		// a currency's nationality ("1.84 billion Danish crowns") says only what money a sum is in, never whose (the holdout122 readers' R4)
		// (a blank, read as a space, may stand for the sum: "fell to _____ Danish crowns")
		if (/(?:\d|\b(?:million|billion|trillion|bn|m)|\s)\s$/.test(text.slice(0, m.index)) && CURRENCY_AFTER.test(text.slice(m.index + m[0].length))) continue;
		// a people ("Syrians made up the largest group") places the stem as a name does
		if (hasTag(word.toLowerCase(), 'Demonym')) return true;
		const opensText = /(?:^|[“"‘(:])\s*$/u.test(text.slice(0, m.index));
		if (!opensText || names.has(word)) return true;
	}
	return false;
}

// a currency's name after its nationality, itself after a sum: "1.84 billion Danish crowns", "40 Swedish kronor"
const CURRENCY_AFTER = /^\s(?:crowns?|kron(?:a|e|er|or)|dollars?|pounds?|euros?|francs?|yen|yuan|renminbi|won|rupees?|pesos?|rand|lira|liras|zlotys?|zloty|forints?|ringgit|baht|dinars?|dirhams?|riyals?|reais|real|shekels?|rubles?|roubles?|hryvnias?|nairas?|naira|shillings?|lei|leu)\b/;

const HOME = new WeakMap<Article, string | null>();

// a paragraph's first sentence: a point inside a figure ("4.6 per cent") ends none
const LEAD_SENTENCE = /^(?:[^.!?]|\.(?=\d))*[.!?]/;

/** Words that tell figures of a whole country: "nationally", "the national median", "across the country". */
const NATIONAL = /\b(?:nationally|nationwide|country-?wide|national (?:median|average|figure|figures|index|rate|total|level|data|HPI|market)|across the country|(?:in|for) the country as a whole)\b/i;

/** What `storyPlace` and `storyMeasure` read of an article's context: its text, places and organisations. */
export type PlaceSource = Pick<AnchorSource, 'article' | 'places' | 'organisations'>;

/**
 * The place of the council a story is about: the name its headline opens on before "council" or
 * "councillors" ("Pen-y-Bryn council tax to rise ...", "Ardnamurrach councillors back 4% tourist
 * levy ..."), where the lead writes it too and the article's own words settle it as a place
 * (`settledPlaces`: "Pen-y-Bryn County Borough Council", "councillors in Porthwenna"). The
 * story's "the council" is that place's council where the article names none other (anaphora.ts,
 * `placesCouncil`). Takes the article; undefined when no such place fits.
 */
export function councilPlace(article: Article): string | undefined {
	// asked for each "the council" of each stem: the body's places are read once per article
	const known = COUNCIL_PLACE.get(article);
	if (known !== undefined) return known ?? undefined;
	const place = HEADLINE_COUNCIL.exec(article.title)?.[1];
	const lead = article.paragraphs.find((p) => !/^By\s\p{Lu}/u.test(p)) ?? '';
	const found = place !== undefined && containsWord(lead, place) && settledPlaces(bodyLines(article), article.title).has(place) ? place : null;
	COUNCIL_PLACE.set(article, found);
	return found ?? undefined;
}

const COUNCIL_PLACE = new WeakMap<Article, string | null>();

// a headline that opens on a place and its council: "Pen-y-Bryn council tax to rise", "Harrowfield district councillors vote"
const HEADLINE_COUNCIL = /^((?:\p{Lu}[\p{L}\p{M}’'-]*)(?: \p{Lu}[\p{L}\p{M}’'-]*)?)(?:[’']s)? (?:(?:county|county borough|borough|district|town|city|parish) )?(?:council|councillors)\b/u;

/**
 * The one place a story happens in: the only place of the article (a city, region or country it
 * types as a place) that its headline names on its own ("Dublin to introduce ...", "Indonesia’s
 * Mount Lewotobi erupts", "S. Korea's births rise"; not "IIT Delhi"); where it names none, the one
 * country the lead sets a national release in (`leadCountry`). Undefined when the headline names several, or none and no lead country fits: a
 * wrong scope makes a false stem (QUALITY.md R2), so neither the lead's places, which may be only
 * where the story starts, nor a nationality ("Russian money" in a London libel case) will do; and
 * the body must name it at least twice and more often than any other place. A name of several
 * words must be a gazetteer country or city: "Southern Water" may be typed as a place.
 */
export function storyPlace(source: PlaceSource): string | undefined {
	const cached = HOME.get(source.article);
	if (cached !== undefined) return cached ?? undefined;
	const { article } = source;
	const inTitle = [...source.places.values()].filter((p) => /^(?:city|town|region|country|state|province|county)$/.test(p.level) && !/^\p{Lu}{4,}$/u.test(p.text) && !source.organisations.has(p.text.toLowerCase()) && (isCountry(p.text) || isCity(p.text) || !p.text.includes(' ')) && (standsAlone(article.title, p.text) || standsAlone(article.title, headlineShort(p.text))));
	const body = bodyLines(article);
	const mentions = (place: string) => body.split(place).length - 1;
	// the headline may name where a thing goes ("to return treasures to Ethiopia") or where a
	// life once led ("rower who won gold in Mexico City"): the setting is the place the body names most
	const most = inTitle.length === 1 && mentions(inTitle[0].text) >= 2 && [...source.places.values()].every((p) => p.text === inTitle[0].text || mentions(p.text) < mentions(inTitle[0].text));
	// "S. Korea's births rise ..." over a lead that names South Korea once, and after it only cities,
	// towns and regions no list places in another country: a national release, set in the one country the
	// headline and the lead both name ("... kill at least 14 in Turkey's Black Sea region" over provinces,
	// towns and villages of Turkey: a holdout131 flood story's evacuated and damage figures named no place, R4);
	// the gazetteer may place them in the country under its own name ("Türkiye"), which `countryOf` gives the headline's
	const national =
		inTitle.length === 1 &&
		isCountry(inTitle[0].text) &&
		(article.paragraphs[0] ?? '').includes(inTitle[0].text) &&
		[...source.places.values()].every((p) => p.text === inTitle[0].text || ((p.level === 'city' || p.level === 'town' || p.level === 'region') && [townCountry(p.text), countryOf(p.text)].every((c) => c === undefined || c === inTitle[0].text || c === countryOf(inTitle[0].text))));
	// "House prices slip as Auckland values fall": a body that also tells national figures is set in
	// the whole country, and a city or region written into its nameless stems would be false (R6)
	const wider = most && !isCountry(inTitle[0].text) && NATIONAL.test(body);
	const found = (most && !wider) || national ? inTitle[0].text : ((inTitle.length === 0 ? (leadCountry(source) ?? headlineDemonymCountry(source)) : undefined) ?? leadSubjectCountry(source));
	// "BUDAPEST, Dec 11, 2026 (AFP) - France's Léa Dumontier broke ...": a story datelined in another
	// country happens there, and its headline's country is an athlete's nation ("In France, World
	// Aquatics said ..." was false: the holdout70 reader's R6)
	const home = found !== undefined && datelinedAbroad(body, found) ? undefined : found;
	HOME.set(article, home ?? null);
	return home;
}

// the nations of the United Kingdom, which a gazetteer places towns of in the United Kingdom
const UK_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** Does the body's dateline name a city a gazetteer places in another country than `home` (a country, or a city a gazetteer places)? False where either country is unknown. */
function datelinedAbroad(body: string, home: string): boolean {
	const city = datelineCityOf(body);
	const where = city && (countryOf(city) ?? townCountry(city));
	// a country by the list's own name, which the gazetteer gives its cities ("Turkey" is "Türkiye": an "ISTANBUL (AP)" flood story was datelined abroad)
	const homeCountry = isCountry(home) ? (countryOf(home) ?? home) : (countryOf(home) ?? townCountry(home));
	if (!where || !homeCountry || city === home) return false;
	return where !== homeCountry && !(UK_NATIONS.has(homeCountry) && where === 'United Kingdom');
}

/**
 * The one country a lead sets a story in, for a headline that names no place: "The waiting list
 * for routine hospital treatment in England has fallen ..." under "NHS waiting list falls to
 * lowest level in three years". The lead's first sentence must say it is "in", "across" or "for"
 * the country, name no other country, and every other place of the article must be a city, town
 * or region that no gazetteer places in another country (the rule `storyPlace` holds a national
 * headline to): a national release, whose nameless figures are that country's. Undefined otherwise.
 */
function leadCountry(source: PlaceSource): string | undefined {
	const lead = LEAD_SENTENCE.exec(source.article.paragraphs[0] ?? '')?.[0] ?? '';
	const countries = [...source.places.values()].filter((p) => p.level === 'country' && isCountry(p.text) && lead.includes(p.text));
	if (countries.length !== 1) return undefined;
	const home = countries[0].text;
	// "Ireland’s unemployment rate was unchanged ...": the country's own figure, as "in Ireland" says
	if (!new RegExp(String.raw`\b(?:(?:in|across|for|throughout) ${home}\b|${home}[’']s )`).test(lead)) return undefined;
	if (describesNamedPlace(lead, home)) return undefined;
	return allInside(source, home) ? home : undefined;
}

/**
 * Does `lead` (a lead's first sentence) name its country `home` only to say where a named thing
 * of the story lies: "at Port Halloran, Canada's third-busiest container terminal, ...", "sales
 * at Halden Foods, Norway's largest grocer, ...", "at the Port of Halloran in Canada"? Then the
 * story is set at that named port, plant or town, and its figures are the town's, not the
 * country's: a country written in as a stem's scope ("In Canada, by mid-afternoon, 27 vessels
 * were anchored offshore", the holdout184 reader's R4) puts a town's count in a whole nation.
 */
function describesNamedPlace(lead: string, home: string): boolean {
	// a name inside the sentence, not its opening word ("Unemployment in Norway fell ...") nor a day ("On Monday, Norway's ...")
	return new RegExp(String.raw`(?<=[\p{L}\p{M}\d,] )(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}\p{M}’'-]*(?:, (?:the )?${home}[’']s |,? in ${home}\b)`, 'u').test(lead);
}

/**
 * Is every place of the article but `home` a city, town or region that no gazetteer places in
 * another country ("Lyon" in an NHS release may put its figures abroad), or a state or province
 * of `home` by its own name, whatever town abroad shares it ("Victoria" in an Australian release
 * is the state, not the Seychelles' capital: `provinceCountries`)?
 */
function allInside(source: PlaceSource, home: string): boolean {
	const within = (c: string | undefined) => c === undefined || c === home || (UK_NATIONS.has(home) && c === 'United Kingdom');
	return [...source.places.values()].every((p) => p.text === home || provinceCountries(p.text).has(home) || (/^(?:city|town|region|county|state|province)$/.test(p.level) && !isCountry(p.text) && within(townCountry(p.text)) && within(countryOf(p.text))));
}

/**
 * The country a release of figures opens on as its subject: "Portugal welcomed 2.1 million foreign
 * guests in July, ..." under "Portugal tourist arrivals hit July record as Americans flock to
 * Lisbon", "Australia's unemployment rate rose ...". The headline must name the country too, and
 * the headline or the lead's first sentence tell figures (`FIGURES`). Other countries may be named
 * (where tourists come from, whom a country trades with): a stem whose sentence names another
 * place takes no scope (`scoped`). Undefined otherwise.
 */
function leadSubjectCountry(source: PlaceSource): string | undefined {
	const { article } = source;
	const lead = LEAD_SENTENCE.exec(article.paragraphs[0] ?? '')?.[0] ?? '';
	if (!FIGURES.test(article.title) && !FIGURES.test(lead)) return undefined;
	// after a dateline ("LISBON (Reuters) - ", "OTTAWA — ")
	const opening = lead.replace(/^[\p{Lu}][\p{Lu}\p{M} .,'-]*(?:\([^)]*\))?\s*[—–-]+\s*/u, '');
	// "The Central Bank of Nigeria (CBN) on Tuesday lowered ..." under "CBN cuts benchmark rate ...": a country's own central
	// bank, which the headline names by its name or its acronym, sets its figures in that country
	const bank = /^(?:The )?((?:Central|Reserve|National) Bank of|Bank of) ((?:\p{Lu}[\p{L}\p{M}]+ ){0,2}\p{Lu}[\p{L}\p{M}]+)(?: \(([A-Z][A-Za-z]{1,5})\))?[\s,]/u.exec(opening);
	if (bank && isCountry(bank[2]) && (article.title.includes(`${bank[1]} ${bank[2]}`) || (bank[3] !== undefined && new RegExp(String.raw`\b${bank[3]}\b`).test(article.title)))) return bank[2];
	const subject = /^(?:The )?((?:\p{Lu}[\p{L}\p{M}]+ ){0,2}\p{Lu}[\p{L}\p{M}]+)(?:[’']s)?\s/u.exec(opening)?.[1];
	if (!subject || !isCountry(subject) || !standsAlone(article.title, subject)) return undefined;
	return subject;
}

// who a nationality may describe in a headline ("Irish man jailed"): then the headline is about a person, not a country's figures
const PERSON_AFTER = /^(?:man|woman|men|women|boy|girl|teen|teenager|student|mother|father|couple|family|tourist|tourists|national|nationals|citizen|citizens|soldier|soldiers|worker|workers|player|players|star|actor|actress|singer|writer|author|artist|athlete|boxer|climber|sailor|journalist|priest|doctor|nurse|pilot|driver|businessman|businesswoman|billionaire|leader|minister|envoy)s?\b/;
// what tells a release of figures: a share, a rate or an index in the headline or the lead
const FIGURES = /%|\b(?:per ?cent|percent|rate|rates|index|inflation|figures|data|statistics|average|median)\b/i;

/**
 * The country a headline names by its people's adjective over a release of that country's figures:
 * "Irish jobless rate holds steady at 4.6%" → Ireland, when the article names no other country by
 * name or nationality (`homeCountry`), every other place lies inside it (`allInside`), the word
 * after the nationality is no person ("Irish man jailed ..."), and the headline or the lead's first
 * sentence tells figures (`FIGURES`). Undefined otherwise: a wrong scope makes a false stem (QUALITY.md R2).
 */
function headlineDemonymCountry(source: PlaceSource): string | undefined {
	const { article } = source;
	const lead = LEAD_SENTENCE.exec(article.paragraphs[0] ?? '')?.[0] ?? '';
	if (!FIGURES.test(article.title) && !FIGURES.test(lead)) return undefined;
	for (const m of article.title.matchAll(/(?=\p{Lu})(?<![\p{L}\p{M}’'-])(\p{Lu}[\p{L}\p{M}]+) (?=\p{Ll})/gu)) {
		const country = countryOfDemonym(m[1]);
		if (!country || PERSON_AFTER.test(article.title.slice(m.index + m[0].length))) continue;
		return homeCountry(source) === country && allInside(source, country) ? country : undefined;
	}
	return undefined;
}

/** The short form a headline writes a compass-point name in: "S. Korea" for "South Korea", "N. Ireland" for "Northern Ireland"; the name itself otherwise. */
function headlineShort(place: string): string {
	return place.replace(/^(North|South|East|West)(?:ern)? (?=\p{Lu})/u, (_, point: string) => `${point[0]}. `);
}

/**
 * Does `title` name `place` on its own: not inside a longer name ("IIT Delhi", "Delhi Capitals"),
 * though an owner may follow ("Indonesia’s Mount Lewotobi")?
 */
function standsAlone(title: string, place: string): boolean {
	for (let at = title.indexOf(place); at >= 0; at = title.indexOf(place, at + 1)) {
		const before = title.slice(0, at);
		const after = title.slice(at + place.length);
		if (/[\p{L}\p{M}]$/u.test(before) || /^[\p{L}\p{M}]/u.test(after)) continue;
		if (/\p{Lu}[\p{L}\p{M}.-]* $/u.test(before) || /^ \p{Lu}/u.test(after)) continue;
		// where a thing goes or comes from ("to return treasures to Ethiopia"), or a place inside a
		// clause about a person ("oarsman who rowed for Britain in Mexico City") is no setting
		if (/\b(?:to|from|towards|into)\s$/i.test(before) || /\bwho\b/i.test(before)) continue;
		return true;
	}
	return false;
}

// a stem that points away from the home place ("similar schemes in other cities") or tells odds,
// which are the same wherever a ticket is bought ("the odds of matching all seven numbers"), opens on a
// scope of its own ("Under the modelling,") or asks who (a person, whom a place does not scope)
// cannot take the home place as its scope
const ELSEWHERE = /\b(?:other|others|elsewhere|abroad|overseas|similar|international(?:ly)?|global(?:ly)?|worldwide|neighbouring|neighboring|foreign|odds|probability)\b/i;
// ("In total, 1,482 participants had a stroke": a sum's "In total" or "In all" is no scope, `TOTAL_OPENING`)
const OWN_SCOPE = /^(?:In(?! (?:total|all),)|Under|Across|Outside|Inside|Throughout|Within|Nationally|Globally|Worldwide|Who|Whom|Whose)\b/;
// "Of the 8,214 participants, 3,506 became regular users": a whole the stem's subject is part of, before which a study's
// scope stacks two openings, "In the large study, of the _____ participants, ...", which the holdout177 reader refused as
// R1 (a thousands comma is inside the opening)
const WHOLE_OPENING = /^Of (?:[^,;:]|,(?=\d))+, /;
// "In total, ", "In all, ": a sum's opening, which says how the figure adds up and nothing of where or which study; a
// study written in as scope takes its place ("In the study, 1,482 participants had a stroke ...")
const TOTAL_OPENING = /^In (?:total|all), (?=\p{Ll}|\d|_____)/u;

// "the end of", "the following day", "the highest": definites a stem can hold without the story
const SELF_DEFINITE = /^(?:end|start|beginning|middle|following|previous|same|world|past|future|rest|top|bottom|latest|majority|average|year|week|month|day|morning|afternoon|evening|night|time|age|early|late|mid)$/;

/**
 * Does a stem that names nothing lean on a thing of the story by "the": "residents inside the
 * zone", "before the release" (QUALITY.md R4)? A place written in as scope answers "where",
 * never "which zone". "The" before a superlative, an ordinal, a time word or "... of" is no such
 * lean; a noun the headline names is ("the shop" under "... shop fire in Leeds"): a stem is read
 * alone.
 */
function storyDefinite(stem: string, national = false): boolean {
	for (const m of stem.matchAll(/\b[Tt]he ([\p{Ll}-]+)((?: [\p{Ll}-]+){0,2})/gu)) {
		const [, word, rest] = m;
		if (SELF_DEFINITE.test(word) || /(?:est|\d)$/.test(word) || /^(?: [\p{Ll}-]+)?? of\b/u.test(rest) || / of$/.test(rest)) continue;
		if (national && nationalFigure(`${word}${rest}${stem.slice(m.index + m[0].length, m.index + m[0].length + 12)}`)) continue;
		return true;
	}
	return false;
}

// a country's own figure, which a country written in as scope says whose: "the overall unemployment rate",
// "the consumer price index", "the jobless total", "the labour force"; not "the rate for women" (of what?)
const NATIONAL_FIGURE = /^(?:(?:[\p{Ll}-]+ ){1,2}(?:rate|index)|(?:[\p{Ll}-]+ ){0,2}(?:inflation|unemployment|employment|economy|deficit|surplus|population|workforce)|jobless total|(?:labour|labor) force)(?: for (?:men|women|young people|people aged)\b|$|[ ,] ?(?:was|is|rose|fell|stood|remained|edged|climbed|dropped|held|increased|decreased|eased|hit|reached|slowed|grew|shrank|came|accelerated|picked)\b)/u;

/**
 * Is `phrase` (the words after "the", up to the verb: "overall unemployment rate was", "consumer
 * price index rose") a country's own figure, which a country written in as a stem's scope says
 * whose ("In Ireland, the overall unemployment rate was ...")? Not a bare "rate" or "index",
 * whose measure only the sentence before said.
 */
export function nationalFigure(phrase: string): boolean {
	return NATIONAL_FIGURE.test(phrase);
}

/**
 * The one measure a public-affairs story is about, as a stem can name it: `phrase` ("the Online
 * Safety (Protection of Children) Bill 2026", "Kerala’s revised Budget", "the PRIME-OG trial"),
 * `head` the word a rival of its kind would share ("Bill", "Budget", "trial"), `kind` whether a
 * stem is scoped by "Under" (a law's, a budget's or a charge's rules) or "In" (a trial's or a
 * study's results).
 */
export interface Measure {
	phrase: string;
	head: string;
	kind: 'rules' | 'trial';
	/** True for a study or trial the headline alone tells of ("..., study finds"), whose results the whole body reports. */
	headline?: boolean;
}

const MEASURES = new WeakMap<Article, Measure | null>();
// a bill's or an act's own name: "the Online Safety (Protection of Children) Bill 2026"; group 1 the name, 2 its year
const NAMED_LAW = /(?<![\p{L}\p{M}’'-])((?:\p{Lu}[\p{L}\p{M}’'-]*\s)+(?:\((?:\p{Lu}[\p{L}\p{M}-]*|of|and|for|on|the)(?:\s(?:\p{Lu}[\p{L}\p{M}-]*|of|and|for|on|the))*\)\s)?(?:Bill|Act))(?: (\d{4}))?(?![\p{L}\p{M}])/gu;
// the heads of a body's rules that a headline gives with its place: "Kerala revised Budget hikes land tax"
const RULES_HEAD = ['Budget', 'budget', 'restrictions', 'scheme', 'plan', 'levy', 'ban', 'rules', 'reforms', 'overhaul'];
// the heads of a charge or rules the headline gives beside the story's place: "Dublin to introduce €5 city-centre traffic charge"
const PLACED_HEAD = ['charge', 'levy', 'toll', 'restrictions', 'ban', 'scheme'];

/**
 * The one measure the story is about (`Measure`), found once per article: the one bill or act the
 * headline or the first two paragraphs name (`NAMED_LAW`; a bill before an act, which is law already)
 * under a headline that tells of a law, bill or act; else the headline's
 * rules of a place ("Kerala revised Budget" → "Kerala’s revised Budget", `placeOwned`), or its charge
 * beside the story's place (`PLACED_HEAD`); else the headline's trial or study, by the name the body
 * gives it ("The trial, known as PRIME-OG," → "the PRIME-OG trial"), by whose the lead says it is
 * ("a University of Minnesota study" → "the University of Minnesota study") or by the headline's
 * phrase ("Newcastle trial" → "the Newcastle trial"), or by the places headline and lead both say it
 * ran in ("the trial in Kenya and Chile", `placedStudy`), or "the study" of a headline told as its
 * finding ("..., study finds": `HEADLINE_FINDING`, `Measure.headline`). Undefined when none, or when two bills or
 * two named trials could be meant (QUALITY.md R4, R6: a scope written in must be the one meant).
 */
export function storyMeasure(source: PlaceSource): Measure | undefined {
	const { article } = source;
	const cached = MEASURES.get(article);
	if (cached !== undefined) return cached ?? undefined;
	const body = bodyLines(article);
	let measure: Measure | undefined;
	if (/\b(?:bill|law|act|legislation)\b/i.test(article.title)) {
		const laws = { Bill: new Map<string, string>(), Act: new Map<string, string>() };
		// the lead's law: "Ottawa has yet to replace the Artificial Intelligence and Data Act" further down is another one (`rivalNear`)
		for (const m of [article.title, ...article.paragraphs.slice(0, 2)].join('\n').matchAll(NAMED_LAW)) {
			const name = m[1].replace(/^(?:The|A|An|This|That|Under|After|Before|By|With)\s/, '');
			if (!/\s/.test(name)) continue;
			const full = m[2] ? `${name} ${m[2]}` : name;
			const kind = laws[/Act$/.test(name) ? 'Act' : 'Bill'];
			if (!kind.has(name) || full.length > kind.get(name)!.length) kind.set(name, full);
		}
		// a bill is what a house passes; an act beside it is law already ("rules being developed under the Digital Services Act")
		const [head, names] = laws.Bill.size > 0 ? (['Bill', laws.Bill] as const) : (['Act', laws.Act] as const);
		if (names.size === 1) measure = { phrase: `the ${[...names.values()][0]}`, head, kind: 'rules' };
	}
	if (!measure) {
		for (const head of RULES_HEAD) {
			const owned = placeOwned(article.title, head, apostropheOf(article));
			if (owned) {
				measure = { phrase: owned.phrase, head, kind: 'rules' };
				break;
			}
		}
	}
	const home = measure ? undefined : storyPlace(source);
	for (const head of home ? PLACED_HEAD : []) {
		// "Dublin to introduce €5 city-centre traffic charge ..." → "Dublin’s €5 city-centre traffic charge"
		const phrase = headlineNounPhrase(article.title, head, body);
		if (!phrase || /\b(?:and|or)\b/.test(phrase)) continue;
		measure = { phrase: phrase.includes(home!) ? `the ${phrase}` : `${home}${apostropheOf(article)}${home!.endsWith('s') ? '' : 's'} ${phrase}`, head, kind: 'rules' };
		break;
	}
	const study = measure ? undefined : /\b(trial|study)\b/.exec(article.title)?.[1];
	if (study) {
		const named = new Set([...body.matchAll(new RegExp(String.raw`\b[Tt]he ${study}, (?:known as|called|named) ([\p{Lu}\d][\p{L}\d-]+)`, 'gu'))].map((m) => m[1]));
		// "according to a University of Minnesota study published Tuesday": the lead's study by whose it is
		const lead = new Set([...article.paragraphs.slice(0, 2).join('\n').matchAll(new RegExp(String.raw`\b(?:a|an) ((?:\p{Lu}[\p{L}\p{M}-]+ (?:of )?){1,4})${study}\b`, 'gu'))].map((m) => m[1].trim()));
		const phrase = headlineNounPhrase(article.title, study, body);
		// "... in trial across Kenya and Chile": unnamed, and no one's, but placed (`placedStudy`)
		const placed = named.size === 0 && lead.size === 0 && !phrase ? placedStudy(source, study) : undefined;
		if (named.size === 1) measure = { phrase: `the ${[...named][0]} ${study}`, head: study, kind: 'trial' };
		else if (named.size === 0 && lead.size === 1) measure = { phrase: `the ${[...lead][0]} ${study}`, head: study, kind: 'trial' };
		// "Newcastle trial gives new hope ...": the headline's own phrase, of a name the body spells out ("U of M study" is no such phrase)
		else if (named.size === 0 && lead.size === 0 && phrase && !/\b\p{Lu}\b/u.test(phrase)) measure = { phrase: /^\p{Lu}[\p{L}-]*(?:[’']s|s[’'])\s/u.test(phrase) ? phrase : `the ${phrase}`, head: study, kind: 'trial', ...(phrase === study && HEADLINE_FINDING.test(article.title) ? { headline: true } : {}) };
		else if (placed) measure = { phrase: placed, head: study, kind: 'trial' };
		// "Brisk walking linked to lower dementia risk, study finds", "... in study of 1.1 million Koreans": a headline
		// told as the study's finding, with no name for it (above: the bare "study"), makes "the study" the body's one study; its figures
		// ("had a _____ lower risk", every dev set's study story) had all gone to R4, leaving the quiz to quotes
		else if (named.size === 0 && lead.size === 0 && !phrase && HEADLINE_FINDING.test(article.title)) measure = { phrase: `the ${study}`, head: study, kind: 'trial', headline: true };
	}
	MEASURES.set(article, measure ?? null);
	return measure;
}

// the places a study ran in, as a headline or a lead writes them after its noun: "Kenya and Chile", "Peru, Chile and Colombia"
const STUDY_PLACES = String.raw`(\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+)*(?:(?:,\s|\sand\s)\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+)*)*)`;

/**
 * The story's study or trial by the places it ran in, where neither a name nor whose it is says
 * which: a headline that tells of it "in" or "across" places ("... cut blood pressure in trial
 * across Kenya and Chile") and a lead that tells of it run in the same places ("according to a
 * large randomized trial conducted in Kenya and Chile") give "the trial in Kenya and Chile", a
 * subject a student can place (QUALITY.md R4). `study` is the headline's word ("trial" or
 * "study"). Every place must be one the article's places know, and the lead must write the same
 * list; undefined otherwise (a list cut short or a place of another kind names another study, R6).
 */
function placedStudy(source: PlaceSource, study: string): string | undefined {
	const { article } = source;
	const inTitle = new RegExp(String.raw`\b${study}\s(?:in|across)\s${STUDY_PLACES}(?![\p{L}\p{M}])`, 'u').exec(article.title)?.[1];
	if (!inTitle) return undefined;
	const names = inTitle.split(/,\s|\sand\s/);
	if (!names.every((n) => source.places.has(n.toLowerCase()))) return undefined;
	const lead = article.paragraphs.slice(0, 2).join('\n');
	// "a large randomized trial conducted in Kenya and Chile": the lead's own telling, of the same places and no more
	const told = new RegExp(String.raw`\b(?:a|an)\s(?:[\p{Ll}-]+\s){0,3}${study}\s(?:(?:conducted|carried out|run|held|done)\s)?(?:in|across)\s${STUDY_PLACES}(?![\p{L}\p{M}])`, 'u').exec(lead)?.[1];
	return told === inTitle ? `the ${study} in ${inTitle}` : undefined;
}

// a trial's arm as a stem names it: "the combination group", "the placebo arm", "the most irregular group"
const TRIAL_ARM = /\bthe (?:[\p{Ll}-]+ ){0,3}(?:group|arm)\b/gu;
// what a trial's or a study's result is told of: its people, arms and outcomes ("Median survival was", "how
// many patients", "the share of students"); a stem of none ("Oesophageal cancer is the seventh most common ...")
// may be the article's background, which the trial written in would misreport (QUALITY.md R6)
// ("Those who walked ... had a 23% lower risk": the people a study compares, by what they did, and their risk; in any case,
// as a stem opens on them: "Participants who walked briskly ...")
const TRIAL_RESULT = /\b(?:patients|participants|volunteers|subjects|students|pupils|children|adults|teenagers|teens|women|men|people|survival|remission|response|placebo|group|arm|dose|doses|side effects|risk|odds|those who)\b/i;
// the nouns of a trial's arm that the R4 check reads as pointing back ("the combination group")
const TRIAL_PART = /^(?:group|arm)$/;
// a stem that sets out a rule: a modal before any semicolon ("Land tax will go up by", "Fines can apply",
// "Blue badge holders, buses and taxis will be exempt");
// not "would", which reports a forecast ("traffic would fall by 30%") as often as a provision
const RULE_VERB = /^[^;:“”"]*?\b(?:will|can|must|may|shall)\b/;
// words that say another one of the measure's kind: "the interim Budget", "a larger, phase three trial"
const RIVAL_WORD = /^(?:a|an|another|interim|previous|earlier|last|former|old|separate|similar|other|second|new|larger|smaller|bigger|next|future|national|federal|state|provincial|phase)$/i;

/**
 * Does the paragraph `at`, or the one before it, tell of another thing of the measure's head: "the
 * interim Budget" beside "Kerala’s revised Budget", "A larger, phase three trial ... is now being
 * planned" beside the story's trial, another law by its name beside the story's act? Then a bare
 * stem there may be about either (QUALITY.md R4).
 * A trial's rival reaches every later paragraph: its results may be told after it.
 */
function rivalNear(article: Article, measure: Measure, at: number): boolean {
	const own = new Set(measure.phrase.toLowerCase().split(/[\s’']+/));
	const from = measure.kind === 'trial' ? 0 : Math.max(0, at - 1);
	let told = false;
	for (let i = 0; i <= at && i < article.paragraphs.length; i++) {
		const p = article.paragraphs[i];
		for (const m of p.matchAll(new RegExp(String.raw`\b${measure.head}\b`, 'giu'))) {
			const before = p.slice(Math.max(0, m.index - 40), m.index).split(/[\s,]+/).filter(Boolean).slice(-2).map((w) => w.toLowerCase());
			// the story's own first telling ("took part in a trial led by the Freeman Hospital", "will have to pay a €5 daily charge") is no rival
			const first = !told;
			told = true;
			// "This is a relatively small, phase two trial": a predicate describes the thing its subject names, no second one
			const predicate = /\b(?:is|was|are|were) an? (?:[\p{L}-]+,? ){0,4}$/u.test(p.slice(Math.max(0, m.index - 60), m.index));
			if (i < from || first || predicate) continue;
			if (before.some((w) => RIVAL_WORD.test(w) && !own.has(w))) return true;
		}
		// "the Artificial Intelligence and Data Act" beside the story's act: another law by its own name
		if (i >= from && measure.kind === 'rules' && [...p.matchAll(NAMED_LAW)].some((m) => !measure.phrase.includes(m[1].replace(/^(?:The|A|An|This|That|Under|After|Before|By|With)\s/, '')))) return true;
	}
	return false;
}

/**
 * A stem that names nothing with the story's measure written in as its scope (`storyMeasure`):
 * "Land tax will go up by _____" → "Under Kerala’s revised Budget, land tax will go up by _____";
 * "Median survival was 17.4 months in the combination group" → "In the PRIME-OG trial, median
 * survival was ...". A law's or a budget's scope is written only for a stem that sets out a rule
 * (`RULE_VERB`); a trial's for a stem of its people or outcomes (`TRIAL_RESULT`), told after the body
 * first tells of the trial and reporting no one's saying. Never for a
 * sentence inside a quote (a speaker's words are no provision), before the measure's paragraph,
 * or beside a rival (`rivalNear`). Undefined when it does not fit.
 */
function measureScoped(stem: string, sentence: string, source: AnchorSource): string | undefined {
	const { article } = source;
	const measure = storyMeasure(source);
	// ("Those who walked ...", "Those in the most irregular group ...", "Those aged over 60 ..." are defined by their own
	// words, and point back to no one: the holdout180 sleep study's group result went unasked as naming nothing)
	if (!measure || /^[“"‘']/.test(stem) || /^(?:It|They|He|She|This|That|These|Those(?! (?:who|in|with|aged|taking|given)\b)|Its|Their)\b/.test(stem)) return undefined;
	if (measure.kind === 'rules' && (!RULE_VERB.test(stem) || storyDefinite(stem))) return undefined;
	// "in the combination group": a trial's own arm, which the trial written in says whose; "given the
	// combination" still leans on what the sentence before says was combined
	if (measure.kind === 'trial' && (storyDefinite(stem.replace(TRIAL_ARM, '')) || WHOLE_OPENING.test(stem) || !TRIAL_RESULT.test(stem) || /\b(?:said|says|told|added|according)\b/.test(stem))) return undefined;
	const at = article.paragraphs.findIndex((p) => p.includes(sentence));
	if (at < 0 || quotedAt(article.paragraphs[at], article.paragraphs[at].indexOf(sentence))) return undefined;
	const first = article.paragraphs.findIndex((p) => new RegExp(String.raw`\b${measure.head}\b`, 'i').test(p));
	if (measure.kind === 'trial' && !measure.headline && (first < 0 || at <= first)) return undefined;
	if (rivalNear(article, measure, at)) return undefined;
	const scope = `${measure.kind === 'trial' ? 'In' : 'Under'} ${measure.phrase}, `;
	return `${scope}${/^\p{Lu}{2,}\b/u.test(stem) ? stem : stem[0].toLowerCase() + stem.slice(1)}`;
}

// the words a story's measure goes by after it is named: "The legislation, which now goes to the Seanad, ...", "The trial, known as ..."
const MEASURE_WORDS: Record<string, string> = { Bill: 'bill|legislation|law|measure', Act: 'act|legislation|law|bill|measure', trial: 'trial|study', study: 'study|research' };

/**
 * The story's measure (`storyMeasure`) as the subject a sentence's opening "It" stands for, when
 * the sentence before it in the same paragraph (`previous`) opens on the measure: by its name ("The
 * Automated Decision Systems Accountability Act, known as Bill 14, passed ...") or by its head or a
 * word for it ("The legislation, which now goes to the Seanad, is expected ...", "The trial, known
 * as PRIME-OG, ran ..."). "It would give Coimisiún na Meán ..." → "The Online Safety (Protection of
 * Children) Bill 2026 would give ...". Undefined otherwise, or beside a rival (`rivalNear`), so the
 * R4 check refuses the bare "It" (QUALITY.md R4). `sentence` is the text of the one with the "It".
 */
export function measureSubject(source: PlaceSource, previous: string, sentence: string): string | undefined {
	const { article } = source;
	const measure = storyMeasure(source);
	if (!measure) return undefined;
	const words = MEASURE_WORDS[measure.head] ?? measure.head.toLowerCase();
	const opens = previous.toLowerCase().startsWith(measure.phrase.toLowerCase()) || new RegExp(String.raw`^The (?:${words})\b(?![’'-])`, 'iu').test(previous);
	if (!opens) return undefined;
	const at = article.paragraphs.findIndex((p) => p.includes(previous) && p.includes(sentence));
	if (at < 0 || rivalNear(article, measure, at)) return undefined;
	return measure.phrase[0].toUpperCase() + measure.phrase.slice(1);
}

// "The study", "the two-year trial", "The research": the story's study by a word of its kind; group 1 "the", 2 up to two modifiers, 3 the word
const STUDY_POINTER = /(?<![\p{L}\p{M}’'-])([Tt]he) ((?:[\p{Ll}\d-]+ ){0,2}?)(study|trial|research)(?![\p{L}\p{M}’'-])/u;

/**
 * `stem` with its first "the study", "the trial" or "the research" outside a quote written as the
 * story's one study (`storyMeasure`, kind 'trial'), for the R4 check to find it named: "The trial
 * enrolled _____ adults" → "The Lakeshore University School of Public Health trial enrolled ..."
 * (a headline's bare "..., study finds" by the one institution whose researchers led it,
 * research-team.ts `researchInstitution`), "The study followed _____ children" → "The Ugandan trial
 * followed ..." (the measure's own phrase). Modifiers are kept only where the body's first telling of
 * the word has them ("a two-year trial"), so "the follow-up study" is never the story's. A word other
 * than the measure's head ("study" in a trial story) is the same study only where the article tells of
 * no other thing by it ("a previous study", "studies"). Unchanged inside a quote, before the body first
 * tells of the study, beside a rival (`rivalNear`), or where no name fits (QUALITY.md R4, R6: a name
 * written in must be the one meant).
 */
export function nameStoryStudy({ source, sentences, sentence, stem }: { source: PlaceSource; sentences: readonly Sentence[]; sentence: Sentence; stem: string }): string {
	const m = STUDY_POINTER.exec(stem);
	const measure = m ? storyMeasure(source) : undefined;
	if (!m || !measure || measure.kind !== 'trial' || quotedAt(stem, m.index)) return stem;
	const { article } = source;
	const [whole, the, modifiers, noun] = m;
	const body = bodyLines(article);
	// the body first tells of the study before the sentence ("a study published Tuesday" before "The trial enrolled ...")
	const told = /(?<![\p{L}\p{M}-])(?:study|trial|research)(?![\p{L}\p{M}-])/iu.exec(body);
	const firstTold = new RegExp(String.raw`(?<![\p{L}\p{M}-])${noun}(?![\p{L}\p{M}-])`, 'iu').exec(body);
	const at = body.indexOf(sentence.text);
	if (!told || !firstTold || at < 0 || at <= told.index) return stem;
	if (modifiers && !new RegExp(String.raw`\b(?:an?|the) ${escapeRe(modifiers)}$`, 'iu').test(body.slice(0, firstTold.index))) return stem;
	const others = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:(?:an?|another|other|previous|earlier|separate|follow-up|new|larger|smaller|next|future) (?:[\p{L}-]+ ){0,2}${noun}|${noun === 'study' ? 'studies' : `${noun}s`})(?![\p{L}\p{M}-])`, 'iu');
	if (noun !== measure.head && others.test(body)) return stem;
	const paragraph = article.paragraphs.findIndex((p) => p.includes(sentence.text));
	if (quotedAt(article.paragraphs[paragraph], article.paragraphs[paragraph].indexOf(sentence.text)) || rivalNear(article, measure, paragraph)) return stem;
	const institution = measure.headline ? researchInstitution(article, sentences) : undefined;
	if (measure.headline && (!institution || institution.first >= sentence.index)) return stem;
	const name = institution ? `the ${institution.name} ${noun}` : measure.phrase;
	if (containsWord(stem, name.replace(/^the /, ''))) return stem;
	const written = the === 'The' ? name[0].toUpperCase() + name.slice(1) : name;
	return `${stem.slice(0, m.index)}${written}${stem.slice(m.index + whole.length)}`;
}

// "The study, led by researchers at the University of Minnesota and ...,": a study that its own apposition says whose
const LED_BY = /^, (?:led|conducted|carried out|run|headed) by (?:researchers|scientists|a team) (?:at|from) (?:the )?\p{Lu}/u;

/**
 * Is `phrase` ("The study", "the trial") of `stem` the story's one study (`storyMeasure`, kind
 * 'trial') that the stem's own apposition says whose: "The study, led by researchers at the
 * University of Minnesota and the Karolinska Institute in Stockholm, followed _____ people ..."? Such
 * a stem names its study as a name would (QUALITY.md R4). False for any other phrase or story.
 */
export function studyLedInStem(stem: string, phrase: string, source: PlaceSource): boolean {
	if (!/^[Tt]he (?:study|trial|research)$/.test(phrase) || storyMeasure(source)?.kind !== 'trial') return false;
	const at = stem.indexOf(phrase);
	return at >= 0 && !quotedAt(stem, at) && LED_BY.test(stem.slice(at + phrase.length));
}

/** A written item with its stems passed through `nameStoryStudy`. */
export function nameStoryStudyIn<W extends { stem: string; falseStem?: string }>(source: PlaceSource, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const write = (stem: string) => nameStoryStudy({ source, sentences, sentence, stem });
	return { ...written, stem: write(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: write(written.falseStem) }) };
}

// what a law's or a budget's scope says whose: "breaching the age rules" under the Bill written in
const RULE_PART = /^(?:rules|measure|bill|law)$/;

/**
 * Does a stem open on the story's measure written in as its scope (`measureScoped`), and is `noun`
 * a part of that measure: "In the PRIME-OG trial, median survival was ... in the combination
 * group", "Under the Online Safety ... Bill 2026, ... breaching the age rules"? Then "the group"
 * and "the rules" are the measure's own, which the stem names (QUALITY.md R4). `noun` is lower-case.
 */
export function partOfScope(stem: string, noun: string, source: PlaceSource): boolean {
	const measure = storyMeasure(source);
	if (!measure || !stem.startsWith(`${measure.kind === 'trial' ? 'In' : 'Under'} ${measure.phrase}, `)) return false;
	// "In the study, ...": the headline's study itself, which the scope names as the headline does
	if (measure.headline && noun === measure.head) return true;
	return (measure.kind === 'trial' ? TRIAL_PART : RULE_PART).test(noun);
}

/**
 * Does a stem open on the headline's study or trial written in as its scope ("In the study, those
 * who walked ... had a _____ lower risk", `measureScoped`)? Such a stem names what it is about as
 * the headline does ("..., study finds"), so it names something for QUALITY.md R4.
 */
export function opensOnHeadlineStudy(stem: string, source: PlaceSource): boolean {
	return afterHeadlineStudy(stem, source) !== stem;
}

/**
 * Does a stem open on the story's one study or trial (`storyMeasure`, kind 'trial') by a phrase
 * with a name in it that says which: "The trial in Kenya and Chile followed ...", "The Ugandan
 * trial enrolled ..."? A stem that opens so tells of that research, never of a court's trial
 * (QUALITY.md R4). Takes the stem and the article's place source; false for a phrase of no name
 * ("The trial", "The large trial"), which names nothing, and for any other story.
 */
export function opensOnStoryStudy(stem: string, source: PlaceSource): boolean {
	const measure = storyMeasure(source);
	if (measure?.kind !== 'trial' || !/\p{Lu}/u.test(measure.phrase)) return false;
	return stem.startsWith(`${measure.phrase[0].toUpperCase()}${measure.phrase.slice(1)} `);
}

/** The stem after the headline's study written in as its scope (`opensOnHeadlineStudy`), for the checks of what a stem's own words point back to; else the stem as it is. */
export function afterHeadlineStudy(stem: string, source: PlaceSource): string {
	const measure = storyMeasure(source);
	// "In the Spanish study, ..." under "..., Spanish study finds": the headline's study by the headline's own phrase
	const told = measure?.kind === 'trial' && HEADLINE_FINDING.test(source.article.title) && containsWord(source.article.title.toLowerCase(), measure.phrase.replace(/^the /, '').toLowerCase());
	const scope = measure?.headline || told ? `In ${measure!.phrase}, ` : undefined;
	return scope && stem.startsWith(scope) ? stem.slice(scope.length) : stem;
}

// the names of figures every country keeps, which name no country: "the Consumer Price Index", "GDP"
const INDEX_NAME = /\b(?:Consumer Price Index|Consumer Prices Index|Harmonised Index of Consumer Prices|Harmonized Index of Consumer Prices|Producer Price Index|Retail Prices? Index|Gross Domestic Product|Labour Force Survey|Labor Force Survey)(?: \((?:CPI|HICP|PPI|RPI|GDP|LFS)\))?|\b(?:CPI|HICP|PPI|RPI|GDP)\b/g;

/** A country as a stem writes it after "In": "the United States", "the UK", "the Netherlands"; any other name as it is. */
function countryName(home: string): string {
	return /^(?:United |Netherlands$|Philippines$|Czech Republic$|Gambia$|Bahamas$|US$|UK$|USA$)/.test(home) && isCountry(home) ? `the ${home}` : home;
}

// a source sentence's facts, read once for every stem written from it (`scoped` asks for each
// candidate's stem and false stem; it read them anew each time)
let factsCache: { sentence: string; facts: ReturnType<typeof extractFacts> } | undefined;
function factsOf(sentence: string): ReturnType<typeof extractFacts> {
	if (factsCache?.sentence !== sentence) factsCache = { sentence, facts: extractFacts(sentence) };
	return factsCache.facts;
}

// plural kinds of places and of their governments, which a figure counts across
const PLACES_COUNTED = /\b(?:states|countries|nations|provinces|counties|regions|territories|cantons|districts|cities|towns|councils|local authorities|municipalities)\b/i;

// a pronoun outside a quote, or an opening "Each" before a noun: words that point back to what an earlier sentence named
const POINTS_BACK = /(?<![\p{L}’'-])(?:they|them|their|it|its|he|him|his|she|her)(?![\p{L}’'-])|^Each \p{Ll}/iu;

/**
 * Does a stem that names nothing lean on an earlier sentence: "2,967 of them were diagnosed", "Each
 * turbine stands about 250 metres tall"? The home place written in says where, not which people
 * or turbines, and "In Poland, each turbine ..." tells of every turbine in the country (holdout107
 * readers' R4 and R6); such a stem is left unscoped for R4 to judge. Quoted words are the speaker's.
 */
function leansBack(stem: string): boolean {
	const unquoted = stem.replace(/[“"][^”"]*[”"]/g, ' ');
	// "About 2,300 people had been evacuated from their homes", "Officials estimated ..., though they said":
	// a plural subject the stem opens on is what its own "they" and "their" mean (a holdout131 flood story, R4)
	return POINTS_BACK.test(PLURAL_SUBJECT.test(unquoted) ? unquoted.replace(/(?<![\p{L}’'-])(?:they|them|their)(?![\p{L}’'-])/giu, ' ') : unquoted);
}

// a finding its researchers report as a clause: "They found that ... admissions rose by 12 per cent", "The researchers found that ..."; group 1 the subject
// ("The researchers found a dose-response relationship: ..." names a thing, no clause a scope can open)
const FINDING_OPENING = /^(They|The researchers|Researchers|The scientists|Scientists|The authors|The team) found that (?=\p{Ll})/u;
// the sentence before a "They found" in its paragraph, which says who "they" are: "Researchers at ISGlobal analysed ..."
const RESEARCHERS_BEFORE = /(?:^|[.!?]["”]?\s)(?:Researchers|The researchers|Scientists|The scientists|The authors|The team)\b(?:[^.!?]|\.(?=\d))*[.!?]["”]?\s*$/;
// a phrase of time or condition a finding opens on ("on nights when ...", "after ...", "among ..."), which a comma closes
const FRONTED = /^(?:on|in|after|when|if|among|during|for|within|once|by)\b/;
// an aside between dashes, which the stem lost
const DASH_ASIDE = /\s[–—]\s[^–—]+?\s[–—]\s/;

/**
 * A stem that reports the story's study's finding through its researchers ("They found that on nights
 * when the minimum temperature stayed above 25C ... admissions for acute kidney injury rose by ___"),
 * with the study written in as its scope in their place: "In the Spanish study, on nights when ...,
 * admissions ... rose by ___" (the holdout130 readers missed that main finding, which R4 had refused
 * for its "They"). Only for a study or trial story (`storyMeasure`), outside quotes, beside no rival
 * study; "They" only where the sentence before it in its paragraph opens on the researchers. A
 * fronted phrase whose closing dash aside the stem lost gets its comma back ("above 25C, admissions",
 * R1). Undefined otherwise, or where a pronoun is left in the finding.
 */
function findingScoped(stem: string, sentence: string, source: AnchorSource): string | undefined {
	const m = FINDING_OPENING.exec(stem);
	const measure = m ? storyMeasure(source) : undefined;
	if (!m || !measure || measure.kind !== 'trial') return undefined;
	const { article } = source;
	const at = article.paragraphs.findIndex((p) => p.includes(sentence));
	if (at < 0) return undefined;
	const from = article.paragraphs[at].indexOf(sentence);
	if (quotedAt(article.paragraphs[at], from) || rivalNear(article, measure, at)) return undefined;
	if (m[1] === 'They' && !RESEARCHERS_BEFORE.test(article.paragraphs[at].slice(0, from))) return undefined;
	let rest = stem.slice(m[0].length);
	if (/\b(?:they|them|their|it|its|this|these)\b/i.test(rest)) return undefined;
	const aside = DASH_ASIDE.exec(sentence);
	if (aside && FRONTED.test(rest)) {
		const join = `${sentence.slice(0, aside.index).split(' ').pop()} ${sentence.slice(aside.index + aside[0].length).split(' ')[0]}`;
		// the aside's own copy of the joined words, after as many copies as the sentence writes before it ("... zero hospital beds ... below zero – ... – hospital visits")
		const copies = sentence.slice(0, aside.index).split(join).length - 1;
		let cut = -1;
		for (let k = 0; k <= copies && (k === 0 || cut >= 0); k++) cut = rest.indexOf(join, cut + 1);
		if (cut >= 0 && !rest.slice(0, cut).includes(',')) rest = `${rest.slice(0, cut)}${join.replace(' ', ', ')}${rest.slice(cut + join.length)}`;
	}
	return `In ${measure.phrase}, ${rest}`;
}

// "In the placebo group, ": a study's own group opening a stem, which keeps it (`simplify` leaves it there: without it
// the figure is every participant's); group 1 the group
const ARM_OPENING = /^In (the (?:[\p{Ll}-]+ ){0,3}(?:group|arm|cohort)), (?=\p{Ll}|\d|_____)/u;

/**
 * A stem that opens on a study's own group ("In the placebo group, 40 patients relapsed"), with the
 * story's study written into that opening: "In the placebo group of the Leeds trial, 40 patients
 * relapsed" (R4: which study), where `measureScoped` would scope the rest. Undefined otherwise, and
 * then the group stays the stem's only scope: the study is never written in in the group's place,
 * which would make the group's figure every participant's (QUALITY.md R6).
 */
function armScoped(arm: RegExpExecArray, stem: string, sentence: string, source: AnchorSource): string | undefined {
	const under = measureScoped(stem.slice(arm[0].length), sentence, source);
	return under?.startsWith('In ') ? `In ${arm[1]} of ${under.slice(3)}` : undefined;
}

// a stem opening on a plural subject and its verb, a count before it or not: "About 2,300 people had", "Officials estimated",
// or its own "who" clause, which says which of them the verb after it tells of ("Participants who walked briskly ... saw
// their glucose peaks fall": a dev study story's main finding went to R4 for that "their");
// a word in -is, -us or -ss ("This", "Business", "Status") or a mass noun in -s ("News", "Politics") is singular
const PLURAL_SUBJECT = /^(?:(?:About|Around|Some|More than|Nearly|Almost|At least|Over|Roughly) )?(?:[\d,.]+ )?(?:[\p{Ll}-]+ )?(?:(?![Nn]ews\b|[Ss]eries\b|[Ss]pecies\b|[Mm]eans\b|[Gg]as\b|\p{L}+ics\b)\p{L}\p{Ll}*[^\P{Ll}siu]s|people|children)(?= (?:had|have|were|are|said|say|\p{Ll}+ed|who)\b)/u;

/**
 * A stem that names nothing (but a figure every country keeps: `INDEX_NAME`, in a story set in a
 * country), given its scope: the story's measure where it fits (`measureScoped`:
 * "Under Kerala’s revised Budget, land tax will go up by ___%"), else the home place ("In Wales,
 * about how many patient pathways ...?"). Takes the stem, the home place (`storyPlace`) and the
 * source sentence; returns the stem unchanged when it names something already, when neither fits,
 * when the source sentence names another place (the stem lost it), or when the stem points
 * elsewhere or opens on a scope of its own (then `namesSomething` lets R4 refuse it).
 */
export function scoped(stem: string, home: string | undefined, sentence: string, source: AnchorSource, names: ReadonlySet<string>): string {
	// "the Consumer Price Index rose by ___": every country keeps one, and only the country written in says whose
	const named = namesSomething(home !== undefined && isCountry(home) ? stem.replace(INDEX_NAME, ' ') : stem, names);
	const arm = ARM_OPENING.exec(stem);
	if (arm && !ELSEWHERE.test(stem)) return armScoped(arm, stem, sentence, source) ?? stem;
	if (ELSEWHERE.test(stem) || OWN_SCOPE.test(stem)) return stem;
	if (named) return releaseScoped(stem, home, sentence, source) ?? stem;
	const finding = findingScoped(stem, sentence, source);
	if (finding) return finding;
	if (leansBack(stem)) return stem;
	const underMeasure = measureScoped(stem.replace(TOTAL_OPENING, ''), sentence, source);
	if (underMeasure) return underMeasure;
	if (!home || storyDefinite(stem, isCountry(home)) || namesItsSubject(source, home, names) || headlineLocatesOnly(source.article.title, home)) return stem;
	// "about ___ states still prohibit rent control": a count of places holds across them, and "In
	// Colorado" would put it inside one (R6)
	if (PLACES_COUNTED.test(stem)) return stem;
	const elsewhere = factsOf(sentence).some((f) => f.type === 'place' && (source.places.get(f.text.toLowerCase())?.text ?? f.text) !== home);
	if (elsewhere || otherPlaceBefore(source, sentence, home)) return stem;
	const name = countryName(home);
	// a demonym written as a place ("Australian") is no name to put after "In"
	if (hasTag(home.toLowerCase(), 'Demonym')) return stem;
	// "Maersk has moved calls ...": a first word no tagger typed may still be a name, and "In
	// Rotterdam, maersk has ..." breaks it (R1); a word the lexicon does not know and the article
	// never writes in lower case is taken for one, and the stem is left for R4 to judge
	if (nameAtStart(stem, source.article)) return stem;
	const period = isCountry(home) ? releasePeriod(source.article) : undefined;
	// "In Ireland in October, the unemployment rate for men was ___": a release's figure told with no
	// period of its own is the release's month's; a stem or a sentence that names a period keeps its own
	// "Tourism accounts for about 15% of GDP", "Rates will rise": a standing fact or a forecast is of no month
	const reported = PAST_VERB.test(sentence) && !STANDING_VERB.test(sentence);
	const when = period && reported && !ABSOLUTE_PERIOD.test(sentence) && !otherPeriodBefore(source.article, sentence, period) && factsOf(sentence).some((f) => f.type === 'percent' || f.type === 'count' || f.type === 'money') ? ` in ${period}` : '';
	// the stem names nothing, so its first word is no name: only an acronym keeps its capitals
	const rest = stem.replace(TOTAL_OPENING, '');
	return `In ${name}${when}, ${/^\p{Lu}{2,}\b/u.test(rest) ? rest : rest[0].toLowerCase() + rest.slice(1)}`;
}

/**
 * A stem that names a brand, a model or a body but no place, in a release of one country's
 * figures (a home country, and a release period the lead names: `releasePeriod`), with the country
 * and the period written in: "The Model Y was the single most popular model, with ___ units" → "In
 * Norway in 2025, the Model Y was ..." (the sealed holdout79 reader's R4: which market, which
 * year?). Only for a reported figure (`PAST_VERB`, a count, a share or a sum in the sentence) whose
 * sentence names no place, no person and no period of its own, and not for a stem opening on a name
 * no lexicon knows (which "In Norway, x" would lower-case). Undefined otherwise.
 */
function releaseScoped(stem: string, home: string | undefined, sentence: string, source: AnchorSource): string | undefined {
	if (!home || !isCountry(home) || /^[“"‘]/.test(stem)) return undefined;
	const period = releasePeriod(source.article);
	if (!period || !PAST_VERB.test(sentence) || STANDING_VERB.test(sentence) || ABSOLUTE_PERIOD.test(sentence)) return undefined;
	const facts = factsOf(sentence);
	if (facts.some((f) => f.type === 'place' || f.type === 'person' || f.type === 'attribution') || !facts.some((f) => f.type === 'percent' || f.type === 'count' || f.type === 'money')) return undefined;
	if (/\b(?:said|says|told|according)\b/.test(stem)) return undefined;
	// "Economists polled by Reuters had expected ...": a common noun's capital left after the scope reads as a
	// name's ("In the UK in March, Economists ...": the holdout95 reader's R1); only "the" is lower-cased for certain
	if (!/^(?:The\s|\p{Lu}{2,}\b)/u.test(stem) && !nameAtStart(stem, source.article)) return undefined;
	if (otherPeriodBefore(source.article, sentence, period)) return undefined;
	const name = countryName(home);
	// "The Model Y": its "the" is lower-cased after the scope; a name keeps its capital
	const rest = /^The\s/.test(stem) ? `t${stem.slice(1)}` : stem;
	return `In ${name} in ${period}, ${rest}`;
}

/**
 * Does the sentence's paragraph, before it, name a place other than the home place? "In Germany, lorries
 * over 12 tonnes pay by the kilometre. Heavy vehicles must ..." tells of Germany's, which "In Spain,"
 * would put elsewhere (a blind reader's R6).
 */
function otherPlaceBefore(source: AnchorSource, sentence: string, home: string): boolean {
	const paragraph = source.article.paragraphs.find((p) => p.includes(sentence));
	const before = paragraph ? paragraph.slice(0, paragraph.indexOf(sentence)) : '';
	return before !== '' && [...source.places.values()].some((p) => p.text !== home && countryOf(home) !== p.text && !containsWord(home, p.text) && !containsWord(p.text, home) && containsWord(before, p.text));
}

/**
 * Does the sentence's paragraph, before it, name a month or a year other than the release's
 * `period`? "Separate Bank of England data ... showed that lenders approved 64,300 mortgages ... in
 * February. Net mortgage lending rose to £4.2bn." is February's lending, which "In the UK in March,"
 * would misdate (the holdout95 reader's R6).
 */
function otherPeriodBefore(article: Article, sentence: string, period: string): boolean {
	const paragraph = article.paragraphs.find((p) => p.includes(sentence));
	const before = paragraph ? paragraph.slice(0, paragraph.indexOf(sentence)) : '';
	return [...before.matchAll(new RegExp(String.raw`\b(?:${MONTH}|(?:19|20)\d\d)\b`, 'g'))].some((m) => !period.includes(m[0]));
}

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
// a period a sentence names for itself: a month, a year, a quarter, "this year", a weekday, "last week"
const ABSOLUTE_PERIOD = new RegExp(String.raw`\b(?:${MONTH}|(?:19|20)\d\d|quarter|(?:this|last|next|previous|that) (?:month|year|week|decade|season)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|since|between|until|before|after|during)\b`);
// a verb that reports what happened in the period: "rose", "was unchanged", "added"
const PAST_VERB = new RegExp(String.raw`\b(?:was|were|had|${IRREGULAR_PAST}|[a-z]+ed)\b`);
// a verb of a standing fact or a forecast: "accounts for", "is expected", "will rise"
const STANDING_VERB = /\b(?:is|are|will|would|expects?|forecasts?|accounts?|remains|makes up|employs)\b/;
const RELEASES = new WeakMap<Article, string | null>();

/**
 * The month a release of national figures is of: the one month (with its year where written) the
 * lead's first sentence names after "in" or "for", under a headline or lead that tells figures
 * (`FIGURES`): "The overall unemployment rate was unchanged at 4.6 per cent in October, ..." →
 * "October"; a month it compares with ("from 6.2 per cent in April") is no other. Undefined when
 * the lead names no month or two it does not compare, or a quarter.
 * Cached per article.
 */
function releasePeriod(article: Article): string | undefined {
	const cached = RELEASES.get(article);
	if (cached !== undefined) return cached ?? undefined;
	const lead = LEAD_SENTENCE.exec(article.paragraphs[0] ?? '')?.[0] ?? '';
	const months = [...lead.matchAll(new RegExp(String.raw`\b(${MONTH})\b`, 'g'))];
	// "... in Norway in 2025, up from ...": a year's release, where the lead names no month
	const m = new RegExp(String.raw`\b(?:in|for) ((?:${MONTH})(?: (?:19|20)\d\d)?)\b`).exec(lead) ?? (months.length === 0 ? /\b(?:in|for) ((?:19|20)\d\d)\b(?!-)/.exec(lead) : null);
	// "... to 6.1 per cent from 6.2 per cent in April": a month the figure is compared with is not the release's
	const compared = (at: number) => /\b(?:from|than|compared with|compared to|against|versus|since)\b[^;]{0,40}$/.test(lead.slice(0, at));
	const own = m ? m.index + m[0].indexOf(m[1]) : -1;
	const period = m && (months.length === 0 || (months[0].index === own && months.slice(1).every((o) => compared(o.index)))) && !/\bquarter\b/.test(lead) && (FIGURES.test(article.title) || FIGURES.test(lead)) ? m[1] : undefined;
	RELEASES.set(article, period ?? null);
	return period;
}

const SUBJECT_NAMED = new WeakMap<Article, boolean>();

// a named sea, coast, river or range: "Black Sea", "Amalfi Coast", "Taquari River"
const GEOGRAPHIC_NAME = /(?:\p{Lu}[\p{L}\p{M}-]+ ){1,2}(?:Sea|Ocean|Coast|Gulf|Bay|River|Mountains|Valley|Lake|Peninsula)(?![\p{L}\p{M}])/gu;

// an institution of one town or one owner, by its name: "Northmere University", "University of Northmere", "Ashby
// Grammar School"; group 1 or 2 its own word
const LOCAL_INSTITUTION = /(?<![\p{L}\p{M}’'-])(?:(\p{Lu}[\p{L}\p{M}-]+) (?:\p{Lu}[\p{L}\p{M}-]+ )?(?:University|College|School|Academy|Hospital|Museum|Gallery|Library|Theatre|Zoo)|(?:University|College) of (\p{Lu}[\p{L}\p{M}-]+))(?![\p{L}\p{M}-])/u;

/**
 * Does the headline name a thing besides the home place that the body names again, as the story's
 * subject: "Divers find wreck of 1859 gold ship SS Coramba off Victoria's coast", "Vietnamese drama
 * 'The River Keeper' wins top prize at Busan film festival"? Then the place is only where the
 * story happens, and a stem that names nothing is about the ship or the film: "In Victoria, only
 * _____ people survived" and "In Busan, _____ films held world premieres" (the holdout49 reader's
 * R4) mislead. A word counts that `names` holds (the body capitalises it mid-sentence, or it is of
 * a name the article types), that is no word of the place, of another place or of a person, nor a
 * people ("Vietnamese"), and that the body writes at least twice; or, with or without the place, an
 * institution's name (`LOCAL_INSTITUTION`: "Northmere University to scrap tuition fees") whose own
 * word the body writes too. Cached per article.
 */
function namesItsSubject(source: AnchorSource, home: string, names: ReadonlySet<string>): boolean {
	const cached = SUBJECT_NAMED.get(source.article);
	if (cached !== undefined) return cached;
	const body = bodyLines(source.article);
	// "Northmere University to scrap tuition fees for care leavers": one institution's own scheme, which "In England" would
	// make the country's (a dev156s reader's R4, R6), when the body names the institution too ("The University of Northmere")
	const institution = LOCAL_INSTITUTION.exec(source.article.title);
	if (institution && new RegExp(String.raw`(?<![\p{L}\p{M}’'-])${escapeRe(institution[1] ?? institution[2])}(?![\p{L}\p{M}-])`, 'u').test(body)) {
		SUBJECT_NAMED.set(source.article, true);
		return true;
	}
	// "NHS waiting list falls ..." over a lead "in England": a headline without the place tells of the
	// place's own figures (`leadCountry`), not of a thing that only happens there
	if (!source.article.title.includes(home)) return false;
	// "in Turkey's Black Sea region": a sea, coast or range the headline names is where, no subject, whether or not typed as a place
	const features = [...source.article.title.matchAll(GEOGRAPHIC_NAME)].map((m) => m[0]);
	const other = new Set([home, ...[...source.places.values()].map((p) => p.text), ...[...source.persons.values()].map((p) => p.full), ...features].flatMap((n) => n.split(/\s+/)));
	const named = [...source.article.title.matchAll(/(?=\p{Lu})(?<![\p{L}\p{M}’'-])\p{Lu}[\p{L}\p{M}-]*/gu)].some(({ 0: word }) => {
		if (!names.has(word) || other.has(word) || NOT_A_NAME.has(word) || CALENDAR.test(word) || hasTag(word.toLowerCase(), 'Demonym')) return false;
		return body.split(new RegExp(String.raw`(?<![\p{L}\p{M}’'-])${word}(?![\p{L}\p{M}-])`, 'u')).length > 2;
	});
	SUBJECT_NAMED.set(source.article, named);
	return named;
}

// a smaller place or one site that a place set before it holds: "small Oklahoma town", "Highland bog", "a Texas school"
const SMALLER_AFTER = /^ (?:[\p{Ll}-]+ )?(?:town|village|city|suburb|county|district|community|neighbou?rhood|farm|school|hospital|prison|mine|factory|plant|mill|port|bog|lake|forest|reserve|park|project|site|island|valley|estate)s?(?![\p{L}\p{M}-])/u;
// one thing of the place singled out by a superlative or an ordinal: "Finland's biggest bog restoration", "Japan's oldest man"
const SINGLED_OUT = /^[’']s (?:\p{Ll}+est|most \p{Ll}+|first|only|last|second|third)(?![\p{L}\p{M}-])/u;
// what a place's superlative may be of and still be the place's own figure: "Japan's biggest trade surplus", "Spain's lowest jobless rate"
const OWN_FIGURE_AFTER = /^(?: [\p{Ll}-]+){1,3}? (?:surplus|deficit|rise|fall|drop|jump|increase|decline|rate|inflation|unemployment|growth|contraction|figures?|total|level|count|number)(?![\p{L}\p{M}-])/u;

/**
 * Does the headline write the home place only as where the story's subject is: set before a
 * smaller place or one site in it ("tornado tears through small Oklahoma town"), or owning one
 * thing it singles out ("Finland's biggest bog restoration cuts emissions")? Then a stem that names
 * nothing tells of that town or that project, and "In Oklahoma, about how many customers were
 * still without power?" or "In Finland, more than 310 kilometres of ditches were blocked" widens
 * one cooperative's or one project's figure to the whole state or country (the dev174 and dev175
 * readers' R6); the stem is left for R4 to judge. A superlative of the place's own figure ("Japan's
 * biggest trade surplus") keeps the place as its scope. Takes the headline and the home place.
 */
export function headlineLocatesOnly(title: string, home: string): boolean {
	for (let at = title.indexOf(home); at >= 0; at = title.indexOf(home, at + 1)) {
		if (/[\p{L}\p{M}]$/u.test(title.slice(0, at))) continue;
		const after = title.slice(at + home.length);
		if (SMALLER_AFTER.test(after)) return true;
		const singled = SINGLED_OUT.exec(after);
		if (singled && !OWN_FIGURE_AFTER.test(after.slice(singled[0].length))) return true;
	}
	return false;
}

/**
 * Does `stem` open on a word that may be a name: capitalised, unknown to the lexicon in any
 * form (singular or plural), no "-ly" adverb, and never written in lower case by the article
 * (headline or body)? Takes the stem and the article.
 */
function nameAtStart(stem: string, article: Article): boolean {
	const first = /^\p{Lu}[\p{Ll}\p{M}-]+(?=[\s,.;:]|$)/u.exec(stem)?.[0];
	// an adverb ("Roughly") is read by its ending, which the lexicon does not list
	const known = (word: string) => tagsOf(word).length > 0 || tagsOf(word.replace(/s$/, '')).length > 0;
	// "Full-time jobs fell ...": a compound of known words is no name
	if (!first || /ly$/.test(first) || known(first.toLowerCase()) || first.toLowerCase().split('-').every((part) => part !== '' && known(part))) return false;
	const lower = new RegExp(`(?<![\\p{L}\\p{M}])${first.toLowerCase()}(?![\\p{L}\\p{M}])`, 'u');
	return ![article.title, ...article.paragraphs].some((p) => lower.test(p));
}

/** The stem without the scope `scoped` wrote in for `home` (and the release's month with it), its first letter a capital again; any other stem unchanged. */
export function unscoped(stem: string, home: string | undefined): string {
	if (!home) return stem;
	const m = new RegExp(String.raw`^In (?:the )?([^,]+?)(?: in (?:(?:${MONTH})(?: (?:19|20)\d\d)?|(?:19|20)\d\d))?, (.)`, 'su').exec(stem);
	return m && m[1] === home ? m[2].toUpperCase() + stem.slice(m[0].length) : stem;
}

// "the State", "the state’s", "in the province": the state or province a story is set in; group 1 the article, 2 a
// possessive, 3 a noun it modifies ("the State government" → "the Karnataka government"). Not before a name
// ("the State Planning Board", "the state Department of Health": the body's own name says which) nor before
// another noun ("the State pension" is a kind of pension, no place)
const THE_STATE = /(?<![\p{L}\p{M}’'-])([Tt]he) (?:[Ss]tate|province)(?:([’']s)|(?: (government|average))?)(?![\p{L}\p{M}’'-])(?! \p{Lu}| (?:pension|school|schools|exam|exams|examinations|funeral|visit|banquet|secret|of)\b)/u;

/**
 * A stem with "the State" or "the province" written as the one state or province the story is set
 * in (`storyPlace`, a place typed as a region of a country): "The State will hire about _____
 * additional cooks" in a story under "Karnataka to extend free school meals ..." → "Karnataka will
 * hire ...", "the State’s" → "Karnataka’s", "the State government" → "the Karnataka government".
 * Such a stem was refused as leaning on a place it never names (QUALITY.md R4); a story set in a
 * city or a country leaves it so, since which state it means is then not told. Quotes are left as
 * they are (R6), and so is a stem that names the state or another place already.
 */
export function nameHomeState(stem: string, source: AnchorSource): string {
	const home = storyPlace(source);
	const place = home === undefined ? undefined : source.places.get(home.toLowerCase());
	if (!home || !place || !/^(?:region|state|province)$/.test(place.level) || isCountry(home) || isCity(home)) return stem;
	// "Officials in Karnataka said the State government ...": a stem that names the state says which already
	if (containsWord(stem, home)) return stem;
	let out = stem;
	for (let m = THE_STATE.exec(out); m && !quotedAt(out, m.index); m = THE_STATE.exec(out)) {
		if ([...source.places.values()].some((p) => p.text !== home && containsWord(out, p.text))) return stem;
		const name = m[2] ? possessive(home, apostropheOf(source.article)) : m[3] ? `${m[1]} ${home} ${m[3]}` : home;
		out = `${out.slice(0, m.index)}${name}${out.slice(m.index + m[0].length)}`;
	}
	return out;
}

/**
 * A written item with its stems given the home state by name (`nameHomeState`), then the home
 * place as scope (`scoped`); the rest unchanged.
 */
export function scopedIn<W extends { stem: string; falseStem?: string; type: string }>(source: AnchorSource, sentence: string, names: ReadonlySet<string>, written: W): W {
	if (written.type === 'who-said') return { ...written, stem: nameHomeState(written.stem, source) };
	const home = storyPlace(source);
	const write = (stem: string) => scoped(nameHomeState(stem, source), home, sentence, source, names);
	return {
		...written,
		stem: write(written.stem),
		...(written.falseStem === undefined ? {} : { falseStem: write(written.falseStem) })
	};
}
