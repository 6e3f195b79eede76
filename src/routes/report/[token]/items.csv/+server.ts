import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { itemsCsv } from '$lib/server/report-csv';
import { csvFileName, findReportSource, reportOf } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/** The report's items as a CSV download (UTF-8 with BOM, see `itemsCsv`), homework or room; 404 for an unknown token. */
export const GET: RequestHandler = ({ params }) => {
	const db = getDatabase();
	const source = findReportSource(db, params.token);
	if (!source) error(404, 'This report link names no homework or room.');
	return new Response(itemsCsv(reportOf(db, source)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${csvFileName(source, 'items')}"`,
			'cache-control': 'no-store'
		}
	});
};
