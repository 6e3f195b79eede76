/**
 * Result ids: short, URL-safe and unguessable. An id is 9 random bytes written as 12 base64url
 * characters (RFC 4648 §5), so 72 bits of entropy: at a million stored results, guessing one
 * takes about 2^52 tries. Pure: the caller supplies the random bytes.
 */

/** The number of random bytes behind a result id. */
export const RESULT_ID_BYTES = 9;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const pattern = /^[A-Za-z0-9_-]{12}$/;

/**
 * Writes `bytes` (exactly `RESULT_ID_BYTES` of them, drawn from a cryptographic source such as
 * `crypto.getRandomValues`) as a 12-character base64url result id. Throws a RangeError for any
 * other length, so a short buffer can never yield a guessable id.
 */
export function encodeResultId(bytes: Uint8Array): string {
	if (bytes.length !== RESULT_ID_BYTES) {
		throw new RangeError(`a result id needs ${RESULT_ID_BYTES} random bytes, got ${bytes.length}`);
	}
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
		out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
	}
	return out;
}

/** Whether `value` has the shape of a result id (12 base64url characters); says nothing of whether it exists. */
export function isResultId(value: string): boolean {
	return pattern.test(value);
}
