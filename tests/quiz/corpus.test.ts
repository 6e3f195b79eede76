import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { quizSchema } from '../../src/lib/quiz/schema';
import type { Article } from '../../src/lib/quiz/types';
import { extractArticle } from '../../src/lib/server/extract';

const dir = resolve(process.env.ARTICLES_DIR ?? '../shared/articles');

/**
 * Corpus articles (text or HTML pages) of 300+ words where the generator does not yet find 8 acceptable items of 3
 * types (QUALITY.md "Per article"): listed so the shortfall is visible, and asserted as still
 * failing so the list is updated the day one of them passes.
 */
const KNOWN_SHORT = new Set([
	'00-belarus-lukashenko-putin-sochi.txt',
	'04-guardian-irish-election-explainer.txt',
	'07-bbc-assange-sweden-drops-case.txt',
	'08-space-europa-water-vapor-plumes.txt',
	'10-smithsonian-plague-cases-china.txt',
	'11-bbc-time-warner-profits.txt',
	'24-bi-10-things-in-tech.txt',
	'25-guardian-fossil-fuel-eight-ideas.txt',
	'31-nbcdfw-fort-worth-kidnap-rescue.html'
]);

/** Publication dates from the corpus manifest ({ file, date }), where a whole day is given. */
function manifestDates(): Map<string, string> {
	const path = join(dir, 'manifest.json');
	const dates = new Map<string, string>();
	if (!existsSync(path)) return dates;
	for (const entry of JSON.parse(readFileSync(path, 'utf8')) as { file: string; date: string | null }[]) {
		if (entry.date && /^\d{4}-\d{2}-\d{2}$/.test(entry.date)) dates.set(entry.file, entry.date);
	}
	return dates;
}

/** A corpus file as an article: `.txt` parsed as text, `.html` through the HTML extraction. */
function readArticle(file: string, published: string | undefined): Article {
	const raw = readFileSync(join(dir, file), 'utf8');
	const article = file.endsWith('.html') ? extractArticle(raw) : parseArticleText(raw);
	return published ? { ...article, published } : article;
}

describe.skipIf(!existsSync(dir))('the generator on the corpus articles', () => {
	const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort() : [];
	const dates = manifestDates();
	for (const file of files) {
		const article = readArticle(file, dates.get(file));
		const words = article.paragraphs.join(' ').split(/\s+/).length;
		const quiz = generateQuiz(article, { seed: 1 });

		it(`${file}: every item validates and passed every automatic check`, () => {
			if (quiz.items.length > 0) expect(() => quizSchema.parse(quiz)).not.toThrow();
			for (const item of quiz.items) expect(item.checks).toEqual([...CHECKS]);
		});

		if (words < 300) continue;
		const enough = () => {
			expect(quiz.items.length).toBeGreaterThanOrEqual(8);
			expect(new Set(quiz.items.map((i) => i.type)).size).toBeGreaterThanOrEqual(3);
		};
		if (KNOWN_SHORT.has(file)) it.fails(`${file}: (known short) at least 8 items of at least 3 types`, enough);
		else it(`${file}: at least 8 items of at least 3 types`, enough);
	}
});

if (!existsSync(dir)) {
	describe('the generator on the corpus articles', () => {
		it.skip(`skipped: no corpus folder at ${dir} (set ARTICLES_DIR)`, () => {});
	});
}
