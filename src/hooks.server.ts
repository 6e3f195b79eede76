import type { ServerInit } from '@sveltejs/kit';
import { getClassroom } from '$lib/server/classroom/classroom';

/**
 * Runs once when the server starts: resumes the classroom rooms stored in SQLite, so an item
 * that was running when the server stopped closes on its stored deadline even before anyone
 * reconnects.
 */
export const init: ServerInit = () => {
	getClassroom();
};
