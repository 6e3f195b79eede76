/**
 * The teacher's report behind its secret link, for either source: a homework or a live room
 * (issue 8). One code path: the token names a source, the source gives its report through
 * `buildReport` (`homeworkReport` or `roomReport`), and the page, the CSV exports and the delete
 * button all go through here.
 */
import type { Report } from '$lib/report/report';
import { getClassroom } from './classroom/classroom';
import { findRoomByReportToken, roomReport, type RoomRecord } from './classroom/report';
import type { Db } from './db';
import { deleteHomework, findHomeworkByReportToken, homeworkReport, type Homework } from './homework';

/** What a report token opens: a homework or a live room. */
export type ReportSource = { kind: 'homework'; homework: Homework } | { kind: 'room'; room: RoomRecord };

/**
 * The source whose report token is `token`, or undefined when none has it (a wrong link, or
 * the homework or room was deleted).
 */
export function findReportSource(db: Db, token: string): ReportSource | undefined {
	const homework = findHomeworkByReportToken(db, token);
	if (homework) return { kind: 'homework', homework };
	const room = findRoomByReportToken(db, token);
	return room && { kind: 'room', room };
}

/** The report of `source`, from its stored students (players) and answers. */
export function reportOf(db: Db, source: ReportSource): Report {
	return source.kind === 'homework' ? homeworkReport(db, source.homework) : roomReport(db, source.room);
}

/**
 * Deletes `source` with everything in it. A homework goes from `db`; a room goes through the
 * server's `Classroom` (over the same database), so its devices are told (`Classroom.deleteRoom`).
 * Resolves once the rows are gone.
 */
export async function deleteReportSource(db: Db, source: ReportSource): Promise<void> {
	if (source.kind === 'homework') deleteHomework(db, source.homework.id);
	else await getClassroom().deleteRoom(source.room.id);
}

/** The CSV download's file name: `homework-<code>-students.csv`, `room-<code>-items.csv`... */
export function csvFileName(source: ReportSource, part: 'students' | 'items'): string {
	const code = source.kind === 'homework' ? source.homework.code : source.room.code;
	return `${source.kind}-${code}-${part}.csv`;
}
