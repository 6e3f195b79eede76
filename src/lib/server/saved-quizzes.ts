import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { parseQuiz } from '$lib/quiz/schema';
import type { Quiz } from '$lib/quiz/types';
import type { Db } from './db';

/** What saving a new quiz returns: its id (for `/play/<id>`) and the secret edit token. */
export interface SavedQuiz {
	id: string;
	token: string;
}

/** 128 random bits for an id and 256 for a token, written in base64url (22 and 43 characters). */
function randomId(bytes: number): string {
	return randomBytes(bytes).toString('base64url');
}

function hashToken(token: string): Buffer {
	return createHash('sha256').update(token).digest();
}

/**
 * Saves a new quiz under a fresh unguessable id (128 random bits) with a secret edit token (256
 * bits), of which only the SHA-256 hash is stored: a leaked database file gives no edit access.
 * The quiz is validated with the quiz schema and stored with `id` set to the new id.
 * Returns the id and the token, which is shown once to its creator and never again.
 * Throws a `z.ZodError` when the quiz is invalid.
 */
export function saveNewQuiz(db: Db, quiz: Quiz): SavedQuiz {
	const id = randomId(16);
	const token = randomId(32);
	const saved = parseQuiz({ ...quiz, id });
	const now = new Date().toISOString();
	db.prepare(
		'INSERT INTO quizzes (id, edit_token_hash, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)'
	).run(id, hashToken(token).toString('hex'), saved.title, JSON.stringify(saved), now, now);
	return { id, token };
}

/**
 * Whether `token` is the edit token of saved quiz `id`. The hashes are compared in constant time
 * (`crypto.timingSafeEqual`), so response times say nothing about how close a guess was.
 * Returns false for an unknown id or a wrong token.
 */
export function canEdit(db: Db, id: string, token: string): boolean {
	const row = db.prepare('SELECT edit_token_hash FROM quizzes WHERE id = ?').get(id) as
		| { edit_token_hash: string }
		| undefined;
	if (!row) return false;
	const stored = Buffer.from(row.edit_token_hash, 'hex');
	const given = hashToken(token);
	return stored.length === given.length && timingSafeEqual(stored, given);
}

/**
 * The saved quiz `id` for its editor: returns the quiz when `token` is its edit token, else
 * undefined (unknown id and wrong token look the same to the caller).
 */
export function loadForEdit(db: Db, id: string, token: string): Quiz | undefined {
	if (!canEdit(db, id, token)) return undefined;
	const row = db.prepare('SELECT body FROM quizzes WHERE id = ?').get(id) as { body: string };
	return parseQuiz(JSON.parse(row.body));
}

/**
 * Replaces saved quiz `id` with `quiz` (validated, its id kept as `id`) when `token` is its edit
 * token. Returns true when saved, false when the id or token is wrong.
 * Throws a `z.ZodError` when the quiz is invalid.
 */
export function updateQuiz(db: Db, id: string, token: string, quiz: Quiz): boolean {
	if (!canEdit(db, id, token)) return false;
	const saved = parseQuiz({ ...quiz, id });
	db.prepare('UPDATE quizzes SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(
		saved.title,
		JSON.stringify(saved),
		new Date().toISOString(),
		id
	);
	return true;
}
