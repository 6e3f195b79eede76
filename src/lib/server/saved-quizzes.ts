import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { parseQuiz } from '$lib/quiz/schema';
import type { Item, Quiz } from '$lib/quiz/types';
import type { Db } from './db';

/** What saving a new quiz returns: its id (for `/play/<id>`) and the secret edit token. */
export interface SavedQuiz {
	id: string;
	token: string;
}

/** A saved quiz as its editor opens it: the quiz and the items its maker took out of it. */
export interface EditableQuiz {
	quiz: Quiz;
	/** Items deleted or replaced in any review of the quiz, never offered again by "Another item". */
	retired: Item[];
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
 * The quiz is validated with the quiz schema and stored with `id` set to the new id, beside the
 * items `retired` in its review (validated as items of the quiz).
 * Returns the id and the token, which is shown once to its creator and never again.
 * Throws a `z.ZodError` when the quiz or a retired item is invalid.
 */
export function saveNewQuiz(db: Db, quiz: Quiz, retired: readonly Item[] = []): SavedQuiz {
	const id = randomId(16);
	const token = randomId(32);
	const saved = parseQuiz({ ...quiz, id });
	const now = new Date().toISOString();
	db.prepare(
		'INSERT INTO quizzes (id, edit_token_hash, title, body, retired, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
	).run(id, hashToken(token).toString('hex'), saved.title, JSON.stringify(saved), JSON.stringify(retiredItems(saved, retired)), now, now);
	return { id, token };
}

/** `retired` validated as items of `quiz` (same article and sentences); throws a `z.ZodError` when one is not. */
function retiredItems(quiz: Quiz, retired: readonly Item[]): Item[] {
	return retired.length === 0 ? [] : parseQuiz({ ...quiz, items: retired }).items;
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
 * The saved quiz `id` for its editor: returns the quiz and its retired items when `token` is its
 * edit token, else undefined (unknown id and wrong token look the same to the caller).
 */
export function loadForEdit(db: Db, id: string, token: string): EditableQuiz | undefined {
	if (!canEdit(db, id, token)) return undefined;
	const row = db.prepare('SELECT body, retired FROM quizzes WHERE id = ?').get(id) as { body: string; retired: string };
	const quiz = parseQuiz(JSON.parse(row.body));
	return { quiz, retired: retiredItems(quiz, JSON.parse(row.retired) as Item[]) };
}

/** When saved quiz `id` was last changed (ISO 8601, UTC), by its maker or its review (a save that changed nothing leaves it); undefined when no saved quiz has that id. */
export function quizEditedAt(db: Db, id: string): string | undefined {
	return (db.prepare('SELECT updated_at FROM quizzes WHERE id = ?').get(id) as { updated_at: string } | undefined)?.updated_at;
}

/**
 * Replaces saved quiz `id` with `quiz` (validated, its id kept as `id`) and its retired items
 * with `retired` when `token` is its edit token. Returns true when saved, false when the id or
 * token is wrong. Throws a `z.ZodError` when the quiz or a retired item is invalid.
 */
export function updateQuiz(db: Db, id: string, token: string, quiz: Quiz, retired: readonly Item[] = []): boolean {
	if (!canEdit(db, id, token)) return false;
	const saved = parseQuiz({ ...quiz, id });
	const body = JSON.stringify(saved);
	const retiredJson = JSON.stringify(retiredItems(saved, retired));
	// a save that changes nothing is no edit: its time would mark every challenge played before it outdated (`quizEditedAt`)
	db.prepare('UPDATE quizzes SET title = ?, body = ?, retired = ?, updated_at = ? WHERE id = ? AND (body IS NOT ? OR retired IS NOT ?)').run(
		saved.title,
		body,
		retiredJson,
		new Date().toISOString(),
		id,
		body,
		retiredJson
	);
	return true;
}
