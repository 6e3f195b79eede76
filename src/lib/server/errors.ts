import { InputError } from '$lib/quiz/errors';

/**
 * Why an article could not be taken in: the machine-readable reason, so a route can point at the
 * field at fault, and a message that says what happened and what to do next.
 */
export type ArticleProblem =
	| 'empty'
	| 'too-short'
	| 'too-long'
	| 'not-english'
	| 'not-text'
	| 'too-large'
	| 'bad-url'
	| 'unreachable'
	| 'timeout'
	| 'blocked-address'
	| 'not-article'
	| 'bad-date';

/**
 * An article the user brought (pasted, uploaded, fetched or edited) that newsquiz cannot use:
 * an `InputError` whose `code` is an `ArticleProblem`. `message` is written for the person who
 * brought it: what happened and what to do. Routes turn it into a 400 form failure; it never
 * means the server is broken.
 */
export class ArticleInputError extends InputError<ArticleProblem> {
	override name = 'ArticleInputError';
}
