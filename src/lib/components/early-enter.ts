/**
 * The page's Enter pressed before its scripts have hydrated it, kept for them: a player who
 * pressed Enter within a fraction of a second of the play page loading, as its Start button
 * says, lost the key, as no handler was listening yet (a fresh user's find).
 */

/** The name of the window property the early listener keeps its state in. */
const KEPT = '__newsquizEarlyEnter';

/**
 * A classic script for the page's <head> (it runs as the HTML is parsed, long before hydration)
 * that records an Enter pressed on no control: the controls' own Enter is theirs (see
 * `keyCommand`). Keys with a modifier and repeats are left, as `keyCommand` leaves them.
 */
export const EARLY_ENTER_SCRIPT = `<script>(function(){var s={pressed:false,listen:function(e){if(e.key!=='Enter'||e.repeat||e.altKey||e.ctrlKey||e.metaKey)return;var t=e.target;if(t&&t.closest&&t.closest('button, a[href], summary, input, select, textarea, [role="button"], [role="link"], [contenteditable]'))return;s.pressed=true;}};window.${KEPT}=s;addEventListener('keydown',s.listen);})();</script>`;

/**
 * Stops listening for an early Enter and says whether one was pressed (false when the head
 * script never ran, as after a navigation within the app, where the page's own handler is on
 * from the start). Takes it once: a second call returns false.
 */
export function takeEarlyEnter(): boolean {
	const kept = (window as unknown as Record<string, { pressed: boolean; listen: (event: KeyboardEvent) => void } | undefined>)[KEPT];
	if (!kept) return false;
	removeEventListener('keydown', kept.listen);
	delete (window as unknown as Record<string, unknown>)[KEPT];
	return kept.pressed;
}
