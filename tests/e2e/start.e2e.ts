import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './server';

describe('npm start without any settings', () => {
	const dir = mkdtempSync(join(tmpdir(), 'newsquiz-start-'));
	const env: Record<string, string | undefined> = { ...process.env, DATABASE_PATH: join(dir, 'db.sqlite') };
	delete env.ORIGIN;
	delete env.BODY_SIZE_LIMIT;
	let stop = () => {};
	afterAll(() => {
		stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('accepts a form post from http://localhost:PORT, as a browser on this machine sends it', async () => {
		const port = await freePort();
		const child = spawn(process.execPath, ['scripts/serve.js'], {
			env: { ...env, PORT: String(port) },
			stdio: ['ignore', 'ignore', 'inherit']
		});
		stop = () => child.kill('SIGTERM');
		const origin = `http://localhost:${port}`;
		const deadline = Date.now() + 20_000;
		for (;;) {
			try {
				await fetch(origin);
				break;
			} catch {
				if (Date.now() > deadline) throw new Error('the server did not start');
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		const form = new FormData();
		form.set('text', 'Too short to make a quiz from.');
		const response = await fetch(`${origin}/new?/paste`, {
			method: 'POST',
			body: form,
			headers: { origin, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		expect(response.status).not.toBe(403);
		const body = await response.json();
		expect(body.type).toBe('failure');
	});
});
