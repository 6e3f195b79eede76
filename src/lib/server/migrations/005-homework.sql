-- Homework (issue 8): a quiz set by a teacher with a deadline and a mode, played by students at
-- their own pace. Every answer is stored as it is given, scored on the server, so the teacher's
-- report updates while homework comes in and the deadline is kept by the server's clock.
-- Tokens are stored only as SHA-256 hashes. Times are epoch ms. Deleting a homework deletes its
-- students and answers (ON DELETE CASCADE).
CREATE TABLE homework (
	id TEXT PRIMARY KEY,
	code TEXT NOT NULL UNIQUE,
	quiz_id TEXT NOT NULL,
	quiz_body TEXT NOT NULL,
	mode TEXT NOT NULL CHECK (mode IN ('timed', 'relaxed')),
	deadline INTEGER NOT NULL,
	report_token_hash TEXT NOT NULL UNIQUE,
	created_at INTEGER NOT NULL
);
CREATE INDEX homework_created ON homework (created_at);

CREATE TABLE homework_students (
	id TEXT PRIMARY KEY,
	homework_id TEXT NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
	nickname TEXT NOT NULL,
	nickname_key TEXT NOT NULL,
	-- Optional, for the teacher's eyes only (a real name, say): shown in the report and export.
	teacher_note TEXT,
	token_hash TEXT NOT NULL UNIQUE,
	joined_at INTEGER NOT NULL,
	UNIQUE (homework_id, nickname_key)
);

CREATE TABLE homework_answers (
	homework_id TEXT NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
	student_id TEXT NOT NULL REFERENCES homework_students (id) ON DELETE CASCADE,
	item_index INTEGER NOT NULL,
	response TEXT,
	elapsed_ms INTEGER NOT NULL,
	correct INTEGER NOT NULL,
	credit REAL NOT NULL,
	points INTEGER NOT NULL,
	streak INTEGER NOT NULL,
	answered_at INTEGER NOT NULL,
	PRIMARY KEY (student_id, item_index)
);
CREATE INDEX homework_answers_homework ON homework_answers (homework_id);
