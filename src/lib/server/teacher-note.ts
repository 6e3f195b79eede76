/**
 * The optional note a student leaves for the teacher's eyes only (a real name, say, as ClassQuiz
 * offers), for homework and live rooms alike: one rule for both. The note is shown in the
 * teacher's report and its CSV, and nowhere else.
 */

/** The longest teacher-only note, in characters (after cleaning). */
export const MAX_NOTE_LENGTH = 80;

/** A note that breaks the rule; the message says what to do. Callers answer it with a 400. */
export class TeacherNoteError extends Error {
	override name = 'TeacherNoteError';
}

/**
 * Cleans a note as typed: NFC-normalised, trimmed, control characters removed. Returns the note,
 * or null when absent or blank. Throws `TeacherNoteError` when it is longer than
 * `MAX_NOTE_LENGTH` characters.
 */
export function cleanTeacherNote(raw: string | null | undefined): string | null {
	const note = raw?.normalize('NFC').replace(/\p{Cc}/gu, '').trim() || null;
	if (note && note.length > MAX_NOTE_LENGTH) {
		throw new TeacherNoteError(`Keep your real name to ${MAX_NOTE_LENGTH} characters or fewer.`);
	}
	return note;
}
