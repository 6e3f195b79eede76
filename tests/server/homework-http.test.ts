import { describe, expect, it } from 'vitest';
import { studentToken } from '../../src/lib/server/homework-http';

const request = (authorization?: string) =>
	new Request('http://quiz.test/api/homework/ABC234/item', { method: 'POST', headers: authorization === undefined ? {} : { authorization } });

describe('the student token of a homework request', () => {
	it('reads the token after Bearer, spaces trimmed', () => {
		expect(studentToken(request('Bearer  pencil-kettle-42 '))).toBe('pencil-kettle-42');
	});

	it('answers 403 with what to do when no token comes, or an empty one', async () => {
		for (const header of [undefined, 'Bearer ', '']) {
			const answer = studentToken(request(header));
			expect(answer).toBeInstanceOf(Response);
			expect((answer as Response).status).toBe(403);
			expect(await (answer as Response).json()).toEqual({ error: 'Join the homework first: this device has no student token.' });
		}
	});
});
