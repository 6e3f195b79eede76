import { describe, expect, it } from 'vitest';
import type { SubmitFunction } from '@sveltejs/kit';
import { captureFields, hasText, historyMove, oneAtATime, restoreFields, sendWithinLimit } from '../../src/lib/components/unsaved';

/** A form like the review step's: a stem, an option, a key among radios, a hidden draft and a file. */
function form(): HTMLFormElement {
	const root = document.createElement('form');
	root.innerHTML = `
		<textarea name="stem:q1"></textarea>
		<input name="option:q1:0">
		<input type="url" name="url">
		<input type="radio" name="key:q1" value="0" checked><input type="radio" name="key:q1" value="1">
		<input type="hidden" name="quiz" value="{}">
		<input type="file" name="file">`;
	return root;
}

describe('captureFields and restoreFields', () => {
	it('carry every typed field and the checked key into a fresh copy of the form, leaving hidden fields alone', () => {
		const before = form();
		(before.querySelector('[name="stem:q1"]') as HTMLTextAreaElement).value = 'Who landed in Sochi?';
		(before.querySelector('[name="option:q1:0"]') as HTMLInputElement).value = 'Lukashenko';
		(before.querySelector('[name="key:q1"][value="1"]') as HTMLInputElement).checked = true;
		const values = captureFields(before);
		expect(values).toEqual({ 'stem:q1': 'Who landed in Sochi?', 'option:q1:0': 'Lukashenko', url: '', 'key:q1': '1' });

		const after = form();
		const inputs: string[] = [];
		after.addEventListener('input', (event) => inputs.push((event.target as HTMLInputElement).name));
		restoreFields(after, values);
		expect(captureFields(after)).toEqual(values);
		expect(inputs).toEqual(['stem:q1', 'option:q1:0']);
		expect((after.querySelector('[name="quiz"]') as HTMLInputElement).value).toBe('{}');
	});
});

describe('captureFields and restoreFields with a checkbox (the paste form’s "Keep HTML tags as written")', () => {
	/** A paste form: its text and the box that keeps tags. */
	function pasteForm(): HTMLFormElement {
		const root = document.createElement('form');
		root.innerHTML = `<textarea name="paste"></textarea><input type="checkbox" name="keep-tags">`;
		return root;
	}

	it('carries a ticked box into a fresh copy of the form, as Back and Forward rebuild it', () => {
		const before = pasteForm();
		(before.querySelector('[name="paste"]') as HTMLTextAreaElement).value = 'The council said <em>no</em> to the ferry plan.';
		(before.querySelector('[name="keep-tags"]') as HTMLInputElement).checked = true;
		const values = captureFields(before);

		const after = pasteForm();
		restoreFields(after, values);
		expect((after.querySelector('[name="keep-tags"]') as HTMLInputElement).checked).toBe(true);
		expect((after.querySelector('[name="paste"]') as HTMLTextAreaElement).value).toBe('The council said <em>no</em> to the ferry plan.');
	});

	it('unticks a box that was unticked when kept, though the page shows it ticked', () => {
		const values = captureFields(pasteForm());
		const shown = pasteForm();
		(shown.querySelector('[name="keep-tags"]') as HTMLInputElement).checked = true;
		restoreFields(shown, values);
		expect((shown.querySelector('[name="keep-tags"]') as HTMLInputElement).checked).toBe(false);
	});
});

describe('hasText', () => {
	it('is false for blank fields and true once one holds text', () => {
		const root = form();
		(root.querySelector('[name="stem:q1"]') as HTMLTextAreaElement).value = '  \n';
		expect(hasText(root)).toBe(false);
		(root.querySelector('[name="url"]') as HTMLInputElement).value = 'https://news.example/story';
		expect(hasText(root)).toBe(true);
	});
});

describe('historyMove', () => {
	it('gives a new step a history entry of its own, so Back returns to the step before', () => {
		expect(historyMove('bring', 'article')).toBe('push');
		expect(historyMove('article', 'review')).toBe('push');
		expect(historyMove('bring', 'review')).toBe('push');
	});

	it('puts the same step again in place of the one shown: a refusal to correct, a review operation', () => {
		expect(historyMove('bring', 'bring')).toBe('replace');
		expect(historyMove('article', 'article')).toBe('replace');
		expect(historyMove('review', 'saved')).toBe('replace');
		expect(historyMove('review', 'review')).toBe('replace');
	});
});

describe('oneAtATime', () => {
	/** Submits through `submit` as SvelteKit's enhance does, and says whether the request was cancelled and its callback. */
	async function send(submit: SubmitFunction) {
		let cancelled = false;
		const input = { action: new URL('http://x/new?/paste'), formData: new FormData(), formElement: document.createElement('form'), controller: new AbortController(), submitter: null, cancel: () => void (cancelled = true) };
		const after = await submit(input);
		return { cancelled, after };
	}
	const options = { update: async () => {} } as unknown as Parameters<Exclude<Awaited<ReturnType<SubmitFunction>>, void>>[0];

	it('cancels a second submit of forms sharing the wrapper while the first is on its way, and sends again once it is answered', async () => {
		const single = oneAtATime();
		const sent: string[] = [];
		const paste = single(() => void sent.push('paste'));
		const link = single(() => async () => void sent.push('link answered'));
		const first = await send(paste);
		expect(first.cancelled).toBe(false);
		expect((await send(paste)).cancelled).toBe(true);
		expect((await send(link)).cancelled).toBe(true);
		await first.after!(options);
		const third = await send(link);
		expect(third.cancelled).toBe(false);
		await third.after!(options);
		expect(sent).toEqual(['paste', 'link answered']);
	});

	it('frees the forms at once when the wrapped submit cancels its own request (a paste over the limit)', async () => {
		const single = oneAtATime();
		const refused = single(({ cancel }) => cancel());
		expect((await send(refused)).cancelled).toBe(true);
		expect((await send(single(() => {}))).cancelled).toBe(false);
	});
});

describe('sendWithinLimit', () => {
	// a fresh user's "Check the article" count moved after a refused Make: what the box holds when the refusal comes is theirs
	it('puts back, after a refusal, the text the box held when it came, not the copy the server read back', async () => {
		let box = 'The ferry sails at noon.\n\nIt is late.';
		const submit = sendWithinLimit(
			() => box,
			(sent) => (box = sent)
		);
		const input = { action: new URL('http://x/new?/generate'), formData: new FormData(), formElement: document.createElement('form'), controller: new AbortController(), submitter: null, cancel: () => {} };
		const after = (await submit(input)) as Exclude<Awaited<ReturnType<SubmitFunction>>, void>;
		// typed while the questions were written; the refusal brings back the text as sent, its line breaks as CRLF
		box = 'The ferry sails at noon.\n\nIt is late again.';
		const update = async () => void (box = 'The ferry sails at noon.\r\n\r\nIt is late.');
		await after({ result: { type: 'failure', status: 400, data: {} }, update } as unknown as Parameters<typeof after>[0]);
		expect(box).toBe('The ferry sails at noon.\n\nIt is late again.');
	});

	it('puts back the text sent where the refusal carries none and the box was emptied (a body over the server’s limit)', async () => {
		let box = 'The ferry sails at noon.';
		const submit = sendWithinLimit(
			() => box,
			(sent) => (box = sent)
		);
		const input = { action: new URL('http://x/new?/generate'), formData: new FormData(), formElement: document.createElement('form'), controller: new AbortController(), submitter: null, cancel: () => {} };
		const after = (await submit(input)) as Exclude<Awaited<ReturnType<SubmitFunction>>, void>;
		box = '';
		await after({ result: { type: 'failure', status: 413, data: {} }, update: async () => {} } as unknown as Parameters<typeof after>[0]);
		expect(box).toBe('The ferry sails at noon.');
	});
});
