import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureRoom } from './fixture';

type Load = (event: { url: URL; request: Request; getClientAddress: () => string }) => { code: string; problem: string | null };

describe('the join page opened with a code', () => {
	const room = useFixtureRoom('newsquiz-join-page-');
	let load: Load;

	beforeAll(async () => {
		load = (await import('../../../src/routes/join/+page.server')).load as unknown as Load;
	});

	const view = (c: string, address: string, headers: Record<string, string> = {}) =>
		load({ url: new URL(`http://localhost/join?code=${c}`), request: new Request(`http://localhost/join?code=${c}`, { headers }), getClientAddress: () => address });

	it('says at once that no open room has the code, and a right one has no problem', () => {
		expect(view(room.wrong, '10.1.0.1').problem).toMatch(/No open room/);
		expect(view(room.code, '10.1.0.1')).toEqual({ code: room.code, problem: null });
	});

	// a class behind one school address reloading a closed room's tab had used up the joins of everyone there
	it('leaves the wrong-code budget of joins whole however often it is viewed', () => {
		for (let i = 0; i < 30; i++) view(room.wrong, '10.1.0.2');
		expect(room.classroom.roomToJoin(room.code, '10.1.0.2')).toBeTruthy();
	});

	// a fresh user's /join?code=12ab was told that no open room had the code
	it('says that a room code has six digits for a code that is none, without spending a look-up', () => {
		expect(view('12ab', '10.1.0.5')).toEqual({ code: '12ab', problem: 'A room code has six digits: type the six digits on the board.' });
		expect(view('1234567', '10.1.0.5').problem).toMatch(/^A room code has six digits/);
		for (let i = 0; i < 130; i++) view('12ab', '10.1.0.5');
		expect(view(room.wrong, '10.1.0.5').problem).toMatch(/No open room/);
	});

	it('says nothing of the code to a browser prefetch, nor once the address has viewed too many', () => {
		expect(view(room.wrong, '10.1.0.3', { 'sec-purpose': 'prefetch' }).problem).toBeNull();
		for (let i = 0; i < 120; i++) view(room.wrong, '10.1.0.4');
		expect(view(room.wrong, '10.1.0.4').problem).toBeNull();
	});
});
