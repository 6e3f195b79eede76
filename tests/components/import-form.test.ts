import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ArticleSources from '$lib/components/ArticleSources.svelte';

const cutShort = 'This quiz file is cut short: it ends before the quiz does, as when a download stops early. Export it again.';

afterEach(() => vi.unstubAllGlobals());

/** Chooses `file` in the field labelled `label`, as a user's file picker does. */
async function choose(label: RegExp, file: File) {
	const field = screen.getByLabelText(label) as HTMLInputElement;
	Object.defineProperty(field, 'files', { value: [file], configurable: true });
	await fireEvent.change(field);
	return field;
}

// a fresh user imported a bad quiz file, then a good one, and read "cut short" for seconds before the review came
describe('a refusal under the forms of /new', () => {
	it('goes as soon as another quiz file is sent, before the server answers, and the answer\'s own refusal shows', async () => {
		// the server takes its time: the reply has not come when the page is read
		vi.stubGlobal('fetch', () => new Promise(() => {}));
		const { rerender } = render(ArticleSources, { maxBytes: 5 * 1024 * 1024, failure: { source: 'import', message: cutShort, text: '', url: '' } });
		expect(screen.getByRole('alert').textContent).toBe(cutShort);
		const field = await choose(/quiz file exported from newsquiz/, new File(['{"title":"Otters return to the weir"}'], 'otters.json', { type: 'application/json' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Import the quiz' }));
		await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
		expect(field.getAttribute('aria-invalid')).toBeNull();

		// the server's answer to this file is a refusal of its own, and shows, even in the same words
		await rerender({ maxBytes: 5 * 1024 * 1024, failure: { source: 'import', message: cutShort, text: '', url: '' } });
		expect(screen.getByRole('alert').textContent).toBe(cutShort);
	});

	it('goes from the paste form too when an article file is sent instead', async () => {
		vi.stubGlobal('fetch', () => new Promise(() => {}));
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024, failure: { source: 'paste', message: 'The article is empty.', text: '', url: '' } });
		expect(screen.getByRole('alert').textContent).toBe('The article is empty.');
		await choose(/A \.txt, \.md or \.html file/, new File(['Kiln rebuilt\n\nThe village rebuilt its kiln.'], 'kiln.txt', { type: 'text/plain' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Read the file' }));
		await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
	});
});
