import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { InputError } from '$lib/quiz/errors';
import { articleOf, type ArticleDraft } from '$lib/quiz/review';
import { sharedItemId, sharedItemIdMessage } from '$lib/quiz/item-ids';
import { parseQuiz } from '$lib/quiz/schema';
import type { Quiz } from '$lib/quiz/types';
import { articleForQuiz, checkArticle, decodeText } from './article-input';
import { generateQuizOffThread } from './generation';
import { ArticleInputError } from './errors';

/** The largest file accepted for upload or import, in bytes: the cap on fetched pages, 5 MB. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Whether `error` is a problem with what the user brought (an `InputError`: the generator's, or
 * the server's `ArticleInputError`) rather than a fault of the server: its message is then meant
 * for the user.
 */
export function isUserInputError(error: unknown): error is Error {
	return error instanceof InputError;
}

/**
 * Reads a form post's fields. A body over the server's `BODY_SIZE_LIMIT` makes adapter-node fail
 * the read with a 413 `SvelteKitError` before anything of it is seen; that is turned into
 * `ArticleInputError('too-large', tooLarge)`, so the user gets `tooLarge` (what to do) rather
 * than a bare "Payload Too Large" page. A body that is not a form is
 * `ArticleInputError('not-text')`.
 */
export async function readForm(request: Request, tooLarge: string): Promise<FormData> {
	try {
		return await request.formData();
	} catch (error) {
		if ((error as { status?: unknown } | null)?.status === 413) throw new ArticleInputError('too-large', tooLarge);
		// undici's "Could not parse content as FormData": a body cut short or not a form, the sender's fault
		throw new ArticleInputError('not-text', 'The form could not be read: it arrived cut short or is not a form. Reload the page and send it again.');
	}
}

/**
 * Reads an uploaded file's bytes, refusing an empty or over-large file with a message.
 * Throws `ArticleInputError` ('empty', 'too-large').
 */
export async function uploadedBytes(file: FormDataEntryValue | null): Promise<Uint8Array> {
	if (!(file instanceof File) || file.size === 0) {
		throw new ArticleInputError('empty', 'No file was chosen, or the file is empty. Choose a .txt, .md or .html file.');
	}
	if (file.size > MAX_UPLOAD_BYTES) {
		throw new ArticleInputError(
			'too-large',
			`${file.name} is larger than 5 MB, too large to be one article. Upload the article alone, or paste its text.`
		);
	}
	return new Uint8Array(await file.arrayBuffer());
}

/**
 * Checks the publication date typed in the article editor: empty, or a real calendar day as
 * YYYY-MM-DD (the value of an HTML date input, WHATWG HTML "valid date string"; zod's
 * `z.iso.date()` checks the month's days and leap years), no later than the day after `now` (epoch
 * ms). A date the generator cannot read would be dropped without a word, and "last Tuesday" left
 * unresolved; one still to come would resolve it wrongly. Throws `ArticleInputError('bad-date')`
 * with what to type.
 */
function checkPublished(published: string, now = Date.now()): void {
	const text = published.trim();
	if (text === '') return;
	if (!z.iso.date().safeParse(text).success) {
		throw new ArticleInputError('bad-date', `"${text}" is not a date newsquiz can read. Type the publication date as YYYY-MM-DD (for example 2026-03-14), or leave it empty.`);
	}
	// "last Tuesday" is resolved against it: a date still to come would misdate every relative date (a day's
	// leeway for the time zones ahead of the server's)
	if (Date.parse(`${text}T00:00:00Z`) > now + 24 * 60 * 60 * 1000) {
		throw new ArticleInputError('bad-date', `${text} is still to come. Type the day the article was published, on or before today, or leave it empty.`);
	}
}

/**
 * Writes a draft quiz from the article editor's form: checks the article (`checkArticle`),
 * reads it with the generator's parser, keeps the byline, date and URL from the form, and
 * generates with a fresh random seed, off the event loop where the server runs a generation worker
 * (`generateQuizOffThread`, which `signal` stops). Resolves to the quiz (id `draft` until saved).
 * Rejects with `signal.reason` once it aborts, `ArticleInputError` (a publication date that is no date: 'bad-date'; generation over `GENERATION_TIMEOUT_MS`: 'too-long') or the generator's `InputError`, and `ArticleInputError('empty')`
 * when no item could be written.
 */
export async function draftQuiz(draft: ArticleDraft, signal?: AbortSignal): Promise<Quiz> {
	checkPublished(draft.published);
	const edited = articleOf(draft);
	checkArticle(edited);
	const quiz = await generateQuizOffThread(articleForQuiz(edited), { seed: randomInt(2 ** 31), id: 'draft', year: new Date().getUTCFullYear() }, signal);
	if (quiz.items.length === 0) {
		throw new ArticleInputError(
			'empty',
			'No question could be written from this article: none of its sentences gave a question that passed newsquiz’s checks (a fact a player can check, in a sentence that makes sense on its own). Try another news article.'
		);
	}
	return quiz;
}

/** Where a quiz file comes from again, said at the end of each refusal of a broken one. */
const EXPORT_AGAIN = 'export the quiz again ("Export it as JSON" on its edit page) and import the new file';

/**
 * What is wrong with a quiz file `JSON.parse` refused, and what to do: an empty file, one cut
 * short (a download that stopped), one broken at a line and column (an edit by hand), or one
 * that is not JSON at all. V8 names the offset of the fault as "at position N".
 */
function brokenJson(text: string, error: unknown): string {
	const body = text.trimEnd();
	if (!body.trim()) return `This file is empty. To import a quiz, ${EXPORT_AGAIN}.`;
	if (!/^\s*[[{]/.test(body)) return `This file is not JSON, the format newsquiz exports quizzes in. Import the .json file of a quiz, or ${EXPORT_AGAIN}.`;
	const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
	const at = match ? Number(match[1]) : body.length;
	if (at >= body.length) return `This quiz file is cut short: it ends before the quiz does, as when a download stops early. ${capitalised(EXPORT_AGAIN)}.`;
	const before = body.slice(0, at).split('\n');
	const where = `line ${before.length}, column ${before[before.length - 1].length + 1}`;
	return `This quiz file is damaged at ${where}: the JSON breaks there, as when a file is edited by hand. Correct it there in a text editor, or ${EXPORT_AGAIN}.`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The parts every quiz file has (the quiz schema's required top-level keys), named when a JSON file lacks them. */
const QUIZ_PARTS = ['id', 'title', 'article', 'items'] as const;

/**
 * Reads a quiz file exported from newsquiz (the schema of `questions/`). Returns the quiz.
 * Throws `ArticleInputError('not-text')` when the file is not JSON or not a valid quiz, with
 * the first problems named; a file whose items share an id is named as such, since an edited
 * export (an item copied) is the likely cause.
 */
export function importedQuiz(bytes: Uint8Array): Quiz {
	let text: string;
	try {
		({ text } = decodeText(bytes));
	} catch (error) {
		// decodeText's own refusal speaks of article files; this form takes a quiz
		if (!(error instanceof ArticleInputError)) throw error;
		throw new ArticleInputError('not-text', `This file is not a quiz file: it is not text at all. Import the .json file of a quiz, or ${EXPORT_AGAIN}.`);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new ArticleInputError('not-text', brokenJson(text, error));
	}
	const items = (json as { items?: unknown })?.items;
	const shared = Array.isArray(items) ? sharedItemId(items.filter((it): it is { id: string } => typeof it?.id === 'string')) : undefined;
	if (shared) {
		throw new ArticleInputError(
			'not-text',
			`This quiz file cannot be imported: its ${sharedItemIdMessage(shared)}. Change one of the two ids in the file, or export the quiz again.`
		);
	}
	try {
		return parseQuiz(json);
	} catch (error) {
		if (!(error instanceof z.ZodError)) throw error;
		const missing = QUIZ_PARTS.filter((part) => typeof json !== 'object' || json === null || !(part in json));
		if (missing.length > 0) {
			throw new ArticleInputError('not-text', `This file is JSON, but not a newsquiz quiz: it has no ${missing.join(', ')}. Import the .json file of a quiz, or ${EXPORT_AGAIN}.`);
		}
		const problems = error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'quiz'}: ${i.message}`);
		throw new ArticleInputError('not-text', `This quiz file cannot be imported (${problems.join('; ')}). ${capitalised(EXPORT_AGAIN)}.`);
	}
}
