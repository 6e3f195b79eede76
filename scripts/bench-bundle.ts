/**
 * Measures the JavaScript the play page loads: starts the built server (`node build`) on a free
 * port, opens `/play/<id>` of the first bundled quiz in headless Chromium, records every script
 * response, and prints each file's gzip size and the total in KB (1 KB = 1000 bytes), against
 * the 60 KB budget. gzip level 6, the default of gzip and of most servers.
 *
 * Usage: `npm run build && npx tsx scripts/bench-bundle.ts [quiz-id]`. Exits 1 when there is no
 * build or no quiz; the figure is printed, not judged, so a bench never fails on speed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser';
import { freePort, startServer, stopServer } from '../tests/e2e/server';

const budgetKb = 60;

function firstQuizId(): string | undefined {
	const file = readdirSync('questions')
		.filter((f) => f.endsWith('.json'))
		.sort()[0];
	return file ? (JSON.parse(readFileSync(join('questions', file), 'utf8')) as { id: string }).id : undefined;
}

async function main(): Promise<void> {
	if (!existsSync('build/index.js')) {
		console.error('No build found: run `npm run build` first.');
		process.exit(1);
	}
	const id = process.argv[2] ?? firstQuizId();
	if (!id) {
		console.error('No quiz bank in questions/: pass a quiz id, e.g. `tsx scripts/bench-bundle.ts <id>`.');
		process.exit(1);
	}
	const dataDir = mkdtempSync(join(tmpdir(), 'newsquiz-bench-'));
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const server = await startServer(port, join(dataDir, 'bench.db'), {}, 'ignore');
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		const scripts = new Map<string, Promise<Buffer>>();
		page.on('response', (response) => {
			const type = response.headers()['content-type'] ?? '';
			if (response.request().resourceType() === 'script' || type.includes('javascript')) {
				scripts.set(response.url(), response.body());
			}
		});
		const response = await page.goto(`${baseURL}/play/${id}`, { waitUntil: 'networkidle' });
		if (!response?.ok()) throw new Error(`/play/${id} answered ${response?.status()}`);
		let total = 0;
		for (const [url, body] of scripts) {
			const size = gzipSync(await body, { level: 6 }).length;
			total += size;
			console.log(`${(size / 1000).toFixed(1).padStart(7)} KB  ${new URL(url).pathname}`);
		}
		console.log(
			`play page JS: ${(total / 1000).toFixed(1)} KB gzip in ${scripts.size} files (budget ${budgetKb} KB)`
		);
	} finally {
		await browser.close();
		await stopServer(server, 'SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
