/**
 * The one name, and the one help text, of the optional field where a student gives their real
 * name for the teacher's eyes only (`cleanTeacherNote`): the class game's join form, the
 * homework's, the teacher's report, its CSV and the host screen all call it so.
 */
export const REAL_NAME = 'Real name';

/** The help under the field, saying who sees what is typed in it. */
export const REAL_NAME_HINT = 'Only your teacher sees this, in their report: never the class or the projector.';
