import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ArticleView from '$lib/components/ArticleView.svelte';
import Feedback from '$lib/components/Feedback.svelte';
import ItemReview from '$lib/components/ItemReview.svelte';
import SourceSentence from '$lib/components/SourceSentence.svelte';

const sentence = 'Belarus’ interior ministry said 774 people were arrested in Minsk.';
const source = { text: sentence, keySpan: { start: 32, end: 35 } };

describe('SourceSentence', () => {
	it('marks exactly the key inside the sentence', () => {
		const { container } = render(SourceSentence, { source });
		expect(container.querySelector('mark')?.textContent).toBe('774');
		expect(container.textContent?.trim()).toBe(sentence);
	});

	it.each(['play', 'classroom'] as const)('%s: shows the sentence that names a quote’s speaker, in the article’s order, when the source says only "she said"', (look) => {
		const quote = '"Nobody will be left without a roof over their head tonight," she said.';
		const naming = 'Harrow council’s leader, Cllr Deborah Haines, said 212 people had been placed in emergency accommodation.';
		const speaker = { sentence: 19, text: naming, span: { start: 30, end: 44 } };
		const { container } = render(SourceSentence, { source: { text: quote, keySpan: { start: 62, end: 65 }, sentence: 20, speaker }, look });
		expect(container.querySelector('blockquote')!.classList.contains('classroom')).toBe(look === 'classroom');
		expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual([naming, quote]);
		expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Deborah Haines', 'she']);
		const { container: later } = render(SourceSentence, { source: { text: quote, keySpan: { start: 62, end: 65 }, sentence: 18, speaker }, look });
		expect([...later.querySelectorAll('p')].map((p) => p.textContent)).toEqual([quote, naming]);
	});

	it('shows markup in article text as text, never as HTML', () => {
		const text = 'He said <img src=x onerror=alert(1)> was <b>fine</b>.';
		const { container } = render(SourceSentence, { source: { text, keySpan: { start: 0, end: 2 } } });
		expect(container.querySelector('img, b')).toBeNull();
		expect(container.textContent).toContain('<b>fine</b>');
	});
});

describe('Feedback', () => {
	const props = { points: 0, answer: '618', keyText: '774', source, last: false };

	it('says wrong, shows the player’s answer, the key and the source sentence, and takes focus', () => {
		render(Feedback, { ...props, outcome: 'incorrect', onnext: () => {}, onshowarticle: () => {} });
		const verdict = screen.getByRole('heading', { name: /Wrong/ });
		expect(document.activeElement).toBe(verdict);
		expect(screen.getByText('Your answer').nextElementSibling?.textContent).toBe('618');
		expect(screen.getByText('Right answer').nextElementSibling?.textContent).toBe('774');
		expect(screen.getByRole('blockquote').textContent?.trim()).toBe(sentence);
	});

	it('says right without repeating the key, and moves on or opens the article on request', async () => {
		const onnext = vi.fn();
		const onshowarticle = vi.fn();
		render(Feedback, { ...props, outcome: 'correct', points: 140, answer: '774', last: true, onnext, onshowarticle });
		expect(screen.getByRole('heading', { name: /Right/ }).textContent).toContain('+140 points');
		expect(screen.queryByText('Right answer')).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Show in article' }));
		await fireEvent.click(screen.getByRole('button', { name: /See results/ }));
		expect(onshowarticle).toHaveBeenCalledOnce();
		expect(onnext).toHaveBeenCalledOnce();
	});

	it('says when time ran out before an answer', () => {
		render(Feedback, { ...props, outcome: 'timedOut', answer: null, onnext: () => {}, onshowarticle: () => {} });
		expect(screen.getByRole('heading', { name: /Time’s up/ })).toBeTruthy();
		expect(screen.getByText('No answer: time ran out')).toBeTruthy();
	});
});

describe('ItemReview', () => {
	it('reviews an item under its number and stem', () => {
		render(ItemReview, {
			number: 3,
			stem: 'How many people were arrested in Minsk and other cities?',
			outcome: 'incorrect',
			points: 0,
			answer: '932',
			keyText: '774',
			source,
			onshowarticle: () => {}
		});
		const review = screen.getByRole('article', { name: /3\. How many people/ });
		expect(within(review).getByText(/Wrong/)).toBeTruthy();
		expect(within(review).getByText('Right answer').nextElementSibling?.textContent).toBe('774');
		expect(review.querySelector('mark')?.textContent).toBe('774');
		// the results list several of these buttons: each is named for its item, after its visible words
		expect(within(review).getByRole('button', { name: /^Show in article\W+question 3$/ })).toBeTruthy();
	});
});

describe('a close estimate in the review', () => {
	it('reads "Close" in the close tone, not the wrong one', () => {
		render(ItemReview, {
			number: 5,
			stem: 'Mr Lukashenko insists he won _____% of the election vote.',
			outcome: 'partial',
			points: 420,
			answer: '100',
			keyText: '80%',
			source,
			onshowarticle: () => {}
		});
		const review = screen.getByRole('article', { name: /5\. Mr Lukashenko/ });
		expect(within(review).getByText(/Close/)).toBeTruthy();
		expect(review.classList.contains('close')).toBe(true);
		expect(review.classList.contains('wrong')).toBe(false);
	});
});

describe('ArticleView', () => {
	it('marks each asked sentence with its question and whether it was answered right', () => {
		const article = { title: 'T', paragraphs: ['One. Two.', 'Three.'] };
		const { container } = render(ArticleView, {
			article,
			marks: [
				{ start: 5, end: 9, state: 'right', tag: '1 ✓', label: 'question 1, answered right' },
				{ start: 11, end: 17, state: 'wrong', tag: '2 ✗', label: 'question 2, answered wrong' }
			]
		});
		const marks = [...container.querySelectorAll('mark')];
		expect(marks.map((m) => m.className.split(' ')[0])).toEqual(['right', 'wrong']);
		expect(marks[0].textContent).toContain('Two.');
		expect(marks[1].textContent).toContain('Three.');
		expect(screen.getByText(/question 2, answered wrong/)).toBeTruthy();
		expect(container.textContent).toContain('One. ');
	});

	it('marks a sentence asked twice once, with both questions, and wrong if either was', () => {
		const article = { title: 'T', paragraphs: ['One. Two.'] };
		const { container } = render(ArticleView, {
			article,
			marks: [
				{ start: 0, end: 4, state: 'right', tag: '2 ✓', label: 'question 2: right' },
				{ start: 0, end: 4, state: 'wrong', tag: '3 ✗', label: 'question 3: wrong' }
			]
		});
		const marks = [...container.querySelectorAll('mark')];
		expect(marks).toHaveLength(1);
		expect(marks[0].className.split(' ')[0]).toBe('wrong');
		expect(marks[0].querySelector('sup')?.textContent).toBe('2 ✓ 3 ✗');
	});

	it('marks a sentence close when the worse of its answers was a close estimate, and wrong over close', () => {
		const article = { title: 'T', paragraphs: ['One. Two.'] };
		const close = { start: 0, end: 4, state: 'close', tag: '3 ≈', label: 'question 3: close' } as const;
		const { container, unmount } = render(ArticleView, {
			article,
			marks: [{ start: 0, end: 4, state: 'right', tag: '2 ✓', label: 'question 2: right' }, close]
		});
		expect(container.querySelector('mark')?.className.split(' ')[0]).toBe('close');
		unmount();
		const again = render(ArticleView, {
			article,
			marks: [close, { start: 0, end: 4, state: 'wrong', tag: '4 ✗', label: 'question 4: wrong' }]
		});
		expect(again.container.querySelector('mark')?.className.split(' ')[0]).toBe('wrong');
	});
});
