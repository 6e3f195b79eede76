/**
 * Retention (issue 8, privacy): the server deletes what students left behind once it is old,
 * without anyone asking. Live rooms and shared results go `RETENTION_DAYS` after they were
 * created, homework `RETENTION_DAYS` after its deadline (a homework set for next term is not old).
 */
import { scrubDeleted, type Db } from './db';

/** The age past which rooms, results and homework are deleted when `RETENTION_DAYS` is unset, in days. */
export const DEFAULT_RETENTION_DAYS = 90;

/** How often the sweep runs while the server is up, in ms. */
export const SWEEP_INTERVAL_MS = 3600_000;

const DAY_MS = 24 * 3600_000;

/**
 * The retention age in days: `RETENTION_DAYS` when it is a positive number, else
 * `DEFAULT_RETENTION_DAYS` (a typo must not make the server delete everything at once).
 */
export function retentionDays(env: Record<string, string | undefined> = process.env): number {
	const days = Number(env.RETENTION_DAYS);
	return Number.isFinite(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS;
}

/** How many rows of each kind a sweep deleted (students and answers go with their room or homework). */
export interface SweepCounts {
	rooms: number;
	results: number;
	homework: number;
}

/**
 * Deletes, in one transaction, every room and result created and every homework whose deadline
 * passed more than `days` days before `now` (epoch ms), with their players, students and
 * answers, and a room's notes and report token (ON DELETE CASCADE), then scrubs the deleted
 * bytes from the database file (`scrubDeleted`). A newer result that challenged a deleted one
 * keeps its own score and loses only the link.
 */
export function sweepExpired(db: Db, { now = Date.now(), days = retentionDays() }: { now?: number; days?: number } = {}): SweepCounts {
	const cutoff = now - days * DAY_MS;
	const cutoffIso = new Date(cutoff).toISOString();
	const counts = db.transaction(() => {
		db.prepare(
			'UPDATE results SET challenge_of = NULL WHERE challenge_of IN (SELECT id FROM results WHERE created_at < ?)'
		).run(cutoffIso);
		return {
			results: db.prepare('DELETE FROM results WHERE created_at < ?').run(cutoffIso).changes,
			rooms: db.prepare('DELETE FROM rooms WHERE created_at < ?').run(cutoff).changes,
			homework: db.prepare('DELETE FROM homework WHERE deadline < ?').run(cutoff).changes
		};
	})();
	if (counts.rooms + counts.results + counts.homework > 0) scrubDeleted(db);
	return counts;
}

/**
 * Sweeps once now and then every `SWEEP_INTERVAL_MS` (the timer does not keep the process
 * alive). Returns a function that stops the timer. A failed sweep is reported on stderr and
 * retried at the next interval; it never stops the server.
 */
export function startRetention(db: Db): () => void {
	const sweep = () => {
		try {
			sweepExpired(db);
		} catch (error) {
			console.error('retention sweep failed:', error);
		}
	};
	sweep();
	const timer = setInterval(sweep, SWEEP_INTERVAL_MS);
	timer.unref();
	return () => clearInterval(timer);
}
