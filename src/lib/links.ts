/**
 * What is wrong with `input` as the address of an article to fetch, or undefined when it is an
 * http or https URL: the link form checks it in the browser before sending, and the server
 * again before fetching, with the same words, so the message always describes what was typed.
 */
export function linkProblem(input: string): string | undefined {
	let url: URL;
	try {
		url = new URL(withScheme(input));
	} catch {
		return 'That is not a web address. Give the full address of the article, starting with https://.';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return `newsquiz only reads http and https addresses, not ${url.protocol.replace(':', '')}. Give the article's web address, starting with https://.`;
	}
	return undefined;
}

/** A host name with at least one dot, an optional port, then a path, query, fragment or nothing: "www.bbc.co.uk/news/...". */
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]|$)/i;

/**
 * `input` trimmed, with "https://" put in front of an address typed without its scheme
 * ("www.bbc.co.uk/news/...", as browsers show addresses and people copy them); any other input
 * as it is, for `new URL` to read or refuse.
 */
export function withScheme(input: string): string {
	const trimmed = input.trim();
	return BARE_HOST.test(trimmed) ? `https://${trimmed}` : trimmed;
}

// a web address in running text: a scheme's, a "www." one, or a host with a dot and a path ("bbc.co.uk/news/...")
const ADDRESS = /^(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?[/?#]\S*)$/i;

/**
 * The web address a text pasted as an article is instead of one: a text that holds a link and,
 * besides its links, fewer than `words` words ("https://www.bbc.co.uk/news/...", "Read this:
 * bbc.co.uk/news/..."); undefined for any other. The paste box and the server then say it is a
 * link and send the user to "Give a link", which fetches it: a fresh user who pasted a link was
 * told only that the article was too short. `words` is the fewest words an article has
 * (`MIN_WORDS`), passed in so that this file stays free of the generator's.
 */
export function pastedLink(text: string, words: number): string | undefined {
	const tokens = text.trim().split(/\s+/).filter(Boolean);
	const links = tokens.filter((t) => ADDRESS.test(t.replace(/^[<("“']+|[>)"”'.,;:!?]+$/g, '')));
	if (links.length === 0 || tokens.length - links.length >= words) return undefined;
	return links[0].replace(/^[<("“']+|[>)"”'.,;:!?]+$/g, '');
}
