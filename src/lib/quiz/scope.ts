import type { AnchorSource } from './anchors';
import { extractFacts } from './facts';
import { hasTag, isCity, isCountry } from './lexicon';
import type { Article } from './types';

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
// abbreviations of common things, no names: "via SMS", "the CPI rose"
const COMMON_ABBREVIATION = /^(?:SMS|CPI|GDP|GNP|TV|CEO|CFO|COO|PM|MP|MPs|AI|IT|PC|ID|PIN|VAT|GST|HIV|COVID|DNA|GMT|UTC|TEU|EBIT|EBITDA|IPO|ATM|GPS|CCTV|PhD|MBA|SUV|EV|EVs|LED|URL|PDF|FAQ)$/;
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/**
 * Does the stem name something: a capitalised word inside it that is not a function word, a
 * month or a weekday, or, where a capital only opens the stem or a quote, a word in `names` (the
 * words the article capitalises mid-sentence and the words of the names it types, so "Aurelia’s
 * revenue" names the airline)? A demonym counts ("Syrians", "the Australian dollar"); the
 * abbreviation of a common thing ("via SMS", "the CPI") does not. The
 * blank is no name: a player reads the stem without the key. Takes the stem and that set.
 */
export function namesSomething(stem: string, names: ReadonlySet<string>): boolean {
	const text = stem.replaceAll('_____', ' ');
	for (const m of text.matchAll(/[\p{L}\d][\p{L}\p{M}\d’'.&-]*/gu)) {
		const word = m[0].replace(/[’']s$/, '').replace(/\.$/, '');
		// "R190", "A$40", "4G": a sum or a code with digits in it names nothing
		if (!/^\p{Lu}/u.test(word) || /\d/.test(word) || word === 'I' || NOT_A_NAME.has(word) || CALENDAR.test(word) || COMMON_ABBREVIATION.test(word)) continue;
		// a people ("Syrians made up the largest group") places the stem as a name does
		if (hasTag(word.toLowerCase(), 'Demonym')) return true;
		const opensText = /(?:^|[“"‘(:])\s*$/u.test(text.slice(0, m.index));
		if (!opensText || names.has(word)) return true;
	}
	return false;
}

const HOME = new WeakMap<Article, string | null>();

/** Words that tell figures of a whole country: "nationally", "the national median", "across the country". */
const NATIONAL = /\b(?:nationally|nationwide|country-?wide|national (?:median|average|figure|figures|index|rate|total|level|data|HPI|market)|across the country|(?:in|for) the country as a whole)\b/i;

/**
 * The one place a story happens in: the only place of the article (a city, region or country it
 * types as a place) that its headline names on its own ("Dublin to introduce ...", "Indonesia’s
 * Mount Lewotobi erupts"; not "IIT Delhi"). Undefined when the headline names none or several: a
 * wrong scope makes a false stem (QUALITY.md R2), so neither the lead's places, which may be only
 * where the story starts, nor a nationality ("Russian money" in a London libel case) will do; and
 * the body must name it at least twice and more often than any other place. A name of several
 * words must be a gazetteer country or city: "Southern Water" may be typed as a place.
 */
export function storyPlace(source: AnchorSource): string | undefined {
	const cached = HOME.get(source.article);
	if (cached !== undefined) return cached ?? undefined;
	const { article } = source;
	const inTitle = [...source.places.values()].filter((p) => /^(?:city|town|region|country|state|province|county)$/.test(p.level) && !/^\p{Lu}{4,}$/u.test(p.text) && !source.organisations.has(p.text.toLowerCase()) && (isCountry(p.text) || isCity(p.text) || !p.text.includes(' ')) && standsAlone(article.title, p.text));
	const body = article.paragraphs.join('\n');
	const mentions = (place: string) => body.split(place).length - 1;
	// the headline may name where a thing goes ("to return treasures to Ethiopia") or where a
	// life once led ("rower who won gold in Mexico City"): the setting is the place the body names most
	const most = inTitle.length === 1 && mentions(inTitle[0].text) >= 2 && [...source.places.values()].every((p) => p.text === inTitle[0].text || mentions(p.text) < mentions(inTitle[0].text));
	// "House prices slip as Auckland values fall": a body that also tells national figures is set in
	// the whole country, and a city or region written into its nameless stems would be false (R6)
	const wider = most && !isCountry(inTitle[0].text) && NATIONAL.test(body);
	const home = most && !wider ? inTitle[0].text : undefined;
	HOME.set(article, home ?? null);
	return home;
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
const OWN_SCOPE = /^(?:In|Under|Across|Outside|Inside|Throughout|Within|Nationally|Globally|Worldwide|Who|Whom|Whose)\b/;

// "the end of", "the following day", "the highest": definites a stem can hold without the story
const SELF_DEFINITE = /^(?:end|start|beginning|middle|following|previous|same|world|past|future|rest|top|bottom|latest|majority|average|year|week|month|day|morning|afternoon|evening|night|time|age|early|late|mid)$/;

/**
 * Does a stem that names nothing lean on a thing of the story by "the": "residents inside the
 * zone", "before the release" (QUALITY.md R4)? A place written in as scope answers "where",
 * never "which zone". "The" before a superlative, an ordinal, a time word or "... of" is no such
 * lean, nor is a noun the headline names (`inHeadline`: "the shop" under "... shop fire in
 * Leeds"), which the play screen shows above every item.
 */
function storyDefinite(stem: string, inHeadline: (noun: string) => boolean): boolean {
	for (const m of stem.matchAll(/\b[Tt]he ([\p{Ll}-]+)((?: [\p{Ll}-]+){0,2})/gu)) {
		const [, word, rest] = m;
		if (SELF_DEFINITE.test(word) || /(?:est|\d)$/.test(word) || /^(?: [\p{Ll}-]+)?? of\b/u.test(rest) || / of$/.test(rest) || inHeadline(word)) continue;
		return true;
	}
	return false;
}

/**
 * A stem that names nothing, given its scope: "In Wales, about how many patient pathways ...?",
 * "In Kerala, land tax will go up by ___%". Takes the stem, the home place (`storyPlace`) and the
 * source sentence; returns the stem unchanged when it names something already, when the article
 * has no home place, when the source sentence names another place (the stem lost it), or when the
 * stem points elsewhere or opens on a scope of its own (then `namesSomething` lets R4 refuse it).
 */
export function scoped(stem: string, home: string | undefined, sentence: string, source: AnchorSource, names: ReadonlySet<string>, inHeadline: (noun: string) => boolean = () => false): string {
	if (!home || namesSomething(stem, names) || ELSEWHERE.test(stem) || OWN_SCOPE.test(stem) || storyDefinite(stem, inHeadline)) return stem;
	const elsewhere = extractFacts(sentence).some((f) => f.type === 'place' && (source.places.get(f.text.toLowerCase())?.text ?? f.text) !== home);
	if (elsewhere) return stem;
	const name = /^(?:United |Netherlands$|Philippines$|Czech Republic$|Gambia$|Bahamas$|US$|UK$|USA$)/.test(home) && isCountry(home) ? `the ${home}` : home;
	// a demonym written as a place ("Australian") is no name to put after "In"
	if (hasTag(home.toLowerCase(), 'Demonym')) return stem;
	// the stem names nothing, so its first word is no name: only an acronym keeps its capitals
	return `In ${name}, ${/^\p{Lu}{2,}\b/u.test(stem) ? stem : stem[0].toLowerCase() + stem.slice(1)}`;
}

/** The stem without the scope `scoped` wrote in for `home`, its first letter a capital again; any other stem unchanged. */
export function unscoped(stem: string, home: string | undefined): string {
	if (!home) return stem;
	const m = /^In (?:the )?([^,]+), (.)/su.exec(stem);
	return m && m[1] === home ? m[2].toUpperCase() + stem.slice(m[0].length) : stem;
}

/**
 * A written item with its stems given the home place as scope (`scoped`); the rest unchanged.
 * `inHeadline` says whether the headline names a noun ("the scheme" under "... tram plan").
 */
export function scopedIn<W extends { stem: string; falseStem?: string; type: string }>(source: AnchorSource, sentence: string, names: ReadonlySet<string>, written: W, inHeadline: (noun: string) => boolean = () => false): W {
	if (written.type === 'who-said') return written;
	const home = storyPlace(source);
	return {
		...written,
		stem: scoped(written.stem, home, sentence, source, names, inHeadline),
		...(written.falseStem === undefined ? {} : { falseStem: scoped(written.falseStem, home, sentence, source, names, inHeadline) })
	};
}
