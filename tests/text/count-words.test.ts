import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/limits';

describe('countWords', () => {
	it('counts runs of non-space characters, as a split on \\s does, Unicode spaces included', () => {
		for (const text of ['', ' \t\n ', 'x', '  a  b\u00a0c\u2003d\n\ne ', 'The council met.\r\n\r\nIt voted.']) {
			expect(countWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
		}
	});

	it('counts an 8-million-character paste, as the paste box does on each input', () => {
		expect(countWords('The council met on Tuesday. '.repeat(300_000))).toBe(1_500_000);
	});
});
