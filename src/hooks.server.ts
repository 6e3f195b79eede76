import type { ServerInit } from '@sveltejs/kit';
import { getClassroom } from '$lib/server/classroom/classroom';
import { registerNodeRoutes } from '$lib/server/classroom/node-routes';
import { getDatabase } from '$lib/server/db';
import { startRetention } from '$lib/server/retention';

/**
 * Runs once when the server starts: resumes the classroom rooms stored in SQLite, so an item
 * that was running when the server stopped closes on its stored deadline even before anyone
 * reconnects; starts the retention sweep (now, then hourly) that deletes old rooms, results
 * and homework; and registers the classroom's Node fast path on `globalThis` under
 * `Symbol.for('newsquiz.classroom.nodeRoutes')`, where `scripts/serve.js` finds it once
 * `build/handler.js` has loaded (the server bundle and the custom server are separate modules,
 * so this is how they share the one `Classroom`; see `node-routes.ts`). On adapter-node's
 * `sveltekit:shutdown` it closes the classroom (queued writes committed, timers stopped), so a
 * SIGTERM ends the process at once rather than at the open question's deadline.
 */
export const init: ServerInit = () => {
	const classroom = getClassroom();
	registerNodeRoutes();
	const stopRetention = startRetention(getDatabase());
	// adapter-node's signal that the server has closed (`scripts/serve.js` emits it too): the rooms'
	// item timers would otherwise hold the process until the open question's deadline
	process.once('sveltekit:shutdown', () => {
		stopRetention();
		classroom.close();
	});
};
