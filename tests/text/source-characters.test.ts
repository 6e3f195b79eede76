import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file under `dir`, recursively. */
function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(?:ts|js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

// An editor or a tool that writes "\b" through a string turns it into a backspace (U+0008), which a pattern then matches
// literally, never as a word boundary: bystanderDetail's "said\b" was dead for months that way. No source needs a control
// character other than tab and line breaks.
describe('source files hold no control characters', () => {
	it.each(['src', 'scripts'])('%s/', (dir) => {
		const found = sources(dir).flatMap((path) =>
			readFileSync(path, 'utf8')
				.split('\n')
				.flatMap((line, i) => (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(line) ? [`${path}:${i + 1}`] : []))
		);
		expect(found).toEqual([]);
	});
});
