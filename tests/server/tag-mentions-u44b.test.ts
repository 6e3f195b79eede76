import { describe, expect, it } from 'vitest';
import { isHtml, markupTags } from '../../src/lib/page-source';
import { decodeText, readPastedText } from '../../src/lib/server/article-input';

const filler =
	'Staff at the bakery chain changed every password within the hour, and the firm said no card numbers had been taken from its customers during the weekend. ' +
	'Its owners have asked an outside auditor to review the code of every page before the online shop opens again next month.';

describe('a plain article that names an HTML tag', () => {
	it('is read as text, with the tag kept as the words it is', () => {
		const pasted = `Bakery website hijacked by card skimmers\n\nThe intruders slipped a <script> tag into the checkout page, the company said. ${filler}\n\nA second flaw let them add an <iframe> to the basket, and one more '<style>' block changed the colours.`;
		expect(isHtml(pasted)).toBe(false);
		const article = readPastedText(pasted);
		expect(article.title).toBe('Bakery website hijacked by card skimmers');
		expect(article.paragraphs[0]).toMatch(/^The intruders slipped a <script> tag into the checkout page, the company said\. Staff at/);
		expect(article.paragraphs[1]).toBe("A second flaw let them add an <iframe> to the basket, and one more '<style>' block changed the colours.");
	});

	it('is read as text when it names a paragraph or body tag, and so is an upload of it', () => {
		const pasted = `Coding club wins award\n\nPupils learned that every <p> element opens a paragraph and that a page has one <body> tag. ${filler}`;
		expect(isHtml(pasted)).toBe(false);
		expect(decodeText(new TextEncoder().encode(pasted)).html).toBe(false);
		expect(readPastedText(pasted).paragraphs[0]).toContain('every <p> element opens a paragraph and that a page has one <body> tag.');
	});

	// a fresh user's story quoting attack code lost the tag and read "which began with , was found"
	it('keeps a lone image or input tag written in a sentence, attributes and all', () => {
		const pasted = `Quiz app tricked by a fake picture\n\nThe trick, which hid inside <img src=a.png onerror=steal()> in a comment, was spotted by a student. ${filler}\n\nA second one used an <input type=hidden value=42> field of the sign-up form.`;
		const article = readPastedText(pasted);
		expect(article.paragraphs[0]).toMatch(/^The trick, which hid inside <img src=a\.png onerror=steal\(\)> in a comment, was spotted by a student\. Staff at/);
		expect(article.paragraphs[1]).toBe('A second one used an <input type=hidden value=42> field of the sign-up form.');
	});

	// a fresh user's story quoted "<b>hello</b>" in one paragraph, and its "<img src=x onerror=...>" went with it
	it('keeps tags that a few sentences quote as the words they are, paired ones included', () => {
		const pasted = [
			'Library kiosk shows pupils its code',
			'A reading club found that the kiosk search page printed <i>anything</i> in italics, and that a query starting with <img src=q onerror=boom()> made it crash.',
			'The librarian said the supplier fixed the page within a week.',
			filler,
			'No records of borrowers were seen by anyone, the council added.'
		].join('\n\n');
		const article = readPastedText(pasted);
		expect(article.paragraphs[0]).toBe('A reading club found that the kiosk search page printed <i>anything</i> in italics, and that a query starting with <img src=q onerror=boom()> made it crash.');
		expect(article.paragraphs).toHaveLength(4);
	});

	it('still drops an image tag copied with the rest of a paragraph\'s markup', () => {
		const pasted = `Bakery <b>website</b> hijacked\n\nThe intruders <img src="cake.jpg" alt=""> changed the <em>checkout</em> page. ${filler}`;
		expect(readPastedText(pasted).paragraphs[0]).toBe(`The intruders changed the checkout page. ${filler}`);
	});

	it('still has its real markup dropped beside the tag it names', () => {
		const pasted = `Bakery <b>website</b> hijacked\n\nThe intruders slipped a <script> tag into the <em>checkout</em> page.<br>${filler}`;
		expect(readPastedText(pasted).paragraphs[0]).toBe(`The intruders slipped a <script> tag into the checkout page. ${filler}`);
	});
});

describe('markupTags', () => {
	it('counts paired, void and fragment tags as markup, and named or quoted tags as words', () => {
		const names = (text: string) => markupTags(text).map((tag) => `${tag.closing ? '/' : ''}${tag.name}`);
		expect(names('a <i>word</i> and a <br> break')).toEqual(['i', '/i', 'br']);
		expect(names('a lone <div> and the <span> tags and "<em>"')).toEqual([]);
		expect(names('<p>One<p>Two')).toEqual(['p', 'p']);
		expect(isHtml('<p>One paragraph</p>')).toBe(true);
		expect(isHtml('Some words first.\n\n<article><p>Then a page.</p></article>')).toBe(true);
	});
});
