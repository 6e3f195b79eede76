import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleInputError } from '../../src/lib/server/errors';
import { fetchPage, publicAddressesOnly, type AddressPolicy } from '../../src/lib/server/fetch-article';
import { withScheme } from '../../src/lib/links';

const article = `<!doctype html><html><head><title>Local news</title></head><body><article><h1>Local news</h1>${'<p>The council voted on Tuesday to rebuild the old stone bridge over the river by next spring.</p>'.repeat(8)}</article></body></html>`;

let server: Server;
let base: string;
const open = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
	server = createServer((req, res) => {
		const path = req.url ?? '/';
		const port = (server.address() as AddressInfo).port;
		if (path === '/article') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
		} else if (path === '/gzipped') {
			res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(article));
		} else if (path.startsWith('/hop/')) {
			const left = Number(path.split('/')[2]);
			res.writeHead(302, { location: left > 0 ? `/hop/${left - 1}` : '/article' }).end();
		} else if (path === '/slow') {
			open.add(res);
			res.writeHead(200, { 'content-type': 'text/html' });
			res.write('<html><body><p>The start of a page that never ends');
		} else if (path === '/huge') {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end('<p>' + 'word '.repeat(300_000) + '</p>');
		} else if (path === '/huge-declared') {
			res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
			res.write('<p>');
			open.add(res);
		} else if (path === '/to-loopback') {
			res.writeHead(302, { location: `http://127.0.0.1:${port}/article` }).end();
		} else if (path === '/to-file') {
			res.writeHead(302, { location: 'file:///etc/passwd' }).end();
		} else if (path === '/image') {
			res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
		} else {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://localhost:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	open.forEach((res) => res.destroy());
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

/**
 * The tests' address policy: the local server is reached by the name `localhost` only; any
 * other host, 127.0.0.1 written out included, gets the default policy that refuses loopback.
 */
const localServerOnly: AddressPolicy = (address, hostname) =>
	hostname === 'localhost' || publicAddressesOnly(address, hostname);

async function refusal(url: string, policy: AddressPolicy = localServerOnly, limits = {}): Promise<ArticleInputError> {
	const error = await fetchPage(url, { allowAddress: policy, limits }).then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ArticleInputError);
	return error as ArticleInputError;
}

describe('fetchPage', () => {
	it('reads a page and reports its media type', async () => {
		const page = await fetchPage(`${base}/article`, { allowAddress: localServerOnly });
		expect(page.contentType).toBe('text/html; charset=utf-8');
		expect(new TextDecoder().decode(page.bytes)).toBe(article);
	});

	it('inflates a gzipped page', async () => {
		const page = await fetchPage(`${base}/gzipped`, { allowAddress: localServerOnly });
		expect(new TextDecoder().decode(page.bytes)).toBe(article);
	});

	it('follows a chain of five redirects to the article and reports the final address', async () => {
		const page = await fetchPage(`${base}/hop/4`, { allowAddress: localServerOnly });
		expect(page.url).toBe(`${base}/article`);
		expect(new TextDecoder().decode(page.bytes)).toBe(article);
	});

	it('gives up after five redirects', async () => {
		const error = await refusal(`${base}/hop/5`);
		expect(error.code).toBe('unreachable');
		expect(error.message).toMatch(/redirected more than 5 times/);
	});

	it('gives up on a page that is still arriving after the timeout', async () => {
		const error = await refusal(`${base}/slow`, localServerOnly, { timeoutMs: 300 });
		expect(error.code).toBe('timeout');
		expect(error.message).toMatch(/did not send the page within 0.3 seconds/);
	});

	it('stops when its caller’s signal aborts, with the signal’s reason, and closes its connection to the site', async () => {
		const before = new Set(open);
		const left = new AbortController();
		const fetching = fetchPage(`${base}/slow`, { allowAddress: localServerOnly, signal: left.signal });
		await expect.poll(() => open.size).toBe(before.size + 1);
		const answering = [...open].find((res) => !before.has(res))!;
		const closed = new Promise((resolve) => answering.once('close', resolve));
		left.abort();
		await expect(fetching).rejects.toMatchObject({ name: 'AbortError' });
		await closed;
	});

	it('stops reading a page past the size cap, declared or not', async () => {
		const limits = { maxBytes: 1024 * 1024 };
		expect((await refusal(`${base}/huge`, localServerOnly, limits)).code).toBe('too-large');
		expect((await refusal(`${base}/huge-declared`, localServerOnly, limits)).message).toMatch(/larger than 1 MB/);
	});

	it('refuses a redirect to 127.0.0.1', async () => {
		const error = await refusal(`${base}/to-loopback`);
		expect(error.code).toBe('blocked-address');
		expect(error.message).toMatch(/does not fetch from 127\.0\.0\.1/);
	});

	it('refuses loopback by name and by address under the default policy, before connecting', async () => {
		const byName = await refusal(`${base}/article`, publicAddressesOnly);
		expect(byName.code).toBe('blocked-address');
		expect((await refusal('http://[::1]:9/', publicAddressesOnly)).code).toBe('blocked-address');
		expect((await refusal('http://10.0.0.1/', publicAddressesOnly)).code).toBe('blocked-address');
		expect((await refusal('http://169.254.169.254/latest/meta-data/', publicAddressesOnly)).code).toBe(
			'blocked-address'
		);
	});

	it('reads an address typed without its scheme as https, as browsers show addresses', async () => {
		expect(withScheme('  www.example.org/news/story-1 ')).toBe('https://www.example.org/news/story-1');
		expect(withScheme('news.example.org:8443?id=4')).toBe('https://news.example.org:8443?id=4');
		expect(withScheme('council vote story')).toBe('council vote story');
		expect(withScheme('ftp://example.com/a.html')).toBe('ftp://example.com/a.html');
		expect((await refusal('10.0.0.1/story', publicAddressesOnly)).code).toBe('blocked-address');
	});

	it('refuses other schemes, on the first request and on a redirect', async () => {
		expect((await refusal('ftp://example.com/a.html')).code).toBe('bad-url');
		expect((await refusal('not a url')).code).toBe('bad-url');
		expect((await refusal(`${base}/to-file`)).code).toBe('bad-url');
	});

	it('refuses a link to an image and a missing page with a message', async () => {
		expect((await refusal(`${base}/image`)).message).toMatch(/file of type image\/png/);
		expect((await refusal(`${base}/missing`)).message).toMatch(/status 404/);
	});

	it('classifies addresses: public unicast only', () => {
		for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.1.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1', '100.64.0.1']) {
			expect(publicAddressesOnly(address, 'host'), address).toBe(false);
		}
		for (const address of ['93.184.216.34', '2606:2800:220:1::1']) {
			expect(publicAddressesOnly(address, 'host'), address).toBe(true);
		}
	});
});
