import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ChallengeComparison from '$lib/components/ChallengeComparison.svelte';
import ResultSharing from '$lib/components/ResultSharing.svelte';
import ShareButton from '$lib/components/ShareButton.svelte';
import type { ResultSummary } from '$lib/share/result';
import { NameRefused, type PostedResult } from '$lib/share/submit';
import { named, you } from '$lib/share/who';
import ResultPage from '../../src/routes/r/[id=resultid]/+page.svelte';

const summary = { title: 'Lukashenko meets Putin in Sochi', right: 2, total: 3, outcomes: ['right', 'wrong', 'right'] as const };
const url = 'http://127.0.0.1/r/TWFuTWFuTWFu';

function result(overrides: Partial<ResultSummary>): ResultSummary {
	return {
		id: 'TWFuTWFuTWFu',
		quizId: 'tiny-sochi',
		mode: 'timed',
		seed: 5,
		name: null,
		right: 2,
		total: 3,
		points: 2100,
		bestStreak: 1,
		items: [
			{ itemId: 'i1', outcome: 'right' },
			{ itemId: 'i2', outcome: 'wrong' },
			{ itemId: 'i3', outcome: 'right' }
		],
		challengeOf: null,
		createdAt: '2026-11-30T09:00:00.000Z',
		...overrides
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('ShareButton', () => {
	it('hands the headline and the link to the Web Share API where the browser has it', async () => {
		const share = vi.fn().mockResolvedValue(undefined);
		const writeText = vi.fn();
		vi.stubGlobal('navigator', { share, clipboard: { writeText } });
		render(ShareButton, { summary: { ...summary, outcomes: [...summary.outcomes] }, url });
		await fireEvent.click(screen.getByRole('button', { name: 'Share your score' }));
		expect(share).toHaveBeenCalledWith({
			title: 'newsquiz · Lukashenko meets Putin in Sochi',
			text: 'newsquiz · Lukashenko meets Putin in Sochi · 2/3\n🟩🟥🟩',
			url
		});
		expect(writeText).not.toHaveBeenCalled();
	});

	it('copies the whole text to the clipboard without the Web Share API and says so', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		render(ShareButton, { summary: { ...summary, outcomes: [...summary.outcomes] }, url });
		await fireEvent.click(screen.getByRole('button', { name: 'Share your score' }));
		expect(writeText).toHaveBeenCalledWith(`newsquiz · Lukashenko meets Putin in Sochi · 2/3\n🟩🟥🟩\n${url}`);
		await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Copied/));
	});

	it('falls back to copying when sharing fails for a reason other than the user cancelling', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { share: vi.fn().mockRejectedValue(new DOMException('no', 'NotAllowedError')), clipboard: { writeText } });
		render(ShareButton, { summary: { ...summary, outcomes: [...summary.outcomes] }, url });
		await fireEvent.click(screen.getByRole('button', { name: 'Share your score' }));
		await waitFor(() => expect(writeText).toHaveBeenCalled());
	});

	it('tells the player to copy by hand when the clipboard is refused', async () => {
		vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
		render(ShareButton, { summary: { ...summary, outcomes: [...summary.outcomes] }, url });
		await fireEvent.click(screen.getByRole('button', { name: 'Share your score' }));
		await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/copy it by hand/));
	});
});

// a fresh user's "Share your score" on a friend's result page copied the friend's score as theirs
describe("a friend's result page (/r/...)", () => {
	const page = (name: string | null) => ({
		data: {
			result: result({ name }), challenged: null, title: summary.title, playable: true, stems: {}, url,
			cardUrl: `${url}/card.png`, playPath: '/play/tiny-sochi?challenge=TWFuTWFuTWFu'
		}
	});

	it("offers to play the quiz, and to share the score named as the friend's, never as the reader's", async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		render(ResultPage, page('Anna') as never);
		expect(screen.getByRole('link', { name: 'Play this quiz' })).toBeTruthy();
		expect(screen.queryByRole('button', { name: /your score/i })).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: "Share Anna's score" }));
		expect(writeText).toHaveBeenCalledWith(`newsquiz · Lukashenko meets Putin in Sochi · Anna got 2/3\n🟩🟥🟩\n${url}`);
	});

	it('names the score as someone\'s when its player gave no name', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		render(ResultPage, page(null) as never);
		await fireEvent.click(screen.getByRole('button', { name: 'Share this score' }));
		expect(writeText).toHaveBeenCalledWith(expect.stringContaining('· Someone got 2/3\n'));
	});
});

describe('ChallengeComparison', () => {
	it('lines the two results up item by item and names the winner by right answers first', () => {
		const mine = result({ right: 1, points: 1900, items: [{ itemId: 'i1', outcome: 'right' }, { itemId: 'i2', outcome: 'timeout' }, { itemId: 'i3', outcome: 'wrong' }] });
		render(ChallengeComparison, {
			challenger: { who: you, result: mine },
			challenged: { who: named('Anna', 'your friend'), result: result({ name: 'Anna', points: 1200 }) },
			stems: { i1: 'Where did Lukashenko meet Putin?' }
		});
		const rows = screen
			.getAllByRole('row')
			.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()));
		expect(rows).toEqual([
			['Item', 'You', 'Anna'],
			['1. Where did Lukashenko meet Putin?', '🟩 right', '🟩 right'],
			['2', '⬜ timed out', '🟥 wrong'],
			['3', '🟥 wrong', '🟩 right'],
			['Score', '1/3 · 1,900 points', '2/3 · 1,200 points']
		]);
		expect(screen.getByText('Anna wins, 2 right to 1.')).toBeTruthy();
	});

	it('breaks a tie on right answers by points', () => {
		render(ChallengeComparison, {
			challenger: { who: you, result: result({ points: 2500 }) },
			challenged: { who: named('Anna', 'your friend'), result: result({ points: 2100 }) }
		});
		expect(screen.getByText('You win, on points.')).toBeTruthy();
	});

	it('marks an estimate that earned part of the points close, not wrong, and counts it in the totals', () => {
		const close = result({ right: 1, points: 1650, items: [{ itemId: 'i1', outcome: 'right' }, { itemId: 'i2', outcome: 'close' }, { itemId: 'i3', outcome: 'wrong' }] });
		render(ChallengeComparison, { challenger: { who: you, result: result({}) }, challenged: { who: named('Anna', 'your friend'), result: close } });
		const cells = (n: number) => [...screen.getAllByRole('row')[n].querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
		expect(cells(2)).toEqual(['2', '🟥 wrong', '🟨 close']);
		expect(cells(4)).toEqual(['Score', '2/3 · 2,100 points', '1/3 · 1 close · 1,650 points']);
	});

	it('writes a player who gave no name in lower case mid-sentence and capitalised only where a sentence starts', () => {
		render(ChallengeComparison, {
			challenger: { who: named(null, 'this player'), result: result({ points: 900 }) },
			challenged: { who: named(null, 'the challenger'), result: result({ points: 2100 }) }
		});
		expect(screen.getByRole('heading', { name: 'This player vs the challenger' })).toBeTruthy();
		expect(screen.getByRole('columnheader', { name: 'The challenger' })).toBeTruthy();
		expect(screen.getByText('The challenger wins, on points.')).toBeTruthy();
	});
});

describe('ResultSharing', () => {
	const posted = (challenged: ResultSummary | null): PostedResult => ({
		id: 'TWFuTWFuTWFu',
		path: '/r/TWFuTWFuTWFu',
		url,
		result: result({ name: 'Ben', challengeOf: challenged?.id ?? null }),
		challenged
	});

	it('saves under the typed name, then offers the link and the share button', async () => {
		const onsave = vi.fn().mockResolvedValue(posted(null));
		render(ResultSharing, { title: summary.title, onsave });
		await fireEvent.input(screen.getByRole('textbox', { name: /Your name/ }), { target: { value: 'Ben' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Get a link to share' }));
		expect(onsave).toHaveBeenCalledWith('Ben');
		expect((await screen.findByTestId('result-link')).getAttribute('href')).toBe('/r/TWFuTWFuTWFu');
		expect(screen.getByRole('button', { name: 'Share your score' })).toBeTruthy();
	});

	it('moves focus to the saved result\'s heading, not to the page, when the form gives way to the link', async () => {
		const onsave = vi.fn().mockResolvedValue(posted(null));
		render(ResultSharing, { title: summary.title, onsave });
		screen.getByRole('textbox', { name: /Your name/ }).focus();
		await fireEvent.click(screen.getByRole('button', { name: 'Get a link to share' }));
		const heading = await screen.findByRole('heading', { name: 'Your result is saved' });
		await waitFor(() => expect(document.activeElement).toBe(heading));
	});

	it('keeps the name and says why when the server refuses, so the player can retry', async () => {
		const onsave = vi.fn().mockRejectedValueOnce(new Error('answers.0.elapsedMs: too big.'));
		render(ResultSharing, { title: summary.title, onsave });
		const box = screen.getByRole('textbox', { name: /Your name/ }) as HTMLInputElement;
		await fireEvent.input(box, { target: { value: 'Ben' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Get a link to share' }));
		expect((await screen.findByRole('alert')).textContent).toMatch(/elapsedMs: too big\. Try again\./);
		expect(box.value).toBe('Ben');
	});

	// a fresh user's find: a refused name read "name: pick another name: ... Try again.", though sending it again fails again
	it('tells a refused name to be changed, marks the box and does not ask to try again', async () => {
		const onsave = vi.fn().mockRejectedValueOnce(new NameRefused('Pick another name: that one is not allowed on a shared page.'));
		render(ResultSharing, { title: summary.title, onsave });
		const box = screen.getByRole('textbox', { name: /Your name/ }) as HTMLInputElement;
		// a fresh user's find: a long name was cut at 40 characters with no word of the limit
		expect(box.maxLength).toBe(40);
		expect(screen.getByLabelText(/up to 40 characters/)).toBe(box);
		await fireEvent.input(box, { target: { value: 'Rude Word' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Get a link to share' }));
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toBe('Pick another name: that one is not allowed on a shared page.');
		expect(box.getAttribute('aria-invalid')).toBe('true');
		expect(box.getAttribute('aria-describedby')).toBe(alert.id);
		expect(box.value).toBe('Rude Word');
	});

	it('shows both results side by side after saving a challenge', async () => {
		const original = result({ id: 'AAAAAAAAAAAA', name: 'Anna' });
		render(ResultSharing, { title: summary.title, challenge: original, onsave: vi.fn().mockResolvedValue(posted(original)) });
		await fireEvent.click(screen.getByRole('button', { name: 'Save and compare' }));
		expect(await screen.findByRole('heading', { name: 'You vs Anna' })).toBeTruthy();
	});

	it('names a friend who gave no name "your friend" mid-sentence, in the offer and the comparison', async () => {
		const original = result({ id: 'AAAAAAAAAAAA', name: null, points: 2500 });
		render(ResultSharing, { title: summary.title, challenge: original, onsave: vi.fn().mockResolvedValue(posted(original)) });
		expect(screen.getByRole('heading', { name: 'Compare with your friend' })).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Save and compare' }));
		expect(await screen.findByRole('heading', { name: 'You vs your friend' })).toBeTruthy();
		expect(screen.getByRole('columnheader', { name: 'Your friend' })).toBeTruthy();
		expect(screen.getByText('Your friend wins, on points.')).toBeTruthy();
	});
});
