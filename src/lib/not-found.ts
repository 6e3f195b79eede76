/**
 * What to say on a 404 for an address no route matched, by its first path segment: a share link
 * (/r/...), a class game's room (/room/..., /host/...) or any other page. SvelteKit answers such an
 * address with a bare "Not Found" (its message for a route that no param matcher accepts), which
 * a fresh user met at /r/nope and /room/abc while the pages themselves explain a bad id. Takes the
 * path name and the error's message; returns the message to show, or undefined where the error
 * carries its own.
 */
export function notFoundMessage(pathname: string, message: string | undefined): string | undefined {
	if (message && message !== 'Not Found') return undefined;
	if (pathname.split('/')[1] === 'r') return 'No shared result has this link. Check that the whole link was copied, or ask for it again.';
	if (isRoomAddress(pathname)) return 'No class game has this address. A class game code has six digits: type it on the Join page.';
	return 'No page has this address. Check the link, or start from the quizzes.';
}

/** Is `pathname` a class game's address (/room/..., /host/...), where a 404 offers the Join page? */
export function isRoomAddress(pathname: string): boolean {
	return ['room', 'host'].includes(pathname.split('/')[1] ?? '');
}
