/**
 * Measures sharing on the server: how long a score card takes to render (the first, cold render
 * loads fonts and satori's layout engine; then the median and 95th percentile of warm renders),
 * the card's PNG size, what serving a card costs once the card cache holds it (and how many
 * renders 20 simultaneous requests for one new card cause), and how long validating, scoring and storing one result post takes in a
 * real SQLite file. Figures are printed, not judged.
 *
 * Usage: `npx tsx scripts/bench-share.ts [renders=20] [posts=500]`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/lib/server/db';
import { renderScoreCard } from '../src/lib/server/card';
import { createCardCache } from '../src/lib/server/card-cache';
import { recordResult } from '../src/lib/server/results';
import { parseQuiz } from '../src/lib/quiz/schema';
import type { ItemOutcome } from '../src/lib/share/share-text';

const renders = Number(process.argv[2] ?? 20);
const posts = Number(process.argv[3] ?? 500);

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const quiz = parseQuiz(JSON.parse(readFileSync('questions/belarus-lukashenko-putin-sochi.json', 'utf8')));
const outcomes = quiz.items.map((_, i): ItemOutcome => (['right', 'right', 'wrong', 'timeout'] as const)[i % 4]);
const card = { title: quiz.title, name: 'Anna', right: 7, total: quiz.items.length, points: 8450, outcomes };

let start = performance.now();
const png = await renderScoreCard(card);
const cold = performance.now() - start;
const times: number[] = [];
for (let i = 0; i < renders; i++) {
	start = performance.now();
	await renderScoreCard(card);
	times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`score card (${quiz.items.length} squares): cold ${cold.toFixed(0)} ms; warm median ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms over ${renders}; PNG ${(png.byteLength / 1000).toFixed(1)} KB`);

const cache = createCardCache();
let cardRenders = 0;
const countedRender = () => {
	cardRenders++;
	return renderScoreCard(card);
};
start = performance.now();
await Promise.all(Array.from({ length: 20 }, () => cache.card('bench', countedRender)));
const burst = performance.now() - start;
const hits = 10_000;
start = performance.now();
for (let i = 0; i < hits; i++) await cache.card('bench', countedRender);
const perHit = ((performance.now() - start) / hits) * 1000;
console.log(`cached score card: 20 simultaneous requests for a new card ${burst.toFixed(0)} ms with ${cardRenders} render; then ${perHit.toFixed(1)} µs per request over ${hits} from memory`);

const dir = mkdtempSync(join(tmpdir(), 'newsquiz-bench-'));
const db = openDatabase(join(dir, 'newsquiz.db'));
const json = {
	quizId: quiz.id,
	mode: 'timed',
	seed: 1,
	answers: quiz.items.map((item) => ({
		response: item.answerMode === 'typed' || item.answerMode === 'estimate' ? { kind: 'text', text: item.options[item.key] } : { kind: 'choice', option: item.key },
		elapsedMs: 3000
	}))
};
start = performance.now();
for (let i = 0; i < posts; i++) recordResult({ db, json, lookupQuiz: () => quiz });
const perPost = (performance.now() - start) / posts;
console.log(`result post (validate, score, store; ${quiz.items.length} answers): ${perPost.toFixed(2)} ms each over ${posts}`);
db.close();
rmSync(dir, { recursive: true, force: true });
