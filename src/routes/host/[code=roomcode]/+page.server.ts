import { error } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { cookieName, joinUrlOf } from '$lib/server/classroom/http';
import { getClassroom } from '$lib/server/classroom/classroom';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, url }) => {
	const room = getClassroom().find(params.code);
	if (!room) error(404, 'No open room has that code.');
	if (!room.isHost(cookies.get(cookieName('host', params.code)))) {
		error(403, 'Only the teacher who opened this room can host it, from the same browser.');
	}
	room.joinUrl ||= joinUrlOf(url, room.code);
	const svg = await QRCode.toString(room.joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
	return {
		code: room.code,
		title: room.quiz.title,
		joinUrl: room.joinUrl,
		qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
	};
};
