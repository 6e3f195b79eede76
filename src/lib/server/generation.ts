import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { generateAlternative, generateQuiz } from '$lib/quiz/generate';
import type { Item, Quiz } from '$lib/quiz/types';
import { ArticleInputError } from './errors';

/**
 * The environment variable that names the bundled generation worker (build/generation-worker.js,
 * which scripts/serve.js sets after `npm run build`). Unset, a built server (`node build`) finds
 * that file beside its own, and the Vite dev server and the unit tests run the generator on the
 * calling thread.
 */
export const GENERATION_WORKER_ENV = 'NEWSQUIZ_GENERATION_WORKER';

/**
 * How long one generation may take in the worker before it is stopped, in ms. A 20,000-word
 * article (the paste limit, article-input.ts) takes under 10 s on an idle 2-core machine
 * (`npm run bench`), but a fresh user's 14,000 words took 55 s on one busy with other work, and
 * a 60 s cap refused it; a call still running after this is a fault of ours, and the worker is
 * replaced rather than left to hold every later call.
 */
export const GENERATION_TIMEOUT_MS = 180_000;

/** One call of the generator, as the worker takes it: a whole quiz, or one alternative item for the editor. */
export type GenerationCall = { fn: 'quiz'; args: Parameters<typeof generateQuiz> } | { fn: 'alternative'; args: Parameters<typeof generateAlternative> };

interface Pending {
	resolve: (result: unknown) => void;
	reject: (error: Error) => void;
	timer: NodeJS.Timeout;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
	for (const [id, call] of pending) {
		clearTimeout(call.timer);
		call.reject(error);
		pending.delete(id);
	}
}

/** The running worker, started on first use; a worker that exited is replaced on the next call. */
function workerAt(path: string): Worker {
	if (worker) return worker;
	const started = new Worker(path);
	started.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
		const call = pending.get(id);
		if (!call) return;
		pending.delete(id);
		clearTimeout(call.timer);
		if (error === undefined) call.resolve(result);
		else call.reject(new Error(`the generation worker failed: ${error}`));
	});
	started.on('error', (error) => failAll(error));
	started.on('exit', () => {
		if (worker === started) worker = undefined;
		failAll(new Error('the generation worker stopped'));
	});
	// an idle worker must not keep the server's process alive after it closes
	started.unref();
	worker = started;
	return started;
}

/** build/generation-worker.js, found from this module's file in build/server/, or undefined outside a build. */
function builtWorker(): string | undefined {
	for (let dir = dirname(fileURLToPath(import.meta.url)), up = 0; up < 5; dir = dirname(dir), up++) {
		const file = join(dir, 'generation-worker.js');
		if (existsSync(file)) return file;
	}
	return undefined;
}

async function onThisThread<T>(call: GenerationCall): Promise<T> {
	// Vite writes `false` for DEV in a build, so the generator (1.5 MB of source) stays out of the
	// server bundle, which only ever uses the worker's copy: adapter-node's rollup pass spent 15 of
	// the build's 18 minutes tree-shaking it (rollup issue #5729).
	if (!import.meta.env.DEV) throw new Error('build/generation-worker.js is missing: rebuild with `npm run build`');
	const { generateAlternative, generateQuiz } = await import('$lib/quiz/generate');
	return (call.fn === 'quiz' ? generateQuiz(...call.args) : generateAlternative(...call.args)) as T;
}

function run<T>(call: GenerationCall): Promise<T> {
	const path = process.env[GENERATION_WORKER_ENV] || (import.meta.env.DEV ? undefined : builtWorker());
	if (!path) return onThisThread<T>(call);
	const thread = workerAt(path);
	const id = nextId++;
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => {
			pending.delete(id);
			reject(new ArticleInputError('too-long', `Writing questions from this article took over ${GENERATION_TIMEOUT_MS / 1000} seconds, so newsquiz stopped. Try again with a shorter article, or only part of it.`));
			// the thread is stuck on this call: every call queued behind it would wait as long
			void thread.terminate();
		}, GENERATION_TIMEOUT_MS);
		pending.set(id, { resolve: resolve as (result: unknown) => void, reject, timer });
		thread.postMessage({ id, call });
	});
}

/**
 * `generateQuiz` (quiz/generate.ts) on the generation worker when the server runs one
 * (`GENERATION_WORKER_ENV`), else on this thread. Resolves to the quiz; rejects with
 * `ArticleInputError('too-long')` after `GENERATION_TIMEOUT_MS`, or an Error when the worker fails.
 */
export function generateQuizOffThread(...args: Parameters<typeof generateQuiz>): Promise<Quiz> {
	return run<Quiz>({ fn: 'quiz', args });
}

/** `generateAlternative` (quiz/generate.ts) as `generateQuizOffThread` runs it: the new item, or undefined when there is none. */
export function generateAlternativeOffThread(...args: Parameters<typeof generateAlternative>): Promise<Item | undefined> {
	return run<Item | undefined>({ fn: 'alternative', args });
}
