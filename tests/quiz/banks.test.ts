import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankIdOf, generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { quizSchema } from '../../src/lib/quiz/schema';
import type { Quiz } from '../../src/lib/quiz/types';

const articleFiles = readdirSync('questions/articles').filter((f) => f.endsWith('.txt'));
const banks = readdirSync('questions').filter((f) => f.endsWith('.json'));

describe('the quiz banks in questions/', () => {
	it('has one bank per article file', () => {
		expect(banks.sort()).toEqual(articleFiles.map((f) => `${bankIdOf(f)}.json`).sort());
	});

	for (const file of articleFiles) {
		const id = bankIdOf(file);
		const text = readFileSync(`questions/articles/${file}`, 'utf8');
		const bank = JSON.parse(readFileSync(`questions/${id}.json`, 'utf8')) as Quiz;

		it(`${id}: validates against the quiz schema`, () => {
			expect(() => quizSchema.parse(bank)).not.toThrow();
		});

		it(`${id}: each item's source sentence is in the article and its key sits at its key span`, () => {
			for (const item of bank.items) {
				expect(text).toContain(item.source.text);
				const keyText = item.source.text.slice(item.source.keySpan.start, item.source.keySpan.end);
				if (item.type !== 'true-false') expect(keyText).toBe(item.options[item.key]);
				else expect(keyText.length).toBeGreaterThan(0);
			}
		});

		it(`${id}: equals what the generator makes now (run npm run generate:banks if not)`, () => {
			const now = generateQuiz(parseArticleText(text), { seed: bank.seed, id });
			expect(JSON.stringify(now)).toBe(JSON.stringify(bank));
		});
	}
});
