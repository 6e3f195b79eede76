import { parseQuiz } from '$lib/quiz/schema';
import type { Quiz } from '$lib/quiz/types';
import { getDatabase } from './db';

/**
 * The quiz banks that ship with the app (`questions/*.json`), inlined at build time and
 * validated once when this module loads: a broken bank fails the build's first request loudly
 * rather than a player's game.
 */
const bundled: Quiz[] = Object.values(
	import.meta.glob('/questions/*.json', { eager: true, import: 'default' }) as Record<string, unknown>
).map((json) => parseQuiz(json));

/** The bundled quizzes, in file-name order. */
export function bundledQuizzes(): Quiz[] {
	return bundled;
}

/**
 * Finds a quiz by id: a bundled bank first, then a quiz saved in SQLite (`quizzes.body` holds
 * its JSON). Returns undefined when neither has it.
 */
export function findQuiz(id: string): Quiz | undefined {
	const found = bundled.find((q) => q.id === id);
	if (found) return found;
	const row = getDatabase().prepare('SELECT body FROM quizzes WHERE id = ?').get(id) as
		| { body: string }
		| undefined;
	return row ? parseQuiz(JSON.parse(row.body)) : undefined;
}
