import { z } from 'zod';
import { applyItemEdit, contradictedKeys, deleteItem, issueFields, moveItem, replaceItem, reviewIssues } from '$lib/quiz/review';
import { quizSchema } from '$lib/quiz/schema';
import type { Item, Quiz } from '$lib/quiz/types';
import { generateAlternativeOffThread, spareItemsOffThread } from './generation';

/**
 * The review form's state after one submission: the draft quiz with the reviewer's edits and
 * the requested operation applied, the problems found (item id → messages, quiz-wide under
 * `quiz`), and a notice for the live region.
 */
export interface ReviewState {
	quiz: Quiz;
	issues: Record<string, string[]>;
	/** The fields those problems lie in, by item id (see `issueFields`). */
	fields: Record<string, string[]>;
	notice: string;
	/**
	 * The items deleted or replaced since the review began (sent back in the hidden `retired`
	 * field): "Another item" never offers one of them again.
	 */
	retired: Item[];
	/**
	 * The ids of the items "Another item" can replace (`sparesFor`; sent back in the hidden `spares`
	 * field): its button is enabled for these only.
	 */
	spares: string[];
}

/**
 * The ids of the items of `quiz` that "Another item" can replace, the items `retired` so far in
 * the review counting as used: the generator's `spareItems`, on the generation worker, with the
 * quiz's own seed, which `readReviewForm` writes the replacement with, so the two always agree (a
 * random seed a press had the same item first refused and then written: a fresh user's find).
 * Rejects as `generateAlternativeOffThread` does.
 */
export function sparesFor(quiz: Quiz, retired: readonly Item[], signal?: AbortSignal): Promise<string[]> {
	return spareItemsOffThread(quiz.article, quiz, quiz.items.map((item) => item.id), quiz.seed, retired, signal);
}

/** The hidden `spares` field: the ids it lists that are items of `quiz`, or undefined when it is absent or not a list of ids. */
function sparesFrom(form: FormData, quiz: Quiz): string[] | undefined {
	const field = form.get('spares');
	if (typeof field !== 'string') return undefined;
	try {
		const ids: unknown = JSON.parse(field);
		if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return undefined;
		return quiz.items.map((item) => item.id).filter((id) => ids.includes(id));
	} catch {
		return undefined;
	}
}

/**
 * Thrown when the form's hidden draft is not a quiz (tampered with, or cut short): the route
 * answers 400 and the reviewer starts again from the article.
 */
export class DamagedDraftError extends Error {
	constructor() {
		super('The quiz draft sent with the form is damaged. Go back to the article and make the quiz again.');
		this.name = 'DamagedDraftError';
	}
}

/**
 * A problem a reviewer's own edit makes (an emptied stem or option, a key left unset, two equal
 * options): the save refused for it sends the edit back in the hidden draft, which must then read
 * as the draft it is, not as damage, or the next save would throw the whole review away.
 */
function editProblem(issue: z.core.$ZodIssue): boolean {
	const [items, index, field] = issue.path;
	return items === 'items' && typeof index === 'number' && ['stem', 'options', 'key', 'accepted'].includes(String(field)) && (issue.code === 'too_small' || issue.code === 'custom');
}

/** Parses `json` as a quiz whose items may carry the reviewer's unfinished edits (`editProblem`); throws `DamagedDraftError` for anything else. */
function draftQuizOf(json: unknown): Quiz {
	const parsed = quizSchema.safeParse(json);
	if (parsed.success) return parsed.data as Quiz;
	if (parsed.error.issues.every(editProblem)) return json as Quiz;
	throw new DamagedDraftError();
}

/** The JSON of a hidden field; throws `DamagedDraftError` when it is not JSON. */
function jsonOf(field: string): unknown {
	try {
		return JSON.parse(field);
	} catch {
		throw new DamagedDraftError();
	}
}

function draftFrom(form: FormData): Quiz {
	return draftQuizOf(jsonOf(String(form.get('quiz') ?? '')));
}

/**
 * The hidden `retired` field: the items taken out so far, validated as the items of `draft`
 * (same article and sentences). Empty when the field is absent or empty.
 */
function retiredFrom(form: FormData, draft: Quiz): Item[] {
	const field = form.get('retired');
	if (typeof field !== 'string' || field === '' || field === '[]') return [];
	return draftQuizOf({ ...draft, items: jsonOf(field) }).items;
}

/**
 * Reads the review form: the draft (hidden `quiz` JSON, validated), then for each item the
 * fields `stem:<id>`, `option:<id>:<n>` and `key:<id>`, so that whatever the reviewer typed is
 * kept whichever button was pressed. Then applies the operation named by the pressed button's
 * `op` value: `delete:<id>`, `up:<id>`, `down:<id>`, `another:<id>` (a new item from the
 * generator in its place, from none of the sentences of the items retired so far: the hidden
 * `retired` field, to which a deleted or replaced item is added; written off the event loop:
 * `generateAlternativeOffThread`, which `signal` stops), or none. Resolves to the new state;
 * rejects with `DamagedDraftError`, or as `generateAlternativeOffThread` does. Which items have a
 * spare (`spares`) is read again after a delete or a replacement, or when the form has no `spares`
 * field; a move or an edit changes no item's sentence, so the field's list stands. A key the edit moved off
 * what the source sentence says is a problem until saved again (`contradictedKeys`).
 */
export async function readReviewForm(form: FormData, signal?: AbortSignal): Promise<ReviewState> {
	const draft = draftFrom(form);
	let retired = retiredFrom(form, draft);
	let quiz: Quiz = {
		...draft,
		items: draft.items.map((item) => {
			const stem = form.get(`stem:${item.id}`);
			if (typeof stem !== 'string') return item;
			const options = item.options.map((o, n) => {
				const value = form.get(`option:${item.id}:${n}`);
				return typeof value === 'string' ? value : o;
			});
			const key = Number(form.get(`key:${item.id}`) ?? item.key);
			return applyItemEdit(item, { stem, options, key: Number.isInteger(key) ? key : -1 });
		})
	};
	const [op, itemId] = String(form.get('op') ?? '').split(/:(.*)/s);
	const position = quiz.items.findIndex((it) => it.id === itemId) + 1;
	let notice = '';
	let spares = sparesFrom(form, draft);
	if (op === 'delete' && position) {
		retired = [...retired, quiz.items[position - 1]];
		quiz = deleteItem(quiz, itemId);
		notice = `Item ${position} deleted.`;
		spares = undefined;
	} else if ((op === 'up' || op === 'down') && position) {
		quiz = moveItem(quiz, itemId, op === 'up' ? -1 : 1);
		const now = quiz.items.findIndex((it) => it.id === itemId) + 1;
		notice = `Item moved to position ${now}.`;
	} else if (op === 'another' && position) {
		const alternative = await generateAlternativeOffThread(quiz.article, quiz, itemId, quiz.seed, retired, signal);
		if (alternative) {
			retired = [...retired, quiz.items[position - 1]];
			quiz = replaceItem(quiz, itemId, alternative);
			spares = await sparesFor(quiz, retired, signal);
			const now = quiz.items.findIndex((it) => it.id === alternative.id) + 1;
			const where = now === position ? '' : `, now item ${now} in the article's order`;
			notice = `Item ${position} replaced with a new item${where}.${spares.length === 0 ? ' No other item is left to write from this article.' : ''}`;
		} else {
			spares = spares?.filter((id) => id !== itemId);
			// the button is enabled only where a spare is left; a page without its script, or sent twice, may still ask
			notice = `No other item can take the place of item ${position}: every sentence of the article left gives none that passes the checks. Item ${position} is unchanged.`;
		}
	}
	spares ??= await sparesFor(quiz, retired, signal);
	const issues = reviewIssues(quiz);
	const fields = issueFields(quiz);
	for (const [id, messages] of Object.entries(contradictedKeys(draft, quiz))) {
		issues[id] = [...(issues[id] ?? []), ...messages];
		fields[id] = [...new Set([...(fields[id] ?? []), 'key'])];
	}
	return { quiz, issues, fields, notice, retired, spares };
}
