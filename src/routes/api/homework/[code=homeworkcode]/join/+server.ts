import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { getDatabase } from '$lib/server/db';
import { joinHomework } from '$lib/server/homework';
import { homeworkErrorResponse } from '$lib/server/homework-http';
import { readJsonBody } from '$lib/server/json-body';
import type { RequestHandler } from './$types';

const body = z.object({ nickname: z.string().max(200), note: z.string().max(400).optional() }).strict();

/**
 * Joins a homework. Body `{ nickname, note? }` (`note`: for the teacher's eyes only). Answers
 * `{ nickname, token }`; the device keeps the token to post its answers. Errors `{ error }`: 400
 * bad body or nickname, 404 no such homework, 409 nickname taken, 410 past the deadline.
 * 413 `{ error, reason: "too-large" }` for a body over the server's size limit (`readJsonBody`).
 */
export const POST: RequestHandler = async ({ request, params }) => {
	const read = await readJsonBody(request);
	if (read instanceof Response) return read;
	const parsed = body.safeParse(read);
	if (!parsed.success) return json({ error: 'Send { "nickname": "...", "note": "..." }.' }, { status: 400 });
	try {
		const { student, token } = joinHomework(getDatabase(), { code: params.code, ...parsed.data });
		return json({ nickname: student.nickname, token });
	} catch (error) {
		return homeworkErrorResponse(error);
	}
};
