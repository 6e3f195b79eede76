/**
 * Whether a text is a web page's source rather than prose: it opens with a doctype, `<html>`,
 * `<head>`, `<body>`, `<meta>` or a comment, or has a `<body>`, `<article>` or `<p>` tag within
 * its first 4 KB. The same test serves an upload and a paste, so both are extracted alike, and
 * the paste box, which then counts the article in the page apart from the page's own words.
 */
export function isHtml(text: string): boolean {
	const head = text.slice(0, 4096).replace(/^\uFEFF?\s+/, '');
	return /^<(!doctype\s+html|html|head|body|meta|!--)/i.test(head) || /<(body|article|p)[\s>]/i.test(head);
}
