import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { cookieName, joinUrlOf } from '$lib/server/classroom/http';
import { getClassroom } from '$lib/server/classroom/classroom';
import { registerRoomReport } from '$lib/server/classroom/report';
import type { Room } from '$lib/server/classroom/room';
import { getDatabase } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

function hostedRoom(code: string, cookies: Cookies): { room: Room; hostToken: string } {
	const room = getClassroom().find(code);
	if (!room) error(404, 'No open room has that code.');
	const hostToken = cookies.get(cookieName('host', code));
	if (!hostToken || !room.isHost(hostToken)) {
		error(403, 'Only the teacher who opened this room can host it, from the same browser.');
	}
	return { room, hostToken };
}

/**
 * The host screen of room `params.code`, for the browser holding its host cookie: the code, the
 * join URL and its QR code, and the teacher's secret report link (derived from the host token,
 * see `registerRoomReport`). 404 for no open room, 403 without the host cookie.
 */
export const load: PageServerLoad = async ({ params, cookies, url }) => {
	const { room, hostToken } = hostedRoom(params.code, cookies);
	room.joinUrl ||= joinUrlOf(url, room.code);
	const svg = await QRCode.toString(room.joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
	return {
		code: room.code,
		title: room.state().title,
		joinUrl: room.joinUrl,
		qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
		reportUrl: `/report/${registerRoomReport(getDatabase(), room.id, hostToken)}`
	};
};

export const actions: Actions = {
	/**
	 * Deletes the room with every player, answer and note once the host ticked the confirmation
	 * (400 otherwise); devices still connected are told. Leads to the "deleted" page.
	 */
	delete: async ({ params, cookies, request }) => {
		const { room } = hostedRoom(params.code, cookies);
		const form = await request.formData();
		if (form.get('confirm') === null) {
			return fail(400, { deleteError: 'Tick the box to confirm that the room and its answers go for good.' });
		}
		await getClassroom().deleteRoom(room.id);
		redirect(303, '/deleted?what=room');
	}
};
