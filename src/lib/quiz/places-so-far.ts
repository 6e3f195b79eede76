import { countryOf, countryOfDemonym, demonymsOf, hasTag, isCapital } from './lexicon';
import { containsWord } from './words';
import { quotedAt } from './quoted-at';
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

/** The places named up to a sentence: by a key that joins a country's spellings ("Czech Republic", "Czechia", "Czech"), the first spelling written, where any is. */
interface SoFar {
	countries: Map<string, string | undefined>;
	cities: Map<string, string>;
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

/** The countries and cities named in the headline and in each sentence and those before it, read once per article. */
function soFar(source: PlacesSource): SoFar[] {
	const known = CACHE.get(source.article);
	if (known) return known;
	const countries = new Map<string, string | undefined>();
	const cities = new Map<string, string>();
	const demonyms: string[] = [];
	const addPlace = (f: Pick<Fact, 'text' | 'level'>) => {
		if (f.level === 'country') {
			const key = countryKey(f.text);
			if (countries.get(key) === undefined) countries.set(key, f.text);
		} else if (f.level === 'city') {
			if (!cities.has(f.text.toLowerCase())) cities.set(f.text.toLowerCase(), f.text);
		}
	};
	const addDemonyms = (text: string) => {
		for (const m of text.matchAll(/(?<![\p{L}\p{M}’'-])\p{Lu}[\p{L}\p{M}’'-]*/gu)) {
			const word = m[0].replace(/[’']s$/, '');
			if (countryOfDemonym(word) !== undefined || hasTag(word.toLowerCase(), 'Demonym')) demonyms.push(word);
		}
	};
	// a nationality is a country's, said or not: of a country named ("Czech" of the Czech Republic), else one more country
	const withDemonyms = (): Map<string, string | undefined> => {
		const all = new Map(countries);
		for (const word of demonyms) {
			const own = [...countries.values()].some((name) => name !== undefined && demonymsOf(countryOf(name) ?? name).includes(word));
			if (own) continue;
			const key = countryKey(countryOfDemonym(word) ?? `?${word}`);
			if (!all.has(key)) all.set(key, undefined);
		}
		return all;
	};
	// the facts of a headline are not read: its places are those the article names that it writes
	const places = source.facts.flat().filter((f) => f.type === 'place');
	for (const f of places) if (containsWord(source.article.title, f.text)) addPlace(f);
	addDemonyms(source.article.title);
	const out: SoFar[] = source.sentences.map((s) => {
		for (const f of source.facts[s.index] ?? []) if (f.type === 'place') addPlace(f);
		addDemonyms(s.text);
		return { countries: withDemonyms(), cities: new Map(cities) };
	});
	CACHE.set(source.article, out);
	return out;
}

/**
 * `stem` with each "the country", "the city" and "the capital" (and their possessives) outside a
 * quote written as the one place of that kind (`soFar`) named by `sentence`: the country where
 * one country alone has been named, with no other's nationality; the city, or the capital (a
 * capital city), where one alone has been named. Unchanged where none or several fit, or the
 * stem already names the place.
 */
export function namePlacesSoFar(source: PlacesSource, sentence: Sentence, stem: string): string {
	if (!/(?<![\p{L}\p{M}-])[Tt]he (?:country|city|capital)(?![\p{L}\p{M}-])/u.test(stem)) return stem;
	const named = soFar(source)[sentence.index];
	if (!named) return stem;
	const one = (kind: string): string | undefined => {
		if (kind === 'country') {
			const [only, ...rest] = [...named.countries.values()];
			if (rest.length > 0 || only === undefined) return undefined;
			return THE_COUNTRY_NAME.test(only) ? `the ${only}` : only;
		}
		// a capital is the story's own only where its country has been named: "the capital" of a story in Ukraine that named only Moscow is Kyiv
		const cities = [...named.cities.values()].filter((c) => kind === 'city' || (isCapital(c) && named.countries.has(countryKey(countryOf(c) ?? c))));
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

/** A written item with its stems passed through `namePlacesSoFar`. */
export function namePlacesSoFarIn<W extends { stem: string; falseStem?: string }>(source: PlacesSource, sentence: Sentence, written: W): W {
	const write = (stem: string) => namePlacesSoFar(source, sentence, stem);
	return { ...written, stem: write(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: write(written.falseStem) }) };
}
