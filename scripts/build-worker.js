/**
 * Bundles the generation worker (src/lib/server/generation-worker.ts) into
 * build/generation-worker.js, after `vite build` (`npm run build`). SvelteKit's build has one
 * server entry, and a worker thread needs a file of its own to start from; esbuild (the bundler
 * Vite's dependency scan and tsx use) bundles it with the generator and its data packages, as
 * its docs' "bundling for node" describes. CommonJS packages in the bundle get `require` from
 * `createRequire`, since an ES module has none. An argument names another output file (the unit
 * test of tests/server/generation.test.ts builds its own).
 *
 * esbuild's table of node versions lists no support for regular expressions with Unicode property
 * escapes (`\p{Lu}`), which node has had since version 10, so for a `node20` target it writes each
 * such literal as `new RegExp("...", "u")`: a regular expression built again every time the
 * expression runs, where a literal is built once per place in the code. The generator writes
 * hundreds of them inside functions it calls per candidate (about 5,600 built for the seed
 * article), so the bundle says they are supported and keeps them literal.
 */
import { build } from 'esbuild';

await build({
	entryPoints: ['src/lib/server/generation-worker.ts'],
	outfile: process.argv[2] ?? 'build/generation-worker.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	supported: { 'regexp-unicode-property-escapes': true },
	legalComments: 'none',
	banner: { js: "import { createRequire as newsquizRequire } from 'node:module'; const require = newsquizRequire(import.meta.url);" },
	logLevel: 'warning'
});
