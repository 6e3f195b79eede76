import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';
import { freePort, startServer, stopServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		dataDir: string;
	}
}

/** Starts the built server on a free port with a fresh database and hands its URL to the tests. */
export default async function setup(project: TestProject) {
	const browser = chromiumPath();
	if (!existsSync(browser)) {
		throw new Error(
			`Chromium not found at ${browser}. Install Debian's Chromium (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`
		);
	}
	if (!existsSync('build/index.js')) {
		throw new Error('No build found: run `npm run build` before the end-to-end tests.');
	}
	const dataDir = mkdtempSync(join(tmpdir(), 'newsquiz-e2e-'));
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const child = await startServer(port, join(dataDir, 'newsquiz.db'));
	project.provide('baseURL', baseURL);
	project.provide('dataDir', dataDir);
	return async () => {
		await stopServer(child, 'SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	};
}
