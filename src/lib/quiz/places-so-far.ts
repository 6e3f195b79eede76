import { countryOf, countryOfDemonym, demonymsOf, hasTag, isCapital, isCountry, townCountry } from './lexicon';
import { datelineCityOf } from './facts';
import { containsWord } from './words';
import { quotedAt } from './quoted-at';
import { apostropheOf, possessive } from './anchors';
import type { Fact } from './facts';
import type { Article, Sentence } from './types';

/**
 * "in the country", "the city's coat of arms", "a hospital in the capital" (QUALITY.md R4): a
 * place's kind that stands for the one place of that kind the article has named up to and
 * including the stem's sentence, headline and dateline included. "when about 50 people died in
 * the country" of a flood story filed as "PŘEROV, Czech Republic (Reuters) —" is "in the Czech
 * Republic"; once a second country (or another country's nationality) has been named, "the
 * country" may be either, and the stem is left for the R4 check to refuse.
 */

/** What the rewrite reads of an article: its headline, its sentences and each sentence's facts. */
export interface PlacesSource {
	article: Article;
	sentences: readonly Sentence[];
	facts: readonly (readonly Fact[])[];
}

/** A country named up to a sentence: the first spelling of its name the article writes (a dateline's city's, as the gazetteer spells it), and a nationality it writes for it ("Philippine"), where any. */
export interface Country {
	name?: string;
	adjective?: string;
}

/** The places named up to a sentence: countries by a key that joins a country's spellings ("Czech Republic", "Czechia", "Czech"), and cities. */
interface SoFar {
	countries: ReadonlyMap<string, Country>;
	cities: ReadonlyMap<string, string>;
	/** How many towns and cities of any kind (a city, a town, a place of no known level) have been named. */
	settlements: number;
}

const CACHE = new WeakMap<Article, SoFar[]>();

// a country's name that reads with "the" ("the Czech Republic", "the United States")
const THE_COUNTRY_NAME = /^(?:United |Netherlands$|Philippines$|Czech Republic$|Gambia$|Bahamas$|Central African Republic$|Democratic Republic)/;
// what may follow a pointer that stands alone: the stem's end, a stop, a function word or a verb ("the country music" is none)
const ALONE = String.raw`(?=$|[.,;:!?)—–]| (?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|and|or|but|in|on|at|for|from|to|since|of|with|by|where|which|that|who|after|before|over|under|into|as|than|last|this|next|\p{Ll}+ed)(?![\p{L}\p{M}-]))`;
// group 1 the "t", 2 the kind, 3 a possessive
const POINTER = new RegExp(String.raw`(?<![\p{L}\p{M}-])([Tt])he (country|city|capital)(?:([’']s)(?= )|(?![\p{L}\p{M}’'-])${ALONE})`, 'gu');
// "the capital raised", "the capital needed": money, not a city
const CAPITAL_MONEY = /^ (?:raised|needed|required|invested|injected|returned)\b/;

/** The key a country is known by, whatever its spelling. */
function countryKey(name: string): string {
	return (countryOf(name) ?? name).toLowerCase();
}

/** The country a nationality is of: "Czech" → "Czechia", "Philippine" → "Philippines" (a demonym no list maps, whose plural is the country). */
function countryOfNationality(word: string): string | undefined {
	return countryOfDemonym(word) ?? (isCountry(`${word}s`) ? `${word}s` : undefined);
}

/** The countries and cities named in the headline and in each sentence and those before it, read once per article. */
function soFar(source: PlacesSource): SoFar[] {
	const known = CACHE.get(source.article);
	if (known) return known;
	const countries = new Map<string, Country>();
	const cities = new Map<string, string>();
	const settlements = new Set<string>();
	const addPlace = (f: Pick<Fact, 'text' | 'level'>) => {
		if (f.level !== 'country' && f.level !== 'region' && f.level !== 'continent') settlements.add(f.text.toLowerCase());
		if (f.level === 'country') {
			const key = countryKey(f.text);
			const country = countries.get(key) ?? {};
			country.name ??= f.text;
			countries.set(key, country);
		} else if (f.level === 'city') {
			if (!cities.has(f.text.toLowerCase())) cities.set(f.text.toLowerCase(), f.text);
		}
	};
	// a nationality is a country's, said or not: of a country named ("Czech" of the Czech Republic), else one more country
	const addNationalities = (text: string) => {
		for (const m of text.matchAll(/(?<![\p{L}\p{M}’'-])\p{Lu}[\p{L}\p{M}’'-]*/gu)) {
			const word = m[0].replace(/[’']s$/, '');
			if (countryOfDemonym(word) === undefined && !hasTag(word.toLowerCase(), 'Demonym')) continue;
			const own = [...countries].find(([key, c]) => c.name !== undefined && (demonymsOf(countryOf(c.name) ?? c.name).includes(word) || key === countryKey(countryOfNationality(word) ?? '')));
			const key = own?.[0] ?? countryKey(countryOfNationality(word) ?? `?${word}`);
			const country = countries.get(key) ?? {};
			country.adjective ??= word;
			countries.set(key, country);
		}
	};
	// the facts of a headline are not read: its places are those the article names that it writes
	const places = source.facts.flat().filter((f) => f.type === 'place');
	for (const f of places) if (containsWord(source.article.title, f.text)) addPlace(f);
	addNationalities(source.article.title);
	// "NAIROBI (Reuters) -": a dateline's city names its country, which no sentence's facts type (the dateline is no sentence's)
	const dateline = datelineCityOf(source.article.paragraphs[0] ?? '');
	const datelineCountry = dateline && (countryOf(dateline) ?? townCountry(dateline));
	if (datelineCountry) addPlace({ text: datelineCountry, level: 'country' });
	const out: SoFar[] = source.sentences.map((s) => {
		for (const f of source.facts[s.index] ?? []) if (f.type === 'place') addPlace(f);
		addNationalities(s.text);
		return { countries: new Map([...countries].map(([k, c]) => [k, { ...c }])), cities: new Map(cities), settlements: settlements.size };
	});
	CACHE.set(source.article, out);
	return out;
}

/** The places named by the end of the lead (the headline and the first paragraph, dateline included). */
function inLead(source: PlacesSource): SoFar | undefined {
	const last = source.sentences.findLast((s) => s.paragraph === 0);
	return last && soFar(source)[last.index];
}

/**
 * The story's country as named by `sentence`: the one country the headline, the dateline and the
 * sentences up to and including it name, with no other country's name or nationality, and which
 * the headline or the lead names ("PŘEROV, Czech Republic (Reuters) —", "NAIROBI (Reuters) -").
 * "The country", "the economy" and "the government" of a stem are that country's (QUALITY.md R4).
 * Undefined where none or two fit, or the lead names none: a story about a state or a city may
 * mean its own economy or government, and a country named only deep in the story is no setting.
 */
export function countrySoFar(source: PlacesSource, sentence: Sentence): Country | undefined {
	const named = soFar(source)[sentence.index];
	const [one, ...rest] = named ? [...named.countries] : [];
	if (!one || rest.length > 0 || !inLead(source)?.countries.has(one[0])) return undefined;
	return one[1];
}

/**
 * `stem` with each "the country", "the city" and "the capital" (and their possessives) outside a
 * quote written as the one place of that kind (`soFar`) named by `sentence`: the country where
 * one country alone has been named, with no other's nationality, and the headline or the lead
 * names it; the city where one alone, named in the lead, and no other town has been; the capital
 * (a capital city of a country named) where one alone has been named. Unchanged where none or several fit, or the
 * stem already names the place.
 */
export function namePlacesSoFar(source: PlacesSource, sentence: Sentence, stem: string): string {
	if (!/(?<![\p{L}\p{M}-])[Tt]he (?:country|city|capital)(?![\p{L}\p{M}-])/u.test(stem)) return stem;
	const named = soFar(source)[sentence.index];
	if (!named) return stem;
	// the story's own place is one its headline or lead names: "Mexico led international territories" of a box-office
	// story does not make Mexico "the country" of a sentence after it
	const lead = inLead(source);
	const one = (kind: string): string | undefined => {
		if (kind === 'country') {
			const only = countrySoFar(source, sentence)?.name;
			return only && THE_COUNTRY_NAME.test(only) ? `the ${only}` : only;
		}
		// a capital is the story's own only where its country has been named: "the capital" of a story in Ukraine that named only Moscow is Kyiv
		const cities = [...named.cities.values()].filter((c) => kind === 'city' || (isCapital(c) && named.countries.has(countryKey(countryOf(c) ?? c))));
		// "the city" of a story set in a town the gazetteer does not know ("Přerov") is that town, not the one city it names ("Prague")
		if (kind === 'city' && (named.settlements > 1 || !cities.every((c) => lead?.cities.has(c.toLowerCase())))) return undefined;
		return cities.length === 1 ? cities[0] : undefined;
	};
	return stem.replace(POINTER, (whole, t: string, kind: string, possessive: string | undefined, at: number) => {
		const name = one(kind);
		if (!name || quotedAt(stem, at) || containsWord(stem, name.replace(/^the /, ''))) return whole;
		if (kind === 'capital' && CAPITAL_MONEY.test(stem.slice(at + whole.length))) return whole;
		const written = possessive ? `${name}${/s$/.test(name) ? possessive.slice(0, 1) : possessive}` : name;
		return t === 'T' ? written[0].toUpperCase() + written.slice(1) : written;
	});
}

// "The economy grew", "the peso has lost", "The central bank raised": what a country has one of; group 1 the "t", 2 the noun
const NATIONAL = /(?<![\p{L}\p{M}-])([Tt])he (economy|central bank|currency|peso|rupee|rand|lira|yen|rouble|ruble|zloty|forint|koruna|krona|krone|shilling|naira|ringgit|baht|rupiah|dinar|cedi|kwacha|hryvnia|tenge|taka|riyal|dirham)(?![\p{L}\p{M}’'-])(?!,? \p{Lu}| of\b)/gu;
// "Headline inflation quickened": a stem that opens on a price index; group 1 its modifier
const OPENING_INFLATION = /^((?:Headline|Core|Annual|Overall) )?[Ii]nflation(?= (?:eased|rose|fell|slowed|accelerated|quickened|climbed|picked|was|stood|came|edged|jumped|dropped)\b)/;

/**
 * `stem` with "The economy", "the peso", "The central bank" and an opening "Headline inflation"
 * outside a quote written as the one country's that `soFar` finds by `sentence`: "The economy grew
 * 4.4%" of a story whose only country is the Philippines, by its headline's "Philippine central
 * bank", is "The Philippine economy grew 4.4%". The article's own words come first ("the
 * Philippine central bank" where it writes them), then the nationality it writes, then the
 * country's possessive; a central bank only as the article writes it with its country (a euro
 * country's "the central bank" may be the ECB). Only where the headline or the lead names that
 * country (a story about a state or a city may mean its own economy); unchanged where no one
 * country fits.
 */
export function nameNationalThings(source: PlacesSource, sentence: Sentence, stem: string): string {
	NATIONAL.lastIndex = 0;
	if (!NATIONAL.test(stem) && !OPENING_INFLATION.test(stem)) return stem;
	const only = countrySoFar(source, sentence);
	if (!only || (only.name === undefined && only.adjective === undefined)) return stem;
	if ((only.name && containsWord(stem, only.name)) || (only.adjective && containsWord(stem, only.adjective))) return stem;
	const text = () => [source.article.title, ...source.article.paragraphs].join('\n');
	const owner = (noun: string): string | undefined => {
		const own = [only.adjective, only.name && `${only.name}${apostropheOf(source.article)}s`].find((o) => o && text().includes(`${o} ${noun}`));
		if (own) return own;
		if (noun === 'central bank') return undefined;
		// "the U.S. economy", never "U.S.’s economy": an abbreviated name reads as a modifier
		if (only.name && /^(?:U\.?S\.?A?|U\.?K\.?|UAE)$/.test(only.name)) return only.name;
		return only.adjective ?? (only.name && possessive(only.name, apostropheOf(source.article)));
	};
	const capitalised = (words: string, at: number) => (at === 0 ? words[0].toUpperCase() + words.slice(1) : words);
	let out = stem.replace(NATIONAL, (whole, t: string, noun: string, at: number) => {
		const by = owner(noun);
		if (!by || quotedAt(stem, at)) return whole;
		// "the Philippine economy", "Kenya’s economy": a possessive takes no "the"
		return capitalised(/[’']s?$/.test(by) ? `${by} ${noun}` : `${t}he ${by} ${noun}`, at);
	});
	out = out.replace(OPENING_INFLATION, (whole, modifier: string | undefined) => {
		const by = owner('inflation') ?? owner('economy');
		return by ? capitalised(`${by} ${(modifier ?? '').toLowerCase()}inflation`, 0) : whole;
	});
	return out;
}

/** A written item with its stems passed through `namePlacesSoFar`, then `nameNationalThings`. */
export function namePlacesSoFarIn<W extends { stem: string; falseStem?: string }>(source: PlacesSource, sentence: Sentence, written: W): W {
	const write = (stem: string) => nameNationalThings(source, sentence, namePlacesSoFar(source, sentence, stem));
	return { ...written, stem: write(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: write(written.falseStem) }) };
}
