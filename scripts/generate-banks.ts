/**
 * `npm run generate:banks`: regenerates every bank `questions/<id>.json` from
 * `questions/articles/NN-<id>.txt` with seed 1, so banks never drift from the generator
 * (tests/quiz/banks.test.ts checks that they are equal).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bankIdOf, generateQuiz } from '../src/lib/quiz/generate';
import { parseArticleText } from '../src/lib/quiz/parse-article';

for (const name of readdirSync('questions/articles').filter((f) => f.endsWith('.txt')).sort()) {
	const id = bankIdOf(name);
	const quiz = generateQuiz(parseArticleText(readFileSync(`questions/articles/${name}`, 'utf8')), { seed: 1, id });
	writeFileSync(`questions/${id}.json`, `${JSON.stringify(quiz, null, '\t')}\n`);
	process.stdout.write(`questions/${id}.json: ${quiz.items.length} items\n`);
}
