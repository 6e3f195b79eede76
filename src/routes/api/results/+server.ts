import { json } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { findQuiz } from '$lib/server/quizzes';
import { readLimitedText, recordResult, ResultRefused } from '$lib/server/results';
import type { RequestHandler } from './$types';

/**
 * Stores the result of a finished game, scored here from the stored quiz. Body: a `Submission`
 * (see `$lib/server/results`). 201 with `{ id, path, url, result, challenged }`; 400 with
 * `{ error }` for a forged or malformed post, 413 for one over 16 KiB; neither stores anything.
 */
export const POST: RequestHandler = async ({ request, url }) => {
	try {
		const text = await readLimitedText(request);
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			throw new ResultRefused('the body is not JSON');
		}
		const { result, challenged } = recordResult({ db: getDatabase(), json: body, lookupQuiz: findQuiz });
		const path = `/r/${result.id}`;
		return json({ id: result.id, path, url: new URL(path, url.origin).href, result, challenged }, { status: 201 });
	} catch (error) {
		if (error instanceof ResultRefused) return json({ error: error.message, field: error.field }, { status: error.status });
		throw error;
	}
};
