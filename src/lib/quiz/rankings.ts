import type { Article, Sentence } from './types';
import { quotedAt } from './quoted-at';

/**
 * A rankings story's "the table", "this year's table", "the rankings" (QUALITY.md R4): a stem
 * copied from deep in the story says "19 of them fell in the table" or "Figures for this year's
 * table came from ...", and a student who sees the stem alone cannot tell which table. The lead
 * names it ("in the Meridian Education (MEG) Global College Rankings published on
 * Tuesday"); where the headline and first paragraph name exactly one ranking, the stem gets that
 * name, and so does a "Which ... climbed to 17th?" that names no ranking at all. Where they name
 * none or several, the stem is left as it is.
 */

// a ranking's name: capitalised words (with "of", "and" and a bracketed acronym inside) ending in the noun a ranking is called by
const RANKING_NAME = /(?:\p{Lu}[\p{L}\p{M}’'.&-]*)(?: (?:\p{Lu}[\p{L}\p{M}’'.&-]*|of|and|\(\p{Lu}{2,}\)))* (?:Rankings|Ranking|League Table)(?![\p{L}\p{M}])/gu;
// "the table", "this year's table", "the rankings": the ranking by a common noun, with no name or "of" phrase after it that says which; group 1 "the", 2 the year's, 3 the noun
const BARE_RANKING = /(?<![\p{L}\p{M}’'-])(?:([Tt]he)|([Tt]his|[Ll]ast) year[’']s) (table|rankings|ranking|league table)(?![\p{L}\p{M}’'-])(?! of\b| for\b)(?!,? \p{Lu})/gu;
// a year the article gives the ranking: "The 2031 table", "2031 global rankings"; group 1 the year
const RANKING_YEAR = /(?<!\d)((?:19|20)\d\d) (?:[\p{L}-]+ ){0,3}?(?:table|rankings?)(?![\p{L}])/giu;
// "Which university climbed to 17th?": a which-question whose rank closes it with no ranking; group 1 the stem before its "?"
const BARE_RANK_QUESTION = /^(Which [^?]*?\b(?:to|in|at|ranked|placed) (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?: place)?)\?$/u;

const LEAD_RANKINGS = new WeakMap<Article, string | null>();

/**
 * The one ranking the headline and first paragraph name, without "The" and without a bracketed
 * acronym ("Meridian Education Global College Rankings" of "... in the Meridian Education
 * (MEG) Global College Rankings published on Tuesday"); undefined when they name
 * none, or two different ones.
 */
export function leadRankingName(article: Article): string | undefined {
	const cached = LEAD_RANKINGS.get(article);
	if (cached !== undefined) return cached ?? undefined;
	const names = new Set<string>();
	for (const text of [article.title, article.paragraphs[0] ?? '']) {
		for (const m of text.matchAll(RANKING_NAME)) {
			const name = m[0].replace(/^(?:The|A|An|In|At|On|By|For|With|Its|Their) /, '').replace(/ \(\p{Lu}{2,}\)/gu, '');
			// "World Rankings" alone is a headline's shorthand for the name the lead writes whole
			if (name.split(' ').length > 2) names.add(name);
		}
	}
	const one = names.size === 1 ? [...names][0] : undefined;
	LEAD_RANKINGS.set(article, one ?? null);
	return one;
}

/**
 * The one year the article gives the ranking up to and in `sentence` ("2031" of "The 2031 table
 * assesses ..." or "... in 2031 global rankings"); undefined where it gives none, or two.
 */
function rankingYear(article: Article, sentences: readonly Sentence[], sentence: Sentence): string | undefined {
	const years = new Set<string>();
	for (const text of [article.title, ...sentences.slice(0, sentence.index + 1).map((s) => s.text)]) for (const m of text.matchAll(RANKING_YEAR)) years.add(m[1]);
	return years.size === 1 ? [...years][0] : undefined;
}

/**
 * A stem with its bare "the table" or "the rankings" written as the one ranking the lead names
 * (`leadRankingName`): "19 of them fell in the table" → "... fell in the Meridian Education
 * Global College Rankings"; "this year's table" is written with the year the article gives the
 * ranking ("the 2031 Meridian Education ..."), kept as "this year's" where it gives none or
 * two; and "Which university climbed to 17th?" gets "in the <ranking>". Left as it is inside a
 * direct quote (the speaker's words, R6), where the lead names no ranking or several, and where the
 * stem names the ranking already.
 */
export function nameRankings(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const name = leadRankingName(article);
	if (!name || stem.includes(name)) return stem;
	const named = stem.replace(BARE_RANKING, (whole, the: string | undefined, year: string | undefined, noun: string, at: number) => {
		if (quotedAt(stem, at)) return whole;
		if (the) return `${the} ${name}`;
		const given = rankingYear(article, sentences, sentence);
		return given ? `${/^T/.test(year!) ? 'The' : 'the'} ${given} ${name}` : `${whole.slice(0, whole.length - noun.length)}${name}`;
	});
	if (named !== stem) return named;
	const rank = BARE_RANK_QUESTION.exec(stem);
	return rank ? `${rank[1]} in the ${name}?` : stem;
}

/** A written item with its stems passed through `nameRankings`. */
export function nameRankingsIn<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const fix = (stem: string) => nameRankings(article, sentences, sentence, stem);
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}
