/**
 * `npm run generate -- <article.txt> [--seed N] [--out FILE] [--id ID]`: writes the quiz made
 * from an article file as JSON (stdout without --out). The file is read as an upload to `/new`
 * is (`readArticleFile`: text, Markdown or a web page, a byline and dateline near the top taken
 * out of the text) and checked and given to the generator as `/new` gives it
 * (`checkArticle`, `articleForQuiz`), so the two write the same quiz. Bad input (a missing,
 * empty, too short or binary file) exits with status 1 and a one-line reason on stderr.
 *
 * `/new`'s 20,000-word limit (`MAX_ARTICLE_WORDS`) is not applied: it keeps a shared server's
 * queue short, while here the time spent is the user's own (generation grows linearly, and
 * `npm run bench` times an article repeated to 20,000 words, just over it as the page counts), so
 * a longer file is quizzed up to the generator's own bound (`MAX_WORDS` of parse-article.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { InputError } from '../src/lib/quiz/errors';
import { generateQuiz } from '../src/lib/quiz/generate';
import { articleForQuiz, checkArticle, readArticleFile } from '../src/lib/server/article-input';

function fail(message: string): never {
	process.stderr.write(`generate: ${message}\n`);
	process.exit(1);
}

const args = process.argv.slice(2);
let file: string | undefined;
let seed = 1;
let out: string | undefined;
let id: string | undefined;
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	if (a === '--seed') {
		seed = Number(args[++i]);
		if (!Number.isInteger(seed)) fail('--seed needs an integer, e.g. --seed 1');
	} else if (a === '--out') out = args[++i] ?? fail('--out needs a file name');
	else if (a === '--id') id = args[++i] ?? fail('--id needs a quiz id');
	else if (a.startsWith('--')) fail(`unknown option ${a}; usage: npm run generate -- <article.txt> [--seed N] [--out FILE]`);
	else file = a;
}
if (!file) fail('no article given; usage: npm run generate -- <article.txt> [--seed N] [--out FILE]');

let bytes: Buffer;
try {
	bytes = readFileSync(file);
} catch {
	fail(`cannot read ${file}: check the path and that it is a file`);
}
try {
	const draft = readArticleFile(bytes);
	checkArticle(draft, { limitWords: false });
	const quiz = generateQuiz(articleForQuiz(draft), { seed, ...(id ? { id } : {}) });
	if (quiz.items.length === 0) fail(`${file}: no question could be written from this article that passes the quality checks`);
	const json = `${JSON.stringify(quiz, null, '\t')}\n`;
	if (out) writeFileSync(out, json);
	else process.stdout.write(json);
} catch (e) {
	if (e instanceof InputError) fail(`${file}: ${e.message}`);
	throw e;
}
