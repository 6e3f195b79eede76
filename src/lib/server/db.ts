import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The better-sqlite3 handle type, re-exported so callers need not import the driver. */
export type Db = Database.Database;

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * The SQL migrations kept in the repo: `src/lib/server/migrations/NNN-name.sql`, applied in
 * file-name order. Vite inlines them at build time so the built server carries them; scripts
 * run with tsx have no `import.meta.glob`, and read the folder instead.
 */
function bundledMigrations(): Record<string, string> | undefined {
	try {
		return import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });
	} catch {
		// Vite replaces the call above at build time; without Vite it is not a function.
		return undefined;
	}
}

function migrations(): { name: string; sql: string }[] {
	const bundled = bundledMigrations();
	if (bundled) {
		return Object.entries(bundled)
			.map(([path, sql]) => ({ name: path.split('/').pop()!, sql }))
			.sort((a, b) => a.name.localeCompare(b.name));
	}
	return readdirSync(migrationsDir)
		.filter((f) => f.endsWith('.sql'))
		.sort()
		.map((name) => ({ name, sql: readFileSync(join(migrationsDir, name), 'utf8') }));
}

/**
 * Opens (creating on first use) the SQLite database at `path` and applies every migration not
 * yet recorded in its `migrations` table, each in its own transaction. WAL mode, so readers do
 * not wait on the writer (https://www.sqlite.org/wal.html); foreign keys enforced.
 * Throws the driver's error when the file cannot be created or a migration fails.
 */
export function openDatabase(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	// A deleted room, homework or result is overwritten with zeros, not merely unlinked: a
	// teacher's delete and the retention sweep must not leave students' names in free pages.
	db.pragma('secure_delete = ON');
	db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
	const applied = new Set(
		(db.prepare('SELECT name FROM migrations').all() as { name: string }[]).map((r) => r.name)
	);
	const record = db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)');
	for (const { name, sql } of migrations()) {
		if (applied.has(name)) continue;
		db.transaction(() => {
			db.exec(sql);
			record.run(name, new Date().toISOString());
		})();
	}
	return db;
}

/**
 * Copies the write-ahead log into the database file and truncates it, so that rows deleted by
 * the last transactions (zeroed under `secure_delete`) leave no older copy in the WAL. Call it
 * outside a transaction, after a deletion the user asked for. Returns nothing; when a reader
 * holds the log the copy is partial and the next checkpoint finishes it.
 */
export function scrubDeleted(db: Db): void {
	db.pragma('wal_checkpoint(TRUNCATE)');
}

let shared: Db | undefined;

/**
 * The server's one database connection, opened lazily at `DATABASE_PATH` (default
 * `./data/newsquiz.db`). A connection is not per-user state, so one per process is safe under
 * SSR; everything user-specific lives in the database itself.
 */
export function getDatabase(): Db {
	shared ??= openDatabase(process.env.DATABASE_PATH || './data/newsquiz.db');
	return shared;
}
