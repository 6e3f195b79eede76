/**
 * `npm run bench` (generator part): prints generation time per corpus article and per 1,000
 * words, the seed article's warm time (budget: under 50 ms), and the time for one article
 * repeated up to 20,000 words with the ratio of ms per 1,000 words at 20,000 to that at 1,000
 * (1.0 is perfectly linear). Times are medians of warm runs on this machine, in ms: wall-clock,
 * and the process's CPU time (user + system), which other work on a shared machine inflates less.
 *
 * A repeated run finds the generator's caches of readings per text (compromise's tags, verb
 * readings) filled, which a user's new article never does; so each figure also comes "new": an
 * article's first generation in a process whose compiled code is warm from other articles. The
 * seed's new figure is the median of 5 child processes (`--new-text`), each warmed on the corpus.
 *
 * It runs with V8's regexp tier-up off, as the server's generation worker does
 * (`compileRegExpsOnFirstRun`), so that its figures are the server's; the children set it too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateQuiz } from '../src/lib/quiz/generate';
import { parseArticleText } from '../src/lib/quiz/parse-article';
import { compileRegExpsOnFirstRun } from '../src/lib/server/regexp-tier';
import type { Article } from '../src/lib/quiz/types';

compileRegExpsOnFirstRun();

const SEED_FILE = 'questions/articles/00-belarus-lukashenko-putin-sochi.txt';

function words(article: Article): number {
	return article.paragraphs.join(' ').split(/\s+/).length;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median wall and CPU ms of `runs` timed generations after `warm` untimed ones. Each run is given
 * a copy of the article, as each request parses its own: the generator's caches kept per article
 * object would otherwise skip its work from the second run on.
 */
function time(article: Article, runs: number, warm = 2): { wall: number; cpu: number } {
	for (let i = 0; i < warm; i++) generateQuiz({ ...article }, { seed: 1 });
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < runs; i++) {
		const { wall: w, cpu: c } = once({ ...article });
		wall.push(w);
		cpu.push(c);
	}
	return { wall: median(wall), cpu: median(cpu) };
}

/** Wall and CPU ms of one generation. */
function once(article: Article): { wall: number; cpu: number } {
	const c = process.cpuUsage();
	const t = performance.now();
	generateQuiz(article, { seed: 1 });
	const wall = performance.now() - t;
	const used = process.cpuUsage(c);
	return { wall, cpu: (used.user + used.system) / 1000 };
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const dir = resolve(process.env.ARTICLES_DIR ?? '../shared/articles');
const corpus = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.startsWith('00-')).sort() : [];
const seed = parseArticleText(readFileSync(SEED_FILE, 'utf8'));

if (process.argv.includes('--new-text')) {
	// a child: compiled code warm from the corpus, then the seed once, as a user's new article
	for (const file of corpus) generateQuiz(parseArticleText(readFileSync(join(dir, file), 'utf8')), { seed: 1 });
	out(JSON.stringify(once(seed)));
	process.exit(0);
}

const seedMs = time(seed, 21, 5);
out(`seed article (${words(seed)} words), repeated: ${seedMs.wall.toFixed(1)} ms warm, ${seedMs.cpu.toFixed(1)} ms CPU (budget 50 ms: ${seedMs.wall < 50 ? 'ok' : 'OVER'})`);
if (corpus.length > 0) {
	const runs = Array.from({ length: 5 }, () => {
		const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--new-text'], { encoding: 'utf8', env: process.env });
		if (child.status !== 0) throw new Error(`the new-text child failed: ${child.stderr}`);
		return JSON.parse(child.stdout.trim().split('\n').pop()!) as { wall: number; cpu: number };
	});
	const wall = median(runs.map((r) => r.wall));
	out(`seed article as a new text (median of 5 processes warmed on the corpus): ${wall.toFixed(1)} ms, ${median(runs.map((r) => r.cpu)).toFixed(1)} ms CPU (budget 50 ms: ${wall < 50 ? 'ok' : 'OVER'})`);
}

if (corpus.length > 0) {
	out('\narticle\twords\tnew ms\tnew CPU ms\tms\tCPU ms\tms per 1,000 words (new)');
	let totalMs = 0;
	let totalNew = 0;
	let totalWords = 0;
	for (const file of corpus) {
		const article = parseArticleText(readFileSync(join(dir, file), 'utf8'));
		const first = once(article);
		const { wall: ms, cpu } = time(article, 7);
		const n = words(article);
		totalMs += ms;
		totalNew += first.wall;
		totalWords += n;
		out(`${file}\t${n}\t${first.wall.toFixed(1)}\t${first.cpu.toFixed(1)}\t${ms.toFixed(1)}\t${cpu.toFixed(1)}\t${((first.wall / n) * 1000).toFixed(1)}`);
	}
	out(`corpus: ${totalWords} words; as new texts ${totalNew.toFixed(0)} ms, ${((totalNew / totalWords) * 1000).toFixed(1)} ms per 1,000 words; repeated ${totalMs.toFixed(0)} ms, ${((totalMs / totalWords) * 1000).toFixed(1)} ms per 1,000 words`);
} else {
	out(`\n(corpus folder ${dir} not found: per-article and new-text figures skipped; set ARTICLES_DIR)`);
}

out('\nwords\tms\tCPU ms\tms per 1,000 words  (seed article repeated)');
const rates: number[] = [];
for (const target of [1000, 2500, 5000, 10000, 20000]) {
	const paragraphs: string[] = [];
	let n = 0;
	while (n < target) {
		for (const p of seed.paragraphs) {
			if (n >= target) break;
			paragraphs.push(p);
			n += p.split(/\s+/).length;
		}
	}
	const article: Article = { title: seed.title, paragraphs };
	const { wall: ms, cpu } = time(article, target >= 10000 ? 3 : 5, 1);
	const rate = (cpu / words(article)) * 1000;
	rates.push(rate);
	out(`${words(article)}\t${ms.toFixed(1)}\t${cpu.toFixed(1)}\t${((ms / words(article)) * 1000).toFixed(2)}`);
}
out(`linearity: CPU ms per 1,000 words at 20,000 words / at 1,000 words = ${(rates[rates.length - 1] / rates[0]).toFixed(2)}`);
