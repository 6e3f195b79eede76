import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { linkProblem, withScheme } from '$lib/links';
import { ArticleInputError } from './errors';

/**
 * Decides whether the fetcher may connect to `address` (an IPv4 or IPv6 literal, as resolved),
 * reached for the URL host `hostname`. Returns true to allow.
 */
export type AddressPolicy = (address: string, hostname: string) => boolean;

/**
 * The default address policy: only global unicast addresses. Loopback, private (RFC 1918),
 * link-local, unique-local, carrier-grade NAT, multicast, unspecified and reserved ranges are
 * refused, IPv4-mapped IPv6 included, so a link cannot make the server probe its own network
 * (OWASP, "Server-Side Request Forgery Prevention Cheat Sheet").
 */
export const publicAddressesOnly: AddressPolicy = (address) =>
	ipaddr.isValid(address) && ipaddr.process(address).range() === 'unicast';

/** Limits of one fetch (issue 5): milliseconds for the whole chain, bytes, redirects. */
export interface FetchLimits {
	timeoutMs: number;
	maxBytes: number;
	maxRedirects: number;
}

/** The limits the issue sets: 10 s, 5 MB, 5 redirects. */
const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/** A fetched page: the URL it was finally read from, its declared media type, and its bytes. */
export interface FetchedPage {
	url: string;
	contentType: string;
	bytes: Uint8Array;
}

/** Options of `fetchPage`: the address policy (default `publicAddressesOnly`), limits, and the caller's signal to stop it. */
export interface FetchOptions {
	allowAddress?: AddressPolicy;
	limits?: Partial<FetchLimits>;
	signal?: AbortSignal;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Media types that can hold an article; anything else is refused before its body is read. */
const ARTICLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/markdown)$/;

function blocked(hostname: string): ArticleInputError {
	return new ArticleInputError(
		'blocked-address',
		`newsquiz does not fetch from ${hostname}: it is a private, local or reserved address. Give the public address of the article, or paste its text.`
	);
}

/**
 * A DNS lookup that resolves once and hands the socket only addresses the policy allows, so the
 * address checked is the address connected to (no second resolution for DNS rebinding to
 * exploit).
 */
function checkedLookup(hostname: string, allowAddress: AddressPolicy): LookupFunction {
	return (host, options, callback) => {
		dnsLookup(host, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
			if (error) return callback(error, '', 4);
			const allowed = addresses.filter((a) => allowAddress(a.address, hostname));
			if (allowed.length === 0) return callback(blocked(hostname), '', 4);
			if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
			callback(null, allowed[0].address, allowed[0].family);
		});
	};
}

function request(url: URL, allowAddress: AddressPolicy, signal: AbortSignal): Promise<IncomingMessage> {
	const hostname = url.hostname.replace(/^\[|\]$/g, '');
	// A literal address never reaches the lookup function, so it is checked here.
	if (isIP(hostname) && !allowAddress(hostname, hostname)) return Promise.reject(blocked(hostname));
	const client = url.protocol === 'https:' ? https : http;
	return new Promise((resolve, reject) => {
		const req = client.get(
			url,
			{
				lookup: checkedLookup(hostname, allowAddress),
				signal,
				headers: {
					accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
					'accept-encoding': 'gzip, deflate, br',
					'user-agent': 'newsquiz (article reader)'
				}
			},
			resolve
		);
		req.on('error', reject);
	});
}

async function readBody(response: IncomingMessage, maxBytes: number, url: string): Promise<Uint8Array> {
	const tooLarge = () =>
		new ArticleInputError(
			'too-large',
			`The page at ${url} is larger than ${maxBytes / 1024 / 1024} MB, too large to be one article. Copy the article text and paste it instead.`
		);
	const declared = Number(response.headers['content-length']);
	if (declared > maxBytes) {
		response.destroy();
		throw tooLarge();
	}
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of response as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > maxBytes) {
			response.destroy();
			throw tooLarge();
		}
		chunks.push(chunk);
	}
	const raw = Buffer.concat(chunks);
	const encoding = String(response.headers['content-encoding'] ?? 'identity').toLowerCase();
	const inflate = { gzip: gunzipSync, 'x-gzip': gunzipSync, deflate: inflateSync, br: brotliDecompressSync }[
		encoding
	];
	if (!inflate) return raw;
	try {
		// The cap applies to what the page inflates to, not only to what crossed the wire.
		return inflate(raw, { maxOutputLength: maxBytes });
	} catch (error) {
		if (error instanceof RangeError) throw tooLarge();
		throw new ArticleInputError('unreachable', `The page at ${url} arrived damaged. Try again, or paste its text.`);
	}
}

function parseUrl(input: string): URL {
	const problem = linkProblem(input);
	if (problem) throw new ArticleInputError('bad-url', problem);
	return new URL(withScheme(input));
}

function networkError(error: unknown, url: URL, timeoutMs: number, timedOut: boolean): ArticleInputError {
	if (error instanceof ArticleInputError) return error;
	if (timedOut) {
		return new ArticleInputError(
			'timeout',
			`${url.host} did not send the page within ${timeoutMs / 1000} seconds. Try again later, or copy the article text and paste it.`
		);
	}
	return new ArticleInputError(
		'unreachable',
		`newsquiz could not reach ${url.host}. Check the address, or copy the article text and paste it.`
	);
}

/**
 * Fetches a page by URL for article extraction, under the limits of issue 5: http and https
 * only; at most `maxRedirects` redirects, each target checked again; the whole chain within
 * `timeoutMs`; at most `maxBytes` bytes (after decompression); and a connection only to an
 * address `allowAddress` accepts, checked after DNS resolution (tests pass a policy that lets
 * their local server through). Returns the final URL, media type and body bytes.
 * Throws `ArticleInputError` ('bad-url', 'blocked-address', 'timeout', 'unreachable',
 * 'too-large', 'not-article') with a message for the user, or `signal.reason` once `signal`
 * aborts (the connection to the site closed); never anything else.
 */
export async function fetchPage(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
	const allowAddress = options.allowAddress ?? publicAddressesOnly;
	const limits = { ...DEFAULT_LIMITS, ...options.limits };
	let url = parseUrl(input);
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
	const signal = options.signal ? AbortSignal.any([controller.signal, options.signal]) : controller.signal;
	try {
		for (let redirects = 0; ; redirects++) {
			const response = await request(url, allowAddress, signal);
			const status = response.statusCode ?? 0;
			if (REDIRECTS.has(status) && response.headers.location) {
				response.resume();
				if (redirects >= limits.maxRedirects) {
					throw new ArticleInputError(
						'unreachable',
						`${url.host} redirected more than ${limits.maxRedirects} times without reaching a page. Open the link in your browser and give the address it ends at.`
					);
				}
				url = parseUrl(new URL(response.headers.location, url).href);
				continue;
			}
			if (status < 200 || status >= 300) {
				response.resume();
				throw new ArticleInputError(
					'unreachable',
					`${url.host} answered with status ${status} ${response.statusMessage ?? ''}`.trimEnd() +
						'. Check the address, or copy the article text and paste it.'
				);
			}
			const contentType = String(response.headers['content-type'] ?? '').toLowerCase();
			const mediaType = contentType.split(';')[0].trim();
			if (mediaType && !ARTICLE_TYPES.test(mediaType)) {
				response.destroy();
				throw new ArticleInputError(
					'not-article',
					`The link leads to a file of type ${mediaType}, not a web page with an article. Give the address of the article page, or paste its text.`
				);
			}
			const bytes = await readBody(response, limits.maxBytes, url.href);
			return { url: url.href, contentType, bytes };
		}
	} catch (error) {
		options.signal?.throwIfAborted();
		throw networkError(error, url, limits.timeoutMs, controller.signal.aborted);
	} finally {
		clearTimeout(timer);
	}
}
