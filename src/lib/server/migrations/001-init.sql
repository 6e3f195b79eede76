-- Quizzes saved by users (bundled quizzes stay in questions/ and are not copied here).
CREATE TABLE quizzes (
	id TEXT PRIMARY KEY,
	edit_token_hash TEXT NOT NULL,
	title TEXT NOT NULL,
	body TEXT NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
