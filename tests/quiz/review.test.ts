import { describe, expect, it } from 'vitest';
import { applyItemEdit, deleteItem, issueFields, moveItem, replaceItem, reviewIssues } from '../../src/lib/quiz/review';
import { sampleQuiz } from '../fixtures/quiz';

describe('review operations', () => {
	it('deletes, moves and replaces items by id, leaving the others in order', () => {
		const quiz = sampleQuiz();
		expect(deleteItem(quiz, 'q2').items.map((i) => i.id)).toEqual(['q1', 'q3']);
		expect(moveItem(quiz, 'q3', -1).items.map((i) => i.id)).toEqual(['q1', 'q3', 'q2']);
		expect(moveItem(quiz, 'q1', 1).items.map((i) => i.id)).toEqual(['q2', 'q1', 'q3']);
		expect(moveItem(quiz, 'q1', -1).items.map((i) => i.id)).toEqual(['q1', 'q2', 'q3']);
		const replacement = { ...quiz.items[0], id: 'q9', stem: 'Where were the talks held?' };
		expect(replaceItem(quiz, 'q1', replacement).items.map((i) => i.id)).toEqual(['q9', 'q2', 'q3']);
	});

	// a fresh user's "Another item" on a quiz's last item put an item from the fifth of fourteen paragraphs last
	it('puts a replacement where its sentence falls among the items that stay, unless the reviewer has ordered them otherwise', () => {
		const quiz = sampleQuiz();
		const fromFirst = { ...quiz.items[2], id: 'q9', source: quiz.items[0].source };
		expect(replaceItem(quiz, 'q3', fromFirst).items.map((i) => i.id)).toEqual(['q1', 'q9', 'q2']);
		const fromLast = { ...quiz.items[0], id: 'q8', source: quiz.items[2].source };
		expect(replaceItem(quiz, 'q1', fromLast).items.map((i) => i.id)).toEqual(['q2', 'q3', 'q8']);
		const reordered = moveItem(quiz, 'q2', -1);
		expect(replaceItem(reordered, 'q3', fromFirst).items.map((i) => i.id)).toEqual(['q2', 'q1', 'q9']);
		expect(replaceItem(quiz, 'q7', fromFirst)).toEqual(quiz);
	});

	it('applies an edit of stem, options and key, trimmed', () => {
		const [first] = sampleQuiz().items;
		const edited = applyItemEdit(first, { stem: '  Where were the talks held?  ', options: ['Yalta', 'Sochi ', 'Batumi', 'Tbilisi'], key: 1 });
		expect(edited).toMatchObject({ stem: 'Where were the talks held?', options: ['Yalta', 'Sochi', 'Batumi', 'Tbilisi'], key: 1 });
	});

	it('names the field each problem lies in: an emptied option, each of two options that are the same, the stem', () => {
		const quiz = sampleQuiz();
		const [q1, q2, q3] = quiz.items;
		const edited = {
			...quiz,
			items: [{ ...q1, options: [q1.options[0], '', ...q1.options.slice(2)] }, { ...q2, options: [q2.options[0], q2.options[0], ...q2.options.slice(2)] }, { ...q3, stem: '' }]
		};
		expect(issueFields(edited)).toEqual({ q1: ['option-1'], q2: ['option-0', 'option-1'], q3: ['stem'] });
		expect(issueFields(quiz)).toEqual({});
	});

	it('refuses a fill-in or estimate item whose stem has lost its blank, and marks its stem', () => {
		const quiz = sampleQuiz();
		quiz.items[0] = { ...quiz.items[0], type: 'cloze', stem: 'The talks were held in _____.' };
		quiz.items[1] = { ...quiz.items[1], type: 'numeric', stem: 'Engineers said the steel share was high.' };
		quiz.items[2] = { ...quiz.items[2], type: 'cloze', stem: 'The council voted on Tuesday night.' };
		expect(reviewIssues(quiz)).toEqual({ q2: [expect.stringMatching(/no blank \(_____\)/)], q3: [expect.stringMatching(/no blank/)] });
		expect(issueFields(quiz)).toEqual({ q2: ['stem'], q3: ['stem'] });
	});

	// a fresh user emptied a fill-in's stem and was told both "no blank" and "stem is empty"
	it('tells an emptied fill-in or estimate stem only that it is empty', () => {
		const quiz = sampleQuiz();
		quiz.items[0] = { ...quiz.items[0], type: 'cloze', stem: '  ' };
		quiz.items[1] = { ...quiz.items[1], type: 'numeric', stem: '' };
		expect(reviewIssues(quiz)).toEqual({ q1: ['the question (stem) is empty: write one'], q2: ['the question (stem) is empty: write one'] });
		expect(issueFields(quiz)).toEqual({ q1: ['stem'], q2: ['stem'] });
	});

	it('finds no issue in a valid quiz', () => {
		expect(reviewIssues(sampleQuiz())).toEqual({});
	});

	it('reports duplicate options, an empty stem and a key outside the options against their item', () => {
		const quiz = sampleQuiz();
		quiz.items[0] = applyItemEdit(quiz.items[0], { stem: 'Where?', options: ['Sochi', 'sochi', 'Batumi', 'Yalta'], key: 0 });
		quiz.items[1] = applyItemEdit(quiz.items[1], { stem: ' ', options: quiz.items[1].options, key: 1 });
		quiz.items[2] = applyItemEdit(quiz.items[2], { stem: 'Share?', options: quiz.items[2].options, key: 7 });
		const issues = reviewIssues(quiz);
		expect(issues.q1).toEqual(['options must be distinct']);
		expect(issues.q2?.join(' ')).toMatch(/stem/);
		expect(issues.q3).toEqual(['the key must be one of the options']);
	});

	it('reports a quiz left without items as a quiz-wide issue', () => {
		const quiz = sampleQuiz();
		const empty = ['q1', 'q2', 'q3'].reduce(deleteItem, quiz);
		expect(reviewIssues(empty).quiz).toEqual(['a quiz needs at least one item']);
	});
});
