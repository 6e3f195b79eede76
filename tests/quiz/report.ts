import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport, type GenerationReport } from '../../src/lib/quiz/generate';
import { nameThings } from '../../src/lib/quiz/named-things';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { storyOrganisation } from '../../src/lib/quiz/story-organisation';
import type { Article, Item, Sentence } from '../../src/lib/quiz/types';
import { datedEvents, WHICH_FIRST_STEM, type WhichFirst } from '../../src/lib/quiz/which-first';

/** Generates from a headline and paragraphs of news sentences with seed 1, every candidate kept in view (up to 15 items). */
export function reportOf(title: string, paragraphs: string[]): GenerationReport {
	return generateWithReport(parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`), { seed: 1, maxItems: 15 });
}

/** Every stem a report wrote, kept or rejected, with the check that refused it ('' when kept). */
export function written(report: GenerationReport): { stem: string; check: string }[] {
	return [...report.quiz.items.map((i) => ({ stem: i.stem, check: '' })), ...report.rejections.map((r) => ({ stem: r.stem, check: r.check }))];
}

/** The stems of every candidate that passed every check, from a headline and paragraphs (`reportOf`). */
export function kept(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, paragraphs))
		.filter((w) => w.check === '')
		.map((w) => w.stem);
}

/** Three plain council sentences that carry a fact of their own, to pad an invented article past 50 words. */
export const filler = [
	'Officials in Leeds reviewed the budget for the coming year in a long meeting.',
	'Local residents attended the session and asked questions about the new library.',
	'The council said 340 people had signed a petition to keep the old reading room open in Leeds.'
];

/** The check that refused each written stem matching `pattern` ('' when kept), from a headline and paragraphs with `filler` after them. */
export function checksOf(title: string, paragraphs: string[], pattern: RegExp): string[] {
	return stemsMatching(title, [...paragraphs, ...filler], pattern).map((w) => w.check);
}

/**
 * Every item the generator makes from the paragraphs (with `filler` after them) over `seeds` seeds, with up to
 * 15 per quiz; the article is published on `published` (YYYY-MM-DD) when given, so dates resolve against it.
 */
export function itemsOf(title: string, paragraphs: string[], seeds = 10, published?: string): Item[] {
	const article = { ...parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`), ...(published ? { published } : {}) };
	const items: Item[] = [];
	for (let seed = 1; seed <= seeds; seed++) items.push(...generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
	return items;
}

/** The wrong options and false statements of the items in `all` whose source sentence includes `words`. */
export function wrongOf(all: Item[], words: string): string[] {
	return all.filter((i) => i.source.text.includes(words)).flatMap((i) => (i.type === 'true-false' ? (i.key === 1 ? [i.stem] : []) : i.options.filter((_, k) => k !== i.key)));
}

/**
 * The article made of a headline and paragraphs (with `filler` after them unless `pad` is false),
 * its sentences, and the sentence that opens on `from`, for tests of one stem rewrite. Throws when
 * no sentence opens on `from`.
 */
export function sentenceOf(title: string, paragraphs: string[], from: string, pad = true): { article: Article; sentences: Sentence[]; sentence: Sentence } {
	const article = parseArticleText(`${title}\n\n${(pad ? [...paragraphs, ...filler] : paragraphs).join('\n\n')}`);
	const sentences = splitSentences(article);
	const sentence = sentences.find((s) => s.text.startsWith(from));
	if (!sentence) throw new Error(`no sentence opens "${from}"`);
	return { article, sentences, sentence };
}

/** The story organisation `storyOrganisation` reads from a headline and paragraphs, as "name [kinds]", or '' for none. */
export function story(title: string, paragraphs: string[]): string {
	const article = parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`);
	const sentences = splitSentences(article);
	const facts = sentences.map((s) => extractFacts(s.text));
	const places = new Map(facts.flat().filter((f) => f.type === 'place').map((f) => [f.text.toLowerCase(), { text: f.text }]));
	const found = storyOrganisation({ article, sentences, facts, places });
	return found ? `${found.name} [${[...found.kinds].sort().join(', ')}]` : '';
}

/** Every stem written from the sentence that includes `words`, with the check that refused it ('OK' when kept). */
export function stemsFrom(title: string, paragraphs: string[], words: string): string[] {
	const report = reportOf(title, paragraphs);
	const at = splitSentences(parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`)).find((s) => s.text.includes(words))?.index;
	return [...report.quiz.items.filter((i) => i.source.text.includes(words)).map((i) => `OK: ${i.stem}`), ...report.rejections.filter((r) => r.sentence === at).map((r) => `${r.check}: ${r.stem}`)];
}

/** The stems a report wrote that match `pattern`, with the check that refused each ('' when kept). */
export function stemsMatching(title: string, paragraphs: string[], pattern: RegExp): { stem: string; check: string }[] {
	return written(reportOf(title, paragraphs)).filter((w) => pattern.test(w.stem));
}

/** The texts of the person facts `extractFacts` reads in one sentence, in order. */
export function personTexts(sentence: string): string[] {
	return extractFacts(sentence)
		.filter((f) => f.type === 'person')
		.map((f) => f.text);
}

/** `stem` as `nameThings` (named-things.ts) writes it for the sentence of the article that `from` opens (`filler` after the paragraphs). */
export function thingsNamed(title: string, paragraphs: string[], from: string, stem: string): string {
	const { article, sentences, sentence } = sentenceOf(title, paragraphs, from);
	return nameThings(article, sentences, sentence, stem);
}

/**
 * A which-first item (which-first.ts) of `options` whose key is the option at `key` (0 unless
 * given), for tests of `whichFirstFailure` on the options' words alone: option i's event is dated
 * one day long, 100 days after option i - 1's, so no two overlap and no two are five years apart;
 * its sentence and spans are empty, as that check reads none of them.
 */
export function whichFirstOf(options: string[], key = 0): WhichFirst {
	const sentence: Sentence = { index: 0, paragraph: 0, start: 0, end: 0, text: '' };
	return {
		stem: WHICH_FIRST_STEM,
		options,
		key,
		sentence,
		keySpan: { start: 0, end: 0 },
		events: options.map((text, i) => ({
			sentence,
			text,
			date: { text: '', span: { start: 0, end: 0 }, from: i * 100, to: i * 100 + 1, precision: 'day', relative: false, yearless: false }
		}))
	};
}

/** The texts of the which-first events (`datedEvents`) of paragraphs under a bare headline, published 1 May 2026, every sentence eligible and no pronoun resolved. */
export function eventTextsOf(paragraphs: string[]): string[] {
	const sentences = splitSentences({ title: 'T', paragraphs });
	return datedEvents({ sentences, facts: sentences.map((s) => extractFacts(s.text)), published: '2026-05-01', eligible: () => true, resolve: () => undefined }).map((e) => e.text);
}
