import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db';

describe('openDatabase', () => {
	const dirs: string[] = [];
	afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

	it('creates the file and its folder on first use and applies each migration once', () => {
		const dir = mkdtempSync(join(tmpdir(), 'newsquiz-db-'));
		dirs.push(dir);
		const path = join(dir, 'nested', 'newsquiz.db');
		const first = openDatabase(path);
		const applied = first.prepare('SELECT name FROM migrations ORDER BY name').all();
		expect(applied).toContainEqual({ name: '001-init.sql' });
		first.close();
		const second = openDatabase(path);
		expect(second.prepare('SELECT name FROM migrations ORDER BY name').all()).toEqual(applied);
		const tables = second
			.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'quizzes'")
			.all();
		expect(tables).toHaveLength(1);
		second.close();
	});

	it('applies the same migrations outside Vite, as the tsx scripts open it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'newsquiz-db-'));
		dirs.push(dir);
		const path = join(dir, 'script.db');
		const script = `import { openDatabase } from './src/lib/server/db.ts';
const db = openDatabase(${JSON.stringify(path)});
console.log(JSON.stringify(db.prepare('SELECT name FROM migrations ORDER BY name').all()));`;
		const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
			encoding: 'utf8'
		});
		const viaVite = openDatabase(join(dir, 'vite.db'));
		expect(JSON.parse(out)).toEqual(viaVite.prepare('SELECT name FROM migrations ORDER BY name').all());
		viaVite.close();
	});
});

