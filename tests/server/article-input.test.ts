import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkArticle, decodeText, isMarkdownFile, readArticleFile, readPastedText, textToArticle } from '../../src/lib/server/article-input';
import { ArticleInputError } from '../../src/lib/server/errors';

const sentence = 'The council voted on Tuesday to rebuild the old stone bridge over the river by next spring.';
const body = (sentences: number) => Array.from({ length: sentences }, () => sentence).join(' ');
const bytes = (text: string) => new TextEncoder().encode(text);

function problemOf(run: () => unknown): string | undefined {
	try {
		run();
	} catch (error) {
		if (error instanceof ArticleInputError) return error.code;
		throw error;
	}
	return undefined;
}

describe('textToArticle', () => {
	it('takes a short first block as the headline and blank lines as paragraph breaks', () => {
		const article = textToArticle(`Bridge to be rebuilt\r\n\r\n${body(3)}\r\n\r\n${body(2)}\n`);
		expect(article).toEqual({ title: 'Bridge to be rebuilt', paragraphs: [body(3), body(2)] });
	});

	it('leaves the headline empty when the text starts with a long paragraph', () => {
		expect(textToArticle(`${body(4)}\n\n${body(1)}`).title).toBe('');
	});

	it('moves a byline on a line of its own near the top out of the text and into the byline', () => {
		const article = textToArticle(`Bridge to be rebuilt\nBy Jane Smith, The Courier\n\n${body(3)}\n\n${body(2)}`);
		expect(article).toEqual({ title: 'Bridge to be rebuilt', byline: 'Jane Smith, The Courier', paragraphs: [body(3), body(2)] });
		expect(textToArticle(`Bridge to be rebuilt\n\nBy Ann Lee and Tom Ng\n\n${body(3)}`).byline).toBe('Ann Lee and Tom Ng');
	});

	// "By Adébáyọ̀ Ọlọ́rundá", "By Dafydd ap Iorwerth" and "By Pieter van der Berg" stayed in the text, or joined the headline above them (a fresh user's find)
	it('moves a byline with combining marks or lower-case particles into the byline, under a blank line or none', () => {
		for (const name of ['Adébáyọ̀ Ọlọ́rundá', 'Adébáyọ̀ Ọlọ́rundá'.normalize('NFD'), 'Dafydd ap Iorwerth', 'Pieter van der Berg']) {
			expect(textToArticle(`Bridge to be rebuilt\n\nBy ${name}\n\n${body(3)}`)).toEqual({ title: 'Bridge to be rebuilt', byline: name, paragraphs: [body(3)] });
			expect(textToArticle(`Bridge to be rebuilt\nBy ${name}, The Courier\n\n${body(3)}`)).toEqual({ title: 'Bridge to be rebuilt', byline: `${name}, The Courier`, paragraphs: [body(3)] });
		}
	});

	// "By 李雷", "By محمد الفايد", "BY SIOBHÁN NÍ BHRIAIN", "By Ngũgĩ wa Thiong’o" and a bar before the paper joined the headline (a fresh user's find)
	it('moves a byline in a script with no capitals, in capitals, with "wa" or a bar into the byline', () => {
		for (const name of ['李雷', 'محمد الفايد', '李雷 and Анна Кузнецова', 'SIOBHÁN NÍ BHRIAIN', 'Ngũgĩ wa Thiong’o', 'Siobhán Ní Bhriain | The Coastal Courier']) {
			const by = name === 'SIOBHÁN NÍ BHRIAIN' ? 'BY' : 'By';
			expect(textToArticle(`Bridge to be rebuilt\n${by} ${name}\n\n${body(3)}`)).toEqual({ title: 'Bridge to be rebuilt', byline: name, paragraphs: [body(3)] });
		}
		expect(textToArticle(`Bridge to be rebuilt\nBy 2030 the bridge will carry 40,000 cars a day\n\n${body(3)}`).byline).toBeUndefined();
	});

	it('moves a byline with an emoji beside it into the byline, without the emoji', () => {
		expect(textToArticle(`Bridge to be rebuilt\nBy Jane Smith ✍️\n\n${body(3)}`)).toEqual({ title: 'Bridge to be rebuilt', byline: 'Jane Smith', paragraphs: [body(3)] });
		expect(textToArticle(`Bridge to be rebuilt\n\n📰 By Ann Lee and Tom Ng 👩🏽‍💻\n\n${body(3)}`).byline).toBe('Ann Lee and Tom Ng');
	});

	it('drops inline HTML tags copied with the text, decodes entities, and keeps "3 < 4"', () => {
		const pasted = `Bridge <b>to be</b> rebuilt\n\nThe <a href="/council">council</a> voted, 7 &amp; 2.<br>It meets again <em>next week</em>.\n\nCosts: 3 < 4.`;
		expect(textToArticle(pasted)).toEqual({
			title: 'Bridge to be rebuilt',
			paragraphs: ['The council voted, 7 & 2. It meets again next week.', 'Costs: 3 < 4.']
		});
		expect(readPastedText(`Bridge\n\n<strong>${body(3)}</strong>`).paragraphs).toEqual([body(3)]);
	});

	it('drops a script, a style or an image pasted with the text, content and all', () => {
		const pasted = `Bridge <script>alert('x')</script>to be rebuilt\n\nThe <img src=x onerror=alert(1)> council voted, "a <script>document.title='y'</script> great day" for us.<style>p { color: red }</style>`;
		expect(textToArticle(pasted)).toEqual({ title: 'Bridge to be rebuilt', paragraphs: ['The council voted, "a great day" for us.'] });
	});

	it('leaves a sentence that opens with "By" in the text', () => {
		const text = `Bridge to be rebuilt\n\nBy Tuesday, the council had voted.\n\nby the river\n\n${body(3)}`;
		const article = textToArticle(text);
		expect(article.byline).toBeUndefined();
		expect(article.paragraphs.slice(0, 2)).toEqual(['By Tuesday, the council had voted.', 'by the river']);
	});
});

describe('readPastedText', () => {
	it('extracts a pasted web page as an uploaded one is, and reads plain text as text', () => {
		const page = `<!doctype html><html><head><title>Bridge | News</title></head><body><nav><a href="/">Home</a></nav><article><h1>Bridge</h1><p>${body(6)}</p></article></body></html>`;
		expect(readPastedText(page)).toMatchObject({ title: 'Bridge', paragraphs: [body(6)] });
		expect(readPastedText(`Bridge\n\n${body(4)}`)).toEqual({ title: 'Bridge', paragraphs: [body(4)] });
	});
});

describe('decodeText', () => {
	it('refuses images, PDFs and archives by their bytes, whatever the file is called', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const pdf = bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj');
		const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...deflateRawSync('hello')]);
		expect(() => decodeText(png)).toThrow(/This file is a PNG image, not text or a web page. Upload a .txt/);
		expect(() => decodeText(pdf)).toThrow(/PDF/);
		expect(() => decodeText(zip)).toThrow(/ZIP/);
	});

	it('refuses unknown binary data by its control bytes', () => {
		expect(problemOf(() => decodeText(new Uint8Array([1, 2, 3, 0, 200, 17, 65, 66])))).toBe('not-text');
	});

	it('tells HTML from text by content, and reads Windows-1252 text', () => {
		expect(decodeText(bytes('\uFEFF  <!DOCTYPE html><html><body><p>x</p>')).html).toBe(true);
		expect(decodeText(bytes('Headline\n\n<p>An inline paragraph tag.</p>')).html).toBe(true);
		expect(decodeText(bytes('Plain headline\n\nPlain text, 3 < 4.')).html).toBe(false);
		expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])).text).toBe('Café');
	});

	// a .txt exported from Word as "Western (Windows)" read its €, ’, “ ” and – as invisible C1 controls (a fresh user's find)
	it('reads the euro sign, curly quotes and dashes of a Windows-1252 file as the characters they are', () => {
		const saved = new Uint8Array([...bytes('The trust must repay '), 0x80, ...bytes('2.4m, St Anne'), 0x92, ...bytes('s said, '), 0x93, ...bytes('Yes'), 0x94, ...bytes(' (May '), 0x96, ...bytes(' June).')]);
		expect(decodeText(saved).text).toBe('The trust must repay €2.4m, St Anne’s said, “Yes” (May – June).');
	});

	// Windows Notepad's "Unicode" saves UTF-16 with a byte order mark; its zero bytes had been refused as binary (a fresh user's find)
	it('reads UTF-16 text that a byte order mark announces, little- or big-endian', () => {
		const words = 'Łódź café 3 < 4';
		const le = new Uint8Array([0xff, 0xfe, ...[...words].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
		const be = new Uint8Array([0xfe, 0xff, ...[...words].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
		expect(decodeText(le)).toEqual({ text: words, html: false });
		expect(decodeText(be)).toEqual({ text: words, html: false });
		expect(problemOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])))).toBe('not-text');
	});
});

describe('readArticleFile', () => {
	it('strips Markdown marks from a .md upload', () => {
		const article = readArticleFile(bytes(`# Bridge to be rebuilt\n\nThe **council** voted, says [the mayor](https://x.example).\n\n* ${body(1)}`));
		expect(article.title).toBe('Bridge to be rebuilt');
		expect(article.paragraphs).toEqual(['The council voted, says the mayor.', `- ${body(1)}`]);
	});

	// a fresh user's .md upload kept "- [Read more: …](…)" and "- Subscribe to our newsletter" as paragraphs, which an
	// HTML upload drops
	it('reads a Markdown file as Markdown: its clutter goes as a page\'s does, link text stays as text, written HTML as written', () => {
		const markdown = [
			'# Bridge to be rebuilt',
			`The **council** voted, says [the mayor](https://x.example), quoting a <b>tag</b>. ${body(1)}`,
			'- [Read more: How stone bridges are built](https://x.example/bridges)\n- Subscribe to our newsletter\n- [Share this article](https://x.example/share)',
			`* ${body(1)}`,
			'1. The first lane opens in May.\n2. The second opens in June.'
		].join('\n\n');
		const article = readArticleFile(bytes(markdown), { markdown: true });
		expect(article.title).toBe('Bridge to be rebuilt');
		expect(article.paragraphs).toEqual([
			`The council voted, says the mayor, quoting a <b>tag</b>. ${body(1)}`,
			`- ${body(1)}`,
			'1. The first lane opens in May.',
			'2. The second opens in June.'
		]);
	});

	// a fresh user's .md upload with "- Share this article" and "- Follow us on social media" after a paragraph lost the
	// first item and kept "- Follow us on social media" as the article's text: a call to follow or share names its
	// channels in more than one word ("social media", "X and Instagram") as often as in one
	it('drops a list of calls to follow or share with no link whatever channels they name', () => {
		const markdown = [
			'# Bridge to be rebuilt',
			body(1),
			'- Share this article\n- Follow us on social media',
			'The mayor said work would start next spring.',
			'- Follow us on X and Instagram\n- Share this story on Facebook',
			'The bridge will open to buses first.'
		].join('\n\n');
		expect(readArticleFile(bytes(markdown), { markdown: true }).paragraphs).toEqual([
			body(1),
			'The mayor said work would start next spring.',
			'The bridge will open to buses first.'
		]);
	});

	// rows apart by a blank line make one loose list (CommonMark), whose items wrap their words in a <p>: they lost their
	// "- " and "2." and read as the article's paragraphs
	it('marks a loose list\'s items as a tight list\'s are', () => {
		const markdown = [
			'# Bridge to be rebuilt',
			body(1),
			'- The first lane opens in May.\n\n- The second opens in June.\n\n  Buses go first.',
			'1. Close the old bridge.\n\n2. Build the new one.'
		].join('\n\n');
		expect(readArticleFile(bytes(markdown), { markdown: true }).paragraphs).toEqual([
			body(1),
			'- The first lane opens in May.',
			'- The second opens in June.',
			'Buses go first.',
			'1. Close the old bridge.',
			'2. Build the new one.'
		]);
	});

	it('takes a file for Markdown by its .md or .markdown name or its text/markdown type, not a .txt', () => {
		expect(isMarkdownFile({ name: 'story.md', type: '' })).toBe(true);
		expect(isMarkdownFile({ name: 'STORY.Markdown' })).toBe(true);
		expect(isMarkdownFile({ name: 'story', type: 'text/markdown; charset=utf-8' })).toBe(true);
		expect(isMarkdownFile({ name: 'story.txt', type: 'text/plain' })).toBe(false);
		expect(isMarkdownFile({ name: 'story.md.html', type: 'text/html' })).toBe(false);
	});

	it('extracts an HTML upload through Readability', () => {
		const article = readArticleFile(bytes(`<html><body><article><h1>Bridge</h1><p>${body(6)}</p></article></body></html>`));
		expect(article).toMatchObject({ title: 'Bridge', paragraphs: [body(6)] });
	});
});

describe('checkArticle', () => {
	const ok = { title: 'Bridge', paragraphs: [body(4)] };

	it('accepts an English article of 50 words or more with a headline', () => {
		expect(() => checkArticle(ok)).not.toThrow();
	});

	it('tells a link pasted as the text to go under "Give a link"', () => {
		expect(() => checkArticle({ title: 'https://www.bbc.co.uk/news/business-12345678', paragraphs: ['https://www.bbc.co.uk/news/business-12345678'] }, { requireHeadline: false })).toThrow(/This is a link, not the article's text\. Give it under "Give a link"/);
		expect(problemOf(() => checkArticle({ title: 'Link', paragraphs: ['www.example.com/story'] }))).toBe('too-short');
	});

	// a fresh user who pasted a link with no "https://", or with a word or two, was told the article was too short
	it('tells so of a link without its scheme or with a few words around it', () => {
		for (const paragraph of ['news.example.org/2026/11/ferry-strike', 'Read this: https://news.example.org/2026/11/ferry-strike', '<https://news.example.org/a> and https://news.example.org/b']) {
			expect(() => checkArticle({ title: '', paragraphs: [paragraph] }, { requireHeadline: false })).toThrow(/This is a link, not the article's text/);
		}
		expect(() => checkArticle({ title: '', paragraphs: ['The ferry will not sail on Tuesday.'] }, { requireHeadline: false })).toThrow(/^The article has 7 words; newsquiz needs at least 50 to write/);
	});

	it('refuses empty, short, over-long and headline-less articles, saying what to do', () => {
		expect(problemOf(() => checkArticle({ title: 'Bridge', paragraphs: [] }))).toBe('empty');
		expect(() => checkArticle({ title: 'Bridge', paragraphs: [body(2)] })).toThrow(
			'The article has 34 words besides its headline; newsquiz needs at least 50 to write questions from. Add the rest of the article.'
		);
		expect(() => checkArticle({ title: 'Bridge', paragraphs: [body(1200)] })).toThrow(/reads 20,400 words in this article .*, more than the 20,000 it takes. Cut at least 400/);
		expect(() => checkArticle({ title: 'Bridge', paragraphs: ['Bridge'] })).toThrow(/^The article has 1 word besides its headline; newsquiz/);
		expect(() => checkArticle({ title: '', byline: 'Jane Smith', paragraphs: ['Bridge opens'] }, { requireHeadline: false })).toThrow(/^The article has 2 words besides its byline; newsquiz/);
		expect(() => checkArticle({ title: '', paragraphs: ['Bridge opens'] }, { requireHeadline: false })).toThrow(/^The article has 2 words; newsquiz/);
		expect(() => checkArticle({ title: ' ', paragraphs: [body(4)] })).toThrow(/needs a headline/);
	});

	// a new user's 5,000-character headline was taken and filled the phone's screen
	it('refuses a headline over 300 characters in the editor, but not a paste whose first line is a paragraph', () => {
		const long = 'Council approves flood scheme '.repeat(12).trim();
		expect(() => checkArticle({ title: long, paragraphs: [body(4)] })).toThrow(/^The headline has 359 characters, more than the 300 a headline takes here\. Shorten it/);
		expect(() => checkArticle({ title: long.slice(0, 300), paragraphs: [body(4)] })).not.toThrow();
		expect(() => checkArticle({ title: long, paragraphs: [body(4)] }, { requireHeadline: false })).not.toThrow();
	});

	// a new teacher's Chinese article was told it had 1 word and to add the rest
	// 200 pasted figures were told "This text does not look like English" (a fresh user's find)
	it('tells a list of figures that it has no prose, not that it is not English', () => {
		const figures = Array.from({ length: 200 }, (_, n) => `${(n * 37) % 1000}.${n % 10}`).join('\n');
		expect(() => checkArticle({ title: 'Figures', paragraphs: [figures] })).toThrow(/mostly figures: it has 0 words of prose.*not a table or a list of numbers/);
		expect(problemOf(() => checkArticle({ title: 'Figures', paragraphs: [figures] }))).toBe('too-short');
		expect(() => checkArticle({ title: 'Bridge', paragraphs: [`${body(6)} ${figures}`] })).not.toThrow();
	});

	it('refuses an article in a script without spaces as not English, not as too short', () => {
		const chinese = '北京市政府周二宣布，将在未来三年内投资一百二十亿元改善城市公共交通系统，包括新建地铁线路和电动公交车。';
		expect(problemOf(() => checkArticle({ title: '新闻', paragraphs: Array(8).fill(chinese) }))).toBe('not-english');
		expect(problemOf(() => checkArticle({ title: '新闻', paragraphs: ['北京市政府周二宣布'] }))).toBe('too-short');
	});

	// a new user's Chinese article of 140 characters (about 70 words) was told it had 1 word
	it('measures a short article in a script without spaces by its letters, and refuses it as not English', () => {
		const paragraphs = [
			'市议会周二以31票对14票通过了修建一座新公路桥的计划，预计耗资4800万英镑。议会领导人普丽雅·拉曼表示，这是"本届议会一代人以来最重要的决定"。自2012年以来，现有大桥的交通量增加了40%。交通部同意承担其中3500万英镑。超过6000名居民签署了反对请愿书。工程将于明年春天开工，预计耗时三年。'
		];
		expect(() => checkArticle({ title: '市议会批准新建跨河大桥', paragraphs })).toThrow(/^This text does not look like English/);
		expect(() => checkArticle({ title: '新闻', paragraphs: ['北京市政府周二宣布'] })).toThrow(/^The article has 5 words besides its headline; newsquiz/);
	});

	it('refuses French, German and Spanish articles as not English', () => {
		const texts = [
			"Le président de la République a annoncé mardi une série de mesures pour soutenir les ménages face à la hausse des prix de l'énergie. Selon le gouvernement, ces aides concerneront plus de dix millions de foyers dans tout le pays, et seront versées avant la fin de l'année.",
			'Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen, das die Mieten in großen Städten begrenzen soll. Nach Angaben des Ministeriums sollen davon mehr als zwei Millionen Haushalte profitieren, die in den vergangenen Jahren stark gestiegene Kosten tragen mussten.',
			'El gobierno anunció el martes un plan para reducir el precio de la electricidad en todo el país. Según el ministro, las medidas entrarán en vigor el próximo mes y beneficiarán a millones de familias que han visto subir sus facturas, mientras la oposición critica el coste.'
		];
		for (const text of texts) expect(problemOf(() => checkArticle({ title: 'Nachrichten', paragraphs: [text, text] }))).toBe('not-english');
	});
});

describe('a list written one row a line in a pasted text', () => {
	it('is a paragraph a row, as the generator reads it, so no row runs into the next without a full stop', () => {
		const article = textToArticle(
			[
				'Riverton council approves spending cuts',
				'Riverton council approved a budget on Thursday that cuts spending by £3.1 million over two years.',
				'The budget includes:\n- a rise in parking charges from £1.10 to £1.40 an hour;\n- the closure of two public toilets;\n- a £200,000 fund for road repairs.'
			].join('\n\n')
		);
		expect(article.paragraphs).toEqual([
			'Riverton council approved a budget on Thursday that cuts spending by £3.1 million over two years.',
			'The budget includes:',
			'- a rise in parking charges from £1.10 to £1.40 an hour;',
			'- the closure of two public toilets;',
			'- a £200,000 fund for road repairs.'
		]);
	});
});
