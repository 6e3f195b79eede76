/** Why the generator refused an article: each code maps to one thing the user can do about it. */
export type InputErrorCode = 'empty' | 'too-short' | 'too-long' | 'binary' | 'not-english';

/**
 * Bad input, with a one-line message meant for the user (what is wrong and what to do) and a
 * machine-readable `code` so a route can point at the field at fault. Thrown by
 * `parseArticleText` with an `InputErrorCode` (the generator itself never throws on a parsed
 * article); the server's `ArticleInputError` is the same error with the reasons of upload and
 * fetching. Never a fault of the server: routes answer it with a 400 and its message.
 */
export class InputError<Code extends string = InputErrorCode> extends Error {
	readonly code: Code;

	constructor(code: Code, message: string) {
		super(message);
		this.name = 'InputError';
		this.code = code;
	}
}
