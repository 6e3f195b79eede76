-- When the server handed each student each homework item (epoch ms, the server's clock): the item's stem and
-- options reach the student only then, and its answer is timed from then to when the server receives it, so a
-- device's own clock or a forged time earns no speed points and no extra time. Deleting a student or a homework
-- deletes their hand-outs.
CREATE TABLE homework_handouts (
	homework_id TEXT NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
	student_id TEXT NOT NULL REFERENCES homework_students (id) ON DELETE CASCADE,
	item_index INTEGER NOT NULL,
	handed_out_at INTEGER NOT NULL,
	PRIMARY KEY (student_id, item_index)
);
