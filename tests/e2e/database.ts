import Database from 'better-sqlite3';
import type { Quiz } from '../../src/lib/quiz/types';

/** Runs `run` on the SQLite database at `databasePath` (the server's, shared by the end-to-end files) and closes it; returns what `run` returns. */
export function withDatabase<T>(databasePath: string, run: (db: Database.Database) => T): T {
	const db = new Database(databasePath);
	try {
		return run(db);
	} finally {
		db.close();
	}
}

/**
 * Stores `quiz` beside the saved quizzes of the server at `baseURL`, whose database is at `databasePath`, with
 * no edit link that opens it, so a test can play, share or set it as homework. The server opens (and migrates)
 * its database on first use: a request for an unknown quiz makes it do so before the quiz is written.
 */
export async function storeQuiz(baseURL: string, databasePath: string, quiz: Quiz): Promise<void> {
	await fetch(`${baseURL}/play/no-such-quiz`);
	const now = new Date().toISOString();
	withDatabase(databasePath, (db) =>
		db
			.prepare('INSERT OR REPLACE INTO quizzes (id, edit_token_hash, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
			.run(quiz.id, 'not-editable', quiz.title, JSON.stringify(quiz), now, now)
	);
}
