import { BLANK } from '$lib/components/stem';
import { quizSchema } from './schema';
import type { Article, Item, Quiz } from './types';

/**
 * A reviewer's edit of one item: the new stem, option texts and key index. An item answered by
 * choice takes all three; a typed item takes only its stem and its key text, `options[item.key]`;
 * an estimate item takes only its stem (its key is a number the options do not carry).
 */
export interface ItemEdit {
	stem: string;
	options: string[];
	key: number;
}

/** Which form controls an item shows in review: all options, one key text, or none. */
export type EditableParts = 'options' | 'key-text' | 'stem-only';

/** The parts of `item` a reviewer can edit (see `ItemEdit`). */
export function editableParts(item: Item): EditableParts {
	const mode = item.answerMode ?? 'choice';
	if (mode === 'estimate') return 'stem-only';
	return mode === 'typed' ? 'key-text' : 'options';
}

/**
 * Applies a reviewer's edit to an item, trimming each text. A typed item whose key text changes
 * accepts the new text only, since the old accepted spellings were spellings of the old key.
 * Returns a new item; validation is `reviewIssues`' job.
 */
export function applyItemEdit(item: Item, edit: ItemEdit): Item {
	const stem = edit.stem.trim();
	switch (editableParts(item)) {
		case 'stem-only':
			return { ...item, stem };
		case 'key-text': {
			const keyText = (edit.options[item.key] ?? '').trim();
			const options = item.options.map((o, i) => (i === item.key ? keyText : o));
			const accepted = keyText === item.options[item.key] ? item.accepted : [keyText];
			return { ...item, stem, options, accepted };
		}
		case 'options':
			return { ...item, stem, options: edit.options.map((o) => o.trim()), key: edit.key };
	}
}

/** Removes the item `itemId` from the quiz. Returns a new quiz. */
export function deleteItem(quiz: Quiz, itemId: string): Quiz {
	return { ...quiz, items: quiz.items.filter((it) => it.id !== itemId) };
}

/**
 * Moves the item `itemId` one place earlier (`by` -1) or later (+1) in play order. Returns a new
 * quiz; an item already first or last stays where it is.
 */
export function moveItem(quiz: Quiz, itemId: string, by: -1 | 1): Quiz {
	const from = quiz.items.findIndex((it) => it.id === itemId);
	const to = from + by;
	if (from < 0 || to < 0 || to >= quiz.items.length) return quiz;
	const items = [...quiz.items];
	[items[from], items[to]] = [items[to], items[from]];
	return { ...quiz, items };
}

/**
 * Puts `replacement` in for item `itemId`, where its source sentence falls in the article among the
 * items that stay, as the generator orders a quiz: "Another item" on a quiz's last item had put an
 * item from the fifth of fourteen paragraphs last (a fresh user's find). Where the reviewer has
 * ordered the items otherwise (they no longer follow the article), it takes the replaced item's
 * place. Returns a new quiz.
 */
export function replaceItem(quiz: Quiz, itemId: string, replacement: Item): Quiz {
	const inPlace = quiz.items.map((it) => (it.id === itemId ? replacement : it));
	const stay = quiz.items.filter((it) => it.id !== itemId);
	const inOrder = stay.every((it, n) => n === 0 || stay[n - 1].source.sentence <= it.source.sentence);
	if (!inOrder || stay.length === quiz.items.length) return { ...quiz, items: inPlace };
	const at = stay.findIndex((it) => it.source.sentence > replacement.source.sentence);
	return { ...quiz, items: at === -1 ? [...stay, replacement] : [...stay.slice(0, at), replacement, ...stay.slice(at)] };
}

/** What a fill-in or estimate item whose stem has lost its blank is told. */
const NO_BLANK = 'the question has no blank (_____) where the answer goes: put one back';

/**
 * The fill-in and estimate items of `quiz` whose stem has words but no blank: the schema lets them through
 * (a quiz saved so before must still load), but a player would get a sentence with nothing to fill.
 * An emptied stem is the schema's to report: told "no blank" as well, a reviewer read two faults
 * where there is one (a fresh user's find).
 */
function blankless(quiz: Quiz): Item[] {
	return quiz.items.filter((item) => (item.type === 'cloze' || item.type === 'numeric') && item.stem.trim() !== '' && !new RegExp(BLANK.source).test(item.stem));
}

/**
 * What is wrong with a reviewed quiz, by the quiz schema's rules (one key among distinct,
 * non-empty options; a stem; at least one item) and a fill-in or estimate item's blank: a map from item id to messages, with quiz-wide
 * messages under the key `quiz`. Returns an empty object when the quiz is valid.
 */
export function reviewIssues(quiz: Quiz): Record<string, string[]> {
	const result = quizSchema.safeParse(quiz);
	const issues: Record<string, string[]> = {};
	for (const item of blankless(quiz)) issues[item.id] = [NO_BLANK];
	if (result.success) return issues;
	for (const issue of result.error.issues) {
		const [first, index] = issue.path;
		const item = first === 'items' && typeof index === 'number' ? quiz.items[index] : undefined;
		const owner = item?.id ?? 'quiz';
		const messages = (issues[owner] ??= []);
		if (!messages.includes(issue.message)) messages.push(issue.message);
	}
	return issues;
}

/** Does `text` hold `phrase` as whole words, in any case? */
function says(text: string, phrase: string): boolean {
	const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return escaped !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The items whose key a reviewer's edit moved off the option their source sentence gives onto one
 * it does not say (item id → message): a student who picks what the article says is then told
 * "Wrong" above that very sentence (a fresh user marked "2013" where the sentence says "In 2019").
 * Compares the key text of each item of `after` (the edits applied) with that of the item of the same
 * id in `before` (the draft as sent), so a save that keeps the key, as a second save of the same edit does, passes:
 * the reviewer may know better than the sentence. A true/false item, whose key is no phrase of the
 * sentence, is asked about when its key flips while its statement stays word for word as it was
 * (a fresh user made a quote the sentence proves "False").
 */
export function contradictedKeys(before: Quiz, after: Quiz): Record<string, string[]> {
	const issues: Record<string, string[]> = {};
	for (const item of after.items) {
		const old = before.items.find((b) => b.id === item.id);
		if (!old || item.options.length < 2) continue;
		// a statement flipped with its words unchanged: the sentence says (or the rewrite denies) what it said before
		if (item.type === 'true-false') {
			if (item.key !== old.key && item.stem.trim() === old.stem.trim()) issues[item.id] = [`its answer is now “${item.options[item.key]}”, but the statement is as it was, and its source sentence makes it ${old.options[old.key]}: change the statement, or save again to keep “${item.options[item.key]}”`];
			continue;
		}
		const given = old.options[old.key];
		const marked = item.options[item.key];
		// the key's text, not its place: an option retyped under the key moves it as surely as a key set on another option
		// an emptied key option is the schema's problem, told and linked on its own field
		if (given === undefined || marked === undefined || marked.trim() === '' || given.trim() === marked.trim() || !says(item.source.text, given) || says(item.source.text, marked)) continue;
		issues[item.id] = [`its answer is now “${marked.trim()}”, but its source sentence gives “${given.trim()}”: mark that option, or save again to keep “${marked.trim()}”`];
	}
	return issues;
}

/**
 * Which fields of each item a reviewed quiz's problems lie in (item id → field names), so the
 * page marks those fields invalid and its list of problems links to them: `stem`, `option-<n>`
 * (an option, or a typed item's key text; each of two options that are the same), `options` (the
 * options together, as when there are too few), `key`. Items without a problem in a field of
 * their own are left out.
 */
export function issueFields(quiz: Quiz): Record<string, string[]> {
	const result = quizSchema.safeParse(quiz);
	const fields: Record<string, string[]> = {};
	for (const item of blankless(quiz)) fields[item.id] = ['stem'];
	if (result.success) return fields;
	for (const issue of result.error.issues) {
		const [first, index, part, n] = issue.path;
		const item = first === 'items' && typeof index === 'number' ? quiz.items[index] : undefined;
		if (!item || (part !== 'stem' && part !== 'options' && part !== 'key')) continue;
		const atFault = part !== 'options' ? [part] : typeof n === 'number' ? [`option-${n}`] : optionsAtFault(item);
		const list = (fields[item.id] ??= []);
		for (const field of atFault) if (!list.includes(field)) list.push(field);
	}
	return fields;
}

/**
 * The options a problem of the options together lies in: those that repeat another (the schema's
 * "distinct" rule compares them trimmed and in lower case), or all of them, as for too few.
 */
function optionsAtFault(item: Item): string[] {
	const normalised = item.options.map((o) => o.trim().toLowerCase());
	const repeated = normalised.flatMap((o, n) => (normalised.indexOf(o) !== normalised.lastIndexOf(o) ? [`option-${n}`] : []));
	return repeated.length ? repeated : ['options'];
}

/**
 * An article as the article editor's form holds it: plain strings, the body's paragraphs
 * separated by blank lines, `published` as YYYY-MM-DD or empty.
 */
export interface ArticleDraft {
	title: string;
	byline: string;
	published: string;
	url: string;
	body: string;
}

/** The editor form's view of an article (see `ArticleDraft`). */
export function draftOf(article: Article): ArticleDraft {
	return {
		title: article.title,
		byline: article.byline ?? '',
		published: article.published ?? '',
		url: article.url ?? '',
		body: article.paragraphs.join('\n\n')
	};
}

/**
 * The article a submitted editor form describes: texts trimmed, paragraphs split at blank lines,
 * empty optional fields left out and a `published` value that is not YYYY-MM-DD dropped.
 */
export function articleOf(draft: ArticleDraft): Article {
	const paragraphs = draft.body
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	const byline = draft.byline.trim();
	const published = draft.published.trim();
	const url = draft.url.trim();
	return {
		title: draft.title.replace(/\s+/g, ' ').trim(),
		paragraphs,
		...(byline ? { byline } : {}),
		...(/^\d{4}-\d{2}-\d{2}$/.test(published) ? { published } : {}),
		...(url ? { url } : {})
	};
}
