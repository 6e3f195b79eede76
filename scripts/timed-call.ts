/**
 * One timed call to a generation worker (src/lib/server/generation-worker.ts, or its bundle), for
 * scripts/bench-generate.ts: kept apart from the benchmark, which runs as it is imported, so that
 * tests/scripts/timed-call.test.ts can call it on a worker of its own.
 */
import type { Worker } from 'node:worker_threads';
import type { GenerationCall } from '../src/lib/server/generation';

/** One call's time: wall-clock ms from posting it to the answer, and this process's CPU ms (user + system) over the same span. */
export interface Timing {
	wall: number;
	cpu: number;
}

/**
 * Posts `call` to `worker` and times
 * it until the worker's answer. Resolves with the `Timing`; rejects when the answer is
 * `{ error }` (the worker's thrown error, as generation-worker.ts sends it) or when the worker
 * itself fails (its 'error' event). Either way both of its listeners are taken off again, so a
 * worker called many times, or after a failure, gathers none.
 */
export function timedCall(worker: Worker, call: GenerationCall): Promise<Timing> {
	return new Promise((done, fail) => {
		const settle = () => {
			worker.off('message', onMessage);
			worker.off('error', onError);
		};
		const onError = (error: Error) => {
			settle();
			fail(error);
		};
		const onMessage = ({ error }: { error?: string }) => {
			const wall = performance.now() - t;
			const used = process.cpuUsage(c);
			settle();
			if (error !== undefined) fail(new Error(`the generation worker failed: ${error}`));
			else done({ wall, cpu: (used.user + used.system) / 1000 });
		};
		worker.on('error', onError);
		worker.on('message', onMessage);
		const c = process.cpuUsage();
		const t = performance.now();
		worker.postMessage(call);
	});
}
