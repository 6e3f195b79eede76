import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import HomePage from '../../src/routes/+page.svelte';

// a fresh user's find: every card's "Play without a timer" read the same in a screen reader's list of links
describe('the home page’s quiz list', () => {
	it('names its quiz in each link to play without a timer', () => {
		const quizzes = [
			{ id: 'belarus', title: 'Lukashenko meets Putin in Sochi', itemCount: 8, published: '2026-02-01' },
			{ id: 'harbour', title: 'Harbour wall vote passes', itemCount: 9, published: undefined }
		];
		render(HomePage, { data: { quizzes } } as never);
		const links = screen.getAllByRole('link', { name: /^Play without a timer/ });
		expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['Play without a timer: Lukashenko meets Putin in Sochi', '/play/belarus?mode=relaxed'],
			['Play without a timer: Harbour wall vote passes', '/play/harbour?mode=relaxed']
		]);
	});
});
