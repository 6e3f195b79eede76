-- The teacher's report for a live room, and the teacher-only note of its players (issue 8).
-- Kept in tables of their own, outside `rooms` and `room_players`, so the live room never loads
-- a note (it cannot leak into a stream) and deleting a room or a player takes both with it
-- (ON DELETE CASCADE). The report token is stored only as its SHA-256 hash.
CREATE TABLE room_reports (
	room_id TEXT PRIMARY KEY REFERENCES rooms (id) ON DELETE CASCADE,
	report_token_hash TEXT NOT NULL UNIQUE
);

CREATE TABLE room_player_notes (
	player_id TEXT PRIMARY KEY REFERENCES room_players (id) ON DELETE CASCADE,
	-- Optional, for the teacher's eyes only (a real name, say): shown in the report and export.
	teacher_note TEXT NOT NULL
);
