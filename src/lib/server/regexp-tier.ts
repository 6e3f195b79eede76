import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 compile each regular expression to machine code when it first runs, rather than
 * interpret it first and compile it once it has run (V8's "regexp tier-up", on by default).
 * The generator runs thousands of patterns a handful of times each on a new article, so each was
 * both interpreted and compiled: on the dev sets' new texts the flag cut the generator's CPU time
 * by about a fifth, with every quiz byte-identical. V8's flags belong to the process, so one call
 * serves the worker threads too; Node refuses this flag in NODE_OPTIONS, which is why the
 * generation worker (`generation-worker.ts`) and `scripts/bench-generate.ts` set it themselves
 * before they generate. Takes nothing, returns nothing; Node documents flags set after start-up
 * as possibly ignored, never as an error.
 */
export function compileRegExpsOnFirstRun(): void {
	setFlagsFromString('--no-regexp-tier-up');
}
