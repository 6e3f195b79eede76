import { fail, redirect } from '@sveltejs/kit';
import { getClassroom, NO_SUCH_ROOM, NOT_A_ROOM_CODE } from '$lib/server/classroom/classroom';
import { joinRoom } from '$lib/server/classroom/http';
import { friendlyNickname, NicknameError } from '$lib/server/classroom/nickname';
import { RoomError } from '$lib/server/classroom/room';
import type { Actions, PageServerLoad } from './$types';

/**
 * The code the page opens with (a room's link or QR code, or the address of a room that is gone)
 * and, when it names no open room, why: the page says so at once, where a fresh user opening
 * /room/000000 saw a plain join form and learnt it only on sending it. The look-up is held to
 * the page-view limit of `Classroom.isOpenRoom`, never to the wrong-code limit of joins, and is
 * skipped for a browser's prefetch (`Sec-Purpose: prefetch`), which no one sees; nor is it asked
 * again with a join sent (a POST), whose own answer says what became of the code typed. Spaces and
 * hyphens in a code are dropped ("438 010", "438-010"), as a board may write it; a code
 * that is no six digits ("12ab") is told so, with no look-up: "No open room has that code" sent a
 * fresh user looking for a room where the code itself was mistyped.
 */
export const load: PageServerLoad = ({ url, request, getClientAddress }) => {
	const code = url.searchParams.get('code') ?? '';
	if (!code || request.method !== 'GET' || request.headers.get('sec-purpose')?.includes('prefetch')) return { code, problem: null };
	const digits = code.replace(/[\s-]/g, '');
	if (!/^\d{6}$/.test(digits)) return { code, problem: NOT_A_ROOM_CODE };
	const open = getClassroom().isOpenRoom(digits, getClientAddress());
	return { code, problem: open === false ? NO_SUCH_ROOM : null };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		// the refusals give back the code as typed, spaces and all, for the student to mend
		const typed = String(form.get('code') ?? '');
		const code = typed.replace(/[\s-]/g, '');
		const nickname = String(form.get('nickname') ?? '');
		const note = String(form.get('note') ?? '');
		// "Pick a name for me" only fills the box: joining at once under it left the student no
		// chance to see or change the name everyone in the room would see. The room is not asked,
		// so a suggestion costs nothing against the wrong-code limit; a clash is refused at the join.
		if (form.get('generate') !== null) {
			return { code: typed, nickname: friendlyNickname(() => false), note, field: 'nickname', error: null, suggested: true };
		}
		if (!/^\d{6}$/.test(code)) {
			return fail(400, { code: typed, nickname, note, field: 'code', error: NOT_A_ROOM_CODE });
		}
		if (!nickname.trim()) {
			return fail(400, { code: typed, nickname, note, field: 'nickname', error: 'Type a nickname, or choose "Pick a name for me".' });
		}
		let joined;
		try {
			joined = await joinRoom(event, code, { nickname, note });
		} catch (error) {
			if (error instanceof RoomError || error instanceof NicknameError) {
				const status = error instanceof RoomError ? error.status : 400;
				const field =
					error instanceof NicknameError || error.reason === 'nickname-taken'
						? 'nickname'
						: error.reason === 'bad-note'
							? 'note'
							: 'code';
				return fail(status, { code: typed, nickname, note, field, error: error.message });
			}
			throw error;
		}
		// a second tab of a browser already in the room plays as its player: the room says so, as the
		// nickname typed was not taken (a fresh user saw their new name silently dropped)
		redirect(303, joined.rejoined && joined.player.nickname !== nickname.trim() ? `/room/${code}?rejoined` : `/room/${code}`);
	}
};
