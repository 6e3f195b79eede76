import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import HandInWait from '$lib/components/classroom/HandInWait.svelte';

const WAITING = 'Time is up. The answer shows in a few seconds: the question waits for answers given while the connection was lost.';

describe('the host’s notice of a resumed question waiting for kept answers', () => {
	it('says what the question waits for once its time is up, in a polite status region', () => {
		const now = Date.now();
		render(HandInWait, { deadline: now - 3_000, handInUntil: now + 6_000, offset: 0 });
		expect(screen.getByRole('status').textContent?.trim()).toBe(WAITING);
	});

	it('says nothing while the question’s own time runs, or when no restart resumed it', () => {
		const now = Date.now();
		const { unmount } = render(HandInWait, { deadline: now + 5_000, handInUntil: now + 9_000, offset: 0 });
		expect(screen.getByRole('status').textContent?.trim()).toBe('');
		unmount();
		render(HandInWait, { deadline: now - 200, handInUntil: null, offset: 0 });
		expect(screen.getByRole('status').textContent?.trim()).toBe('');
	});

	it('reads the times on the server’s clock, corrected by the device’s offset', () => {
		const now = Date.now();
		// the device runs 20 s behind the server: on the server's clock the deadline has passed
		render(HandInWait, { deadline: now + 15_000, handInUntil: now + 26_000, offset: 20_000 });
		expect(screen.getByRole('status').textContent?.trim()).toBe(WAITING);
	});
});
