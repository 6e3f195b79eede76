import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { GENERATION_WORKER_ENV, generateQuizOffThread } from '../../src/lib/server/generation';

const seed = parseArticleText(readFileSync('questions/articles/00-belarus-lukashenko-putin-sochi.txt', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'newsquiz-worker-'));
const workerFile = join(dir, 'generation-worker.js');

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

describe('generation off the event loop', () => {
	beforeAll(() => {
		execFileSync(process.execPath, ['scripts/build-worker.js', workerFile], { stdio: 'inherit' });
	}, 120_000);
	afterEach(() => {
		delete process.env[GENERATION_WORKER_ENV];
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
});
