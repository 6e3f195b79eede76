import { error, redirect } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { deleteHomework, findHomeworkByReportToken, homeworkReport, isOpen, type Homework } from '$lib/server/homework';
import type { Actions, PageServerLoad } from './$types';

function homeworkOf(token: string): Homework {
	const homework = findHomeworkByReportToken(getDatabase(), token);
	if (!homework) error(404, 'This report link names no homework: it may have been deleted, or the link is incomplete.');
	return homework;
}

/**
 * The teacher's report of the homework whose secret report token is `params.token`: the
 * homework's code, student link, mode and deadline, the article, and the report figures. The page
 * re-runs this load every few seconds (`depends('homework:report')`) while homework comes in.
 * 404 for an unknown token.
 */
export const load: PageServerLoad = ({ params, url, depends }) => {
	depends('homework:report');
	const homework = homeworkOf(params.token);
	return {
		code: homework.code,
		studentUrl: `${url.origin}/h/${homework.code}`,
		title: homework.quiz.title,
		article: homework.quiz.article,
		mode: homework.mode,
		deadline: homework.deadline,
		open: isOpen(homework),
		report: homeworkReport(getDatabase(), homework)
	};
};

export const actions: Actions = {
	/** Deletes the homework with every student and answer in it, then leads to "set homework". */
	delete: async ({ params }) => {
		deleteHomework(getDatabase(), homeworkOf(params.token).id);
		redirect(303, '/homework/new?deleted');
	}
};
