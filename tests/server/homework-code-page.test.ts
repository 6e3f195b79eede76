import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureQuiz } from './classroom/fixture';

type Load = (event: { url: URL; getClientAddress: () => string }) => { typed: string; error: string | null; roomCode?: string };

// a fresh user's /h/000000 offered "Join class game 000000" though no such game was open
describe('six digits typed as a homework code', () => {
	const dir = mkdtempSync(join(tmpdir(), 'newsquiz-homework-code-'));
	let load: Load;
	let code = '';
	let wrong = '';
	let close: () => void;

	beforeAll(async () => {
		// getClassroom() opens DATABASE_PATH on first use, as in the server.
		process.env.DATABASE_PATH = join(dir, 'newsquiz.db');
		load = (await import('../../src/routes/h/+page.server')).load as unknown as Load;
		const { getClassroom } = await import('../../src/lib/server/classroom/classroom');
		const classroom = getClassroom();
		code = (await classroom.create(fixtureQuiz())).room.code;
		wrong = code === '000000' ? '000001' : '000000';
		close = () => classroom.close();
	});

	afterAll(() => {
		close?.();
		rmSync(dir, { recursive: true, force: true });
	});

	const typed = (c: string) => load({ url: new URL(`http://localhost/h?code=${c}`), getClientAddress: () => '10.3.0.1' });

	it('lead to the class game open with them', () => {
		expect(typed(code)).toMatchObject({ error: expect.stringMatching(/is the code of a class game/), roomCode: code });
	});

	it('say that no class game is open with them, and offer none, when none is', () => {
		const page = typed(wrong);
		expect(page.error).toMatch(/no class game is open with it/);
		expect(page.roomCode).toBeUndefined();
	});
});
