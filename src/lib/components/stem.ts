/** A cloze item's blank in its stem: a run of three or more underscores. */
export const BLANK = /_{3,}/g;

/**
 * A stem as plain text for where no markup can go (a tooltip's `title`): each blank written as
 * the word "blank" in brackets, which a screen reader says, where it would spell out or skip
 * a row of underscores.
 */
export function plainStem(stem: string): string {
	return stem.replace(BLANK, '[blank]');
}
