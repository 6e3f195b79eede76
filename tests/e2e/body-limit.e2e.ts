import { describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');

/** 7 MB of valid JSON: over the 6 MB `BODY_SIZE_LIMIT` the server runs with (as `npm start` sets it). */
const huge = JSON.stringify({ nickname: 'Anna', note: 'x'.repeat(7 * 1024 * 1024) });

/**
 * Posts `body` as JSON with a student token (a homework answer asks for one before reading the
 * body); a `ReadableStream` body goes out chunked, with no Content-Length.
 */
function post(path: string, body: string | ReadableStream<Uint8Array>): Promise<Response> {
	return fetch(`${baseURL}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: 'Bearer any-token' },
		body,
		...(typeof body === 'string' ? {} : { duplex: 'half' })
	} as RequestInit);
}

/** `text` as a stream of 1 MB chunks, so the server only finds the size while reading. */
function chunked(text: string): ReadableStream<Uint8Array> {
	const bytes = new TextEncoder().encode(text);
	let offset = 0;
	return new ReadableStream({
		pull(controller) {
			if (offset >= bytes.length) return controller.close();
			controller.enqueue(bytes.subarray(offset, offset + 1024 * 1024));
			offset += 1024 * 1024;
		}
	});
}

describe('a JSON body over the size limit', () => {
	it.each(['/api/homework/ABCDEF/join', '/api/homework/ABCDEF/answer', '/api/rooms', '/api/rooms/123456/join'])(
		'gets 413 and a message saying it is too large from %s',
		async (path) => {
			const response = await post(path, huge);
			expect(response.status).toBe(413);
			const body = await response.json();
			expect(body).toMatchObject({ reason: 'too-large' });
			expect(body.error).toMatch(/too large/);
		}
	);

	it('gets 413 when sent chunked, with no Content-Length to refuse it by', async () => {
		const response = await post('/api/homework/ABCDEF/join', chunked(huge));
		expect(response.status).toBe(413);
		expect((await response.json()).error).toMatch(/too large/);
	});

	it('gets 413 from the result post over its own 16 KiB limit', async () => {
		const response = await post('/api/results', JSON.stringify({ name: 'x'.repeat(17 * 1024) }));
		expect(response.status).toBe(413);
		expect((await response.json()).error).toMatch(/larger than 16384 bytes/);
	});

	it('leaves a small malformed body its 400 with the shape to send', async () => {
		const response = await post('/api/homework/ABCDEF/join', '{"nickname":');
		expect(response.status).toBe(400);
		expect((await response.json()).error).toMatch(/nickname/);
	});
});
