import { error, fail, redirect } from '@sveltejs/kit';
import { isLive } from '$lib/server/classroom/report';
import { getDatabase } from '$lib/server/db';
import { HANDOUT_GRACE_MS, isOpen } from '$lib/server/homework';
import { deleteReportSource, findReportSource, reportOf, type ReportSource } from '$lib/server/reports';
import type { Actions, PageServerLoad } from './$types';

function sourceOf(token: string): ReportSource {
	const source = findReportSource(getDatabase(), token);
	if (!source) error(404, 'This report link names no homework or room: it may have been deleted, or the link is incomplete.');
	return source;
}

/**
 * The teacher's report behind the secret token `params.token`, for a homework or a live room:
 * the title, the article, the report figures, `open` (whether answers may still come in), and
 * what the summary shows: for homework its code, student link, mode and deadline; for a room its
 * code, join link and phase; timed homework also `graceMs`, the network grace its answer times are
 * measured less (`HANDOUT_GRACE_MS`), so the report can say why a quick answer shows 0.0 s. The page re-runs this load every few seconds (`depends('report')`)
 * while answers come in. 404 for an unknown token.
 */
export const load: PageServerLoad = ({ params, url, depends }) => {
	depends('report');
	const db = getDatabase();
	const source = sourceOf(params.token);
	const report = reportOf(db, source);
	if (source.kind === 'homework') {
		const { homework } = source;
		return {
			kind: 'homework' as const,
			code: homework.code,
			studentUrl: `${url.origin}/h/${homework.code}`,
			title: homework.quiz.title,
			article: homework.quiz.article,
			mode: homework.mode,
			deadline: homework.deadline,
			open: isOpen(homework),
			graceMs: homework.mode === 'timed' ? HANDOUT_GRACE_MS : null,
			report
		};
	}
	const { room } = source;
	return {
		kind: 'room' as const,
		code: room.code,
		studentUrl: `${url.origin}/join?code=${room.code}`,
		title: room.quiz.title,
		article: room.quiz.article,
		phase: room.phase,
		open: isLive(room),
		report
	};
};

export const actions: Actions = {
	/**
	 * Deletes the homework or room with every student, note and answer in it once the teacher
	 * ticked the confirmation (400 otherwise), then leads to "set homework" or the "deleted" page.
	 */
	delete: async ({ params, request }) => {
		const source = sourceOf(params.token);
		if ((await request.formData()).get('confirm') === null) {
			return fail(400, { deleteError: 'Tick the box to confirm that everything goes for good.' });
		}
		await deleteReportSource(getDatabase(), source);
		redirect(303, source.kind === 'homework' ? '/homework/new?deleted' : '/deleted?what=room');
	}
};
