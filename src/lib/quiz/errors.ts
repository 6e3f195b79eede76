/** Why an article was refused: each code maps to one thing the user can do about it. */
export type InputErrorCode = 'empty' | 'too-short' | 'too-long' | 'binary' | 'not-english';

/**
 * Bad input to the generator, with a one-line message meant for the user (what is wrong and what
 * to do). Thrown by `parseArticleText`; the generator itself never throws on a parsed article.
 */
export class InputError extends Error {
	readonly code: InputErrorCode;

	constructor(code: InputErrorCode, message: string) {
		super(message);
		this.name = 'InputError';
		this.code = code;
	}
}
