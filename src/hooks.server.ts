import type { ServerInit } from '@sveltejs/kit';
import { getClassroom } from '$lib/server/classroom/classroom';
import { getDatabase } from '$lib/server/db';
import { startRetention } from '$lib/server/retention';

/**
 * Runs once when the server starts: resumes the classroom rooms stored in SQLite, so an item
 * that was running when the server stopped closes on its stored deadline even before anyone
 * reconnects; and starts the retention sweep (now, then hourly) that deletes old rooms, results
 * and homework.
 */
export const init: ServerInit = () => {
	getClassroom();
	startRetention(getDatabase());
};
