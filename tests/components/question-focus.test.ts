import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ItemScreen from '$lib/components/ItemScreen.svelte';
import type { Item } from '$lib/quiz/types';

const sentence = 'The ferry carried 412 passengers across the strait on its first crossing.';
const base: Item = {
	id: 'ferry-s2',
	type: 'mcq',
	factType: 'count',
	stem: 'How many passengers did the ferry carry on its first crossing?',
	options: ['412', '214', '142', '421'],
	key: 0,
	source: { sentence: 2, paragraph: 1, start: 0, end: sentence.length, text: sentence, keySpan: { start: 18, end: 21 } },
	checks: ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'],
	difficulty: 0.5
};

const choice = base;
const typed: Item = { ...base, id: 'ferry-s2-typed', type: 'cloze', stem: 'The ferry carried _____ passengers across the strait.', answerMode: 'typed', options: ['412'] };
const estimate: Item = {
	...base,
	id: 'ferry-s2-estimate',
	type: 'numeric',
	stem: 'About how many passengers did the ferry carry on its first crossing?',
	answerMode: 'estimate',
	numeric: { value: 412, min: 0, max: 1000, unit: 'passengers' }
};

/** The element a Tab from `from` reaches: the next one in document order the keyboard can focus. */
function nextTabStop(from: Element): Element | undefined {
	const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
		(element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled
	);
	return stops.find((element) => from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
}

// a fresh user's screen reader heard the stem of a choice item and the box of an estimate, never
// "Question 2 of 6": focus went to the stem's h2 or into the box, past the h1 that numbers the question
describe('focus as a question opens', () => {
	it.each([
		['a choice item', choice, () => screen.getAllByRole('button')[0]],
		['a typed item', typed, () => screen.getByRole('textbox', { name: 'Your answer' })],
		['an estimate', estimate, () => screen.getByRole('textbox', { name: /Your estimate/ })]
	])('goes to the heading that numbers it, for %s, one Tab before its answer', (_, item, control) => {
		render(ItemScreen, { current: { item, order: [0, 1, 2, 3], index: 1, total: 6, limitMs: null }, remainingMs: null, onanswer: vi.fn() });
		const heading = screen.getByRole('heading', { level: 1 });
		expect(heading.textContent).toMatch(/^Question 2 of 6/);
		expect(document.activeElement).toBe(heading);
		expect(nextTabStop(heading)).toBe(control());
	});
});
