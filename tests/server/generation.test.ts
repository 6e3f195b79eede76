import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { GENERATION_WORKER_ENV, generateQuizOffThread } from '../../src/lib/server/generation';
import { bundledQuizzes } from '../../src/lib/server/quizzes';
import type { Article } from '../../src/lib/quiz/types';

const seedText = readFileSync('questions/articles/00-belarus-lukashenko-putin-sochi.txt', 'utf8');
const seed = parseArticleText(seedText);
const dir = mkdtempSync(join(tmpdir(), 'newsquiz-worker-'));
const workerFile = join(dir, 'generation-worker.js');

/**
 * The bundled worker with a tap in front: it tells the channel `TAP` "<thread id> start <title>"
 * when a call arrives and "<thread id> done <title>" when its answer leaves, and crashes (an
 * uncaught exception, before any answer leaves) on an article titled `CRASH`, as a bug in the
 * worker would. The tap is a module of its own, imported first, so that its listener is in
 * place, and first, before the worker's takes the first call.
 */
const tappedWorkerFile = join(dir, 'tapped-worker.mjs');
const tappedWorker = "import './tap.mjs';\nimport './generation-worker.js';\n";
const TAP = 'newsquiz-generation-tap';
const CRASH = 'Crash the worker';
const tap = `
import { parentPort, threadId } from 'node:worker_threads';
const tap = new BroadcastChannel(${JSON.stringify(TAP)});
let title;
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (message) => {
	// thrown from the worker's own sending, so no answer leaves before the crash
	if (title === ${JSON.stringify(CRASH)}) throw new Error('a bug in the worker');
	tap.postMessage(threadId + ' done ' + title);
	post(message);
};
parentPort.on('message', (call) => {
	title = call.args[0].title;
	tap.postMessage(threadId + ' start ' + title);
});
`;

/** The seed article under another headline, its paragraphs written out again and again up to about `words` words. */
function article(title: string, words = 0): Article {
	const paragraphs = seedText.split(/\n\s*\n/).slice(1);
	const body: string[] = [...paragraphs];
	for (let i = 0, count = 0; count < words; i++) {
		body.push(paragraphs[i % paragraphs.length]);
		count += paragraphs[i % paragraphs.length].split(/\s+/).length;
	}
	return parseArticleText([title, ...body].join('\n\n'));
}

const options = { seed: 7, id: 'draft' };

/** How many times this thread's event loop turned while `work` was pending (a timer of 1 ms re-armed). */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
	let turns = 0;
	const timer = setInterval(() => turns++, 1);
	try {
		const result = await work();
		return { result, turns };
	} finally {
		clearInterval(timer);
	}
}

beforeAll(() => {
	execFileSync(process.execPath, ['scripts/build-worker.js', workerFile], { stdio: 'inherit' });
	writeFileSync(join(dir, 'tap.mjs'), tap);
	writeFileSync(tappedWorkerFile, tappedWorker);
}, 120_000);
afterEach(() => {
	delete process.env[GENERATION_WORKER_ENV];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled worker', () => {
	// esbuild's `node20` target rewrites a literal with a Unicode property escape as
	// `new RegExp("...", "u")`, built again on every run of the expression (scripts/build-worker.js)
	it('keeps regular expression literals with property escapes literal, built once per place in the code', () => {
		expect(readFileSync(workerFile, 'utf8')).not.toMatch(/new RegExp\("(?:[^"\\]|\\.)*\\\\p\{/);
	});

	// V8's flags belong to the process: set by the worker at run time (v8.setFlagsFromString), "--no-regexp-tier-up"
	// crashed the server with SIGSEGV in a main-thread String.replace once a saved quiz's play page was opened (this
	// session's e2e new-quiz run; Node's docs warn that flags changed after start-up may crash). `npm start` gives it
	// on node's command line, where it holds from the first pattern on
	it('leaves V8’s flags alone at run time, and `npm start` turns regexp tier-up off at start-up', () => {
		expect(readFileSync(workerFile, 'utf8')).not.toContain('setFlagsFromString');
		const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
		expect(scripts.start).toMatch(/\bnode --no-regexp-tier-up scripts\/serve\.js$/);
	});
});

describe('generation off the event loop', () => {
	it('writes the same quiz on the bundled worker thread while this thread goes on turning', async () => {
		process.env[GENERATION_WORKER_ENV] = workerFile;
		const { result, turns } = await turnsDuring(() => generateQuizOffThread(seed, { seed: 7, id: 'draft' }));
		expect(result).toEqual(generateQuiz(seed, { seed: 7, id: 'draft' }));
		expect(turns).toBeGreaterThan(0);
	}, 60_000);

	it('without a worker (the dev server, unit tests) writes it on this thread, which stands still meanwhile', async () => {
		const { result, turns } = await turnsDuring(() => generateQuizOffThread(seed, { seed: 7, id: 'draft' }));
		expect(result.items.length).toBeGreaterThan(0);
		expect(turns).toBe(0);
	});

	it('without a worker, drops a call whose caller has already left', async () => {
		await expect(generateQuizOffThread(seed, options, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
	});
});

describe('stopping generations on the worker thread', () => {
	const events: string[] = [];
	/** The events of each worker thread, by its id. */
	const byThread = new Map<number, string[]>();
	let channel: BroadcastChannel;
	beforeAll(() => {
		channel = new BroadcastChannel(TAP);
		channel.onmessage = (message) => {
			const [, thread, event] = /^(\d+) (.*)$/s.exec((message as MessageEvent<string>).data)!;
			events.push(event);
			byThread.set(Number(thread), [...(byThread.get(Number(thread)) ?? []), event]);
		};
	});
	beforeEach(() => {
		process.env[GENERATION_WORKER_ENV] = tappedWorkerFile;
	});
	afterAll(() => channel.close());

	it('stops a running call whose caller left, and the next caller’s call runs on a new worker', async () => {
		const left = new AbortController();
		// about 19,000 words: many seconds of work, far more than the abort below takes to arrive
		const long = generateQuizOffThread(article('A long article stopped', 19_000), options, left.signal);
		await expect.poll(() => events, { timeout: 30_000 }).toContain('start A long article stopped');
		const next = generateQuizOffThread(article('The next caller'), options);
		left.abort();
		await expect(long).rejects.toMatchObject({ name: 'AbortError' });
		expect(await next).toEqual(generateQuiz(article('The next caller'), options));
		await expect.poll(() => events).toContain('done The next caller');
		// the long call never finished: its thread was ended under it
		expect(events).not.toContain('done A long article stopped');
	}, 120_000);

	it('drops a waiting call whose caller left without running it, and runs the others in order', async () => {
		const left = new AbortController();
		const settled: string[] = [];
		const first = generateQuizOffThread(article('First in line', 3_000), options).then(() => settled.push('first'));
		const dropped = generateQuizOffThread(article('Second, whose caller left'), options, left.signal).catch((error: Error) => settled.push(`second: ${error.name}`));
		const third = generateQuizOffThread(article('Third in line'), options).then(() => settled.push('third'));
		left.abort();
		await Promise.all([first, dropped, third]);
		expect(settled).toEqual(['second: AbortError', 'first', 'third']);
		await expect.poll(() => events).toContain('done Third in line');
		expect(events.filter((e) => / in line$|caller left$/.test(e))).toEqual(['start First in line', 'done First in line', 'start Third in line', 'done Third in line']);
		await expect(generateQuizOffThread(article('Gone before it asked'), options, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
		expect(events.join('\n')).not.toMatch(/caller left|Gone before/);
	}, 120_000);

	it('fails only the call the worker crashed on, with an error that says so, and goes on with the next', async () => {
		const crashed = generateQuizOffThread(article(CRASH), options);
		const next = generateQuizOffThread(article('After the crash'), options);
		await expect(crashed).rejects.toThrow(/the generation worker crashed: a bug in the worker/);
		expect((await next).items.length).toBeGreaterThan(0);
	}, 120_000);

	it('keeps a spare warmed before it is needed: the call after a stop runs on it, and another spare warms once nothing runs', async () => {
		const warmUp = bundledQuizzes()[0].article.title;
		/** The threads that have done nothing but warm up. */
		const spares = () => [...byThread].filter(([, said]) => said.join('\n') === `start ${warmUp}\ndone ${warmUp}`).map(([thread]) => thread);
		await generateQuizOffThread(article('Before the stop'), options);
		await expect.poll(spares, { timeout: 60_000 }).toHaveLength(1);
		const [spare] = spares();
		const left = new AbortController();
		const long = generateQuizOffThread(article('A long article stopped again', 19_000), options, left.signal);
		await expect.poll(() => events, { timeout: 30_000 }).toContain('start A long article stopped again');
		left.abort();
		await expect(long).rejects.toMatchObject({ name: 'AbortError' });
		expect(await generateQuizOffThread(article('After the stop'), options)).toEqual(generateQuiz(article('After the stop'), options));
		await expect.poll(() => byThread.get(spare)).toEqual([`start ${warmUp}`, `done ${warmUp}`, 'start After the stop', 'done After the stop']);
		await expect.poll(spares, { timeout: 60_000 }).toHaveLength(1);
		expect(spares()).not.toContain(spare);
	}, 180_000);
});
