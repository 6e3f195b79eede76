/**
 * The words an article writes before or after a place's name to say what kind of place it is ("the town of
 * Palo", "Eastern Samar province"), each with the kind a quiz may swap it for: a town, city, village, port or
 * municipality is a town; a province, state, region, county, district or department a region; an island an
 * island; a country a country (QUALITY.md R8: a town for a town). The one list the generator reads a place's
 * kind from (`PLACE_KIND_OF`, `NESTED_BETWEEN` and `placeOfKind` of generate.ts).
 */

/** The kinds of place a quiz swaps like for like. */
export type PlaceKind = 'town' | 'region' | 'island' | 'country';

// each kind word, singular, with its kind and its plural ("the islands of Samar and Leyte")
const KIND_WORDS: Record<string, { kind: PlaceKind; plural: string }> = {
	town: { kind: 'town', plural: 'towns' },
	city: { kind: 'town', plural: 'cities' },
	village: { kind: 'town', plural: 'villages' },
	port: { kind: 'town', plural: 'ports' },
	municipality: { kind: 'town', plural: 'municipalities' },
	province: { kind: 'region', plural: 'provinces' },
	state: { kind: 'region', plural: 'states' },
	region: { kind: 'region', plural: 'regions' },
	county: { kind: 'region', plural: 'counties' },
	district: { kind: 'region', plural: 'districts' },
	department: { kind: 'region', plural: 'departments' },
	island: { kind: 'island', plural: 'islands' },
	country: { kind: 'country', plural: 'countries' }
};

/** The singular kind words as a regular expression's alternation, lower-case ("town|city|…"), to build patterns from. */
export const PLACE_KIND_WORDS = Object.keys(KIND_WORDS).join('|');

const BY_WORD = new Map<string, PlaceKind>(Object.entries(KIND_WORDS).flatMap(([word, { kind, plural }]) => [[word, kind], [plural, kind]]));

/**
 * The kind of place `word` names, singular or plural, in any case ("Towns", "province"); undefined for a word
 * that names no kind of place ("mayor", "capital").
 */
export function placeKindOf(word: string): PlaceKind | undefined {
	return BY_WORD.get(word.toLowerCase());
}
