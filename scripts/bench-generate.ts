/**
 * `npm run bench` (generator part): prints generation time per corpus article and per 1,000
 * words, the seed article's warm time (budget: under 50 ms), and the time for one article
 * repeated up to 20,000 words with the ratio of ms per 1,000 words at 20,000 to that at 1,000
 * (1.0 is perfectly linear). Times are medians of warm runs on this machine, in ms: wall-clock,
 * and the process's CPU time (user + system), which other work on a shared machine inflates less.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateQuiz } from '../src/lib/quiz/generate';
import { parseArticleText } from '../src/lib/quiz/parse-article';
import type { Article } from '../src/lib/quiz/types';

const SEED_FILE = 'questions/articles/00-belarus-lukashenko-putin-sochi.txt';

function words(article: Article): number {
	return article.paragraphs.join(' ').split(/\s+/).length;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall and CPU ms of `runs` timed generations after `warm` untimed ones. */
function time(article: Article, runs: number, warm = 2): { wall: number; cpu: number } {
	for (let i = 0; i < warm; i++) generateQuiz(article, { seed: 1 });
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < runs; i++) {
		const c = process.cpuUsage();
		const t = performance.now();
		generateQuiz(article, { seed: 1 });
		wall.push(performance.now() - t);
		const used = process.cpuUsage(c);
		cpu.push((used.user + used.system) / 1000);
	}
	return { wall: median(wall), cpu: median(cpu) };
}

const out = (line: string) => process.stdout.write(`${line}\n`);

const seed = parseArticleText(readFileSync(SEED_FILE, 'utf8'));
const seedMs = time(seed, 21, 5);
out(
	`seed article (${words(seed)} words): ${seedMs.wall.toFixed(1)} ms warm, ${seedMs.cpu.toFixed(1)} ms CPU (budget 50 ms: ${seedMs.wall < 50 ? 'ok' : 'OVER'})`
);

const dir = resolve(process.env.ARTICLES_DIR ?? '../shared/articles');
if (existsSync(dir)) {
	out('\narticle\twords\tms\tCPU ms\tms per 1,000 words');
	let totalMs = 0;
	let totalWords = 0;
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
		const article = parseArticleText(readFileSync(join(dir, file), 'utf8'));
		const { wall: ms, cpu } = time(article, 7);
		const n = words(article);
		totalMs += ms;
		totalWords += n;
		out(`${file}\t${n}\t${ms.toFixed(1)}\t${cpu.toFixed(1)}\t${((ms / n) * 1000).toFixed(1)}`);
	}
	out(`corpus: ${totalWords} words in ${totalMs.toFixed(0)} ms, ${((totalMs / totalWords) * 1000).toFixed(1)} ms per 1,000 words`);
} else {
	out(`\n(corpus folder ${dir} not found: per-article figures skipped; set ARTICLES_DIR)`);
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
