import { describe, expect, it } from 'vitest';
import { readJsonBody } from '../../src/lib/server/json-body';

const post = (body: string) => new Request('http://localhost/api/rooms/ABCDE/join', { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('readJsonBody', () => {
	it('reads a JSON body', async () => {
		expect(await readJsonBody(post('{"nickname":"Ben"}'), {})).toEqual({ nickname: 'Ben' });
	});

	it('gives the value for an empty body only to an empty body', async () => {
		expect(await readJsonBody(post(''), {})).toEqual({});
		expect(await readJsonBody(post('  \n'), {})).toEqual({});
	});

	it('gives null for a body that is not JSON, which no endpoint schema accepts (a fresh user joined a room with "{")', async () => {
		expect(await readJsonBody(post('{'), {})).toBeNull();
		expect(await readJsonBody(post('nickname=Ben'), {})).toBeNull();
	});
});
