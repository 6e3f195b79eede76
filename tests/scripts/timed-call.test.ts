import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenerationCall } from '../../src/lib/server/generation';
import { timedCall } from '../../scripts/timed-call';

// stand-ins for the generation worker, answering as generation-worker.ts does, or failing as a crashed one does
const ANSWERS = `require('node:worker_threads').parentPort.on('message', () => require('node:worker_threads').parentPort.postMessage({ result: { items: [] } }));`;
const REFUSES = `require('node:worker_threads').parentPort.on('message', () => require('node:worker_threads').parentPort.postMessage({ error: 'Error: the article has no sentences' }));`;
const CRASHES = `require('node:worker_threads').parentPort.on('message', () => { throw new Error('out of memory in the tagger'); });`;

const call: GenerationCall = { fn: 'quiz', args: [{ title: 'Ferry timetable changes for the winter', paragraphs: ['The ferry to Rathlin will sail twice a day from November.'] }, { seed: 1 }] };
const started: Worker[] = [];
function worker(source: string): Worker {
	const w = new Worker(source, { eval: true });
	started.push(w);
	return w;
}
const listeners = (w: Worker) => ({ message: w.listenerCount('message'), error: w.listenerCount('error') });

afterEach(async () => {
	await Promise.all(started.splice(0).map((w) => w.terminate()));
});

describe('a timed call to the generation worker', () => {
	it('times an answer and leaves no listener on the worker', async () => {
		const w = worker(ANSWERS);
		const timing = await timedCall(w, call);
		expect(timing.wall).toBeGreaterThan(0);
		expect(timing.cpu).toBeGreaterThanOrEqual(0);
		expect(listeners(w)).toEqual({ message: 0, error: 0 });
	});

	it('rejects the worker’s error answer and leaves no listener on the worker', async () => {
		const w = worker(REFUSES);
		await expect(timedCall(w, call)).rejects.toThrow('the generation worker failed: Error: the article has no sentences');
		expect(listeners(w)).toEqual({ message: 0, error: 0 });
	});

	it('rejects a worker that fails outright and leaves no listener on it', async () => {
		const w = worker(CRASHES);
		await expect(timedCall(w, call)).rejects.toThrow('out of memory in the tagger');
		expect(listeners(w)).toEqual({ message: 0, error: 0 });
	});
});
