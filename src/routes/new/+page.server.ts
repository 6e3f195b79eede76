import { fail } from '@sveltejs/kit';
import { overPasteLimit, PASTE_TOO_LONG } from '$lib/limits';
import { counted } from '$lib/plural';
import { draftOf, type ArticleDraft } from '$lib/quiz/review';
import { checkArticle, isMarkdownFile, readArticleFile, readPastedText, readsPastedMarkup } from '$lib/server/article-input';
import { whileConnected } from '$lib/server/client-signal';
import { getDatabase } from '$lib/server/db';
import { fetchPage } from '$lib/server/fetch-article';
import { ArticleInputError } from '$lib/server/errors';
import { draftQuiz, importedQuiz, isUserInputError, readForm, uploadedBytes } from '$lib/server/new-quiz';
import { DamagedDraftError, readReviewForm, sparesFor } from '$lib/server/review-form';
import { saveNewQuiz } from '$lib/server/saved-quizzes';
import type { Article } from '$lib/quiz/types';
import type { Actions } from './$types';

type Source = 'paste' | 'upload' | 'link' | 'import';

/** What a file over the server's body limit gets (the page itself refuses one over 5 MB before sending it). */
const FILE_TOO_LARGE = 'The file is larger than 5 MB, too large to be one article. Upload the article alone, or paste its text.';

function field(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/**
 * What a fault of ours (an error no input check raised, such as a bug the generator hits on one
 * article) tells the user; the error itself goes to the server's log.
 */
const OUR_FAULT =
	'Something went wrong on our side while reading this article, and it has been logged. Your text is kept: try again, or edit the article and try again.';

/**
 * The status of an answer to a request whose client left while it was served (nginx's "client
 * closed request"): no one reads it, and the log should not count it as the user's mistake or ours.
 */
const CLIENT_GONE = 499;

/** What the answer to a request whose client has left says, should anything still read it. */
const STOPPED = 'Stopped before the answer was ready.';

/**
 * The message and status of an error: the user's own mistake (400) says what to do, a fault of
 * ours (500) is logged, and any error once `signal` has aborted is the client having left (499).
 */
function explained(error: unknown, signal?: AbortSignal): { status: 400 | 499 | 500; message: string } {
	if (signal?.aborted) return { status: CLIENT_GONE, message: STOPPED };
	if (isUserInputError(error) || error instanceof DamagedDraftError) return { status: 400, message: error.message };
	console.error(error);
	return { status: 500, message: OUR_FAULT };
}

/** A refusal at the first step: the message, and what was typed, so nothing is lost. */
function refuse(source: Source, error: unknown, kept: { text?: string; url?: string } = {}, signal?: AbortSignal) {
	const { status, message } = explained(error, signal);
	return fail(status, { stage: 'bring' as const, source, message, text: kept.text ?? '', url: kept.url ?? '' });
}

/**
 * The editor step for `article`; `countShown` for a paste, whose box shows its count beside the
 * refusal; `readAsHtml` for a paste read as HTML, its tags dropped, which the step says.
 */
function toEditor(article: Article, { countShown = false, readAsHtml = false } = {}) {
	checkArticle(article, { requireHeadline: false, countShown });
	return { stage: 'article' as const, article: draftOf(article), message: '', readAsHtml };
}

/**
 * The review form's state, or the failure to answer instead: the user sent back to the start when
 * the draft is damaged, nothing meant for anyone when the client left while an item was written.
 */
async function review(form: FormData, signal: AbortSignal) {
	try {
		return { state: await readReviewForm(form, signal) };
	} catch (error) {
		if (!(error instanceof DamagedDraftError) && !signal.aborted) throw error;
		return { refused: refuse('paste', error, {}, signal) };
	}
}

export const actions = {
	paste: async ({ request }) => {
		let text = '';
		try {
			const form = await readForm(request, PASTE_TOO_LONG);
			text = field(form, 'text');
			if (overPasteLimit(text)) throw new ArticleInputError('too-long', PASTE_TOO_LONG);
			const keepTags = field(form, 'keep-tags') === 'on';
			// held to the limit by the words the generator reads of it, as the article box counts them: its
			// headline, byline and date lines had counted, and refused an article under the limit
			return toEditor(readPastedText(text, { keepTags }), { countShown: true, readAsHtml: !keepTags && readsPastedMarkup(text) });
		} catch (error) {
			return refuse('paste', error, { text });
		}
	},
	upload: async ({ request }) => {
		try {
			const file = (await readForm(request, FILE_TOO_LARGE)).get('file');
			const markdown = file instanceof File && isMarkdownFile(file);
			return toEditor(readArticleFile(await uploadedBytes(file), { markdown }));
		} catch (error) {
			return refuse('upload', error);
		}
	},
	link: async (event) => {
		const url = field(await event.request.formData(), 'url');
		return whileConnected(event, async (signal) => {
			try {
				const page = await fetchPage(url, { signal });
				const markdown = isMarkdownFile({ name: new URL(page.url).pathname, type: page.contentType });
				return toEditor(readArticleFile(page.bytes, { url: page.url, markdown }));
			} catch (error) {
				return refuse('link', error, { url }, signal);
			}
		});
	},
	import: async ({ request }) => {
		try {
			const quiz = importedQuiz(await uploadedBytes((await readForm(request, FILE_TOO_LARGE)).get('file')));
			const spares = await sparesFor(quiz, []);
			return { stage: 'review' as const, quiz, issues: {}, fields: {}, retired: [], spares, notice: `Imported ${counted(quiz.items.length, 'item')}.` };
		} catch (error) {
			return refuse('import', error);
		}
	},
	generate: async (event) => {
		const { request } = event;
		let form: FormData;
		try {
			form = await readForm(request, PASTE_TOO_LONG);
		} catch (error) {
			if (!isUserInputError(error)) throw error;
			// a body over the server's limit, or not a form, cannot be read back: the page keeps its own copy
			return fail(error instanceof ArticleInputError && error.code === 'too-large' ? 413 : 400, { stage: 'article' as const, article: { title: '', byline: '', published: '', url: '', body: '' }, message: error.message });
		}
		const draft: ArticleDraft = {
			title: field(form, 'title'),
			byline: field(form, 'byline'),
			published: field(form, 'published'),
			url: field(form, 'url'),
			body: field(form, 'body')
		};
		return whileConnected(event, async (signal) => {
			try {
				if (overPasteLimit(draft.body)) throw new ArticleInputError('too-long', PASTE_TOO_LONG);
				const quiz = await draftQuiz(draft, signal);
				const spares = await sparesFor(quiz, [], signal);
				return { stage: 'review' as const, quiz, issues: {}, fields: {}, retired: [], spares, notice: `${counted(quiz.items.length, 'item')} written. Review ${quiz.items.length === 1 ? 'it' : 'them'}, then save.` };
			} catch (error) {
				const { status, message } = explained(error, signal);
				return fail(status, { stage: 'article' as const, article: draft, message });
			}
		});
	},
	review: async (event) => {
		const form = await event.request.formData();
		const { state, refused } = await whileConnected(event, (signal) => review(form, signal));
		if (!state) return refused;
		return { stage: 'review' as const, ...state };
	},
	save: async (event) => {
		const form = await event.request.formData();
		const { state, refused } = await whileConnected(event, (signal) => review(form, signal));
		if (!state) return refused;
		if (Object.keys(state.issues).length > 0) {
			return fail(400, { stage: 'review' as const, ...state, notice: 'Not saved: fix the problems marked below, then save again.' });
		}
		const { id, token } = saveNewQuiz(getDatabase(), state.quiz, state.retired);
		return { stage: 'saved' as const, id, token, title: state.quiz.title };
	}
} satisfies Actions;
