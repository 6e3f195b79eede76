/**
 * Load bench of the classroom (issue 7): `npm run bench:room` (after `npm run build`).
 *
 * Starts the built server (`scripts/serve.js`, the entry `npm start` runs) on a free loopback
 * port with a fresh database, then simulates players over plain `http` with keep-alive agents
 * and a minimal Server-Sent Events reader that still parses every `state` and `self` event as a
 * device does. Scenarios, each
 * joining and answering 10 items:
 * - `500`: one room of 500 players; `2000`: one room of 2,000; `rooms`: 20 rooms of 30 at once.
 *   Player model: each player answers after a think time drawn uniformly from
 *   THINK_MS (1–6 s) after their device receives the item, as a class reads the stem and
 *   options and answers over several seconds.
 * - `burst`: one room of 2,000 where every player answers the moment the item reaches their
 *   device (think time 0): the worst case, kept so it stays visible.
 * `npm run bench:room -- 2000 burst` runs only the named scenarios.
 *
 * For each it prints the answer → acknowledgement latency (p50, p95, p99, max), the time for
 * each reveal to reach every player, the server's RSS, the server's CPU per acknowledged
 * answer, the bench's own CPU (the simulated clients share the machine with the server) and the
 * load average, and checks that the answers stored equal the answers acknowledged, exactly.
 * Every player also re-sends their first answer, which must come back "already answered".
 * With BENCH_ROOM_CPU_PROF=<dir> the server runs under `node --cpu-prof` and writes its profile
 * there when the bench stops it.
 *
 * Bounded: loopback only, a fixed number of players, and a 15-minute limit after which it stops
 * the server and exits with an error. Join rate limits are raised for the run
 * (CLASSROOM_JOINS_PER_SECOND) because every simulated player comes from 127.0.0.1, and the
 * server keeps idle keep-alive connections for 120 s (KEEP_ALIVE_TIMEOUT, adapter-node).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { freePort } from '../tests/e2e/server';

const ITEMS = 10;
const TIME_LIMIT_MS = 15 * 60_000;
/** A player's think time, from their device receiving the item to their answer: uniform over this range, in ms. */
const THINK_MS = [1000, 6000] as const;

/**
 * Answers and joins share a pool of 128 keep-alive connections (BENCH_ROOM_SOCKETS=<n> sets
 * another size); the server keeps idle connections for 120 s (KEEP_ALIVE_TIMEOUT) so the pool is
 * not re-opened in a storm of new connections whenever an item opens. A burst's answers wait in
 * this process for a free connection, which the answer → ack figure counts and the wire figure
 * does not. A connection per device, as a class's phones have (BENCH_ROOM_SOCKETS=2000), is the
 * truer model but not the default: on 2 cores this one process then reads 2,000 responses at
 * once and its own loop ran up to 1–5 s late, so its figures measured the bench.
 */
const postAgent = new http.Agent({ keepAlive: true, maxSockets: Number(process.env.BENCH_ROOM_SOCKETS) || 128 });
const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/** A 10-item quiz valid against the quiz schema, written for the bench. */
function benchQuiz() {
	const sentences = Array.from({ length: ITEMS }, (_, i) => `Fact number ${i + 1} says the answer is Option${i}.`);
	let offset = 0;
	const rows = sentences.map((text, index) => {
		const row = { index, paragraph: index, start: offset, end: offset + text.length, text };
		offset += text.length + 2;
		return row;
	});
	return {
		id: 'bench-room',
		title: 'Classroom bench quiz',
		article: { title: 'Classroom bench quiz', paragraphs: sentences },
		sentences: rows,
		items: sentences.map((text, i) => {
			const start = text.indexOf(`Option${i}`);
			return {
				id: `bench-${i}`,
				type: 'mcq',
				factType: 'count',
				stem: `What does fact number ${i + 1} say the answer is?`,
				options: [`Option${i}`, `Other${i}a`, `Other${i}b`, `Other${i}c`],
				key: 0,
				source: { sentence: i, paragraph: i, start: rows[i].start, end: rows[i].end, text, keySpan: { start, end: start + 7 } },
				checks: [],
				difficulty: 0.5
			};
		}),
		seed: 1
	};
}

let port = 0;
/** The server under test; killed whenever this process exits, however it exits. */
let server: ChildProcess | undefined;
process.on('exit', () => server?.kill('SIGKILL'));
/** Answer requests that failed outright (not refused by the server: the request itself). */
const failures: string[] = [];

/**
 * How late the bench's own event loop ran its callbacks while items were played: a burst's
 * 2,000 stream frames, requests and responses are all handled on this one thread, and a callback
 * run late delays the timestamps taken in it. The wire figures exclude the wait for a pooled
 * connection but not this delay.
 */
const benchLag = monitorEventLoopDelay({ resolution: 10 });

/** Requests retried after the documented keep-alive race (a reused socket the server closed as we sent). */
let retries = 0;

/**
 * A request's own times (performance.now(), ms): `sent` when its last byte went to the socket (after any wait for
 * one of the pool's connections), `firstByte` when its response's head arrived.
 */
interface Timing {
	sent: number;
	firstByte: number;
}

function request(
	method: string,
	path: string,
	body: unknown,
	token?: string
): Promise<{ status: number; body: Record<string, unknown>; timing: Timing }> {
	const payload = body === undefined ? undefined : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const timing: Timing = { sent: NaN, firstByte: NaN };
		const req = http.request(
			{
				host: '127.0.0.1',
				port,
				path,
				method,
				agent: postAgent,
				headers: {
					'content-type': 'application/json',
					origin: `http://127.0.0.1:${port}`,
					...(payload ? { 'content-length': Buffer.byteLength(payload) } : {}),
					...(token ? { authorization: `Bearer ${token}` } : {})
				}
			},
			(res) => {
				timing.firstByte = performance.now();
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (c: string) => (text += c));
				res.on('end', () => {
					try {
						resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {}, timing });
					} catch (error) {
						reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 200)} (${String(error)})`));
					}
				});
			}
		);
		req.on('finish', () => (timing.sent = performance.now()));
		req.on('error', (error: NodeJS.ErrnoException) => {
			// Node's documented remedy: retry a request whose reused keep-alive socket was reset.
			if (req.reusedSocket && error.code === 'ECONNRESET') {
				retries += 1;
				request(method, path, body, token).then(resolve, reject);
			} else reject(error);
		});
		req.end(payload);
	});
}

/** A hand-rolled SSE reader: calls `onEvent(event, data)` for each event of the stream. */
function openStream(path: string, token: string, onEvent: (event: string, data: string) => void): Promise<http.ClientRequest> {
	return new Promise((resolve, reject) => {
		const req = http.request(
			{ host: '127.0.0.1', port, path, agent: streamAgent, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } },
			(res) => {
				if (res.statusCode !== 200) return reject(new Error(`stream ${path}: ${res.statusCode}`));
				res.setEncoding('utf8');
				let buffer = '';
				res.on('data', (chunk: string) => {
					buffer += chunk;
					let end: number;
					while ((end = buffer.indexOf('\n\n')) !== -1) {
						const block = buffer.slice(0, end);
						buffer = buffer.slice(end + 2);
						let event = 'message';
						let data = '';
						for (const line of block.split('\n')) {
							if (line.startsWith('event: ')) event = line.slice(7);
							else if (line.startsWith('data: ')) data += line.slice(6);
						}
						if (data) onEvent(event, data);
					}
				});
				resolve(req);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function until(test: () => boolean, ms: number, what: string): Promise<void> {
	const deadline = Date.now() + ms;
	return new Promise((resolve, reject) => {
		const tick = () => {
			if (test()) return resolve();
			if (Date.now() > deadline) return reject(new Error(`timed out waiting for ${what}`));
			setTimeout(tick, 20);
		};
		tick();
	});
}

async function inBatches<T>(count: number, width: number, run: (i: number) => Promise<T>): Promise<T[]> {
	const results: T[] = new Array(count);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(width, count) }, async () => {
			while (next < count) {
				const i = next++;
				results[i] = await run(i);
			}
		})
	);
	return results;
}

interface Player {
	id: string;
	token: string;
	stream?: http.ClientRequest;
	self?: unknown;
	phase: string;
	itemIndex: number;
	answered: Set<number>;
}

interface RoomResult {
	code: string;
	players: number;
	latencies: number[];
	/** Each answer's time on the wire and in the server: its last byte sent → its response's first byte, in ms. */
	wire: number[];
	revealMs: number[];
	sent: Set<string>;
	duplicatesRefused: number;
	refused: number;
	/** Server CPU from the start of the first item to the last reveal, in ms: play without joins or connections. */
	playCpuMs: number;
	/** The kernel's share of `playCpuMs` (system time: socket writes and reads), in ms. */
	playSystemMs: number;
}

/**
 * Plays one room of `size` players through every item, with think times (or none, in a
 * `burst`); resolves with what was measured once every answer request has settled.
 */
async function playRoom(size: number, burst: boolean): Promise<RoomResult> {
	const opened = await request('POST', '/api/rooms', { quizId: 'bench-room' });
	if (opened.status !== 201) throw new Error(`open room: ${opened.status} ${JSON.stringify(opened.body)}`);
	const code = opened.body.code as string;
	const hostToken = opened.body.hostToken as string;
	const result: RoomResult = { code, players: size, latencies: [], wire: [], revealMs: [], sent: new Set(), duplicatesRefused: 0, refused: 0, playCpuMs: 0, playSystemMs: 0 };
	const players: Player[] = await inBatches(size, 50, async () => {
		const joined = await request('POST', `/api/rooms/${code}/join`, {});
		if (joined.status !== 200) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.body)}`);
		return { id: joined.body.playerId as string, token: joined.body.token as string, phase: '', itemIndex: -1, answered: new Set() };
	});
	/** Answers scheduled or sent and not yet settled. */
	let pending = 0;
	const revealArrivals: number[][] = Array.from({ length: ITEMS }, () => []);
	const revealSent: number[] = new Array(ITEMS).fill(0);

	const answer = async (player: Player, itemIndex: number) => {
		const key = `${player.id}:${itemIndex}`;
		const started = performance.now();
		const res = await request('POST', `/api/rooms/${code}/answer`, { itemIndex, response: { kind: 'choice', option: Math.floor(Math.random() * 4) } }, player.token);
		result.latencies.push(performance.now() - started);
		result.wire.push(res.timing.firstByte - res.timing.sent);
		if (res.status === 200) result.sent.add(key);
		else result.refused += 1;
		// Send it again: it must be refused and change nothing.
		if (res.status === 200 && itemIndex === 0) {
			const again = await request('POST', `/api/rooms/${code}/answer`, { itemIndex, response: { kind: 'choice', option: 0 } }, player.token);
			if (again.status === 409 && again.body.reason === 'already-answered') result.duplicatesRefused += 1;
		}
	};

	await inBatches(size, 200, async (i) => {
		const player = players[i];
		player.stream = await openStream(`/api/rooms/${code}/events`, player.token, (event, data) => {
			// A device reads its own view too; the bench only needs the shared state.
			if (event === 'self') player.self = JSON.parse(data);
			if (event !== 'state') return;
			const state = JSON.parse(data) as { phase: string; item: { index: number } | null; serverNow: number };
			player.phase = state.phase;
			const index = state.item?.index ?? -1;
			player.itemIndex = index;
			if (state.phase === 'question' && !player.answered.has(index)) {
				player.answered.add(index);
				const think = burst ? 0 : THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]);
				pending += 1;
				setTimeout(() => {
					answer(player, index)
						.catch((error) => failures.push(String(error)))
						.finally(() => (pending -= 1));
				}, think);
			}
			if (state.phase === 'reveal' && index >= 0) {
				revealArrivals[index].push(Date.now());
				revealSent[index] = state.serverNow;
			}
		});
	});
	await until(() => players.every((p) => p.phase === 'lobby'), 60_000, `room ${code}: every player connected`);

	benchLag.enable();
	const playStarted = cpuMs(server?.pid ?? 0);
	const playSystemStarted = cpuMs(server?.pid ?? 0, 'system');
	for (let item = 0; item < ITEMS; item++) {
		const action = await request('POST', `/api/rooms/${code}/host`, { action: item === 0 ? 'start' : 'next' }, hostToken);
		if (action.status !== 200) throw new Error(`host: ${action.status} ${JSON.stringify(action.body)}`);
		await until(() => revealArrivals[item].length === size, 90_000, `room ${code}: reveal of item ${item + 1} at every player`);
		result.revealMs.push(Math.max(...revealArrivals[item]) - revealSent[item]);
		if (item < ITEMS - 1) await request('POST', `/api/rooms/${code}/host`, { action: 'next' }, hostToken);
	}
	// A reveal can reach the devices before the last acknowledgements (an answer is acknowledged
	// only once stored), so wait for every answer request before counting.
	await until(() => pending === 0, 60_000, `room ${code}: every answer acknowledged or refused`);
	benchLag.disable();
	result.playCpuMs = cpuMs(server?.pid ?? 0) - playStarted;
	result.playSystemMs = cpuMs(server?.pid ?? 0, 'system') - playSystemStarted;
	players.forEach((p) => p.stream?.destroy());
	return result;
}

function rssMb(pid: number): { rss: number; peak: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? NaN);
	return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/**
 * CPU time the server process has used so far, in ms, from /proc/<pid>/stat: user + system, or
 * only the system (kernel) time with `part` 'system'.
 */
function cpuMs(pid: number, part: 'all' | 'system' = 'all'): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	// utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
	return ((part === 'all' ? Number(fields[11]) : 0) + Number(fields[12])) * 10;
}

function verify(databasePath: string, results: RoomResult[]): string[] {
	const db = new Database(databasePath, { readonly: true });
	const rows = db.prepare('SELECT a.player_id AS player, a.item_index AS item FROM room_answers a JOIN rooms r ON r.id = a.room_id WHERE r.code = ?');
	const problems: string[] = [];
	for (const result of results) {
		const stored = (rows.all(result.code) as { player: string; item: number }[]).map((r) => `${r.player}:${r.item}`);
		const storedSet = new Set(stored);
		const lost = [...result.sent].filter((k) => !storedSet.has(k)).length;
		const extra = stored.filter((k) => !result.sent.has(k)).length;
		const doubled = stored.length - storedSet.size;
		if (lost || extra || doubled) problems.push(`room ${result.code}: ${lost} lost, ${extra} unexpected, ${doubled} doubled`);
	}
	db.close();
	return problems;
}

/** Load averages (1, 5, 15 min) as printed beside every figure: other work shares this machine. */
function load(): string {
	return loadavg()
		.map((l) => l.toFixed(1))
		.join(' ');
}

interface Scenario {
	name: string;
	label: string;
	sizes: number[];
	burst: boolean;
}

const SCENARIOS: Scenario[] = [
	{ name: '500', label: '1 room of 500 players, think times 1–6 s', sizes: [500], burst: false },
	{ name: '2000', label: '1 room of 2,000 players, think times 1–6 s', sizes: [2000], burst: false },
	{ name: 'burst', label: '1 room of 2,000 players, burst: all answer the moment the item arrives', sizes: [2000], burst: true },
	{ name: 'rooms', label: '20 rooms of 30 players at once, think times 1–6 s', sizes: Array(20).fill(30), burst: false }
];

function report(
	scenario: Scenario,
	results: RoomResult[],
	measured: { memory: { rss: number; peak: number }; serverCpu: number; benchCpu: number; loadBefore: string; problems: string[] }
): void {
	const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
	const wire = results.flatMap((r) => r.wire).sort((a, b) => a - b);
	const lagMs = (p: number) => benchLag.percentile(p) / 1e6;
	const reveals = results.flatMap((r) => r.revealMs).sort((a, b) => a - b);
	const sent = results.reduce((n, r) => n + r.sent.size, 0);
	const duplicates = results.reduce((n, r) => n + r.duplicatesRefused, 0);
	const players = results.reduce((n, r) => n + r.players, 0);
	const refused = results.reduce((n, r) => n + r.refused, 0);
	const f = (n: number) => n.toFixed(1).padStart(7);
	const { memory, serverCpu, benchCpu, problems } = measured;
	process.stdout.write(
		`${scenario.label}\n` +
			`  load average        ${measured.loadBefore} before, ${load()} after\n` +
			`  players ${players}, answers acknowledged ${sent} (refused ${refused}), duplicate submits refused ${duplicates}/${players}\n` +
			`  answer → ack ms     p50 ${f(percentile(latencies, 50))}  p95 ${f(percentile(latencies, 95))}  p99 ${f(percentile(latencies, 99))}  max ${f(latencies.at(-1) ?? NaN)}\n` +
			`  on the wire ms      p50 ${f(percentile(wire, 50))}  p95 ${f(percentile(wire, 95))}  p99 ${f(percentile(wire, 99))}  max ${f(wire.at(-1) ?? NaN)}  (request's last byte sent → response's first byte: no wait for a pooled connection)\n` +
			`  bench loop lag ms   p50 ${f(lagMs(50))}  p99 ${f(lagMs(99))}  max ${f(benchLag.max / 1e6)}  (how late the clients' own event loop ran, in play)\n` +
			`  reveal → all ms     p50 ${f(percentile(reveals, 50))}  max ${f(reveals.at(-1) ?? NaN)}  (per item, until the last player has it)\n` +
			`  server memory MB    rss ${memory.rss}  peak ${memory.peak}\n` +
			`  server CPU          ${(serverCpu / 1000).toFixed(1)} s, ${(serverCpu / Math.max(1, sent)).toFixed(2)} ms per acknowledged answer (joins, streams and reveals included)\n` +
			(results.length === 1
				? `  server CPU in play  ${(results[0].playCpuMs / 1000).toFixed(1)} s, ${(results[0].playCpuMs / Math.max(1, sent)).toFixed(2)} ms per acknowledged answer (items only: answers, acknowledgements, broadcasts; ${(results[0].playSystemMs / Math.max(1, sent)).toFixed(2)} ms of it in the kernel)\n`
				: '') +
			`  bench CPU           ${(benchCpu / 1000).toFixed(1)} s (the simulated clients, on the same 2 cores)\n` +
			(problems.length
				? `  STORED ≠ ACKNOWLEDGED: ${problems.join('; ')}\n`
				: `  stored = acknowledged: ${sent} of ${sent}, none lost, none doubled\n`)
	);
}

async function main(): Promise<void> {
	const chosen = process.argv.slice(2);
	const scenarios = chosen.length ? SCENARIOS.filter((s) => chosen.includes(s.name)) : SCENARIOS;
	if (scenarios.length === 0) throw new Error(`no such scenario: choose from ${SCENARIOS.map((s) => s.name).join(', ')}`);
	const dir = mkdtempSync(join(tmpdir(), 'newsquiz-bench-room-'));
	const databasePath = join(dir, 'newsquiz.db');
	const profileDir = process.env.BENCH_ROOM_CPU_PROF;
	port = await freePort();
	const limit = setTimeout(() => {
		process.stderr.write('bench:room: over its 15-minute limit, stopping\n');
		server?.kill('SIGKILL');
		process.exit(1);
	}, TIME_LIMIT_MS);
	try {
		server = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), 'scripts/serve.js'], {
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: `http://127.0.0.1:${port}`,
				DATABASE_PATH: databasePath,
				CLASSROOM_JOINS_PER_SECOND: '100000',
				KEEP_ALIVE_TIMEOUT: '120'
			},
			stdio: ['ignore', 'ignore', 'inherit']
		});
		const started = Date.now();
		for (;;) {
			try {
				await request('POST', '/api/rooms', {});
				break;
			} catch {
				if (Date.now() - started > 20_000) throw new Error('the server did not start within 20 s (run `npm run build` first)');
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		const db = new Database(databasePath);
		db.pragma('busy_timeout = 5000');
		const quiz = benchQuiz();
		db.prepare("INSERT INTO quizzes (id, edit_token_hash, title, body, created_at, updated_at) VALUES (?, 'bench', ?, ?, datetime('now'), datetime('now'))").run(quiz.id, quiz.title, JSON.stringify(quiz));
		db.close();
		process.stdout.write(
			`bench:room on 127.0.0.1:${port}, ${ITEMS} items a room; ${cpus().length} cores, load average ${load()} before the run\n` +
				`player model: each answers ${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s (uniform) after the item reaches their device; in a burst, at once\n\n`
		);

		let failed = false;
		for (const scenario of scenarios) {
			const loadBefore = load();
			const cpuBefore = cpuMs(server.pid ?? 0);
			const benchBefore = process.cpuUsage();
			const results = await Promise.all(scenario.sizes.map((size) => playRoom(size, scenario.burst)));
			const bench = process.cpuUsage(benchBefore);
			const problems = verify(databasePath, results);
			failed ||= problems.length > 0;
			report(scenario, results, {
				memory: rssMb(server.pid ?? 0),
				serverCpu: cpuMs(server.pid ?? 0) - cpuBefore,
				benchCpu: (bench.user + bench.system) / 1000,
				loadBefore,
				problems
			});
		}
		process.stdout.write(`\nrequests retried after a keep-alive reset: ${retries}; answer requests failed: ${failures.length}${failures.length ? ` (first: ${failures[0]})` : ''}\n`);
		if (failed || failures.length) process.exitCode = 1;
	} finally {
		clearTimeout(limit);
		postAgent.destroy();
		streamAgent.destroy();
		if (profileDir && server) await stopForProfile(server);
		server?.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Stops the server with SIGINT, so `--cpu-prof` writes its profile, and waits up to 20 s for it to exit. */
function stopForProfile(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null) return resolve();
		const timer = setTimeout(resolve, 20_000);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill('SIGINT');
	});
}

main().catch((error) => {
	process.stderr.write(`bench:room failed: ${error instanceof Error ? error.stack : String(error)}\n`);
	process.exit(1);
});
