import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { getClassroom } from '$lib/server/classroom/classroom';
import { joinUrlOf, setRoomCookie } from '$lib/server/classroom/http';
import { registerRoomReport } from '$lib/server/classroom/report';
import { getDatabase } from '$lib/server/db';
import { findQuiz } from '$lib/server/quizzes';
import { readJsonBody } from '$lib/server/json-body';
import type { RequestHandler } from './$types';

const body = z.object({ quizId: z.string().min(1) });

/**
 * Opens a classroom room for a quiz. Body `{ quizId }`; answers 201 `{ code, hostToken, joinUrl,
 * reportUrl }` (`reportUrl`: the teacher's secret report link) and sets the host cookie; 400 for
 * a bad body, 404 for an unknown quiz.
 * 413 `{ error, reason: "too-large" }` for a body over the server's size limit (`readJsonBody`).
 */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const read = await readJsonBody(request);
	if (read instanceof Response) return read;
	const parsed = body.safeParse(read);
	if (!parsed.success) return json({ error: 'Send { "quizId": "..." }.', reason: 'bad-request' }, { status: 400 });
	const quiz = findQuiz(parsed.data.quizId);
	if (!quiz) return json({ error: 'No quiz has that id.', reason: 'no-such-quiz' }, { status: 404 });
	const { room, hostToken } = await getClassroom().create(quiz);
	room.joinUrl = joinUrlOf(url, room.code);
	setRoomCookie(cookies, url, 'host', room.code, hostToken);
	const reportUrl = `${url.origin}/report/${registerRoomReport(getDatabase(), room.id, hostToken)}`;
	return json({ code: room.code, hostToken, joinUrl: room.joinUrl, reportUrl }, { status: 201 });
};
