import { describe, expect, it } from 'vitest';
import { articleWords, countWords } from '../../src/lib/limits';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

describe('countWords', () => {
	it('counts runs of non-space characters, as a split on \\s does, Unicode spaces included', () => {
		for (const text of ['', ' \t\n ', 'x', '  a  b\u00a0c\u2003d\n\ne ', 'The council met.\r\n\r\nIt voted.']) {
			expect(countWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
		}
	});

	// an emoji-heavy paste was counted 241 words on the page and 34 where the quiz was made
	it('counts no run without a letter or a digit: an emoji, a bullet or a dash alone is no word', () => {
		expect(countWords('Flood waters 🌊 rose — 3 metres 📈 by Monday • 🙏🙏')).toBe(7);
		expect(countWords('Ça va? Το νερό ανέβηκε 2024 🇬🇷')).toBe(6);
		expect(countWords('🎉🎉 ✨ — •')).toBe(0);
	});

	it('counts an article as the quiz maker counts it, emoji lines and emoji between words included', () => {
		const line = 'The ferry 🚢 left the harbour at dawn ⛅ and reached the island by noon 🏝️ with ninety passengers aboard.';
		const body = Array.from({ length: 6 }, (_, i) => `${line} Day ${i + 1} 🙌\n\n🎉 🎉 🎉 🎉 🎉 🎉 🎉 🎉`).join('\n\n');
		const article = parseArticleText(`Ferry reaches island\n\n${body}`);
		expect(countWords(article.paragraphs.join(' '))).toBe(countWords(body));
		expect(articleWords(`Ferry reaches island\n\n${body}`)).toBe(countWords(body) + 3);
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

	it('counts as text a "<" that opens no tag, and the words after a script tag that nothing closes', () => {
		// 'x<y,' is one word; a lone '<' or '>' is text but, holding no letter or digit, no word
		expect(articleWords('If 3 < 4 and x<y, then 5 > 2.')).toBe(8);
		expect(articleWords('One two <!-- three four')).toBe(2);
		// a "<script>" no "</script>" closes is named in prose, as the next step reads it (page-source.ts): a story of a
		// hacked school site was counted 6 words of 397, everything after its headline's "<script>" taken for code
		expect(articleWords('One <script>two three')).toBe(3);
		expect(articleWords('Hackers hid a <script> tag in the school site.\n\nParents saw a fake payment page for 40 minutes.')).toBe(17);
		expect(articleWords('One <script>two</script> three')).toBe(2);
	});

	it('counts like countWords a text with no markup', () => {
		for (const text of ['', 'x', '  a  b\u00a0c\u2003d\n\ne ', 'The council met.\r\n\r\nIt voted.']) expect(articleWords(text)).toBe(countWords(text));
	});

	it("counts a web page's source of 1.5 million characters, as the paste box does on each input", () => {
		expect(articleWords('<div class="row"><p>The council met on Tuesday.</p></div>\n'.repeat(25_000))).toBe(125_000);
	});
});
