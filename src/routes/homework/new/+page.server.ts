import { fail, redirect } from '@sveltejs/kit';
import { maskedHeadline } from '$lib/quiz/masked-headline';
import { getDatabase } from '$lib/server/db';
import { createHomework, HomeworkError } from '$lib/server/homework';
import { bundledQuizzes, findQuiz } from '$lib/server/quizzes';
import type { Actions, PageServerLoad } from './$types';

/**
 * The quizzes a teacher can set (the bundled ones, and `?quiz=<id>` preselected, saved ones
 * included). A `?quiz=` that names no quiz is said so (`unknown`), where the form had quietly
 * offered the first bundled quiz in its place (a fresh user's find: homework could be set on a
 * quiz the teacher never chose). Each title is the headline with the keys it prints blanked
 * (`maskedHeadline`), as on the home page: the form may be on the projector as homework is set.
 */
export const load: PageServerLoad = ({ url }) => {
	const chosen = url.searchParams.get('quiz');
	const quizzes = bundledQuizzes().map((q) => ({ id: q.id, title: maskedHeadline(q) }));
	const extra = chosen && !quizzes.some((q) => q.id === chosen) ? findQuiz(chosen) : undefined;
	const unknown = chosen !== null && !extra && !quizzes.some((q) => q.id === chosen);
	return {
		quizzes: extra ? [{ id: extra.id, title: maskedHeadline(extra) }, ...quizzes] : quizzes,
		chosen: (unknown ? null : chosen) ?? quizzes[0]?.id ?? null,
		unknown,
		deleted: url.searchParams.has('deleted')
	};
};

/**
 * Reads a `datetime-local` value ("2026-12-01T17:00") in the teacher's time zone, given as the
 * browser's `getTimezoneOffset()` in minutes (0, i.e. UTC, without JavaScript). Returns epoch ms
 * or NaN.
 */
function deadlineOf(local: string, offsetMinutes: number): number {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
	if (!m) return NaN;
	const [, y, mo, d, h, mi] = m.map(Number);
	return Date.UTC(y, mo - 1, d, h, mi) + offsetMinutes * 60_000;
}

export const actions: Actions = {
	/** Sets the quiz as homework and sends the teacher to the secret report link. */
	default: async ({ request }) => {
		const form = await request.formData();
		const values = {
			quiz: String(form.get('quiz') ?? ''),
			mode: form.get('mode') === 'relaxed' ? ('relaxed' as const) : ('timed' as const),
			deadline: String(form.get('deadline') ?? ''),
			tz: Number(form.get('tz') ?? 0) || 0
		};
		const quiz = findQuiz(values.quiz);
		if (!quiz) return fail(400, { ...values, field: 'quiz' as const, error: 'Choose a quiz from the list.' });
		const deadline = deadlineOf(values.deadline, values.tz);
		if (Number.isNaN(deadline)) return fail(400, { ...values, field: 'deadline' as const, error: 'Give the deadline as a date and a time.' });
		let token: string;
		try {
			token = createHomework(getDatabase(), { quiz, mode: values.mode, deadline }).reportToken;
		} catch (error) {
			if (error instanceof HomeworkError) return fail(error.status, { ...values, field: 'deadline' as const, error: error.message });
			throw error;
		}
		redirect(303, `/report/${token}`);
	}
};
