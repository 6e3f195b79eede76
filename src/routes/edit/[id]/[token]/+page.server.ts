import { error, fail } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { DamagedDraftError, readReviewForm } from '$lib/server/review-form';
import { canEdit, loadForEdit, updateQuiz } from '$lib/server/saved-quizzes';
import type { Actions, PageServerLoad } from './$types';

const INVALID_LINK = 'This edit link is not valid: the quiz does not exist, or the link is incomplete. Check that you copied the whole link.';

export const load: PageServerLoad = ({ params, setHeaders }) => {
	// The token is in the URL: keep it out of caches and out of the Referer sent to other sites.
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	const saved = loadForEdit(getDatabase(), params.id, params.token);
	if (!saved) error(404, INVALID_LINK);
	return saved;
};

async function reviewed(form: FormData) {
	try {
		return await readReviewForm(form);
	} catch (e) {
		if (e instanceof DamagedDraftError) error(400, e.message);
		throw e;
	}
}

export const actions = {
	review: async ({ params, request }) => {
		if (!canEdit(getDatabase(), params.id, params.token)) error(404, INVALID_LINK);
		return { ...(await reviewed(await request.formData())), saved: false };
	},
	save: async ({ params, request }) => {
		const state = await reviewed(await request.formData());
		if (Object.keys(state.issues).length > 0) {
			return fail(400, { ...state, saved: false, notice: 'Not saved: fix the problems marked below, then save again.' });
		}
		if (!updateQuiz(getDatabase(), params.id, params.token, state.quiz, state.retired)) error(404, INVALID_LINK);
		return { ...state, saved: true, notice: 'Changes saved.' };
	}
} satisfies Actions;
