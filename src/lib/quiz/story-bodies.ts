import { apostropheOf, possessive } from './anchors';
import { countryOf, countryOfDemonym, demonymsOf, isCountry } from './lexicon';
import { quotedAt } from './quoted-at';
import { storyPlace, type PlaceSource } from './scope';
import { countrySoFar, type PlacesSource } from './places-so-far';
import type { Article, Sentence } from './types';
import { escapeRe } from './words';

/**
 * The state bodies of a one-country story, written in (QUALITY.md R4). Cut from the body, "The
 * ministry said 43 aftershocks had been recorded", "The government estimates national maize
 * production will fall ..." and "The Ministry of Health said ..." name nothing: every country has
 * a government and a health ministry, and the blind readers refused such stems though the
 * headline and the lead leave no doubt whose. Where the story happens in one country
 * (scope.ts `storyPlace`, else the one country the headline, the dateline and the sentences so
 * far name: places-so-far.ts `countrySoFar`) and the article tells of no other country's
 * government, "the government" is that country's ("Kenya's government estimates ..."); where the article names
 * exactly one ministry, "the ministry" is that one, written as the article names it and owned by
 * the story's country ("Morocco's interior ministry said ..."). Two ministries ("the Agriculture
 * Ministry" and "the Water Ministry") or another country's government leave the stem as it is,
 * for the R4 check to refuse.
 */

// a word that says which ministry, as "Ministry of" writes it after or a name before it: "Land", "Infrastructure"
const PORTFOLIO_WORD = String.raw`\p{Lu}[\p{L}\p{M}-]*`;
// "Ministry of Land, Infrastructure and Transport", "Ministry of the Interior"; group 1 its portfolio
// "Ministry of Family, Labour and Social Policy": the last portfolio may take two words ("Poland's Ministry of Family, Labour and Social" was a holdout91 reader's R1)
const MINISTRY_OF = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])Ministry of ((?:the )?${PORTFOLIO_WORD}(?:(?:,| &) ${PORTFOLIO_WORD})*(?: and ${PORTFOLIO_WORD}(?: ${PORTFOLIO_WORD})?)?)`, 'gu');
// "the Agriculture Ministry", "the country's interior ministry", "Interior ministry spokesman"; group 1 its portfolio
const PORTFOLIO_MINISTRY = /(?<![\p{L}\p{M}’'-])(interior|health|finance|education|defen[cs]e|foreign|agriculture|transport|energy|justice|environment|labou?r|trade|tourism|economy|water|industry|culture|climate|communications|information|commerce|planning|infrastructure|construction|housing|mines|mining|petroleum|oil|fisheries|forestry|sports?|youth|welfare|immigration|security|digital|science|technology|emergencies|emergency|treasury) ministry(?![\p{L}\p{M}’'-])/giu;
// a ministry the article tells of but does not say which: "ministries", "a ministry", "another ministry"
const UNNAMED_MINISTRY = /(?<![\p{L}\p{M}’'-])(?:ministries|(?:a|another|one|each|every) ministry)(?![\p{L}\p{M}’'-])/iu;
// "the ministry", "The ministry's": a bare one, not "the ministry of ..." nor "the ministry, Interior"; group 1 "T" or "t", 2 a possessive
const BARE_MINISTRY = /(?<![\p{L}\p{M}’'-])([Tt])he ministry([’']s)?(?![\p{L}\p{M}’'-])(?! of\b)(?!,? \p{Lu})/gu;
// "the government", "The Federal Government": group 1 "T" or "t", 2 a modifier, 3 "government" as written
const BARE_GOVERNMENT = /(?<![\p{L}\p{M}’'-])([Tt])he ((?:Federal|National|Central|federal|national|central) )?([Gg]overnment)(?![\p{L}\p{M}-])(?! of\b)(?!,? \p{Lu})/gu;

const LOWER_GOVERNMENT = /\b(?:state|provincial|regional|local|city|county|municipal|district|territorial) governments?\b/iu;

/** The one ministry of an article: its name as the article first writes it ("Ministry of Climate and Environment", "interior ministry"). */
interface Ministry {
	name: string;
	/** Whether the name says no more than a portfolio every country has ("Ministry of Health", "interior ministry"). */
	generic: boolean;
}

const MINISTRIES = new WeakMap<Article, Ministry | null>();

/**
 * The one ministry the article names (`MINISTRY_OF`, `PORTFOLIO_MINISTRY`), read once per
 * article: undefined where it names none, two with different portfolios, or tells of a ministry
 * it does not name (`UNNAMED_MINISTRY`).
 */
function oneMinistry(article: Article): Ministry | undefined {
	let found = MINISTRIES.get(article);
	if (found === undefined) {
		found = null;
		const text = [article.title, ...article.paragraphs].join('\n');
		const named = [...[...text.matchAll(MINISTRY_OF)].map((m) => ({ at: m.index, name: m[0], portfolio: m[1].replace(/^the /, '').toLowerCase() })), ...[...text.matchAll(PORTFOLIO_MINISTRY)].map((m) => ({ at: m.index, name: m[0], portfolio: m[1].toLowerCase() }))].sort((a, b) => a.at - b.at);
		// "Ministry of Interior" and "the interior ministry" are one ministry by its two names
		const portfolios = new Set(named.map((n) => n.portfolio.replace(/^the /, '')));
		if (portfolios.size === 1 && !UNNAMED_MINISTRY.test(text)) {
			// "Interior ministry spokesman" opening a sentence: the portfolio's capital is the sentence's
			const name = named[0].name.replace(/^\p{Lu}(?=\p{Ll}+ ministry$)/u, (c) => c.toLowerCase());
			found = { name, generic: GENERIC_PORTFOLIO.test([...portfolios][0]) };
		}
		MINISTRIES.set(article, found);
	}
	return found ?? undefined;
}

// the portfolios every country's cabinet has a ministry for: "the Ministry of Health" says no more than "the ministry"
const GENERIC_PORTFOLIO = /^(?:interior|health|finance|education|defen[cs]e|foreign affairs|foreign|agriculture|transport|energy|justice|environment|labou?r|trade|tourism|economy|water|industry|culture)$/;

/**
 * The country a one-country story happens in: `storyPlace` where that is a country, else the one
 * country the headline names ("Morocco earthquake: ...", "South Korea's Hanbit Air cancels ..."), by
 * its name or its demonym ("Greek coastguard ..."). Undefined where the headline names none or two.
 */
function storyCountry(source: PlaceSource): string | undefined {
	let country = STORY_COUNTRY.get(source.article);
	if (country === undefined) STORY_COUNTRY.set(source.article, (country = readStoryCountry(source) ?? null));
	return country ?? undefined;
}
// `storyCountry` once per article, as `storyPlace` is: every stem of the article asks it
const STORY_COUNTRY = new WeakMap<Article, string | null>();

/** `storyCountry`, read afresh. */
function readStoryCountry(source: PlaceSource): string | undefined {
	const place = storyPlace(source);
	if (place) return isCountry(place) ? place : undefined;
	const named = new Set([...source.article.title.matchAll(/\p{Lu}[\p{L}\p{M}.-]*(?: \p{Lu}[\p{L}\p{M}.-]*)*/gu)].flatMap((m) => {
		const words = m[0].replace(/[’']s$/, '').split(' ');
		// "South Korea" of "South Korea's Hanbit Air": the longest run of the words that is a country
		for (let n = words.length; n >= 1; n--) for (let i = 0; i + n <= words.length; i++) if (isCountry(words.slice(i, i + n).join(' ').replace(/[’']s$/, ''))) return [words.slice(i, i + n).join(' ').replace(/[’']s$/, '')];
		// "Greek coastguard rescues 214 off Crete as Libya crossings climb": a demonym names its country as well, and with
		// Libya beside it the headline names two, whose "the government" either may be (the holdout183 reader's R6)
		return words.flatMap((w) => countryOfDemonym(w) ?? []);
	}));
	return named.size === 1 ? [...named][0] : undefined;
}

// "Uganda's government", "the Tanzanian government", "the government of Uganda"; group 1 or 2 whose
const OWNED_GOVERNMENT = /(?=\p{Lu})(?<![\p{L}\p{M}’'-])(\p{Lu}[\p{L}\p{M}.-]*(?: \p{Lu}[\p{L}\p{M}.-]*)?)(?:[’']s)? (?:[\p{L}-]+ ){0,2}[Gg]overnments?\b|\b[Gg]overnments? of (?:the )?(\p{Lu}[\p{L}\p{M}.-]*(?: \p{Lu}[\p{L}\p{M}.-]*)?)/gu;
// "Japan's health ministry", "the ministry of Uganda"; group 1 or 2 whose
const OWNED_MINISTRY = /(?=\p{Lu})(?<![\p{L}\p{M}’'-])(\p{Lu}[\p{L}\p{M}.-]*(?: \p{Lu}[\p{L}\p{M}.-]*)?)(?:[’']s)? (?:[\p{L}-]+ ){0,2}[Mm]inistry\b|\b[Mm]inistry of (?:the )?(\p{Lu}[\p{L}\p{M}.-]*(?: \p{Lu}[\p{L}\p{M}.-]*)?)/gu;

/**
 * Does the article tell of another country's `body` ("Uganda's government", "the Tanzanian
 * government", "the government of Uganda", "Japan's health ministry") than `country`'s, or of a
 * government below a country's ("the state government", "16 local government areas"), which
 * "the government" may mean as well?
 */
function otherBody(article: Article, country: string, body: 'government' | 'ministry'): boolean {
	const text = [article.title, ...article.paragraphs].join('\n');
	if (body === 'government' && LOWER_GOVERNMENT.test(text)) return true;
	for (const m of text.matchAll(body === 'government' ? OWNED_GOVERNMENT : OWNED_MINISTRY)) {
		const whose = (m[1] ?? m[2]).replace(/^(?:The|the) /, '');
		const other = isCountry(whose) ? whose : countryOfDemonym(whose);
		if (other && other !== country) return true;
	}
	return false;
}

/** What `nameStoryBodies` asks of an article for every stem about a country: whether it tells of another's government or ministry. */
interface StoryBodies {
	country: string;
	otherGovernment: boolean;
	otherMinistry?: boolean;
}

/** What the story's bodies are read from: the places and organisations `storyPlace` reads, and the sentences and facts `countrySoFar` reads. */
export type BodiesSource = PlaceSource & PlacesSource;

const BODIES = new WeakMap<Article, Map<string, StoryBodies>>();

/**
 * The `StoryBodies` of the stem's country: the story's country (`storyCountry`), else the one
 * country the headline, the dateline and the sentences up to the stem's name (places-so-far.ts
 * `countrySoFar`: "NAIROBI (Reuters) -" makes a story Kenya's where no other country is named).
 * Read once per article and country: the answers depend on them alone, and each stem asked again.
 */
function storyBodies(source: BodiesSource, sentence: Sentence): StoryBodies | undefined {
	const so = countrySoFar(source, sentence)?.name;
	const country = storyCountry(source) ?? (so && (countryOf(so) ?? so));
	if (!country) return undefined;
	let byCountry = BODIES.get(source.article);
	if (!byCountry) BODIES.set(source.article, (byCountry = new Map()));
	let found = byCountry.get(country);
	if (!found) {
		found = { country, otherGovernment: otherBody(source.article, country, 'government') };
		byCountry.set(country, found);
	}
	return found;
}

/**
 * A stem with the story's government and its one ministry written in: "The government estimates
 * ..." → "Kenya's government estimates ...", "The ministry said ..." → "Morocco's interior
 * ministry said ...", "The Federal Government on Monday flagged off ..." → "Nigeria's Federal
 * Government on Monday flagged off ...", "The Ministry of Health said ..." → "Vietnam's Ministry
 * of Health said ...". Unchanged where the story has no one country, the article tells of
 * another country's government or of two ministries, the stem names another country, or the
 * phrase stands in a quote (R6). Takes the generation context, the source sentence (which
 * `countrySoFar` reads up to) and the stem.
 */
export function nameStoryBodies(source: BodiesSource, sentence: Sentence, stem: string): string {
	// a stem that tells of no government or ministry has nothing to write in, and most tell of none
	if (!/government|ministry/i.test(stem)) return stem;
	const bodies = storyBodies(source, sentence);
	if (!bodies) return stem;
	const { country } = bodies;
	// "Uganda said the government ...": a stem that names another country may mean its government
	const others = [...stem.matchAll(/\p{Lu}[\p{L}\p{M}.-]*(?: \p{Lu}[\p{L}\p{M}.-]*)?/gu)].some((m) => isCountry(m[0]) && m[0] !== country);
	if (others) return stem;
	const apostrophe = apostropheOf(source.article);
	const owner = (t: string) => {
		const own = possessive(country, apostrophe);
		return t === 'T' ? own[0].toUpperCase() + own.slice(1) : own;
	};
	let out = bodies.otherGovernment ? stem : stem.replace(BARE_GOVERNMENT, (whole, t: string, modifier: string | undefined, government: string, at: number) => {
		if (quotedAt(stem, at)) return whole;
		// "the Norwegian government's decision" reads better than "Norway's government's decision"
		const demonym = demonymsOf(country)[0];
		return demonym ? `${t}he ${demonym} ${modifier ?? ''}${government}` : `${owner(t)} ${modifier ?? ''}${government}`;
	});
	const ministry = oneMinistry(source.article);
	if (!ministry) return out;
	bodies.otherMinistry ??= otherBody(source.article, country, 'ministry');
	if (bodies.otherMinistry) return out;
	const written = ministry.name;
	out = out.replace(BARE_MINISTRY, (whole, t: string, possessiveMark: string | undefined, at: number) => {
		if (quotedAt(out, at) || out.includes(written)) return whole;
		return `${owner(t)} ${written}${possessiveMark ?? ''}`;
	});
	// "The Ministry of Health said ...": a ministry every country has, whose country the stem leaves out
	if (ministry.generic) out = out.replace(new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt])he ${escapeRe(written)}(?![\p{L}\p{M}’'-])`, 'gu'), (whole, t: string, at: number) => (quotedAt(out, at) ? whole : `${owner(t)} ${written}`));
	return out;
}

/** A written item with its stems passed through `nameStoryBodies`. */
export function nameStoryBodiesIn<W extends { stem: string; falseStem?: string }>(source: BodiesSource, sentence: Sentence, written: W): W {
	const fix = (stem: string) => nameStoryBodies(source, sentence, stem);
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}
