/**
 * The generation worker's entry (bundled by scripts/build-worker.js into
 * build/generation-worker.js): runs the generator off the server's event loop, so a long
 * article being quizzed never holds up another player's request (`generation.ts` sends it the
 * calls, one at a time). Each message is a `GenerationCall`; each answer `{ result }` or
 * `{ error }` with the thrown error's stack. Imports are relative: esbuild knows no `$lib`.
 */
import { parentPort } from 'node:worker_threads';
import { generateAlternative, generateQuiz, spareItems } from '../quiz/generate';
import type { GenerationCall } from './generation';

const port = parentPort;
if (!port) throw new Error('generation-worker.js runs as a worker thread (node:worker_threads), never on its own');
port.on('message', (call: GenerationCall) => {
	try {
		const result = call.fn === 'quiz' ? generateQuiz(...call.args) : call.fn === 'alternative' ? generateAlternative(...call.args) : spareItems(...call.args);
		port.postMessage({ result });
	} catch (error) {
		port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
