import { redirect } from '@sveltejs/kit';
import { getClassroom } from '$lib/server/classroom/classroom';
import { cookieName } from '$lib/server/classroom/http';
import { RoomError } from '$lib/server/classroom/room';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, cookies }) => {
	const room = getClassroom().find(params.code);
	if (!room) redirect(303, `/join?code=${params.code}`);
	try {
		const player = room.playerFor(cookies.get(cookieName('player', params.code)));
		return { code: room.code, title: room.state().title, nickname: player.nickname, removed: null };
	} catch (error) {
		if (error instanceof RoomError && error.reason === 'removed') {
			return { code: room.code, title: room.state().title, nickname: '', removed: error.message };
		}
		redirect(303, `/join?code=${params.code}`);
	}
};
