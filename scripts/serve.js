/**
 * Serves the built app (`build/`) as `npm start` does: on PORT (default 3000), with the settings
 * adapter-node needs to be told rather than guess.
 * - ORIGIN: without it adapter-node takes every request to be https, so the same-origin check
 *   on form posts refuses a plain http://localhost form with 403 (SvelteKit's CSRF protection).
 *   Default: http://localhost:PORT; set ORIGIN to the public URL when serving anywhere else.
 * - BODY_SIZE_LIMIT: adapter-node refuses bodies over 512K, and a saved news page can be over
 *   1 MB; 6M fits the 5 MB upload limit plus the form's overhead.
 */
process.env.PORT ||= '3000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.BODY_SIZE_LIMIT ||= '6M';
await import('../build/index.js');
