/**
 * Whether a question resumed after a server restart is in its hand-in wait at `now`: its own time
 * (`deadline`) is up, and it waits until `handInUntil` for answers players gave while the
 * connection was lost (README, Playing with a class). All times are epoch ms on the server's
 * clock; `deadline` is null while paused, `handInUntil` null when no restart resumed the question.
 */
export function inHandInWait({ deadline, handInUntil }: { deadline: number | null; handInUntil: number | null }, now: number): boolean {
	if (deadline === null || handInUntil === null || handInUntil <= deadline) return false;
	return now >= deadline && now < handInUntil;
}
