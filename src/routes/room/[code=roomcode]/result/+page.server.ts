import { redirect } from '@sveltejs/kit';
import { getClassroom } from '$lib/server/classroom/classroom';
import { cookieName } from '$lib/server/classroom/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, cookies }) => {
	const room = getClassroom().find(params.code);
	if (!room) redirect(303, `/join?code=${params.code}`);
	let player;
	try {
		player = room.playerFor(cookies.get(cookieName('player', params.code)));
	} catch {
		redirect(303, `/join?code=${params.code}`);
	}
	return { code: room.code, results: room.results(player.id) };
};
