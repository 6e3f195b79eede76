import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/lib/server/db';
import { canEdit, loadForEdit, quizEditedAt, saveNewQuiz, updateQuiz } from '../../src/lib/server/saved-quizzes';
import { sampleQuiz } from '../fixtures/quiz';

describe('saved quizzes', () => {
	let dir: string;
	let db: Db;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'newsquiz-saved-'));
		db = openDatabase(join(dir, 'newsquiz.db'));
	});
	afterEach(() => {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('saves under a fresh random id and stores only a hash of the edit token', () => {
		const first = saveNewQuiz(db, sampleQuiz());
		const second = saveNewQuiz(db, sampleQuiz());
		expect(first.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(second.id).not.toBe(first.id);
		const row = db.prepare('SELECT * FROM quizzes WHERE id = ?').get(first.id) as Record<string, string>;
		expect(JSON.stringify(row)).not.toContain(first.token);
		expect(row.edit_token_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.parse(row.body).id).toBe(first.id);
	});

	it('opens the quiz for editing with its token only', () => {
		const { id, token } = saveNewQuiz(db, sampleQuiz());
		expect(canEdit(db, id, token)).toBe(true);
		expect(canEdit(db, id, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBe(false);
		expect(canEdit(db, 'unknown', token)).toBe(false);
		expect(loadForEdit(db, id, 'wrong')).toBeUndefined();
		expect(loadForEdit(db, id, token)?.quiz.items.map((i) => i.id)).toEqual(['q1', 'q2', 'q3']);
	});

	it('updates the saved quiz with its token, keeping its id, and refuses a wrong token', () => {
		const { id, token } = saveNewQuiz(db, sampleQuiz());
		const edited = { ...sampleQuiz(), id: 'other', items: sampleQuiz().items.slice(1) };
		expect(updateQuiz(db, id, 'wrong', edited)).toBe(false);
		expect(loadForEdit(db, id, token)?.quiz.items).toHaveLength(3);
		expect(updateQuiz(db, id, token, edited)).toBe(true);
		const saved = loadForEdit(db, id, token)?.quiz;
		expect(saved?.id).toBe(id);
		expect(saved?.items.map((i) => i.id)).toEqual(['q2', 'q3']);
	});

	// a save that changed nothing marked every challenge played before it outdated (the m48 reviewer's find)
	it('leaves the time of the last change as it is when a save changes nothing', async () => {
		const { id, token } = saveNewQuiz(db, sampleQuiz());
		const created = quizEditedAt(db, id);
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(updateQuiz(db, id, token, sampleQuiz())).toBe(true);
		expect(quizEditedAt(db, id)).toBe(created);
		expect(updateQuiz(db, id, token, { ...sampleQuiz(), items: sampleQuiz().items.slice(1) })).toBe(true);
		expect(quizEditedAt(db, id)! > created!).toBe(true);
	});

	it('keeps the items taken out in review with the quiz, through saving and every update', () => {
		const [first, ...rest] = sampleQuiz().items;
		const { id, token } = saveNewQuiz(db, { ...sampleQuiz(), items: rest }, [first]);
		expect(loadForEdit(db, id, token)?.retired.map((i) => i.id)).toEqual(['q1']);
		const [second, third] = rest;
		expect(updateQuiz(db, id, token, { ...sampleQuiz(), items: [third] }, [first, second])).toBe(true);
		expect(loadForEdit(db, id, token)?.retired.map((i) => i.id)).toEqual(['q1', 'q2']);
		expect(loadForEdit(db, saveNewQuiz(db, sampleQuiz()).id, token)).toBeUndefined();
	});

	it('refuses to save an invalid quiz', () => {
		const quiz = sampleQuiz();
		quiz.items[0].options[1] = quiz.items[0].options[0];
		expect(() => saveNewQuiz(db, quiz)).toThrow(/options must be distinct/);
		expect(db.prepare('SELECT COUNT(*) AS n FROM quizzes').get()).toEqual({ n: 0 });
	});
});
