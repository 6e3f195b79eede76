import { hasTag, isCity, isCountry, tagsOf } from './lexicon';
import { quotedAt } from './quoted-at';
import type { Article } from './types';

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
// "the deal", "the merger" with nothing after it that says which; group 1 "the", 2 the noun
const BARE_DEAL = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) (${DEAL_NOUNS})(?![\p{L}\p{M}’'-])(?! (?:of|between|with|to|for|by|on) )(?!,? \p{Lu})`, 'gu');
// "Under the terms,", "under the terms of": the terms of a deal the stem does not name; group 1 "Under" or "under"
const BARE_TERMS = /(?<![\p{L}\p{M}’'-])([Uu]nder) the terms(?= *,)/u;
// words of a headline that carry its verb or a figure, never a modifier of the deal ("sign", "agree", "billion")
const NOT_MODIFIER = /^(?:sign|signs|signed|agree|agrees|agreed|strike|strikes|reach|reaches|seal|seals|announce|announces|approve|approves|back|backs|clinch|clinches|unveil|unveils|complete|completes|finalise|finalises|finalize|finalizes|in|on|to|for|with|of|a|an|the|and|new|million|billion|trillion|bn|m)$/i;

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

/** The story's deal (`nameDeal`): its two parties and the phrase "the <A>–<B> <modifiers> <noun>"; undefined unless the headline names one deal of exactly two parties and the article tells of no other. Cached per article. */
function storyDeal(article: Article): { parties: [string, string]; phrase: string } | undefined {
	let deal = DEALS.get(article);
	if (deal === undefined) {
		deal = null;
		const m = HEADLINE_DEAL.exec(article.title);
		const parties = m ? partiesOf(article.title.slice(0, m.index)) : [];
		if (m && parties.length === 2 && !OTHER_DEAL.test([article.title, ...article.paragraphs].join('\n'))) {
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
	if (!deal || deal.parties.every((p) => stem.includes(p))) return stem;
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

/** A written item with its stems passed through `nameDeal`. */
export function nameDealIn<W extends { stem: string; falseStem?: string }>(article: Article, written: W): W {
	return { ...written, stem: nameDeal(article, written.stem), ...(written.falseStem === undefined ? {} : { falseStem: nameDeal(article, written.falseStem) }) };
}
