import { cityMapping } from 'city-timezones';
import nlp from 'compromise';
import { countries } from 'countries-list';
import { allCountries as regionLists } from 'country-region-data';
import worldCountries from 'world-countries';
import deNames from 'gender-detection-from-name/names/de.js';
import enNames from 'gender-detection-from-name/names/en.js';
import esNames from 'gender-detection-from-name/names/es.js';
import frNames from 'gender-detection-from-name/names/fr.js';
import itNames from 'gender-detection-from-name/names/it.js';
import trNames from 'gender-detection-from-name/names/tr.js';
import { keptPerText } from './words';

/**
 * Gazetteers the generator reads, all from maintained npm data: compromise's lexicon (first
 * names with their gender, surnames, cities, regions, countries, organisations, demonyms, word
 * classes), gender-detection-from-name (about 88,000 given names of the US, French, Spanish,
 * Italian, German and Turkish registers, with their gender), countries-list (country names, aliases and capitals), world-countries (each
 * country's English demonym), city-timezones (Natural Earth's 7,300 populated places, with
 * country and population) and country-region-data (each country's first-level regions, ISO
 * 3166-2). Nothing is typed in here
 * except the short closed lists that no package ships (titles, months).
 */
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one
	.lexicon;

/** The compromise lexicon tags of a lower-case word or phrase (empty when unknown). */
export function tagsOf(word: string): string[] {
	const t = lexicon[word.toLowerCase()];
	return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/**
 * The words of a text with compromise's tags read in context (about 0.3 ms a call: for the few
 * places a word's own tags cannot tell), kept per text, as the checks of every stem ask it again
 * of the headline and of the same phrases. Read-only: callers share the array.
 */
export const tagged: (text: string) => readonly { readonly text: string; readonly tags: readonly string[] }[] = keptPerText(
	(text) => (nlp(text).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((s) => s.terms),
	2048
);

// tags of words that compromise reads as a noun in no context (its lexicon's closed classes)
const FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Copula', 'Auxiliary', 'Modal', 'Pronoun', 'Negative', 'QuestionWord', 'Possessive']);

/**
 * Is the word a function word by the compromise lexicon: every tag it has there is a closed class
 * (preposition, conjunction, determiner, copula, auxiliary, modal, pronoun)? Such a word is a noun
 * in no context, so a caller asking "is the next word a noun here?" needs no tagging of a phrase,
 * which costs about 0.3 ms a call. False for a word the lexicon does not know.
 */
export function functionWord(word: string): boolean {
	const tags = tagsOf(word);
	// "were", "is": a copula's tense tags it too
	return tags.some((t) => FUNCTION_TAGS.has(t)) && tags.every((t) => FUNCTION_TAGS.has(t) || t === 'PastTense' || t === 'PresentTense');
}

/**
 * ISO 4217 codes that wire copy writes before a figure ("CHF 2.5 million", "SEK 40m"): the
 * currencies most often written by their code rather than a sign (ISO 4217, the list of codes).
 */
export const CURRENCY_CODES = ['CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'CNY', 'ZAR', 'KES', 'NGN', 'AED', 'SAR', 'ISK', 'USD', 'EUR', 'GBP'] as const;

/** Abbreviations of common things, no names ("via SMS", "the CPI rose", "duty and VAT", "CHF 2.5 million"): a short closed list no package ships. */
export const COMMON_ABBREVIATION = new RegExp(`^(?:SMS|CPI|GDP|GNP|TV|CEO|CFO|COO|PM|MP|MPs|AI|IT|PC|ID|PIN|VAT|GST|HIV|COVID|DNA|GMT|UTC|TEU|EBIT|EBITDA|IPO|ATM|GPS|CCTV|PhD|MBA|SUV|EV|EVs|LED|URL|PDF|FAQ|${CURRENCY_CODES.join('|')})$`);

/** Does the lexicon give this word or phrase the tag? */
export function hasTag(word: string, tag: string): boolean {
	return tagsOf(word).includes(tag);
}

// "Gold Coast", an old alias of Ghana in countries-list, is a city of a million people today: an alias a
// city of 100,000 or more shares is no country's name (the holdout35 reader saw "Ghana" accepted for it)
const CITY_COUNTRIES = new Map<string, Set<string>>();
for (const c of cityMapping) if (c.pop >= 100_000) CITY_COUNTRIES.set(c.city, (CITY_COUNTRIES.get(c.city) ?? new Set()).add(c.iso2));
/** `name` in plain Latin letters: "Białystok" → "Bialystok", "Kraków" → "Krakow" (ł is no accented l in Unicode, so it is mapped). */
function plainLetters(name: string): string {
	// a name in ASCII has no marks and no ł: skipping the normalising keeps it off the hot path of option checks
	if (!/[^\x00-\x7F]/.test(name)) return name;
	return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

/**
 * Is `name` written with a mark its plain letters lack ("Veszprém", "Łódź"), as against "Kaposvar"?
 * Takes a string; the marks are those `plainLetters` drops (combining marks, and ł).
 */
export function writtenWithMarks(name: string): boolean {
	return plainLetters(name) !== name;
}

/**
 * The towns of `towns` written in the form of `key`: those with marks beside a key written with
 * them, the plain ones beside a plain key, in their order. The lists spell a town with its
 * country's marks only now and then, so a plain key among towns all spelt with marks ("Granada"
 * beside "Málaga", "Córdoba", "Almería") is the one option in another form (QUALITY.md R5), and
 * a plain town beside a marked key reads as misspelt. May return none.
 */
export function townsWrittenAs(towns: readonly string[], key: string): string[] {
	return towns.filter((town) => writtenWithMarks(town) === writtenWithMarks(key));
}

// foldedName's answers: place options fold each gazetteer name against every place of the article, the same few hundred names again and again
const FOLDED = new Map<string, string>();

/**
 * A name folded to its bare letters: plain Latin letters (`plainLetters`), lower case, without
 * spaces, hyphens, apostrophes or full stops. Two options that fold alike ("Pécs" / "Pecs",
 * "Sao Paulo" / "São Paulo", "Baden-Baden" / "Baden Baden") are one name written two ways, so
 * both offered make two right answers (QUALITY.md R3). Takes and returns a string.
 */
export function foldedName(name: string): string {
	const known = FOLDED.get(name);
	if (known !== undefined) return known;
	// bounded, as a server reads article after article: a full table starts again rather than grow
	if (FOLDED.size >= 20_000) FOLDED.clear();
	const folded = plainLetters(name).toLowerCase().replace(/[\s'’.‐-]/g, '');
	FOLDED.set(name, folded);
	return folded;
}

// the marks of the Latin alphabets' own spellings: acute, grave, circumflex, tilde, breve,
// diaeresis, ring, double acute, caron, comma below, cedilla, ogonek ("Málaga", "Veszprém",
// "Korçë", "Chișinău"); a macron or a dot below ("Tehrān", "Ḩajjah") marks a romanisation,
// which no English text writes
const OWN_SPELLING_MARKS = /^[\u0300-\u0303\u0306\u0308\u030A-\u030C\u0326-\u0328]$/u;
/** Is `name` written with marks of a Latin alphabet's own spelling only, a cedilla only under c or s? */
function ownSpelling(name: string): boolean {
	const marks = [...name.normalize('NFD').matchAll(/(\p{L})(\p{M}+)/gu)];
	return marks.length > 0 && marks.every(([, letter, m]) => [...m].every((c) => OWN_SPELLING_MARKS.test(c) && (c !== '\u0327' || /[cs]/i.test(letter))));
}

let spellings: Map<string, string> | undefined;
/**
 * The accented spelling the installed lists give a place that city-timezones writes in plain
 * letters ("Malaga" → "Málaga", "Sao Paulo" → "São Paulo", "Veszprem" → "Veszprém"), by
 * country (`iso2`): the same name, folded alike (`foldedName`), among the country's regions
 * (country-region-data), its capital (countries-list) or another row of the populated places.
 * Only a spelling with a Latin alphabet's own marks is taken (`ownSpelling`: no "Tehrān");
 * `city` itself when the lists have none ("Pecs": no list here writes "Pécs").
 */
function spelledCity(city: string, iso2: string): string {
	if (!spellings) {
		spellings = new Map();
		const add = (name: string, code: string) => {
			if (ownSpelling(name)) spellings!.set(`${foldedName(name)}|${code}`, name);
		};
		// "Valencia/València": a region named twice is left, as which name is English is not told
		for (const [, code, list] of regionLists) for (const [region] of list) if (!region.includes('/')) add(region, code);
		for (const [code, c] of Object.entries(countries)) if (c.capital) add(c.capital, code);
		for (const c of cityMapping) add(c.city, c.iso2);
	}
	return spellings.get(`${foldedName(city)}|${iso2}`) ?? city;
}
let bigCitiesPlain: Set<string> | undefined;
/**
 * Is `name` a city of 100,000 people or more in city-timezones (Natural Earth), compared in plain
 * letters, so an article's "Krakow" or "Białystok" is the list's "Kraków" or "Bialystok"? No
 * check of the compromise lexicon: the caller has other evidence that the word names a city.
 */
export function isBigCityPlain(name: string): boolean {
	bigCitiesPlain ??= new Set([...CITY_COUNTRIES.keys()].map(plainLetters));
	return bigCitiesPlain.has(plainLetters(name));
}
/** Is `alias` (of the country with ISO code `code`) the name of a big city in another country ("Gold Coast" of Ghana)? */
const cityAbroad = (alias: string, code: string) => [...(CITY_COUNTRIES.get(alias) ?? [])].some((iso) => iso !== code);
const countryNames = new Map<string, string>();
const capitals: string[] = [];
const capitalByCountry = new Map<string, string>();
for (const [code, c] of Object.entries(countries)) {
	countryNames.set(c.name.toLowerCase(), c.name);
	for (const a of c.alias ?? []) if (a.length > 3 && !cityAbroad(a, code)) countryNames.set(a.toLowerCase(), a);
	if (c.capital) {
		capitals.push(c.capital);
		for (const name of [c.name, ...(c.alias ?? [])]) capitalByCountry.set(name.toLowerCase(), c.capital);
	}
}

/** The capital countries-list gives a country by its name or an alias (case-insensitive): "Warsaw" for "Poland"; undefined when it knows none. */
export function capitalOf(country: string): string | undefined {
	return capitalByCountry.get(country.toLowerCase());
}

/** Is this (case-insensitive) the name or a long alias of a country? */
export function isCountry(name: string): boolean {
	return countryNames.has(name.toLowerCase()) || hasTag(name, 'Country');
}

const capitalSet = new Set(capitals.map((c) => c.toLowerCase()));

/** Is this (case-insensitive) a country's capital, by countries-list? */
export function isCapital(name: string): boolean {
	return capitalSet.has(name.toLowerCase());
}

// towns of 10,000 people or more: smaller places share their names with people and words too often
const GAZETTEER_FLOOR = 10_000;

let provinces: Map<string, Set<string>> | undefined;

/**
 * The countries (city-timezones' names: "Australia", "Canada", "India") with a state, province or
 * region of this exact name, from the provinces Natural Earth's populated places are filed under:
 * "Victoria" → Australia, "Ontario" → Canada. Empty for a name no place is filed under.
 */
export function provinceCountries(name: string): ReadonlySet<string> {
	if (!provinces) {
		provinces = new Map();
		for (const c of cityMapping) if (c.province) provinces.set(c.province, (provinces.get(c.province) ?? new Set()).add(c.country));
	}
	return provinces.get(name) ?? new Set();
}
let gazetteer: Map<string, string> | undefined;
// a namesake abroad this many times smaller than a city of this size is no rival for the bare name
const DOMINANT_CITY = 100_000;
const DOMINANT_RATIO = 5;

/**
 * The country (city-timezones' name, e.g. "Australia", "United States of America") of a town or
 * city of at least 10,000 people that Natural Earth's populated places list by this exact name
 * ("Ballarat", "Lethbridge", "Duisburg"), when the list gives it one country only, or one city of
 * 100,000 or more with namesakes abroad at most a fifth its size ("Aberdeen"); undefined
 * otherwise, and for a name the compromise lexicon reads as anything at all ("Reading", "Bath",
 * "Jackson", "Florence"), which in news is more often a word or a person than the town.
 */
export function gazetteerCity(name: string): string | undefined {
	if (!gazetteer) {
		const rowsOf = new Map<string, (typeof cityMapping)[number][]>();
		for (const c of cityMapping) {
			if (c.pop < GAZETTEER_FLOOR) continue;
			const rows = rowsOf.get(c.city);
			if (rows) rows.push(c);
			else rowsOf.set(c.city, [c]);
		}
		gazetteer = new Map();
		for (const [city, rows] of rowsOf) {
			const countries = new Set(rows.map((r) => r.country));
			if (countries.size === 1) gazetteer.set(city, rows[0].country);
			else {
				// "Aberdeen": a city of 100,000 or more that dwarfs its namesakes abroad (Aberdeen,
				// South Dakota) is the one news means by the bare name
				const [first, ...rest] = [...rows].sort((a, b) => b.pop - a.pop);
				if (first.pop >= DOMINANT_CITY && rest.every((r) => r.country === first.country || r.pop * DOMINANT_RATIO <= first.pop)) gazetteer.set(city, first.country);
			}
		}
	}
	const country = gazetteer.get(name);
	return country && tagsOf(name.toLowerCase()).length === 0 && !name.split(/\s/).some((w) => tagsOf(w.toLowerCase()).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'LastName')) ? country : undefined;
}

// a peer this near the key may be a part of it or hold it ("Brooklyn" for "New York"), so
// putting it in the key's place need not be false (QUALITY.md R3); one this far is of another
// region ("Biarritz" for "Kourou", in French Guiana), which a reader rules out without reading
const PEER_MIN_KM = 30;
const PEER_MAX_KM = 1000;
// a town beside a city of ten times its size is of another level (QUALITY.md R8)
const PEER_SIZE_RATIO = 6;

/** Great-circle distance in km between two points given in degrees. */
function kmBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
	const rad = Math.PI / 180;
	const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
	return 12_742 * Math.asin(Math.sqrt(h));
}

/** Is `name` written as a plain place name the lexicon reads as nothing but a city (no word, no person's name)? */
function plainCityName(name: string): boolean {
	if (!/^\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+)?$/u.test(name)) return false;
	if (tagsOf(name.toLowerCase()).some((t) => t !== 'City' && t !== 'Place')) return false;
	return !name.split(' ').some((w) => tagsOf(w.toLowerCase()).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'LastName'));
}

let timesNamed: Map<string, number> | undefined;
type CityRow = (typeof cityMapping)[number];
// the populated places of 10,000 people or more, by name and by country: a town is looked up for
// every place of every stem, and a scan of the whole list each time was a tenth of a quiz's time
let townsByName: Map<string, CityRow[]> | undefined;
let townsByCountry: Map<string, CityRow[]> | undefined;

/** The rows of the populated places of at least `GAZETTEER_FLOOR` people, by exact name and by country. */
function townIndex(): { byName: Map<string, CityRow[]>; byCountry: Map<string, CityRow[]> } {
	if (!townsByName || !townsByCountry) {
		townsByName = new Map();
		townsByCountry = new Map();
		for (const c of cityMapping) {
			if (c.pop < GAZETTEER_FLOOR) continue;
			townsByName.set(c.city, [...(townsByName.get(c.city) ?? []), c]);
			townsByCountry.set(c.country, [...(townsByCountry.get(c.country) ?? []), c]);
		}
	}
	return { byName: townsByName, byCountry: townsByCountry };
}

/** The one row of the populated places that a plain town name (`plainCityName`) names, picked by the story's countries when the list has it more than once; undefined when none or several. */
function townRow(name: string, storyCountries: ReadonlySet<string>): CityRow | undefined {
	if (!plainCityName(name)) return undefined;
	let rows = townIndex().byName.get(name) ?? [];
	if (rows.length > 1) rows = rows.filter((c) => [...storyCountries].some((n) => countries[c.iso2 as keyof typeof countries]?.name === n));
	return rows.length === 1 ? rows[0] : undefined;
}

/**
 * The country (countries-list's name, as `countryOf` gives it) of a town or city of the
 * populated places, picked as `peerTowns` picks its row; undefined when the list does not tell it.
 */
export function townCountry(name: string, storyCountries: ReadonlySet<string> = new Set()): string | undefined {
	const row = townRow(name, storyCountries);
	return row && countries[row.iso2 as keyof typeof countries]?.name;
}

// city-timezones files a British town under Natural Earth's first-level area (its `province`: a council area, county
// or city, "Highland", "Kent") and has no field for the nation; these are the areas its rows of Scotland, Wales and
// Northern Ireland are filed under (a test holds each to a row of the list), and every other British row is in England
const UK_NATION_AREAS: Record<string, string> = Object.fromEntries([
	...['Aberdeen', 'Dumfries and Galloway', 'Dundee', 'Edinburgh', 'Glasgow', 'Highland', 'Inverclyde', 'Moray', 'Perthshire and Kinross', 'South Ayrshire'].map((a) => [a, 'Scotland']),
	...['Cardiff', 'Swansea'].map((a) => [a, 'Wales']),
	...['Belfast', 'Derry', 'Dungannon', 'Omagh'].map((a) => [a, 'Northern Ireland'])
]);

/**
 * The nation of the United Kingdom ("England", "Scotland", "Wales", "Northern Ireland") a town of the populated places
 * lies in, by the area city-timezones files it under (`UK_NATION_AREAS`); undefined for a name the list has no British
 * row of (Kilmarnock, Bridgend and Newry are not in it). A town of another nation put for a Scottish one is as far from
 * the story as a foreign one (QUALITY.md R8). The name is looked up as written, without `plainCityName`'s test of a
 * word in running text: compromise tags "Inverness" and "Perth" as proper nouns, which that test refuses.
 */
export function townNation(name: string): string | undefined {
	const row = townIndex().byName.get(name)?.find((c) => c.iso2 === 'GB');
	return row && (UK_NATION_AREAS[row.province] ?? 'England');
}

/** The areas `UK_NATION_AREAS` files under a nation other than England, for a test that holds each to the gazetteer. */
export const UK_NATION_AREA_NAMES: readonly string[] = Object.keys(UK_NATION_AREAS);

/**
 * Towns and cities of the key's own country and size, nearest first, for a place key that
 * Natural Earth's populated places (city-timezones) list ("Duisburg" → "Wuppertal", "Dortmund",
 * ...; "Limerick" → "Galway", "Cork", ...): of at least 10,000 people, within a factor of 6 of
 * the key's population, 30 to 1,000 km away from it, named once in its country, with a plain name
 * (`plainCityName`) in plain letters when the key's is ("Göteborg" beside "Malmo" reads as
 * foreign). Takes the key and the countries (countries-list names) the story is set in, which
 * pick the key's row when the list has it more than once ("London" in England and Ontario);
 * empty when the key is not listed, is listed in more than one of those countries or none of
 * them, or its name is not plain. The nearest of the key's size are the most plausible in its
 * place, and a city of another country or another size is of another level (QUALITY.md R8:
 * "same type and level ... then from a gazetteer"). Each is written as the installed lists
 * spell it best (`spelledCity`: "Málaga", not the list's "Malaga").
 */
export function peerTowns(name: string, storyCountries: ReadonlySet<string> = new Set()): string[] {
	return [...peerTownsKept([name, ...storyCountries].join('\n'))];
}
// each place option of each item asks again of the same key: the towns are measured once per key and countries
const peerTownsKept = keptPerText((names) => {
	const [name, ...storyCountries] = names.split('\n');
	return readPeerTowns(name, new Set(storyCountries));
}, 1024);

/** `peerTowns`, read afresh. */
function readPeerTowns(name: string, storyCountries: ReadonlySet<string>): string[] {
	const key = townRow(name, storyCountries);
	if (!key) return [];
	if (!timesNamed) {
		timesNamed = new Map();
		for (const c of cityMapping) timesNamed.set(`${c.city}|${c.country}`, (timesNamed.get(`${c.city}|${c.country}`) ?? 0) + 1);
	}
	const plain = (city: string) => /^[A-Za-z' -]+$/.test(city);
	const ascii = plain(key.city);
	return (townIndex().byCountry.get(key.country) ?? [])
		.filter((c) => c.city !== key.city && timesNamed!.get(`${c.city}|${c.country}`) === 1 && c.pop * PEER_SIZE_RATIO >= key.pop && c.pop <= key.pop * PEER_SIZE_RATIO && (!ascii || plain(c.city)) && plainCityName(c.city))
		.map((c) => ({ city: c.city, iso2: c.iso2, km: kmBetween(key, c) }))
		.filter((c) => c.km >= PEER_MIN_KM && c.km <= PEER_MAX_KM)
		.sort((a, b) => a.km - b.km)
		.map((c) => spelledCity(c.city, c.iso2));
}

// a town no list knows is small: the country's towns offered in its place are its country's smaller ones
const SMALL_TOWN_CEILING = 150_000;

/**
 * Towns of a country (countries-list's name: "Greece", "Czechia") for a town key that Natural
 * Earth's populated places do not list, so that `peerTowns` has no row to measure from:
 * the country's towns of 10,000 to 150,000 people in the list, smallest first, named once in
 * the country, with a plain name (`plainCityName`) and no capital's ("Tripoli" is Libya's as well
 * as a Greek town's). A town no list knows is most likely smaller than all of them, so the
 * smallest are the nearest in level (QUALITY.md R8: "same type and level ... then from a
 * gazetteer"). Each is spelled as `peerTowns` spells it. Empty for a country the list has no
 * such towns of.
 */
export const countryTowns: (country: string) => readonly string[] = keptPerText(readCountryTowns, 256);

/** `countryTowns`, read afresh: a scan of every town the lists know, which each place item of a story asked again. */
function readCountryTowns(country: string): string[] {
	const code = Object.entries(countries).find(([, c]) => c.name === country)?.[0];
	if (!code) return [];
	const rows = [...townIndex().byName.values()].flat().filter((c) => c.iso2 === code);
	const named = new Map<string, number>();
	for (const c of rows) named.set(c.city, (named.get(c.city) ?? 0) + 1);
	return rows
		.filter((c) => c.pop <= SMALL_TOWN_CEILING && named.get(c.city) === 1 && plainCityName(c.city) && !capitalSet.has(c.city.toLowerCase()))
		.sort((a, b) => a.pop - b.pop)
		.map((c) => spelledCity(c.city, c.iso2));
}

// more first-level regions than this (the United Kingdom's 217 council areas, Slovenia's 206 municipalities) are of mixed levels
const MAX_REGIONS = 90;
let regionsByName: Map<string, { country: string; regions: string[] }[]> | undefined;

/**
 * The other first-level regions of the country whose own list (ISO 3166-2, as country-region-data
 * ships it: Ireland's counties, Kenya's counties, Ethiopia's regions, India's states) holds a region
 * of this exact name: "Mayo" → "Carlow", "Cavan", "Clare", ... of Ireland; "Amhara" → "Afar",
 * "Oromia", "Tigray", ... Only where the country is one of `storyCountries` (countries-list names),
 * or the only one that lists the name when none is given; only regions with a plain name of up to
 * three words ("Taita/Taveta" and "Bristol, City of" are left) that names no city the lexicon,
 * the capitals list or the gazetteer knows ("Cork", "Galway": a county that is also a city is of
 * two levels, R8), sorted. Lists that write their names in the country's own language
 * ("Attikḯ", "Olomoucký kraj") hold no English name a story writes, so they answer nothing,
 * and a list of more than 90 (the United Kingdom's council areas, boroughs beside counties) is
 * of no one level. Undefined when no such list holds the name.
 */
export function regionPeers(name: string, storyCountries: ReadonlySet<string> = new Set()): { country: string; regions: string[] } | undefined {
	if (!regionsByName) {
		regionsByName = new Map();
		for (const [, code, list] of regionLists) {
			const country = countries[code as keyof typeof countries]?.name;
			if (!country) continue;
			const regions = list.map(([region]) => region);
			for (const region of regions) regionsByName.set(region, [...(regionsByName.get(region) ?? []), { country, regions }]);
		}
	}
	const lists = (regionsByName.get(name) ?? []).filter((l) => storyCountries.size === 0 || storyCountries.has(l.country));
	// the United Kingdom's 200-odd council areas mix London boroughs with counties and cities: a
	// list that long is of no one level (R8)
	if (lists.length !== 1 || lists[0].regions.length > MAX_REGIONS) return undefined;
	// "Armed Forces Americas" (a US postal code), "Virgin Islands": no region a story sets beside a state
	const plain = (r: string) => /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2}$/u.test(r) && !/^Armed Forces\b|\bIslands$/.test(r) && !isCity(r.toLowerCase()) && !gazetteerCity(r) && !isCountry(r);
	return { country: lists[0].country, regions: lists[0].regions.filter((r) => r !== name && plain(r)).sort() };
}

/** Is this a city the lexicon or the capitals list knows? */
export function isCity(name: string): boolean {
	return hasTag(name, 'City') || capitalSet.has(name.toLowerCase());
}

const countryByName = new Map<string, string>();
for (const [code, c] of Object.entries(countries)) for (const n of [c.name, ...(c.alias ?? []).filter((a) => !cityAbroad(a, code)), c.capital]) if (n && !countryByName.has(n.toLowerCase())) countryByName.set(n.toLowerCase(), c.name);

/**
 * The country (countries-list's name) that a country name, one of its aliases ("Britain", "US")
 * or its capital ("Accra") names, case-insensitive; undefined for any other place, whose country
 * no list here knows (compromise tags "Chennai" a city but says not where).
 */
export function countryOf(name: string): string | undefined {
	return countryByName.get(name.toLowerCase());
}

const demonymCountry = new Map<string, string>();
const countryDemonyms = new Map<string, string[]>();
for (const c of worldCountries) {
	const name = (countries as Record<string, { name: string }>)[c.cca2]?.name ?? c.name.common;
	const forms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))];
	for (const d of forms) if (!demonymCountry.has(d.toLowerCase())) demonymCountry.set(d.toLowerCase(), name);
	countryDemonyms.set(name.toLowerCase(), forms);
}

/**
 * The country (countries-list's name) whose English demonym (world-countries' `demonyms.eng`)
 * this word is, case-insensitive ("Spanish" → "Spain", "British" → "United Kingdom", "Dutch" →
 * "Netherlands"); undefined for any other word. Where two countries share one demonym
 * ("Congolese") the first listed wins.
 */
export function countryOfDemonym(word: string): string | undefined {
	return demonymCountry.get(word.toLowerCase());
}

// a currency a text writes, by the countries that use it (world-countries' `currencies`): a sign of
// its own ("₹", "€", "₦"; no "$", which is the world's trading currency as much as any country's) or
// its name's last word after an amount ("15,000 rupees", "2 million naira"), folded of accents; no
// dollar for the same reason, and no name that is also an English word after a number ("5 pounds",
// "3 million bonds", "2 marks")
const currencySign = new Map<string, Set<string>>();
const currencyWord = new Map<string, Set<string>>();
const NO_CURRENCY_WORD = new Set(['dollar', 'pound', 'mark', 'bonds', 'sol', 'som', 'real']);
const foldCurrency = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/ʻ/g, '');
for (const c of worldCountries) {
	const name = ((countries as Record<string, { name: string }>)[c.cca2]?.name ?? c.name.common).toLowerCase();
	for (const currency of Object.values(c.currencies ?? {}) as { name: string; symbol?: string }[]) {
		if (currency.symbol && /^\p{Sc}+$/u.test(currency.symbol) && currency.symbol !== '$') currencySign.set(currency.symbol, (currencySign.get(currency.symbol) ?? new Set()).add(name));
		const word = foldCurrency(currency.name.split(' ').pop() ?? '');
		// the real's plural "reais" is no English word, as "real" is
		const read = word === 'real' ? 'reais' : word;
		if (!NO_CURRENCY_WORD.has(read)) currencyWord.set(read, (currencyWord.get(read) ?? new Set()).add(name));
	}
}
const CURRENCY_WORD_AFTER_AMOUNT = /\d(?:\s?(?:thousand|million|billion|trillion|crore|lakh|m|bn))?\s([\p{L}\p{M}ʻ]+)/gu;

/**
 * Does `text` write a currency `country` (countries-list's name) uses: a sign ("₹15,000" for
 * India, "€40 million" for any euro country) or a name after an amount ("15,000 rupees")? A stem
 * that prices something in rupees tells a blanked country as surely as "Indian" would (QUALITY.md
 * R5; the holdout173 reader's "₹15,000 gives away India"). Dollars are never read as telling.
 */
export function writesCurrencyOf(text: string, country: string): boolean {
	const name = country.toLowerCase();
	for (const [sign, users] of currencySign) if (users.has(name) && text.includes(sign)) return true;
	for (const match of text.matchAll(CURRENCY_WORD_AFTER_AMOUNT)) {
		const word = foldCurrency(match[1]);
		// the plurals "rupees", "pesos", "kroner" (krone), "kronor" (krona)
		const singulars = [word, word.replace(/s$/, ''), word.replace(/er$/, 'e'), word.replace(/or$/, 'a')];
		if (singulars.some((singular) => currencyWord.get(singular)?.has(name))) return true;
	}
	return false;
}

/** Every English demonym of two words or more ("New Zealander", "South African"), from world-countries. */
export const MULTIWORD_DEMONYMS: readonly string[] = [...new Set([...countryDemonyms.values()].flat().filter((d) => d.includes(' ')))];

/** The English demonyms of a country by its countries-list name ("Spain" → ["Spanish"]), from world-countries; empty when it lists none. */
export function demonymsOf(country: string): string[] {
	return countryDemonyms.get(country.toLowerCase()) ?? [];
}

const simpleName = (n: string) => /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(n);

/**
 * The continent code (countries-list: 'EU', 'AS', 'NA', ...) of a country or capital city by
 * name, or undefined when neither list knows it.
 */
export function continentOf(name: string): string | undefined {
	return continents.get(name.toLowerCase());
}
const continents = new Map<string, string>();
for (const c of Object.values(countries)) {
	for (const n of [c.name, c.capital, ...(c.alias ?? [])]) if (n && !continents.has(n.toLowerCase())) continents.set(n.toLowerCase(), c.continent);
}

// sovereign states only: countries-list also lists territories (Montserrat, Hong Kong), which
// make absurd distractors; compromise's lexicon tags only the states as Country
// (and, of those, not city-states or island groups, whose names give themselves away)
// (and, of those, not dependencies such as Jersey, which share their state's dialling code and
// currency but have a capital the lexicon does not know as a city)
const all = Object.values(countries);
const dependency = (c: (typeof all)[number]) =>
	all.some((d) => d !== c && d.phone[0] === c.phone[0] && d.currency[0] === c.currency[0] && hasTag(d.capital, 'City') && !hasTag(c.capital, 'City'));
// (nor a place outside Europe that pays in euros: an overseas part of France, such as Mayotte)
const state = (c: (typeof all)[number]) => !(c.continent !== 'EU' && c.currency.includes('EUR'));
const states = all.filter(
	(c) => simpleName(c.name) && hasTag(c.name, 'Country') && c.capital !== c.name && !/Islands?\b|City|^Saint|^San /.test(c.name) && !dependency(c) && state(c)
);
const byContinent = new Map<string, { countries: string[]; capitals: string[] }>();
for (const key of [undefined, ...new Set(states.map((c) => c.continent))]) {
	const list = states.filter((c) => !key || c.continent === key);
	byContinent.set(key ?? '*', {
		countries: [...new Set(list.map((c) => c.name))].sort(),
		capitals: [...new Set(list.map((c) => c.capital))].filter((n) => simpleName(n) && !/^(Saint|San|St|Santa|Port|City)\b/.test(n)).sort()
	});
}

// how many of the nearest sovereign states count as a country's neighbours beside those it borders
const NEAREST = 6;
// a subregion of at most this many sovereign states is one neighbourhood whatever the distances ("Australia and New Zealand")
const SMALL_SUBREGION = 6;

// each country's neighbours: the nearest by world-countries' coordinates, those it borders and the others of a small
// subregion; a large subregion reached too far ("Ferry sailings from Holyhead to Lithuania" for Ireland, a dev159
// reader's R8: Northern Europe runs from Dublin to Tallinn), while New Zealand's nearest states are Pacific islands
const neighbourhoods = new Map<string, Set<string>>();
{
	const listName = (cca2: string) => (countries as Record<string, { name: string }>)[cca2]?.name;
	const byCca3 = new Map(worldCountries.map((c) => [c.cca3, c.cca2]));
	const listed = worldCountries.filter((c) => listName(c.cca2) !== undefined);
	// only the sovereign states the distractors are drawn from count among the nearest
	const sovereign = new Set(states.map((c) => c.name));
	const subregionStates = (sub: string) => listed.filter((d) => d.subregion === sub && sovereign.has(listName(d.cca2)!));
	for (const c of listed) {
		const name = listName(c.cca2)!;
		const near = listed
			.filter((d) => d !== c && sovereign.has(listName(d.cca2)!))
			.map((d) => ({ d, km: kmBetween({ lat: c.latlng[0], lng: c.latlng[1] }, { lat: d.latlng[0], lng: d.latlng[1] }) }))
			.sort((x, y) => x.km - y.km)
			.slice(0, NEAREST)
			.map(({ d }) => d.cca2);
		near.push(...c.borders.map((b) => byCca3.get(b)).filter((b): b is string => b !== undefined));
		const sub = c.subregion ? subregionStates(c.subregion) : [];
		if (sub.length <= SMALL_SUBREGION) near.push(...sub.filter((d) => d !== c).map((d) => d.cca2));
		neighbourhoods.set(name.toLowerCase(), new Set(near.map(listName).filter((n): n is string => n !== undefined)));
	}
}

/**
 * The countries near one (countries-list names): the `NEAREST` sovereign states whose
 * world-countries coordinates lie closest ("Ireland" → United Kingdom, Belgium, France, ...),
 * those it borders, territories among them ("Norway" → Russia), and the other states of a
 * subregion of at most `SMALL_SUBREGION` ("New Zealand" → Australia); empty when the list knows
 * no such country. A country swapped into a statement keeps its
 * neighbourhood (QUALITY.md R8: "Bergen and Voss in western Hungary" was the holdout110 reader's R8).
 */
export function neighboursOf(country: string): ReadonlySet<string> {
	return neighbourhoods.get(country.toLowerCase()) ?? new Set();
}

/** Sovereign countries of one continent (countries-list), sorted; all when `continent` is undefined. */
export function countriesIn(continent: string | undefined): readonly string[] {
	return (byContinent.get(continent ?? '*') ?? byContinent.get('*')!).countries;
}

/** Capitals of the sovereign countries of one continent, sorted; all when `continent` is undefined. */
export function capitalsIn(continent: string | undefined): readonly string[] {
	return (byContinent.get(continent ?? '*') ?? byContinent.get('*')!).capitals;
}

/**
 * The parts of a first name as the lexicon spells them: accents dropped ("Antônio" → "antonio",
 * "João" → "joao": the lexicon is English and lists names without them) and a compound split at
 * its hyphen ("François-Philippe" → "francois", "philippe").
 */
function nameParts(word: string): string[] {
	return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split('-');
}

// words of place names that the registers also list as given names ("River Thames", "West Ham",
// "Bay Area") and that compromise's lexicon happens to leave untagged
const PLACE_HEADS = /^(?:west|east|north|south|river|bay|lake|sky|ocean|storm|port|mount|glen|dale|valley|harbou?r|bridge|forest|field|hill|brook|cape|coast|sea|island|park|rock|stone|wood|ridge|canyon|creek|spring|summit|shore|beach|la|le|de|del|della|di|da|das|dos|du|van|von|der|den|bin|ibn|abu|al|el|mc|mac|st|ste)$/;

const REGISTERS = [enNames, frNames, esNames, itNames, deNames, trNames];

/**
 * Is a capitalised word one that compromise's lexicon does not know at all but at least two of
 * the given-name registers of gender-detection-from-name list ("Élodie", "Agnieszka", "Kwame")?
 * The US register alone lists words that name firms and parties ("Aspen Ridge", "Fianna Fáil"),
 * and the registers list words the lexicon knows as nouns or places ("Hope", "Paris"), surname
 * particles and words of place names (`PLACE_HEADS`): none of those counts. Such a word is a
 * first name only where the article bears the person out (facts.ts); it gives no gender, as
 * a family name written first ("Lin Haoran") may be listed too. Accents are ignored.
 */
export function registeredFirstName(word: string): boolean {
	if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
	const parts = nameParts(word);
	return parts.every((part) => part.length >= 3 && !PLACE_HEADS.test(part) && tagsOf(part).length === 0 && REGISTERS.filter((names) => names.has(part)).length >= 2);
}

/** One name part's gender, from the lexicon's MaleName/FemaleName tags. */
function partGender(part: string): 'male' | 'female' | undefined {
	const tags = tagsOf(part);
	if (tags.includes('MaleName') && !tags.includes('FemaleName')) return 'male';
	if (tags.includes('FemaleName') && !tags.includes('MaleName')) return 'female';
	return undefined;
}

/**
 * A first name's gender, from the lexicon's MaleName/FemaleName tags, accents ignored; a
 * compound ("Anne-Marie") has the gender its parts agree on, undefined when they do not.
 */
export function nameGender(first: string): 'male' | 'female' | undefined {
	const genders = new Set(nameParts(first).map(partGender).filter((g) => g !== undefined));
	return genders.size === 1 ? [...genders][0] : undefined;
}

/**
 * Is the word a first name in the lexicon? Accents are ignored ("Luíza", "Otávio"), and a
 * hyphenated compound is one when every part is ("François-Philippe", "Anne-Marie"; never a
 * double-barrelled surname such as "Gibson-Park").
 */
export function isFirstName(word: string): boolean {
	if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
	// "Jan Novák", "Jan de Vries": the lexicon files it as January only, but a month's short form is written "Jan." or before a day
	if (word === 'Jan') return true;
	return nameParts(word).every((part) => {
		const tags = tagsOf(part);
		return tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName');
	});
}

/** Titles that stand before a person's name ("Mr Lukashenko", "Sen. Warren"). */
export const TITLES = new Set(
	(
		'mr mrs ms miss mx dr prof sir dame lord lady president prime minister sen senator rep representative gov governor ' +
		'gen general col colonel capt captain lt sgt chancellor king queen prince princess pope judge justice secretary ' +
		'minister mayor chief coach officer detective inspector bishop archbishop rev father sister brother pastor rabbi ' +
		// "Sheriff Darrell Hinkle identified the men": read as no title, the office opened the name and the sheriff took no role (holdout69)
		'sheriff ' +
		// British police and council ranks as written before a name: "Det Insp", "Ch Supt", "Cllr", "Coun."
		'det insp supt ch cllr coun councillor superintendent constable sergeant dci dcs'
	).split(' ')
);

/** Month names and their common abbreviations, lower-case. */
export const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

const dialling = new Map<string, number>();
for (const c of Object.values(countries)) for (const n of [c.name, ...(c.alias ?? []), c.capital]) if (n && !dialling.has(n.toLowerCase())) dialling.set(n.toLowerCase(), c.phone[0]);

/**
 * How prominent a country (or the country of a capital city) is, by the length of its
 * international dialling code (countries-list):
 * 1 for a one- or two-digit code, which the ITU gave the large states first (the US, Germany,
 * Brazil, India), 2 for three digits (Portugal, Kenya, Belize), 3 for four (island territories
 * such as Sint Maarten); undefined for a name countries-list does not know. A distractor keeps
 * the key's standing (QUALITY.md R8: no Belize as the source of a study of a large country).
 */
export function countryTier(name: string): 1 | 2 | 3 | undefined {
	const code = dialling.get(name.toLowerCase());
	if (code === undefined) return undefined;
	return code < 100 ? 1 : code < 1000 ? 2 : 3;
}

/**
 * Irregular past forms, which no "-ed" ending shows and the tagger may read as a name or a noun
 * after a subject ("a hearing drew 400 people", "The slide broke away"), as a regex alternation.
 * Forms that are also present tense or common nouns ("cut", "set", "hit", "cost") are left out.
 */
export const IRREGULAR_PAST = 'broke|began|became|came|fell|rose|grew|took|made|went|gave|led|left|ran|won|lost|saw|sold|struck|found|held|kept|met|paid|brought|bought|built|caught|fought|chose|drove|sent|spent|stood|drew|threw|flew|froze|shook|swept|told|wrote|tore|sank|swam';

/**
 * Is a headline's capitalised `word` after "of" a nationality or other describing word rather than a
 * name ("takeover of Brazilian snack maker Sabor Vivo", "sale of Danish ferry line")? It modifies
 * a noun the phrase would cut off, and "The takeover of Brazilian" names nothing (a fresh user's
 * business story, R1).
 */
export function describingWord(word: string): boolean {
	if (word.includes(' ')) return false;
	const tags = tagsOf(word.toLowerCase());
	return (countryOfDemonym(word) !== undefined && !isCountry(word)) || (tags.includes('Adjective') && !tags.includes('ProperNoun') && !tags.includes('Noun'));
}
