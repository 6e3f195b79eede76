/**
 * Is `at` inside a direct quote of `text`: more “ than ” before it, or an odd number of straight
 * " before it? Rewrites of a stem leave a quoted speaker's words as they are (QUALITY.md R6).
 * Takes the text and a character offset into it.
 */
export function quotedAt(text: string, at: number): boolean {
	const before = text.slice(0, at);
	return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1;
}
