/**
 * `npm run bench` (generator part, alone `npm run bench:generate`): prints generation time per
 * corpus article and per 1,000 words, the seed article's warm time (budget: under 50 ms), and the
 * time for one article repeated up to 20,000 words with the ratio of ms per 1,000 words at 20,000
 * to that at 1,000 (1.0 is perfectly linear). Times are medians of warm runs on this machine, in
 * ms: wall-clock, and the process's CPU time (user + system), which other work on a shared machine
 * inflates less.
 *
 * Generation is timed as the server runs it: on a worker thread started from the generation
 * worker's bundle, built by scripts/build-worker.js (the same entry and esbuild settings as
 * build/generation-worker.js) into a temporary folder, in a process started with V8's
 * `--no-regexp-tier-up` as `npm start` starts the server (`npm run bench` does); with `NEWSQUIZ_GENERATION_WORKER` set (as the server reads it, generation.ts), the bundle
 * it names instead, such as another commit's build, to compare the two. Run in this process
 * instead, under tsx, the figures were not the server's: tsx writes each regular expression
 * literal with a Unicode property escape as `new RegExp(...)`, built again on every call, which
 * the bundle does not (build-worker.js). A figure is the time from posting a
 * call to the worker to its answer, so it includes copying the article in and the quiz out, as a
 * request's generation does.
 *
 * A repeated run finds the generator's caches of readings per text (compromise's tags, verb
 * readings) filled, which a user's new article never does; so each figure also comes "new": an
 * article's first generation on a worker whose compiled code is warm from other articles. The
 * seed's new figure is the median of 5 fresh workers, each warmed on the corpus.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseArticleText } from '../src/lib/quiz/parse-article';
import type { GenerationCall } from '../src/lib/server/generation';
import type { Article } from '../src/lib/quiz/types';
import { timedCall, type Timing } from './timed-call';

const SEED_FILE = 'questions/articles/00-belarus-lukashenko-putin-sochi.txt';

function words(article: Article): number {
	return article.paragraphs.join(' ').split(/\s+/).length;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

// a bundle named as the server's is (a build of another commit, to compare two) is timed as it is; else this tree's
const given = process.env.NEWSQUIZ_GENERATION_WORKER;
const bundleDir = given ? undefined : mkdtempSync(join(tmpdir(), 'newsquiz-bench-generate-'));
const bundle = given ? resolve(given) : join(bundleDir!, 'generation-worker.js');
if (bundleDir) execFileSync(process.execPath, ['scripts/build-worker.js', bundle], { stdio: 'inherit' });

/** Wall and CPU ms of one generation of `article` on `worker`, from posting the call to its answer. */
function once(worker: Worker, article: Article): Promise<Timing> {
	const call: GenerationCall = { fn: 'quiz', args: [article, { seed: 1 }] };
	return timedCall(worker, call);
}

/**
 * Median wall and CPU ms of `runs` timed generations after `warm` untimed ones. Each call hands
 * the worker a copy of the article, as each request does: the generator's caches kept per article
 * object never carry from one run to the next.
 */
async function time(worker: Worker, article: Article, runs: number, warm = 2): Promise<Timing> {
	for (let i = 0; i < warm; i++) await once(worker, article);
	const timings: Timing[] = [];
	for (let i = 0; i < runs; i++) timings.push(await once(worker, article));
	return { wall: median(timings.map((t) => t.wall)), cpu: median(timings.map((t) => t.cpu)) };
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const dir = resolve(process.env.ARTICLES_DIR ?? '../shared/articles');
const corpus = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.startsWith('00-')).sort() : [];
const articles = corpus.map((file) => ({ file, article: parseArticleText(readFileSync(join(dir, file), 'utf8')) }));
const seed = parseArticleText(readFileSync(SEED_FILE, 'utf8'));

out(`generation on a worker thread started from ${bundle}${given ? '' : ', built from this tree by scripts/build-worker.js'}`);
const worker = new Worker(bundle);
const seedMs = await time(worker, seed, 21, 5);
out(`seed article (${words(seed)} words), repeated: ${seedMs.wall.toFixed(1)} ms warm, ${seedMs.cpu.toFixed(1)} ms CPU (budget 50 ms: ${seedMs.wall < 50 ? 'ok' : 'OVER'})`);
if (articles.length > 0) {
	const runs: Timing[] = [];
	for (let i = 0; i < 5; i++) {
		// a fresh worker's compiled code is warm from the corpus, then the seed comes once, as a user's new article
		const fresh = new Worker(bundle);
		for (const { article } of articles) await once(fresh, article);
		runs.push(await once(fresh, seed));
		await fresh.terminate();
	}
	const wall = median(runs.map((r) => r.wall));
	out(`seed article as a new text (median of 5 workers warmed on the corpus): ${wall.toFixed(1)} ms, ${median(runs.map((r) => r.cpu)).toFixed(1)} ms CPU (budget 50 ms: ${wall < 50 ? 'ok' : 'OVER'})`);

	out('\narticle\twords\tnew ms\tnew CPU ms\tms\tCPU ms\tms per 1,000 words (new)');
	let totalMs = 0;
	let totalNew = 0;
	let totalWords = 0;
	for (const { file, article } of articles) {
		const first = await once(worker, article);
		const { wall: ms, cpu } = await time(worker, article, 7);
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
	const { wall: ms, cpu } = await time(worker, article, target >= 10000 ? 3 : 5, 1);
	const rate = (cpu / words(article)) * 1000;
	rates.push(rate);
	out(`${words(article)}\t${ms.toFixed(1)}\t${cpu.toFixed(1)}\t${((ms / words(article)) * 1000).toFixed(2)}`);
}
out(`linearity: CPU ms per 1,000 words at 20,000 words / at 1,000 words = ${(rates[rates.length - 1] / rates[0]).toFixed(2)}`);
await worker.terminate();
if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
