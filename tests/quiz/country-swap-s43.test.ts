import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// A false statement that puts a country the article never names in place of the key ("waters
// claimed by Spain" in a story of Turkey and Greece) is false by what every reader knows of the
// story, not by the article (QUALITY.md R8: none absurd; the holdout137 reader failed two such
// statements). The seed article's "has landed in Russia" was shown false as "has landed in China"
// or "in Kazakhstan" under some seeds.
describe('a country swapped into a false statement is one the article names', () => {
	const text = readFileSync('questions/articles/00-belarus-lukashenko-putin-sochi.txt', 'utf8');
	const named = new Set(['Belarus', 'Russia', 'Ukraine', 'Lithuania', 'Poland']);

	it('shows no false statement with a country from outside the article, under thirty seeds', () => {
		const falsePlaces: string[] = [];
		for (let seed = 1; seed <= 30; seed++) {
			for (const item of generateWithReport(parseArticleText(text), { seed }).quiz.items) {
				if (item.type === 'true-false' && item.factType === 'place' && item.options[item.key] === 'False') falsePlaces.push(item.stem);
			}
		}
		expect(falsePlaces.filter((stem) => /\b(?:China|Kazakhstan|Pakistan|Spain|Sri Lanka)\b/.test(stem))).toEqual([]);
		for (const stem of falsePlaces) expect([...named].some((country) => stem.includes(country))).toBe(true);
	});

	// the lead's "has landed in Russia for talks with Vladimir Putin" is R7 beside Belarus and Putin (two-countries-s43)
	it('still asks where Lukashenko went, with the other countries as options', () => {
		const visiting = generateWithReport(parseArticleText(text), { seed: 1 }).quiz.items.find((i) => i.stem.includes('is visiting _____'));
		expect(visiting?.type).toBe('cloze');
		expect(visiting?.options[visiting.key]).toBe('Russia');
	});
});
