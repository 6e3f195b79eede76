import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { findHomeworkByReportToken, homeworkReport } from '$lib/server/homework';
import { studentsCsv } from '$lib/server/report-csv';
import type { RequestHandler } from './$types';

/** The report's students as a CSV download (UTF-8 with BOM, see `studentsCsv`); 404 for an unknown token. */
export const GET: RequestHandler = ({ params }) => {
	const homework = findHomeworkByReportToken(getDatabase(), params.token);
	if (!homework) error(404, 'This report link names no homework.');
	return new Response(studentsCsv(homeworkReport(getDatabase(), homework)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="homework-${homework.code}-students.csv"`,
			'cache-control': 'no-store'
		}
	});
};
