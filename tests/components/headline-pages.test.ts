import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { HEADLINE_BLANK } from '$lib/quiz/masked-headline';
import type { Quiz } from '$lib/quiz/types';
import ClassPage from '../../src/routes/class/[quizId]/+page.svelte';

// an invented quiz whose headline prints its first item's key ("six")
const quiz = {
	id: 'harbour-fog',
	title: 'Fog closes the harbour for six hours',
	items: [{ id: 'i1', type: 'mcq', factType: 'count', stem: 'For how many hours was the harbour closed?', options: ['four', 'six', 'eight', 'ten'], key: 1, source: { text: 'The harbour was closed for six hours.', keySpan: { start: 26, end: 29 } } }]
} as unknown as Quiz;

vi.mock('../../src/lib/server/quizzes', () => ({ bundledQuizzes: () => [quiz], findQuiz: (id: string) => (id === quiz.id ? quiz : undefined) }));

const masked = `Fog closes the harbour for ${HEADLINE_BLANK} hours`;

// a fresh user's "Play with a class" page showed the headline whole, key and all, on the projector before the room opened
describe('a page that shows a quiz before it is played', () => {
	it('gives the class page the headline with its keys blanked, and shows the blank', async () => {
		const { load } = await import('../../src/routes/class/[quizId]/+page.server');
		const data = (load as unknown as (event: { params: { quizId: string } }) => { title: string; id: string; itemCount: number })({ params: { quizId: quiz.id } });
		expect(data.title).toBe(masked);
		const { container } = render(ClassPage, { data } as never);
		expect(container.textContent).not.toMatch(/\bsix hours/);
	});

	it('lists the quizzes to set as homework with their keys blanked', async () => {
		const { load } = await import('../../src/routes/homework/new/+page.server');
		const data = (load as unknown as (event: { url: URL }) => { quizzes: { title: string }[] })({ url: new URL(`http://localhost/homework/new?quiz=${quiz.id}`) });
		expect(data.quizzes.map((q) => q.title)).toEqual([masked]);
	});
});
