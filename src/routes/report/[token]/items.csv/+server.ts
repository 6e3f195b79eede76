import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { findHomeworkByReportToken, homeworkReport } from '$lib/server/homework';
import { itemsCsv } from '$lib/server/report-csv';
import type { RequestHandler } from './$types';

/** The report's items as a CSV download (UTF-8 with BOM, see `itemsCsv`); 404 for an unknown token. */
export const GET: RequestHandler = ({ params }) => {
	const homework = findHomeworkByReportToken(getDatabase(), params.token);
	if (!homework) error(404, 'This report link names no homework.');
	return new Response(itemsCsv(homeworkReport(getDatabase(), homework)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="homework-${homework.code}-items.csv"`,
			'cache-control': 'no-store'
		}
	});
};
