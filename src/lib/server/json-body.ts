import { json } from '@sveltejs/kit';

/**
 * Whether `error` is how SvelteKit's Node request reader (used by adapter-node) refuses a body
 * over `BODY_SIZE_LIMIT`: reading the body rejects with a `SvelteKitError` of status 413, either
 * at once (its `Content-Length` is over the limit) or mid-stream (a chunked body grew past it).
 */
function isBodyTooLarge(error: unknown): error is Error & { status: 413 } {
	return error instanceof Error && (error as { status?: unknown }).status === 413;
}

/**
 * Reads a JSON API request's body, the one place where every JSON endpoint tells a body over the
 * server's `BODY_SIZE_LIMIT` from a malformed one. Takes the request and the value to use for an
 * empty body (default `null`). A body that is not JSON gives `null`, which the endpoint's schema
 * then refuses with a 400: a join sent "{" must not be read as a join with no nickname.
 * Returns the parsed body, or, for a body over the limit, the 413 response to send as it is
 * (`{ error, reason: "too-large" }`; a parsed JSON body is never a `Response`, so callers test
 * `instanceof Response`). Never throws for a bad body.
 */
export async function readJsonBody(request: Request, empty: unknown = null): Promise<unknown> {
	let text: string;
	try {
		text = await request.text();
	} catch (error) {
		if (!isBodyTooLarge(error)) return null;
		return json(
			{ error: 'The request body is too large: this server refuses bodies over its size limit. Send a smaller one.', reason: 'too-large' },
			{ status: 413 }
		);
	}
	if (text.trim() === '') return empty;
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
