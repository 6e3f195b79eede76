import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureRoom } from './classroom/fixture';

type Load = (event: { url: URL; getClientAddress: () => string }) => { typed: string; error: string | null; roomCode?: string };

// a fresh user's /h/000000 offered "Join class game 000000" though no such game was open
describe('six digits typed as a homework code', () => {
	const room = useFixtureRoom('newsquiz-homework-code-');
	let load: Load;

	beforeAll(async () => {
		load = (await import('../../src/routes/h/+page.server')).load as unknown as Load;
	});

	const typed = (c: string) => load({ url: new URL(`http://localhost/h?code=${c}`), getClientAddress: () => '10.3.0.1' });

	it('lead to the class game open with them', () => {
		expect(typed(room.code)).toMatchObject({ error: expect.stringMatching(/is the code of a class game/), roomCode: room.code });
	});

	it('say that no class game is open with them, and offer none, when none is', () => {
		const page = typed(room.wrong);
		expect(page.error).toMatch(/no class game is open with it/);
		expect(page.roomCode).toBeUndefined();
	});
});
