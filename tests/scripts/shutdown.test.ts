import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { shutdownOnce } from '../../scripts/shutdown.js';

describe('the server shutdown', () => {
	it('emits its shutdown once a listening server has closed', async () => {
		const server = http.createServer((_req, res) => res.end('ok'));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const reasons: string[] = [];
		const shutdown = shutdownOnce({ server, eventStreams: new Set(), timeoutMs: 60_000, emit: (reason) => reasons.push(reason) });
		shutdown('SIGTERM');
		shutdown('SIGTERM');
		await new Promise((resolve) => server.once('close', resolve));
		await new Promise((resolve) => setImmediate(resolve));
		expect(reasons).toEqual(['SIGTERM']);
	});

	it('still emits its shutdown when closing the server calls back with an error', async () => {
		// a server told to stop before it listens: close() calls back with ERR_SERVER_NOT_RUNNING
		const server = http.createServer();
		const reasons: string[] = [];
		const shutdown = shutdownOnce({ server, eventStreams: new Set(), timeoutMs: 60_000, emit: (reason) => reasons.push(reason) });
		shutdown('SIGINT');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(reasons).toEqual(['SIGINT']);
	});

	it('leaves no timer holding the process after a failed close', async () => {
		const script = `
			import http from 'node:http';
			import { shutdownOnce } from ${JSON.stringify(new URL('../../scripts/shutdown.js', import.meta.url).href)};
			const server = http.createServer();
			shutdownOnce({ server, eventStreams: new Set(), timeoutMs: 30_000, emit: () => process.stdout.write('shut down') })('SIGTERM');
		`;
		const { spawnSync } = await import('node:child_process');
		const started = Date.now();
		const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
		expect(run.stdout).toBe('shut down');
		expect(run.status).toBe(0);
		expect(Date.now() - started).toBeLessThan(10_000);
	}, 20_000);
});
