-- Classroom live games (issue 7). A room's phase and deadline live in `rooms`, every player in
-- `room_players`, every accepted answer in `room_answers`, so a restarted server resumes each
-- open room where it stood. Tokens are stored only as SHA-256 hashes.
CREATE TABLE rooms (
	id TEXT PRIMARY KEY,
	code TEXT NOT NULL,
	quiz_id TEXT NOT NULL,
	quiz_body TEXT NOT NULL,
	host_token_hash TEXT NOT NULL,
	phase TEXT NOT NULL,
	item_index INTEGER NOT NULL,
	deadline INTEGER,
	remaining_ms INTEGER,
	created_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL
);
CREATE INDEX rooms_code ON rooms (code, expires_at);

CREATE TABLE room_players (
	id TEXT PRIMARY KEY,
	room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
	nickname TEXT NOT NULL,
	nickname_key TEXT NOT NULL,
	token_hash TEXT NOT NULL UNIQUE,
	joined_at INTEGER NOT NULL,
	first_item INTEGER NOT NULL,
	points INTEGER NOT NULL DEFAULT 0,
	streak INTEGER NOT NULL DEFAULT 0,
	correct INTEGER NOT NULL DEFAULT 0,
	removed INTEGER NOT NULL DEFAULT 0,
	UNIQUE (room_id, nickname_key)
);

CREATE TABLE room_answers (
	room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
	item_index INTEGER NOT NULL,
	player_id TEXT NOT NULL REFERENCES room_players (id) ON DELETE CASCADE,
	response TEXT NOT NULL,
	answered_at INTEGER NOT NULL,
	elapsed_ms INTEGER NOT NULL,
	correct INTEGER NOT NULL,
	credit REAL NOT NULL,
	points INTEGER NOT NULL,
	streak INTEGER NOT NULL,
	PRIMARY KEY (room_id, item_index, player_id)
);
