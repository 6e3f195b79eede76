import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ItemEditor from '$lib/components/ItemEditor.svelte';
import { issueFields, reviewIssues } from '$lib/quiz/review';
import { sampleQuiz } from '../fixtures/quiz';

describe('ItemEditor', () => {
	it('labels the stem, each option and each key choice, with the key checked and the source sentence shown', () => {
		const item = sampleQuiz().items[1];
		render(ItemEditor, { item, position: 2, count: 3, issues: [] });
		const group = screen.getByRole('group', { name: 'Item 2 of 3' });
		expect(within(group).getByRole('textbox', { name: 'Question (stem)' })).toHaveProperty('value', item.stem);
		expect(within(group).getByRole('textbox', { name: 'Option 2' })).toHaveProperty('value', '774');
		expect(within(group).getByRole('radio', { name: 'Option 2 is the key' })).toHaveProperty('checked', true);
		expect(within(group).getByRole('radio', { name: 'Option 1 is the key' })).toHaveProperty('checked', false);
		expect(group.querySelector('mark')?.textContent).toBe('774');
		expect(group.textContent).toContain('Source sentence:');
	});

	it('names each action after its item and disables moves past either end', () => {
		render(ItemEditor, { item: sampleQuiz().items[0], position: 1, count: 3, issues: [] });
		expect(screen.getByRole('button', { name: 'Move up item 1' })).toHaveProperty('disabled', true);
		expect(screen.getByRole('button', { name: 'Move down item 1' })).toHaveProperty('disabled', false);
		expect(screen.getByRole('button', { name: 'Delete item 1' }).getAttribute('value')).toBe('delete:q1');
		expect(screen.getByRole('button', { name: 'Another item in place of item 1' }).getAttribute('formaction')).toBe('?/review');
	});

	// a fresh user's find: "Another item" stayed enabled with no spare left, and a press said nothing could be written
	it('disables "Another item" when no item can be written in its place, and says why beside it', () => {
		render(ItemEditor, { item: sampleQuiz().items[0], position: 1, count: 3, issues: [], spare: false });
		const another = screen.getByRole('button', { name: 'Another item in place of item 1' });
		expect(another).toHaveProperty('disabled', true);
		expect(document.getElementById(another.getAttribute('aria-describedby') ?? '')?.textContent).toBe("No other item can be written in its place: the article's other sentences give none that passes the checks.");
		expect(screen.getByRole('button', { name: 'Delete item 1' })).toHaveProperty('disabled', false);
	});

	it('lists its problems and ties them to the item for screen readers', () => {
		render(ItemEditor, { item: sampleQuiz().items[0], position: 1, count: 3, issues: ['options must be distinct'] });
		const group = screen.getByRole('group', { name: 'Item 1 of 3' });
		const described = document.getElementById(group.getAttribute('aria-describedby')!);
		expect(described?.textContent).toContain('options must be distinct');
	});

	// a new user's emptied option was refused on save with nothing on the option itself
	it('marks the field a problem lies in as invalid, described by the problem, and leaves the others alone', () => {
		const item = { ...sampleQuiz().items[0], options: ['Minsk', '', 'Kyiv', 'Riga'] };
		render(ItemEditor, { item, position: 1, count: 3, issues: ['Too small: expected string to have >=1 characters'], invalid: ['option-1'] });
		const emptied = screen.getByRole('textbox', { name: 'Option 2' });
		expect(emptied.getAttribute('aria-invalid')).toBe('true');
		expect(document.getElementById(emptied.getAttribute('aria-describedby')!)?.textContent).toContain('Too small');
		expect(screen.getByRole('textbox', { name: 'Option 1' }).getAttribute('aria-invalid')).toBeNull();
		expect(screen.getByRole('textbox', { name: 'Question (stem)' }).getAttribute('aria-invalid')).toBeNull();
	});

	// a fresh user's refused save marked a valid option invalid together with the two that were the same
	it('marks only the options that repeat another invalid after a refused save, not the valid ones', () => {
		const quiz = sampleQuiz();
		const item = { ...quiz.items[0], options: ['Minsk', 'minsk ', 'Kyiv', 'Riga'] };
		const edited = { ...quiz, items: [item, ...quiz.items.slice(1)] };
		render(ItemEditor, { item, position: 1, count: 3, issues: reviewIssues(edited)[item.id], invalid: issueFields(edited)[item.id] });
		const invalid = (n: number) => screen.getByRole('textbox', { name: `Option ${n}` }).getAttribute('aria-invalid');
		expect([1, 2, 3, 4].map(invalid)).toEqual(['true', 'true', null, null]);
	});
});

/** The text of every element a field is described by, in order. */
const description = (field: HTMLElement) =>
	(field.getAttribute('aria-describedby') ?? '')
		.split(' ')
		.map((id) => document.getElementById(id)?.textContent?.trim())
		.join(' ');

// a fresh user rewrote a fill-in stem as a question and learned only at save that its blank was needed
describe('ItemEditor on a fill-in item', () => {
	it('says before any save that the stem keeps its blank, tied to the stem, with a refusal added to it', () => {
		const item = { ...sampleQuiz().items[0], type: 'cloze' as const, stem: 'The talks were held in _____.' };
		const { unmount } = render(ItemEditor, { item, position: 1, count: 3, issues: [] });
		const stem = screen.getByRole('textbox', { name: 'Question (stem)' });
		expect(description(stem)).toBe('Keep the blank (_____) where the answer goes: players fill it in.');
		unmount();
		render(ItemEditor, { item: { ...item, stem: 'Where were the talks held?' }, position: 1, count: 3, issues: ['the question has no blank (_____) where the answer goes: put one back'], invalid: ['stem'] });
		const refused = screen.getByRole('textbox', { name: 'Question (stem)' });
		expect(refused.getAttribute('aria-invalid')).toBe('true');
		expect(description(refused)).toMatch(/^Keep the blank .* put one back$/);
	});

	it('says nothing of a blank on a multiple-choice stem', () => {
		render(ItemEditor, { item: sampleQuiz().items[0], position: 1, count: 3, issues: [] });
		expect(screen.getByRole('textbox', { name: 'Question (stem)' }).getAttribute('aria-describedby')).toBeNull();
	});
});

describe('ItemEditor on a true/false item', () => {
	it('offers True and False as the key choices, without option text boxes', () => {
		const [first] = sampleQuiz().items;
		const item = { ...first, type: 'true-false' as const, stem: 'The talks were held in Sochi.', options: ['True', 'False'], key: 0 };
		render(ItemEditor, { item, position: 1, count: 1, issues: [] });
		expect(screen.getByRole('radio', { name: 'True' })).toHaveProperty('checked', true);
		expect(screen.getByRole('radio', { name: 'False' })).toHaveProperty('checked', false);
		expect(screen.queryByRole('textbox', { name: /^Option/ })).toBeNull();
	});
});
