/**
 * `npm run bench:stop` (after `npm run build`): how long the quiz after a Stop takes. Stopping a
 * running generation terminates the generation worker (src/lib/server/generation.ts), and the
 * next user's quiz runs on the worker that takes its place.
 *
 * Starts the built server (`scripts/serve.js`) on a free loopback port with a fresh database,
 * makes two quizzes to warm its worker, waits `IDLE_MS` (a server between users) and times a
 * third; then, each round, waits `IDLE_MS`, sends a 19,000-word article, stops it after
 * `RUNNING_MS` (the connection closed, as Stop or a closed tab does) and at once times the next
 * quiz. Every quiz is of the seed article (456 words) with its paragraphs in another order, a new
 * article object for the generator's caches. Prints each time, their median, the server's RSS
 * (idle before any quiz, after the first two, and after the rounds), and the load average.
 * `npm run bench:stop -- 8` runs 8 rounds (default 5).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServer, stopServer } from '../tests/e2e/server';

const IDLE_MS = 10_000;
const RUNNING_MS = 3_000;
const rounds = Number(process.argv[2] ?? 5);

const [title, ...paragraphs] = readFileSync('questions/articles/00-belarus-lukashenko-putin-sochi.txt', 'utf8').trim().split(/\n\s*\n/);

/** The seed article's paragraphs from the `shift`th on, round and round, up to about `words` words (at least one pass). */
function body(shift: number, words: number): string {
	const out: string[] = [];
	for (let i = 0, count = 0; i < paragraphs.length || count < words; i++) {
		out.push(paragraphs[(shift + i) % paragraphs.length]);
		count += out[out.length - 1].split(/\s+/).length;
	}
	return out.join('\n\n');
}

/** Posts `/new?/generate` as the make page's script does. */
function generate(url: string, text: string, signal?: AbortSignal): Promise<Response> {
	const form = new FormData();
	form.set('title', title);
	form.set('body', text);
	for (const name of ['byline', 'published', 'url']) form.set(name, '');
	return fetch(`${url}/new?/generate`, { method: 'POST', body: form, signal, headers: { origin: url, 'x-sveltekit-action': 'true', accept: 'application/json' } });
}

/** Milliseconds to make the quiz of `text`; throws unless the server wrote one. */
async function timed(url: string, text: string): Promise<number> {
	const started = performance.now();
	const response = await generate(url, text);
	const result = (await response.json()) as { type: string; data?: string };
	if (result.type !== 'success' || !/items? written/.test(result.data ?? '')) throw new Error(`no quiz: ${response.status} ${JSON.stringify(result).slice(0, 200)}`);
	return performance.now() - started;
}

/** The server's resident set size, in MB (Linux's /proc). */
function rss(pid: number): number {
	return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const out = (line: string) => process.stdout.write(`${line}\n`);

const dir = mkdtempSync(join(tmpdir(), 'newsquiz-bench-stop-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const server = await startServer(port, join(dir, 'newsquiz.db'), {}, 'ignore');
try {
	out(`${cpus().length} cores, load average ${load()} (1, 5, 15 min)`);
	await sleep(2_000);
	out(`server RSS idle, before any quiz: ${rss(server.pid!).toFixed(0)} MB`);
	const first = await timed(url, body(1, 0));
	await timed(url, body(2, 0));
	await sleep(IDLE_MS);
	out(`server RSS after two quizzes and ${IDLE_MS / 1000} s idle: ${rss(server.pid!).toFixed(0)} MB`);
	const warm = await timed(url, body(3, 0));
	out(`first quiz of the server: ${first.toFixed(0)} ms; a quiz on the warm worker: ${warm.toFixed(0)} ms`);
	const after: number[] = [];
	for (let round = 1; round <= rounds; round++) {
		if (round > 1) await sleep(IDLE_MS);
		const leaving = new AbortController();
		const long = generate(url, body(round, 19_000), leaving.signal).catch((error: Error) => error.name);
		await sleep(RUNNING_MS);
		leaving.abort();
		if ((await long) !== 'AbortError') throw new Error('the long article finished before it was stopped: raise its length');
		after.push(await timed(url, body(round + 3, 0)));
		out(`round ${round}: the quiz right after a stop took ${after[after.length - 1].toFixed(0)} ms`);
	}
	out(`median of ${rounds}: ${median(after).toFixed(0)} ms after a stop, against ${warm.toFixed(0)} ms warm`);
	await sleep(IDLE_MS);
	out(`server RSS after the rounds and ${IDLE_MS / 1000} s idle: ${rss(server.pid!).toFixed(0)} MB`);
	out(`load average after: ${load()}`);
} finally {
	await stopServer(server);
	rmSync(dir, { recursive: true, force: true });
}
