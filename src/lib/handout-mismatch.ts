/**
 * What the homework page says when the server hands out an item other than the one the page is
 * on: the server hands out the first item it holds no answer to (`openItem`), so a different one
 * means the page and the server disagree on what is handed in, never a lost connection.
 * Takes `expected`, the 0-based index of the item the page asked for, and `served`, the index the
 * server handed out (they differ), and `button`, the label of the button that asked (it asks again). Returns the sentence to show: what happened and what to do.
 * An earlier `served`: an answer this page gave has not reached the server yet (the page sends it
 * again). A later one: the server holds answers this page never gave, from another tab or window of
 * the same homework on this device, whose saved game a reload takes up.
 */
export function handOutMismatch({ expected, served, button }: { expected: number; served: number; button: string }): string {
	if (served < expected) {
		return `Question ${expected + 1} cannot open yet: your answer to question ${served + 1} has not reached the server. It is being sent again; once it is handed in, press ${button} again.`;
	}
	return `Question ${expected + 1} was already answered in another tab or window of this homework, which has gone on to question ${served + 1}. Close the other one and reload this page to go on from there.`;
}
