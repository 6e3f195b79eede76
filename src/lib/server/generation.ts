import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { generateAlternative, generateQuiz, spareItems } from '$lib/quiz/generate';
import type { Article, Item, Quiz } from '$lib/quiz/types';
import { ArticleInputError } from './errors';
import { bundledQuizzes } from './quizzes';

/**
 * The environment variable that names the bundled generation worker (build/generation-worker.js,
 * which scripts/serve.js sets after `npm run build`). Unset, a built server (`node build`) finds
 * that file beside its own, and the Vite dev server and the unit tests run the generator on the
 * calling thread.
 */
export const GENERATION_WORKER_ENV = 'NEWSQUIZ_GENERATION_WORKER';

/**
 * How long one generation may run in the worker before it is stopped, in ms (the time it waited
 * for the calls ahead of it is not counted). A 20,000-word
 * article (the paste limit, article-input.ts) takes under 10 s on an idle 2-core machine
 * (`npm run bench`), but a fresh user's 14,000 words took 55 s on one busy with other work, and
 * a 60 s cap refused it; a call still running after this is a fault of ours, and the worker is
 * replaced rather than left to hold every later call.
 */
export const GENERATION_TIMEOUT_MS = 180_000;

/** One call of the generator, as the worker takes it: a whole quiz, one alternative item for the editor, or which items have one. */
export type GenerationCall =
	| { fn: 'quiz'; args: Parameters<typeof generateQuiz> }
	| { fn: 'alternative'; args: Parameters<typeof generateAlternative> }
	| { fn: 'spares'; args: Parameters<typeof spareItems> };

/** A call waiting for the worker or running on it, with the promise its caller holds. */
interface Job {
	call: GenerationCall;
	resolve: (result: unknown) => void;
	reject: (error: unknown) => void;
	signal?: AbortSignal;
	onAbort: () => void;
	timer?: NodeJS.Timeout;
}

/*
 * One worker thread runs one job at a time, and the jobs wait here, on this thread, rather than
 * in the worker's message port: a job whose caller has gone can only be taken out of a queue we
 * hold. A running job cannot be interrupted (the generator is synchronous), so stopping one
 * means terminating its worker and running the next job on another.
 *
 * Why one worker rather than a pool or a worker per job: generation is CPU-bound and the server
 * this runs on has 2 cores; a second generation thread would take the core the event loop and
 * the classroom need, and a worker per job would load and compile the 1.5 MB generator for
 * every article and run it cold (a fresh worker's first quiz of the seed article took 8 s where
 * a warm one's took 0.8 s, on a busy 2-core machine). So only a stop pays that start, and not
 * even a stop when a spare is ready: a second thread, started and warmed on a shipped article
 * while no job runs or waits, and idle from then on (about 140 MB of RSS, `npm run bench:stop`),
 * takes the place of a stopped worker. Under a queue that never empties no spare is made, as its
 * warm-up would take a core from the jobs, and a stop starts a cold worker as before.
 */
/** A worker thread, the file it was started from, and whether its warm-up's answer is still to come (before any job's). */
interface Thread {
	worker: Worker;
	path: string;
	warming: boolean;
}

/** The thread that runs the jobs. */
let active: Thread | undefined;
/** A warm thread that no job has used, for the next job when `active` has been stopped. */
let spare: Thread | undefined;
/** The file `GENERATION_WORKER_ENV` named (or the build holds) at the last call: the next worker's. */
let workerPath: string | undefined;
let running: Job | undefined;
const waiting: Job[] = [];

/** Forgets the job's timer and abort listener once it has left the queue or the worker (it settles nothing). */
function release(job: Job): void {
	clearTimeout(job.timer);
	job.signal?.removeEventListener('abort', job.onAbort);
}

/** Starts a worker thread from `path`, which answers each call posted to it, in order, with `{ result }` or `{ error }`. */
function startThread(path: string): Thread {
	const thread: Thread = { worker: new Worker(path), path, warming: false };
	thread.worker.on('message', ({ result, error }: { result?: unknown; error?: string }) => {
		if (thread.warming) {
			thread.warming = false;
			return;
		}
		const job = running;
		if (active !== thread || !job) return;
		running = undefined;
		release(job);
		if (error === undefined) job.resolve(result);
		else job.reject(new Error(`the generation worker failed: ${error}`));
		runNext();
	});
	// 'error' (an exception the worker did not catch) comes before its 'exit': the first tells the caller why
	thread.worker.on('error', (error) => lost(thread, new Error(`the generation worker crashed: ${error.message}`, { cause: error })));
	thread.worker.on('exit', (code) => lost(thread, new Error(`the generation worker stopped (exit code ${code})`)));
	// an idle worker must not keep the server's process alive after it closes
	thread.worker.unref();
	return thread;
}

/** The thread `gone` died by itself: its job, if any, fails with `error`, and the jobs waiting go on another. */
function lost(gone: Thread, error: Error): void {
	if (spare === gone) {
		// no caller hears of a spare's death: the log does, and the next idle moment starts another
		spare = undefined;
		console.error(error);
		return;
	}
	if (active !== gone) return;
	active = undefined;
	const job = running;
	running = undefined;
	if (job) {
		release(job);
		job.reject(error);
	}
	runNext();
}

/** Ends the running job by terminating its worker (the only way to stop a synchronous generator); the jobs waiting go on the spare, or on a cold worker when there is none. */
function stopRunning(): void {
	const stopped = active;
	running = undefined;
	active = undefined;
	void stopped?.worker.terminate();
	runNext();
}

/** The spare, taken out of reserve, if there is one started from `path`. */
function takeSpare(path: string): Thread | undefined {
	const taken = spare;
	spare = undefined;
	if (taken?.path === path) return taken;
	void taken?.worker.terminate();
	return undefined;
}

/**
 * Starts a spare, unless one from `path` is there already, and warms it: its first quiz, of the
 * article a shipped quiz bank was written from, loads and compiles the generator's code and data
 * (a real job on it then takes 0.3 s where a cold worker's took 6 to 9 s on a busy 2-core machine).
 */
function keepSpare(path: string): void {
	if (spare?.path === path) return;
	// one from another file (the tests switch it) is of no use
	void spare?.worker.terminate();
	spare = startThread(path);
	spare.warming = true;
	const call: GenerationCall = { fn: 'quiz', args: [bundledQuizzes()[0].article, { seed: 1 }] };
	spare.worker.postMessage(call);
}

/** Posts the first waiting job to the worker, starting one if none runs, unless a job is running already; with none waiting, keeps a spare. */
function runNext(): void {
	if (running || !workerPath) return;
	const job = waiting.shift();
	if (!job) return keepSpare(workerPath);
	running = job;
	if (active && active.path !== workerPath) {
		// the variable names another file than the idle worker's (the tests switch it): start that one
		void active.worker.terminate();
		active = undefined;
	}
	active ??= takeSpare(workerPath) ?? startThread(workerPath);
	// counted from the start of the run, not of the wait: a job is not to blame for those ahead of it
	job.timer = setTimeout(() => {
		release(job);
		job.reject(new ArticleInputError('too-long', `Writing questions from this article took over ${GENERATION_TIMEOUT_MS / 1000} seconds, so newsquiz stopped. Try again with a shorter article, or only part of it.`));
		// the thread is stuck on this call: every call waiting behind it would wait as long
		stopRunning();
	}, GENERATION_TIMEOUT_MS);
	try {
		active.worker.postMessage(job.call);
	} catch (error) {
		// a call the worker cannot be sent (not structured-clonable) is this caller's failure alone
		running = undefined;
		release(job);
		job.reject(error);
		runNext();
	}
}

/** build/generation-worker.js, found from this module's file in build/server/, or undefined outside a build. */
function builtWorker(): string | undefined {
	for (let dir = dirname(fileURLToPath(import.meta.url)), up = 0; up < 5; dir = dirname(dir), up++) {
		const file = join(dir, 'generation-worker.js');
		if (existsSync(file)) return file;
	}
	return undefined;
}

async function onThisThread<T>(call: GenerationCall, signal?: AbortSignal): Promise<T> {
	// Vite writes `false` for DEV in a build, so the generator (1.5 MB of source) stays out of the
	// server bundle, which only ever uses the worker's copy: adapter-node's rollup pass spent 15 of
	// the build's 18 minutes tree-shaking it (rollup issue #5729).
	if (!import.meta.env.DEV) throw new Error('build/generation-worker.js is missing: rebuild with `npm run build`');
	const generator = await import('$lib/quiz/generate');
	// on this thread a generation cannot be interrupted: only one not yet begun can be dropped
	signal?.throwIfAborted();
	if (call.fn === 'quiz') return generator.generateQuiz(...call.args) as T;
	if (call.fn === 'alternative') return generator.generateAlternative(...call.args) as T;
	return generator.spareItems(...call.args) as T;
}

function run<T>(call: GenerationCall, signal?: AbortSignal): Promise<T> {
	const path = process.env[GENERATION_WORKER_ENV] || (import.meta.env.DEV ? undefined : builtWorker());
	if (!path) return onThisThread<T>(call, signal);
	workerPath = path;
	return new Promise<T>((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const job: Job = {
			call,
			resolve: resolve as (result: unknown) => void,
			reject,
			signal,
			onAbort: () => {
				release(job);
				reject(signal?.reason);
				if (running === job) stopRunning();
				else waiting.splice(waiting.indexOf(job), 1);
			}
		};
		signal?.addEventListener('abort', job.onAbort, { once: true });
		waiting.push(job);
		runNext();
	});
}

/**
 * `generateQuiz` (quiz/generate.ts) on the generation worker when the server runs one
 * (`GENERATION_WORKER_ENV`), else on this thread. Calls take the worker one at a time, in order.
 * Resolves to the quiz; rejects with `signal.reason` once `signal` aborts (a call still waiting
 * is dropped, a running one stopped, and the calls of others go on), with
 * `ArticleInputError('too-long')` after `GENERATION_TIMEOUT_MS` of running, or with an Error
 * when the worker fails or dies. On this thread only a call not yet begun can be stopped.
 */
export function generateQuizOffThread(article: Article, options: Parameters<typeof generateQuiz>[1], signal?: AbortSignal): Promise<Quiz> {
	return run<Quiz>({ fn: 'quiz', args: [article, options] }, signal);
}

/** `generateAlternative` (quiz/generate.ts) as `generateQuizOffThread` runs it: the new item, or undefined when there is none. */
export function generateAlternativeOffThread(article: Article, quiz: Quiz, itemId: string, seed: number, retired: readonly Item[], signal?: AbortSignal): Promise<Item | undefined> {
	return run<Item | undefined>({ fn: 'alternative', args: [article, quiz, itemId, seed, retired] }, signal);
}

/** `spareItems` (quiz/generate.ts) as `generateQuizOffThread` runs it: the ids of `replaceable` that "Another item" can replace. */
export function spareItemsOffThread(article: Article, quiz: Quiz, replaceable: readonly string[], seed: number, retired: readonly Item[], signal?: AbortSignal): Promise<string[]> {
	return run<string[]>({ fn: 'spares', args: [article, quiz, replaceable, seed, retired] }, signal);
}
