import { describe, expect, it } from 'vitest';
import { MAX_PASTE_CHARS, overPasteLimit } from '../../src/lib/limits';

describe('the paste limit as the server counts it', () => {
	// a new teacher's 1,990,000-character paste was refused: the post's CR LF line breaks counted twice
	it('counts a posted CR LF as the one character the text box counted', () => {
		const lines = 'ab\n'.repeat(Math.floor(MAX_PASTE_CHARS / 3));
		expect(lines.length).toBeLessThanOrEqual(MAX_PASTE_CHARS);
		expect(lines.replace(/\n/g, '\r\n').length).toBeGreaterThan(MAX_PASTE_CHARS);
		expect(overPasteLimit(lines.replace(/\n/g, '\r\n'))).toBe(false);
	});

	it('refuses a text one character over the limit', () => {
		expect(overPasteLimit('a'.repeat(MAX_PASTE_CHARS))).toBe(false);
		expect(overPasteLimit('a'.repeat(MAX_PASTE_CHARS + 1))).toBe(true);
	});
});
