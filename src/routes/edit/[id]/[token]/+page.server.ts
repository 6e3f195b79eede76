import { error, fail } from '@sveltejs/kit';
import { whileConnected, type ConnectedEvent } from '$lib/server/client-signal';
import { getDatabase } from '$lib/server/db';
import { DamagedDraftError, readReviewForm, sparesFor } from '$lib/server/review-form';
import { canEdit, loadForEdit, updateQuiz } from '$lib/server/saved-quizzes';
import type { Actions, PageServerLoad } from './$types';

const INVALID_LINK = 'This edit link is not valid: the quiz does not exist, or the link is incomplete. Check that you copied the whole link.';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The token is in the URL: keep it out of caches and out of the Referer sent to other sites.
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	const saved = loadForEdit(getDatabase(), params.id, params.token);
	if (!saved) error(404, INVALID_LINK);
	return { ...saved, spares: await sparesFor(saved.quiz, saved.retired) };
};

/**
 * The review form's state (`readReviewForm`, stopped when the client leaves). A damaged draft is
 * a 400; a client that left while an item was written gets nginx's "client closed request", 499,
 * which no one reads and the log does not count as a fault.
 */
async function reviewed(event: ConnectedEvent) {
	const form = await event.request.formData();
	return whileConnected(event, async (signal) => {
		try {
			return await readReviewForm(form, signal);
		} catch (e) {
			if (signal.aborted) error(499, 'Stopped before the answer was ready.');
			if (e instanceof DamagedDraftError) error(400, e.message);
			throw e;
		}
	});
}

export const actions = {
	review: async (event) => {
		const { params } = event;
		if (!canEdit(getDatabase(), params.id, params.token)) error(404, INVALID_LINK);
		return { ...(await reviewed(event)), saved: false };
	},
	save: async (event) => {
		const { params } = event;
		const state = await reviewed(event);
		if (Object.keys(state.issues).length > 0) {
			return fail(400, { ...state, saved: false, notice: 'Not saved: fix the problems marked below, then save again.' });
		}
		if (!updateQuiz(getDatabase(), params.id, params.token, state.quiz, state.retired)) error(404, INVALID_LINK);
		return { ...state, saved: true, notice: 'Changes saved.' };
	}
} satisfies Actions;
