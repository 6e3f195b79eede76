import type { IncomingMessage } from 'node:http';

/**
 * What `whileConnected` needs of a SvelteKit `RequestEvent`: its request, and adapter-node's
 * `platform.req` when there is one (adapter-node's ambient.d.ts declares it, but this app's
 * `App.Platform` does not take it in, as the dev server has no platform).
 */
export interface ConnectedEvent {
	request: Request;
	platform?: { readonly req?: IncomingMessage };
}

/**
 * Runs `work` with an AbortSignal that aborts when the client that sent `event`'s request goes
 * away: the tab closed, or the page's Stop (its `fetch` aborted, which over HTTP/1.1 closes the
 * connection). Resolves or rejects as `work` does.
 *
 * SvelteKit's own `request.signal` is not enough: in kit 2.70 (`getRequest`) it aborts only when
 * the request's body is cut short, and an action that generates has read its whole form first,
 * so a client leaving after that never aborts it (sveltejs/kit#16793, released later, watches the
 * response instead). Under adapter-node (`node build`, scripts/serve.js) `platform.req` is the
 * Node request, and its socket closing before the response is sent is the client leaving; the
 * listener is removed when `work` settles, as a kept-alive socket carries many requests. The
 * Vite dev and preview servers give no `platform`: there `request.signal` is all there is.
 */
export async function whileConnected<T>(event: ConnectedEvent, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
	const socket = event.platform?.req?.socket;
	if (!socket) return work(event.request.signal);
	const left = new AbortController();
	const leave = () => left.abort(new DOMException('The client closed the connection before the answer was sent', 'AbortError'));
	if (socket.destroyed) leave();
	else socket.once('close', leave);
	try {
		return await work(AbortSignal.any([event.request.signal, left.signal]));
	} finally {
		socket.off('close', leave);
	}
}
