import { tick } from 'svelte';
import { beforeNavigate } from '$app/navigation';
import type { ActionResult, Snapshot, SubmitFunction } from '@sveltejs/kit';
import { overPasteLimit } from '$lib/limits';
import { catchLostFocus, refocus } from './focus';

/**
 * Wraps form submit functions so that forms sharing one wrapper send one request at a time: a
 * submit while another is on its way is cancelled (a fresh user's double click on "Read the
 * article" sent the article twice; ReviewList's Save keeps the same rule for its own forms). A
 * submit the wrapped function cancels frees the forms at once; one it sends, once its callback
 * (or SvelteKit's default update, where it returns none) has run. Returns the wrapper, which
 * takes a SubmitFunction and returns one.
 */
export function oneAtATime(): (submit: SubmitFunction) => SubmitFunction {
	let pending = false;
	return (submit) => async (input) => {
		if (pending) return input.cancel();
		pending = true;
		let cancelled = false;
		let after: Awaited<ReturnType<SubmitFunction>>;
		try {
			after = await submit({ ...input, cancel: () => ((cancelled = true), input.cancel()) });
		} finally {
			if (cancelled) pending = false;
		}
		if (cancelled) return;
		return async (options) => {
			try {
				await (after ? after(options) : options.update());
			} finally {
				pending = false;
			}
		};
	};
}

/**
 * What a page's form fields hold, by field name: the text of each textarea and text-like input,
 * the value of each checked radio button, and each checkbox's value when ticked, '' when not
 * (an unticked box is restored unticked: "Keep HTML tags as written" ticked on /new, then Back and
 * Forward, came back unticked). Hidden inputs and files are left out: the first come from the
 * page's own state, the second cannot be set again.
 */
export type FieldValues = Record<string, string>;

const TEXT_FIELDS = 'textarea[name], input[name]:not([type]), input[name][type="text"], input[name][type="url"], input[name][type="date"]';

/** Reads the named text fields, checked radio buttons and checkboxes under `root` (see `FieldValues`). */
export function captureFields(root: HTMLElement): FieldValues {
	const values: FieldValues = {};
	for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_FIELDS)) values[field.name] = field.value;
	for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"][name]:checked')) values[radio.name] = radio.value;
	for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')) values[box.name] = box.checked ? box.value : '';
	return values;
}

/**
 * Puts `values` back into the fields under `root` that have those names, firing `input` on each
 * text field so that state bound to it follows, and ticks each radio button and checkbox as it
 * was. Names not on the page are skipped.
 */
export function restoreFields(root: HTMLElement, values: FieldValues): void {
	for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_FIELDS)) {
		const value = values[field.name];
		if (value === undefined || value === field.value) continue;
		field.value = value;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}
	for (const choice of root.querySelectorAll<HTMLInputElement>('input[type="radio"][name], input[type="checkbox"][name]')) {
		if (values[choice.name] !== undefined) choice.checked = values[choice.name] === choice.value;
	}
}

/** Whether any named text field under `root` holds more than whitespace. */
export function hasText(root: HTMLElement): boolean {
	return [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_FIELDS)].some((field) => field.value.trim() !== '');
}

/**
 * Asks before leaving a page while `unsaved()` is true, so nothing typed is lost unawares. Call
 * during component initialisation (it uses SvelteKit's `beforeNavigate`). Leaving the app or
 * closing the tab gets the browser's own "Leave site?" dialog (SvelteKit shows it when a 'leave'
 * navigation is cancelled); a link or Back within the app gets `confirm(message)`, and stays
 * when it is declined. A form's own submission is never stopped, nor Back or Forward between
 * two history entries of the page itself (its steps, whose snapshot keeps every field).
 */
export function warnBeforeLeaving(unsaved: () => boolean, message: string): void {
	beforeNavigate((navigation) => {
		if (navigation.type === 'form' || !unsaved()) return;
		if (navigation.type === 'popstate' && navigation.to?.url.pathname === navigation.from?.url.pathname) return;
		if (navigation.type === 'leave' || !confirm(message)) navigation.cancel();
	});
}

/**
 * A SvelteKit snapshot (https://svelte.dev/docs/kit/snapshots) of a page's step and every field
 * under its root, so Back, Forward and reload lose nothing typed. `step()` reads the step the
 * page shows, `setStep` puts a restored one back, `root()` is the element whose fields are kept;
 * the fields are restored after the restored step has rendered them.
 */
export function stepSnapshot<S>(step: () => S, setStep: (value: S) => void, root: () => HTMLElement): Snapshot<{ step: S; fields: FieldValues }> {
	return {
		capture: () => ({ step: step(), fields: captureFields(root()) }),
		restore: async (value) => {
			setStep(value.step);
			await tick();
			restoreFields(root(), value.fields);
		}
	};
}

/**
 * What to say beside a form whose request got no answer the page can show, or undefined when it
 * got one. SvelteKit's `enhance` gives a request that never reached the server (offline, the
 * server down: `fetch` rejects) and a server error (5xx) as `{ type: 'error' }`, and its `update`
 * would render the error page in place of the whole page, losing every field (a fresh user lost
 * an edited article and a reviewed quiz so): a form's handler shows this message instead and
 * leaves the page as it is.
 */
export function unanswered(result: ActionResult): string | undefined {
	if (result.type !== 'error') return undefined;
	return result.status === undefined
		? 'newsquiz could not reach the server. Check your connection, then try again: everything you typed is still here.'
		: `Something went wrong on newsquiz's side (error ${result.status}). Everything you typed is still here: try again in a moment.`;
}

/**
 * A form's submit handler for an article text that may be over `MAX_PASTE_CHARS`: it sends
 * nothing over the limit (the page already shows why), and when the server answers a failure
 * it puts back the text the box held when the answer came (a body over its size limit cannot be
 * read back, and text typed while the request ran is in no answer), so nothing typed is lost. An answer that brings the next step moves focus to its heading. `text` reads the text, `restore` writes it back, `busy` hears when a
 * request starts (with a `stop` that abandons it: SvelteKit's `enhance` then calls no callback,
 * so `stop` reports the end itself) and ends; `failed` hears `unanswered`'s message when the
 * request got no answer (the page is then left as it is), and '' when it got one; `atFault` gives
 * what takes focus from the button that sent the form when the text is refused, over the limit
 * here or by the server: the text box, or the message tied to it. Used by the paste form and the
 * "Check the article" step.
 */
export function sendWithinLimit(
	text: () => string,
	restore: (sent: string) => void,
	busy: (pending: boolean, stop?: () => void) => void = () => {},
	failed: (message: string) => void = () => {},
	atFault: () => HTMLElement | null | undefined = () => undefined
): SubmitFunction {
	return ({ cancel, controller, submitter }) => {
		const sent = text();
		if (overPasteLimit(sent)) {
			cancel();
			return void catchLostFocus(atFault, submitter);
		}
		busy(true, () => {
			controller.abort();
			busy(false);
		});
		return async ({ result, update }) => {
			const lost = unanswered(result);
			failed(lost ?? '');
			if (lost) return busy(false);
			// what the box holds now, typed while the server read what was sent, is what the user has: a refusal
			// brings back only the text as sent (or none, of a body over the server's limit), which would lose it
			const typed = text();
			await update({ reset: false });
			if (result.type === 'failure') restore(typed || sent);
			if (result.type === 'failure') await catchLostFocus(atFault, submitter);
			if (result.type === 'success') await refocus();
			busy(false);
		};
	};
}

/**
 * How a page of steps records a new answer from the server in the browser's history: 'push' when
 * the answer's stage differs from the stage shown, so that Back returns to the step before (a
 * fresh user's Back from the review left /new instead); 'replace' when it is the same step again
 * (a refusal to correct, a review operation), which Back should not walk through answer by answer,
 * and for 'saved', which takes the place of the review it saved: Back from it must not offer the
 * saved review's Save again, which would make a second copy of the quiz.
 */
export function historyMove(shownStage: string, answerStage: string): 'push' | 'replace' {
	return shownStage === answerStage || answerStage === 'saved' ? 'replace' : 'push';
}
