import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchOptions } from '../../src/lib/server/fetch-article';

// The real module, with a switch that makes the generator fail as a bug of ours would.
const fault = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/lib/server/new-quiz', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/lib/server/new-quiz')>();
	return {
		...real,
		draftQuiz: (...args: Parameters<typeof real.draftQuiz>) => {
			if (fault.on) throw new TypeError("Cannot read properties of undefined (reading 'gender')");
			return real.draftQuiz(...args);
		}
	};
});

// the real fetcher, let through to this file's own server on 127.0.0.1
vi.mock('../../src/lib/server/fetch-article', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/lib/server/fetch-article')>();
	return { ...real, fetchPage: (input: string, options: FetchOptions = {}) => real.fetchPage(input, { ...options, allowAddress: () => true }) };
});

const { actions } = await import('../../src/routes/new/+page.server');

const body = [
	'Tom Ashworth won the Open Championship at Royal Birkdale on Sunday with a final round of 66, finishing on 14 under par and two shots clear of the field.',
	'The 31-year-old collected a first prize of $3.1 million, and climbs to 12th in the world rankings, his highest place since he turned professional in 2015.',
	'"I owe this to my family," Ashworth said after holing a four-foot putt on the 18th green in front of a crowd of 40,000.'
].join('\n\n');

function generate(published = '', signal?: AbortSignal) {
	const form = new FormData();
	form.set('title', 'Ashworth wins the Open at Birkdale');
	form.set('body', body);
	for (const name of ['byline', 'url']) form.set(name, '');
	form.set('published', published);
	const request = new Request('http://localhost/new?/generate', { method: 'POST', body: form, signal });
	// the action reads only the request
	return (actions.generate as unknown as (event: { request: Request }) => Promise<unknown>)({ request });
}

afterEach(() => {
	fault.on = false;
	vi.restoreAllMocks();
});

describe('the make-your-own page when generation fails on our side', () => {
	it('writes a draft quiz when nothing fails, and counts its items in the notice in the right number', async () => {
		const result = (await generate()) as { stage: string; notice: string };
		expect(result).toMatchObject({ stage: 'review' });
		// a fresh user read "1 item written. Review them, then save."
		expect(result.notice).toMatch(/^(?:1 item written\. Review it|(?:[02-9]|\d{2,}) items written\. Review them), then save\.$/);
	});

	it('keeps every field the user typed, says so, and logs the fault instead of throwing', async () => {
		fault.on = true;
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const result = (await generate()) as { status: number; data: { stage: string; article: { title: string; body: string }; message: string } };
		expect(result.status).toBe(500);
		expect(result.data.stage).toBe('article');
		expect(result.data.article.title).toBe('Ashworth wins the Open at Birkdale');
		// a multipart form sends line breaks as CRLF
		expect(result.data.article.body.replace(/\r\n/g, '\n')).toBe(body);
		expect(result.data.message).toMatch(/Your text is kept/);
		expect(logged).toHaveBeenCalledWith(expect.any(TypeError));
	});
});

describe('the make-your-own page when the client has left', () => {
	it('writes nothing, answers 499 (client closed request) and logs nothing', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const result = (await generate('', AbortSignal.abort())) as { status: number; data: { stage: string } };
		expect(result.status).toBe(499);
		expect(result.data.stage).toBe('article');
		expect(logged).not.toHaveBeenCalled();
	});
});

describe('the make-your-own page when the client leaves while a link is fetched', () => {
	it('stops fetching the page (its connection to the site closes), answers 499 and logs nothing', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		let asked!: () => void;
		const arrived = new Promise<void>((resolve) => (asked = resolve));
		let dropped!: () => void;
		const gone = new Promise<void>((resolve) => (dropped = resolve));
		// a site that starts a page and never finishes it
		const site = createServer((_, res) => {
			res.on('close', dropped);
			res.writeHead(200, { 'content-type': 'text/html' }).write('<p>The start of a page');
			asked();
		});
		await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
		try {
			const form = new FormData();
			form.set('url', `http://127.0.0.1:${(site.address() as AddressInfo).port}/article`);
			const request = new Request('http://localhost/new?/link', { method: 'POST', body: form });
			// adapter-node's Node request: its socket's 'close' is the tab closing (client-signal.ts)
			const socket = new EventEmitter();
			const link = actions.link as unknown as (event: { request: Request; platform: { req: IncomingMessage } }) => Promise<{ status: number }>;
			const answer = link({ request, platform: { req: { socket } as unknown as IncomingMessage } });
			await arrived;
			socket.emit('close');
			await gone;
			expect(await answer).toMatchObject({ status: 499 });
			expect(logged).not.toHaveBeenCalled();
		} finally {
			site.closeAllConnections();
			await new Promise((resolve) => site.close(resolve));
		}
	});
});

describe('the make-your-own page given a body that is not a form', () => {
	it('answers a paste sent as garbage multipart with a 400 that says what to do', async () => {
		const request = new Request('http://localhost/new?/paste', { method: 'POST', body: 'garbage', headers: { 'content-type': 'multipart/form-data; boundary=XYZ' } });
		const result = (await (actions.paste as unknown as (event: { request: Request }) => Promise<{ status: number; data: { message: string } }>)({ request }));
		expect(result.status).toBe(400);
		expect(result.data.message).toMatch(/Reload the page and send it again/);
	});
});

describe('the make-your-own page given a publication date', () => {
	it('refuses one that is no calendar day with a 400 that says how to type it, keeping what was typed', async () => {
		for (const published of ['not a date', '2026-02-30', '14/03/2026', '3026-01-01']) {
			const result = (await generate(published)) as { status: number; data: { stage: string; article: { published: string; body: string }; message: string } };
			expect(result.status).toBe(400);
			expect(result.data.stage).toBe('article');
			expect(result.data.article.published).toBe(published);
			expect(result.data.article.body.replace(/\r\n/g, '\n')).toBe(body);
			expect(result.data.message).toMatch(/YYYY-MM-DD|on or before today/);
		}
	});

	it('takes a real day, and none', async () => {
		expect(await generate('2024-02-29')).toMatchObject({ stage: 'review' });
		expect(await generate('')).toMatchObject({ stage: 'review' });
	});
});
