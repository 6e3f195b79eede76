import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { quizSchema } from '../../src/lib/quiz/schema';

const dir = resolve(process.env.ARTICLES_DIR ?? '../shared/articles');

/**
 * Corpus articles of 300+ words where the generator does not yet find 8 acceptable items of 3
 * types (QUALITY.md "Per article"): listed so the shortfall is visible, and asserted as still
 * failing so the list is updated the day one of them passes.
 */
const KNOWN_SHORT = new Set([
	'02-bbc-obama-gun-laws-interview.txt',
	'04-guardian-irish-election-explainer.txt',
	// seven items since its eighth, a true/false swap of "Russia annexed Crimea ... part of Russia", went
	'05-ap-ukraine-war-crimes-trial.txt',
	'07-bbc-assange-sweden-drops-case.txt',
	'08-space-europa-water-vapor-plumes.txt',
	// six items since the who/where stems without a name and "the department" anaphors went
	'19-nyt-nyc-manhole-fires-winter.txt',
	// seven items since its eighth, a "Though ..." clause cut before its main clause, went
	'10-smithsonian-plague-cases-china.txt',
	'11-bbc-time-warner-profits.txt',
	'24-bi-10-things-in-tech.txt',
	'25-guardian-fossil-fuel-eight-ideas.txt'
]);

describe.skipIf(!existsSync(dir))('the generator on the corpus articles', () => {
	const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
	for (const file of files) {
		const article = parseArticleText(readFileSync(join(dir, file), 'utf8'));
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
