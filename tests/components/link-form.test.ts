import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ArticleSources from '$lib/components/ArticleSources.svelte';

const ftp = 'newsquiz only reads http and https addresses, not ftp. Give the article\'s web address, starting with https://.';

// a fresh user's "not ftp" refusal stayed beside the link form after they typed something else
describe('the link form on /new', () => {
	it('drops a refusal about a link once the link is changed, and says what is wrong with the new one', async () => {
		render(ArticleSources, { maxBytes: 5 * 1024 * 1024, failure: { source: 'link', message: ftp, text: '', url: 'ftp://example.org/story' } });
		const field = screen.getByRole('textbox', { name: "The article's web address" });
		expect(screen.getByRole('alert').textContent).toBe(ftp);
		expect(field.getAttribute('aria-invalid')).toBe('true');

		await fireEvent.input(field, { target: { value: 'council vote story' } });
		expect(screen.queryByRole('alert')).toBeNull();
		expect(field.getAttribute('aria-invalid')).toBeNull();

		await fireEvent.click(screen.getByRole('button', { name: 'Fetch the article' }));
		await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^That is not a web address\./));
		expect(field.getAttribute('aria-invalid')).toBe('true');
		expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toMatch(/^That is not a web address/);
	});

	it('keeps a link typed when the paste form is refused', async () => {
		const { rerender } = render(ArticleSources, { maxBytes: 5 * 1024 * 1024 });
		const field = screen.getByRole('textbox', { name: "The article's web address" });
		await fireEvent.input(field, { target: { value: 'https://news.example/story' } });
		await rerender({ maxBytes: 5 * 1024 * 1024, failure: { source: 'paste', message: 'The article is empty.', text: '', url: '' } });
		expect((field as HTMLInputElement).value).toBe('https://news.example/story');
	});
});
