/**
 * What is wrong with `input` as the address of an article to fetch, or undefined when it is an
 * http or https URL: the link form checks it in the browser before sending, and the server
 * again before fetching, with the same words, so the message always describes what was typed.
 */
export function linkProblem(input: string): string | undefined {
	let url: URL;
	try {
		url = new URL(input.trim());
	} catch {
		return 'That is not a web address. Give the full address of the article, starting with https://.';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return `newsquiz only reads http and https addresses, not ${url.protocol.replace(':', '')}. Give the article's web address, starting with https://.`;
	}
	return undefined;
}
