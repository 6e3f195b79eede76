/** An HTML tag as written in a page's source: "<p>", "</em>", '<a href="/x">', "<br/>". */
const TAG = /<(\/?)([a-z][a-z0-9]*)\b(?:\s[^<>]*)?(\/?)>/gi;

/** Elements that never have a closing tag, so that one alone is still markup (WHATWG HTML "void elements"). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** A tag named in prose as a thing: "a <script> tag", "the <p> element", "<iframe> elements". */
const NAMED_AS_THING = /^['"’”`]?\s+(?:tags?|elements?)\b/i;

/** Quotation marks that open, and the ones that close, a tag quoted in prose ('<script>', “<p>”). */
const OPENING_QUOTE = /['"‘“`«]/;
const CLOSING_QUOTE = /['"’”`»]/;

/** A tag of a text: where it starts and ends (UTF-16 offsets, end exclusive), its element's name in lower case, and whether it closes one. */
export interface Tag {
	start: number;
	end: number;
	name: string;
	closing: boolean;
}

/**
 * The tags of `text` that are markup rather than words about markup. A tag is words when prose
 * names it ("hid a <script> tag", "the “<p>” element", a tag in quotes); otherwise it is markup
 * when its element is void ("<br>", "<img src=x>") or written self-closed, when it has its
 * partner (an opening tag its closing one after it, and the reverse), or when the text opens on
 * a tag, as a fragment of a page's source does ("<p>First<p>Second"). So "<b>Rome</b>" is markup
 * and the "<script>" of a news story about an attack is not: a lone opening tag would otherwise
 * make an HTML parser take the rest of the text as that element's content.
 * Returns the markup tags in the order of the text.
 */
export function markupTags(text: string): Tag[] {
	const candidates: Tag[] = [];
	const markup = new Set<Tag>();
	const first = text.search(/[^\s\uFEFF]/);
	let fragment = false;
	for (const m of text.matchAll(TAG)) {
		const tag = { start: m.index, end: m.index + m[0].length, name: m[2].toLowerCase(), closing: m[1] === '/' };
		const quoted = OPENING_QUOTE.test(text[tag.start - 1] ?? '') && CLOSING_QUOTE.test(text[tag.end] ?? '');
		if (quoted || NAMED_AS_THING.test(text.slice(tag.end, tag.end + 12))) continue;
		candidates.push(tag);
		if (tag.start === first) fragment = true;
		if (fragment || (!tag.closing && (VOID.has(tag.name) || m[3] === '/'))) markup.add(tag);
	}
	// an opening tag is paired with the nearest closing tag of its name after it, as nested elements are
	const open = new Map<string, Tag[]>();
	for (const tag of candidates) {
		const stack = open.get(tag.name) ?? [];
		open.set(tag.name, stack);
		if (!tag.closing) stack.push(tag);
		else if (stack.length) {
			markup.add(stack.pop()!);
			markup.add(tag);
		}
	}
	return candidates.filter((tag) => markup.has(tag));
}

/**
 * Whether a text is a web page's source rather than prose: it opens with a doctype or a comment,
 * or has markup (`markupTags`) of an `<html>`, `<head>`, `<body>`, `<meta>`, `<article>` or
 * `<p>` tag within its first 4 KB. A story that only names a tag ("the <p> tag") is prose. The
 * same test serves an upload and a paste, so both are extracted alike, and the paste box, which
 * then counts the article in the page apart from the page's own words.
 */
export function isHtml(text: string): boolean {
	const head = text.slice(0, 4096).replace(/^\uFEFF?\s+/, '');
	if (/^<(!doctype\s+html|!--)/i.test(head)) return true;
	return markupTags(head).some((tag) => !tag.closing && /^(html|head|body|meta|article|p)$/.test(tag.name));
}
