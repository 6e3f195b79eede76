import { describe, expect, it } from 'vitest';
import { notFoundMessage } from '../../src/lib/not-found';

describe('notFoundMessage', () => {
	it('says what a bare "Not Found" address was meant to be and what to do (a fresh user met it at /r/nope and /room/abc)', () => {
		expect(notFoundMessage('/r/nope', 'Not Found')).toMatch(/^No shared result has this link/);
		expect(notFoundMessage('/room/abc', 'Not Found')).toMatch(/six digits/);
		expect(notFoundMessage('/host/abc', undefined)).toMatch(/six digits/);
		expect(notFoundMessage('/nowhere', 'Not Found')).toMatch(/^No page has this address/);
	});

	it('leaves a message of the page’s own alone', () => {
		expect(notFoundMessage('/play/zzz', 'No quiz has this link: it may have been deleted.')).toBeUndefined();
	});
});
