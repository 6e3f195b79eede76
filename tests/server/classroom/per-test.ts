import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { Classroom } from '../../../src/lib/server/classroom/classroom';
import { openDatabase } from '../../../src/lib/server/db';

/**
 * Gives each test of the describe block it is called in a classroom of its own, on a database
 * file in a new temporary folder named from `prefix`; `before` runs first in each test's set-up
 * (fake timers that the classroom should start on). Returns `classroom()` and `db()`, the running
 * test's classroom and database, and `restart(whileDown)`, which closes both as a stopped server
 * does, runs `whileDown` (a clock moved on while no server runs) and opens both again on the same
 * file, as the next server does (its rooms resumed). After each test the classroom and database
 * are closed, the folder removed and the timers made real again.
 */
export function classroomPerTest(
	prefix: string,
	before: () => void = () => undefined
): { classroom: () => Classroom; db: () => ReturnType<typeof openDatabase>; restart: (whileDown?: () => void) => Classroom } {
	let dir = '';
	let classroom: Classroom;
	let db: ReturnType<typeof openDatabase>;
	beforeEach(() => {
		before();
		dir = mkdtempSync(join(tmpdir(), prefix));
		db = openDatabase(join(dir, 'newsquiz.db'));
		classroom = new Classroom(db);
	});
	afterEach(() => {
		classroom.close();
		db.close();
		rmSync(dir, { recursive: true, force: true });
		vi.useRealTimers();
	});
	return {
		classroom: () => classroom,
		db: () => db,
		restart: (whileDown = () => undefined) => {
			classroom.close();
			db.close();
			whileDown();
			db = openDatabase(join(dir, 'newsquiz.db'));
			return (classroom = new Classroom(db));
		}
	};
}
