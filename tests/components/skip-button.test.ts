import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SkipButton from '$lib/components/classroom/SkipButton.svelte';

const answering = { answered: 1, expected: 3, away: 0 };

describe('the host’s button that closes the open question', () => {
	it('offers to skip the timer while the question’s time runs and players here are answering', () => {
		const now = Date.now();
		render(SkipButton, { count: answering, deadline: now + 12_000, handInUntil: null, offset: 0, onskip: () => {} });
		expect(screen.getByRole('button').textContent?.trim()).toBe('Skip the timer');
	});

	it('offers to reveal the answer, not to skip a timer at 0, while a question resumed after a restart waits for kept answers', () => {
		const now = Date.now();
		render(SkipButton, { count: answering, deadline: now - 2_000, handInUntil: now + 8_000, offset: 0, onskip: () => {} });
		expect(screen.getByRole('button').textContent?.trim()).toBe('Reveal the answer');
	});

	it('reads the hand-in wait on the server’s clock, corrected by the device’s offset', () => {
		const now = Date.now();
		// the device runs 30 s behind the server: on the server's clock the question's time is up
		render(SkipButton, { count: answering, deadline: now + 25_000, handInUntil: now + 36_000, offset: 30_000, onskip: () => {} });
		expect(screen.getByRole('button').textContent?.trim()).toBe('Reveal the answer');
	});

	it('offers to reveal the answer once everyone here has answered and only players away are awaited, and sends the skip when pressed', async () => {
		const now = Date.now();
		const onskip = vi.fn();
		render(SkipButton, { count: { answered: 2, expected: 2, away: 1 }, deadline: now + 9_000, handInUntil: null, offset: 0, onskip });
		const button = screen.getByRole('button', { name: 'Reveal the answer' });
		await fireEvent.click(button);
		expect(onskip).toHaveBeenCalledOnce();
	});
});
