import { describe, expect, it } from 'vitest';
import { articleWords, countWords } from '../../src/lib/limits';

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

describe('articleWords', () => {
	it('counts the words a reader sees: tags, comments, scripts and styles are not words', () => {
		expect(articleWords('The <b>council</b> met on <a href="/x" title="a b c">Tuesday</a>.<br/>It voted.')).toBe(7);
		expect(articleWords('<!doctype html><p>One two</p><!-- three four --><script type="module">five(six)</script><STYLE>seven { }</style>eight')).toBe(3);
		expect(articleWords('<p>One</p><p>two</p><li>three<li>f<em>ou</em>r')).toBe(4);
	});

	it('counts as text a "<" that opens no tag, and text after a comment or script left open', () => {
		expect(articleWords('If 3 < 4 and x<y, then 5 > 2.')).toBe(10);
		expect(articleWords('One two <!-- three four')).toBe(2);
		expect(articleWords('One <script>two three')).toBe(1);
	});

	it('counts like countWords a text with no markup', () => {
		for (const text of ['', 'x', '  a  b\u00a0c\u2003d\n\ne ', 'The council met.\r\n\r\nIt voted.']) expect(articleWords(text)).toBe(countWords(text));
	});

	it("counts a web page's source of 1.5 million characters, as the paste box does on each input", () => {
		expect(articleWords('<div class="row"><p>The council met on Tuesday.</p></div>\n'.repeat(25_000))).toBe(125_000);
	});
});
