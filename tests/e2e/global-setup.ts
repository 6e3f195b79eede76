import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		dataDir: string;
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
			);
		});
	});
}

async function waitForServer(url: string, child: ChildProcess, ms: number): Promise<void> {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the server did not answer at ${url} within ${ms} ms`);
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
	const child = spawn(process.execPath, ['build'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			DATABASE_PATH: join(dataDir, 'newsquiz.db'),
			// As `npm start` sets it: an uploaded web page can be larger than adapter-node's 512K default.
			BODY_SIZE_LIMIT: '6M'
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	await waitForServer(baseURL, child, 20_000);
	project.provide('baseURL', baseURL);
	project.provide('dataDir', dataDir);
	return async () => {
		child.kill('SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	};
}
