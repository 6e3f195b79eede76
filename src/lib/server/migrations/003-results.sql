-- Results of played games, scored on the server (src/lib/server/results.ts). `outcomes` is a JSON
-- array of { itemId, outcome } in play order; `answers` keeps the posted answers so a result can
-- be re-scored. `quiz_id` has no foreign key: bundled quizzes live in questions/, not here.
CREATE TABLE results (
	id TEXT PRIMARY KEY,
	quiz_id TEXT NOT NULL,
	mode TEXT NOT NULL CHECK (mode IN ('timed', 'relaxed')),
	seed INTEGER NOT NULL,
	name TEXT,
	right_count INTEGER NOT NULL,
	total INTEGER NOT NULL,
	points INTEGER NOT NULL,
	best_streak INTEGER NOT NULL,
	outcomes TEXT NOT NULL,
	answers TEXT NOT NULL,
	challenge_of TEXT REFERENCES results (id),
	created_at TEXT NOT NULL
);

CREATE INDEX results_quiz ON results (quiz_id);
