/**
 * Lighthouse scores of the pages a player sees first: starts the built server (`node build`) on
 * a free port, saves one result through the API, and runs Lighthouse 12 with its default config
 * (a mid-range phone on a slow 4G connection, simulated throttling) on the home page, a play page
 * and that result page, in Debian's Chromium (`CHROMIUM_PATH`, else `/usr/bin/chromium`),
 * headless. Prints the performance and accessibility scores (0–100) of each page (the median
 * of `LIGHTHOUSE_RUNS` runs, default 3), with the audits that cost points, against the budgets
 * of the README: performance ≥ 98, accessibility 100.
 *
 * Usage: `npm run build && npx tsx scripts/bench-lighthouse.ts`. Exits 1 when there is no build;
 * scores are printed, not judged, so a bench never fails on speed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../tests/e2e/browser';
import { seedQuiz } from '../tests/e2e/play';
import { freePort, startServer, stopServer } from '../tests/e2e/server';

const budgets = { performance: 98, accessibility: 100 };

/** Starts Chromium with a DevTools port for Lighthouse; resolves once the port answers. */
async function startChromium(port: number, profile: string): Promise<ChildProcess> {
	const child = spawn(
		chromiumPath(),
		[
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--no-default-browser-check',
			`--remote-debugging-port=${port}`,
			`--user-data-dir=${profile}`,
			'about:blank'
		],
		{ stdio: 'ignore' }
	);
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`Chromium exited with code ${child.exitCode}`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`Chromium did not open its DevTools port ${port} within 20 s`);
}

/** Saves a relaxed result of the seed quiz (choice items answered, others left) and returns its path. */
async function saveResult(baseURL: string): Promise<string> {
	const answers = seedQuiz.items.map((item) => ({
		response: (item.answerMode ?? 'choice') === 'choice' ? { kind: 'choice', option: 0 } : null,
		elapsedMs: 5000
	}));
	const response = await fetch(`${baseURL}/api/results`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ quizId: seedQuiz.id, mode: 'relaxed', seed: 1, answers })
	});
	if (!response.ok) throw new Error(`POST /api/results answered ${response.status}: ${await response.text()}`);
	return ((await response.json()) as { path: string }).path;
}

/** Runs per page: Lighthouse's variability guide takes the median of several runs. */
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

async function lighthouseRun(url: string, port: number) {
	const result = await lighthouse(url, {
		port,
		logLevel: 'error',
		output: 'json',
		onlyCategories: ['performance', 'accessibility']
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	return result.lhr;
}

/**
 * Audits `url` `runs` times and prints the run with the median performance score: both scores,
 * the metrics, the audits that cost points, the host's benchmark index (Lighthouse expects 1000
 * or more: a slower or busier CPU inflates total blocking time) and Lighthouse's warnings.
 */
async function audit(url: string, port: number): Promise<void> {
	const reports: Awaited<ReturnType<typeof lighthouseRun>>[] = [];
	for (let i = 0; i < runs; i++) reports.push(await lighthouseRun(url, port));
	const performance = (lhr: (typeof reports)[number]) => lhr.categories.performance?.score ?? 0;
	reports.sort((a, b) => performance(a) - performance(b));
	const { categories, audits, environment, runWarnings } = reports[Math.floor(reports.length / 2)];
	const scores = (['performance', 'accessibility'] as const).map((id) => {
		const score = Math.round((categories[id]?.score ?? 0) * 100);
		return `${id} ${score}${score < budgets[id] ? ` (budget ${budgets[id]})` : ''}`;
	});
	const all = reports.map((lhr) => Math.round(performance(lhr) * 100)).join(', ');
	console.log(`${new URL(url).pathname}: ${scores.join(', ')} (median of ${reports.length} runs; performance ${all})`);
	const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
	console.log(`  ${metrics.map((id) => `${id} ${audits[id]?.displayValue ?? '?'}`).join(' · ')}`);
	console.log(`  host benchmark index ${Math.round(environment.benchmarkIndex)}`);
	for (const id of ['performance', 'accessibility'] as const) {
		for (const ref of categories[id]?.auditRefs ?? []) {
			const found = audits[ref.id];
			if (ref.weight > 0 && found && found.score !== null && found.score < 1) {
				console.log(`  ${id}: ${found.id} ${Math.round(found.score * 100)}${found.displayValue ? ` (${found.displayValue})` : ''}`);
			}
		}
	}
	for (const warning of runWarnings) console.log(`  warning: ${typeof warning === 'string' ? warning : JSON.stringify(warning)}`);
}

async function main(): Promise<void> {
	if (!existsSync('build/index.js')) {
		console.error('No build found: run `npm run build` first.');
		process.exit(1);
	}
	const dataDir = mkdtempSync(join(tmpdir(), 'newsquiz-lighthouse-'));
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const server = await startServer(port, join(dataDir, 'bench.db'), {}, 'ignore');
	let chromium: ChildProcess | undefined;
	try {
		const resultPath = await saveResult(baseURL);
		const debuggingPort = await freePort();
		chromium = await startChromium(debuggingPort, join(dataDir, 'profile'));
		for (const path of ['/', `/play/${seedQuiz.id}`, resultPath]) {
			await audit(`${baseURL}${path}`, debuggingPort);
		}
	} finally {
		if (chromium) await stopServer(chromium, 'SIGKILL');
		await stopServer(server, 'SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
