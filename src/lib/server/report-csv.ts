/**
 * The teacher's report as CSV, written by `csv-stringify` (RFC 4180 quoting) with a UTF-8 byte
 * order mark so Excel reads nicknames in any script correctly, and one header row.
 */
import { stringify } from 'csv-stringify/sync';
import { REAL_NAME } from '$lib/real-name';
import type { Report } from '$lib/report/report';
import { recordedOutcome } from '$lib/components/verdict';

/**
 * Cells a spreadsheet would run as a formula start with one of these; such text written by a
 * student is prefixed with an apostrophe (OWASP, "CSV Injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const text = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
const seconds = (ms: number | null) => (ms === null ? '' : (ms / 1000).toFixed(1));
/** The "Qn right" cell of each outcome: a close estimate earned points, and was shown "Close", never "no" (a fresh user's find). */
const RIGHT_CELL = { correct: 'yes', partial: 'close', incorrect: 'no', timedOut: 'no' } as const;
const percent = (share: number | null) => (share === null ? '' : String(Math.round(share * 100)));

/**
 * One row per student: nickname, the real name given for the teacher only, points, right, answered, total, time in
 * seconds, then for each item Qn its answer, whether it was right ("yes", "no", or "close" for an
 * estimate that earned points without being right, as the student's screen said: `recordedOutcome`;
 * empty when not reached) and its time in seconds. Returns the CSV text, BOM first.
 */
export function studentsCsv(report: Report): string {
	const header = ['Nickname', REAL_NAME, 'Points', 'Right', 'Answered', 'Total', 'Time (s)'];
	report.items.forEach((_, i) => header.push(`Q${i + 1} answer`, `Q${i + 1} right`, `Q${i + 1} time (s)`));
	const rows = report.students.map((s) => [
		text(s.nickname),
		text(s.note ?? ''),
		s.points,
		s.right,
		s.answered,
		s.total,
		seconds(s.timeMs),
		...s.answers.flatMap((a) => (a ? [text(a.answer), RIGHT_CELL[recordedOutcome(a)], seconds(a.elapsedMs)] : ['', '', '']))
	]);
	return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}

/**
 * One row per item in play order: number, stem, key, answered, right, close (estimates that earned
 * points without being right, as the students CSV and the report count them), percent right,
 * time-ups, mean time in seconds, and each answer given with its count ("Sochi: 3; Minsk: 1").
 * Returns the CSV text, BOM first.
 */
export function itemsCsv(report: Report): string {
	const header = ['Item', 'Question', 'Answer', 'Answered', 'Right', 'Close', 'Right (%)', 'Time-ups', 'Mean time (s)', 'Answers given'];
	const rows = report.items.map((item) => [
		item.index + 1,
		text(item.stem),
		text(item.keyText),
		item.answered,
		item.right,
		item.close,
		percent(item.shareRight),
		item.timedOut,
		seconds(item.meanMs),
		text(item.choices.map((c) => `${c.label}: ${c.count}`).join('; '))
	]);
	return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}
