import { TITLES, countryOf, countryOfDemonym, isFirstName } from './lexicon';
import { TITLED } from './named-heads';
import { quotedAt } from './quoted-at';
import type { Article, Sentence } from './types';

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
// never a body named for fires ("B.C. Wildfire Service"); group 1 the name
const NAMED_FIRE = /(?<![\p{L}\p{M}’'.-])((?:(?!(?:The|A|An|In|At|On|By|For|From|With|As|And|But|Since|When)\s)\p{Lu}[\p{L}\p{M}’'-]*\s){1,3}(?:fire|Fire|wildfire|Wildfire|bushfire|Bushfire))(?![\p{L}\p{M}’'-])(?!\s\p{Lu})/gu;
// "the blaze", "the fire", "the wildfire" with no name after it or "of" phrase that says which; group 1 "the", group 2 a possessive
const BARE_FIRE = /(?<![\p{L}\p{M}’'-])([Tt]he) (?:blaze|fire|wildfire|bushfire)([’']s)?(?![\p{L}\p{M}’'-])(?! of\b| in\b| at\b| near\b)(?!,? \p{Lu})/gu;

const FIRES = new WeakMap<Article, string | null>();

/**
 * The fire a wildfire story is about: the headline tells of a fire ("Hundreds flee as wildfire
 * nears ..."), and the first name the body gives a fire, within its first three
 * paragraphs, is that fire ("the Greyrock Ridge fire"); a fire named later in passing ("the
 * Ashwell Creek fire" of three summers ago) is another. Undefined when the headline tells of no fire or
 * the first three paragraphs name none or two.
 */
function storyFire(article: Article, sentences: readonly Sentence[]): string | undefined {
	const cached = FIRES.get(article);
	if (cached !== undefined) return cached ?? undefined;
	let one: string | undefined;
	if (/(?<![\p{L}])(?:fire|wildfire|bushfire|blaze|fires|wildfires|bushfires|blazes)(?![\p{L}])/iu.test(article.title)) {
		const lead = new Set(sentences.filter((s) => s.paragraph <= 2).flatMap((s) => [...s.text.matchAll(NAMED_FIRE)].map((m) => m[1])));
		one = lead.size === 1 ? [...lead][0] : undefined;
	}
	FIRES.set(article, one ?? null);
	return one;
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
const BARE_PROVINCE = /(?<![\p{L}\p{M}’'-])([Tt]he) province([’']s)?(?![\p{L}\p{M}’'-])(?! of\b)(?!,? \p{Lu})/gu;

/**
 * The province of a Canadian dateline, in full ("British Columbia" of "PENTICTON, B.C. —"),
 * where the article writes that full name too; undefined otherwise.
 */
function datelineProvince(article: Article): string | undefined {
	const written = PROVINCE_DATELINE.exec(article.paragraphs[0] ?? '')?.[1];
	const full = written && (PROVINCES[written] ?? (FULL_PROVINCES.has(written) ? written : undefined));
	return full && article.paragraphs.some((p) => p.includes(full)) ? full : undefined;
}

/**
 * A stem with its bare "the province" written as the province of the dateline (`datelineProvince`):
 * "said the province was sending 140 more firefighters" → "said British Columbia was ...". Left as
 * it is without such a dateline, where the article writes "a province" or "provinces" (another one
 * it may mean), and inside a direct quote.
 */
function nameDatelineProvince(article: Article, stem: string): string {
	const province = datelineProvince(article);
	if (!province || stem.includes(province) || article.paragraphs.some((p) => /(?<![\p{L}])(?:an?|another|other|each|every) province\b|\bprovinces\b/u.test(p))) return stem;
	return stem.replace(BARE_PROVINCE, (whole, the: string, possessive: string | undefined, at: number) => {
		return quotedAt(stem, at) ? whole : `${province}${possessive ?? ''}`;
	});
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
const PLACED_NAME = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+)?)[’']s (\p{Lu}[\p{L}\p{M}’'.-]*(?: \p{Lu}[\p{L}\p{M}’'.-]*){0,3})|(\p{Lu}[\p{L}\p{M}’'.-]*(?: \p{Lu}[\p{L}\p{M}’'.-]*){0,3}), (?:from|of|based in) (\p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+)?)(?=[,.;])/gu;

/**
 * The one name the headline or body places in `country` ("Falcão Gaming" of "Lisbon's Falcão Gaming
 * beat Iron Wolves" for Portugal), which the body writes; undefined where none or two are.
 * A title ("Britain's Prime Minister") or a person's name is no team.
 */
function placedName(article: Article, country: string): string | undefined {
	const body = article.paragraphs.join('\n');
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

/**
 * A stem with the story's fire, its dateline's province, a team told by its country and a bare
 * surname's office written by name (`nameStoryFire`, `nameDatelineProvince`, `nameDemonymSide`,
 * `nameOfficeTaken`).
 */
export function nameStoryThings(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	return nameOfficeTaken(article, nameDemonymSide(article, nameDatelineProvince(article, nameStoryFire(article, sentences, sentence, stem))));
}

/** A written item with its stems passed through `nameStoryThings`. */
export function nameStoryThingsIn<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const fix = (stem: string) => nameStoryThings(article, sentences, sentence, stem);
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}
