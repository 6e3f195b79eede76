import { describe, expect, it } from 'vitest';
import { hideItem, SEALED_KEY } from '../../src/lib/quiz/sealed';
import type { Item } from '../../src/lib/quiz/types';

const source = { sentence: 1, paragraph: 0, start: 0, end: 48, text: 'The Harwick ferry carried 212 passengers in May.', keySpan: { start: 26, end: 29 } };

const estimate: Item = {
	id: 'harwick-ferry-s1-nu',
	type: 'numeric',
	factType: 'count',
	stem: 'How many passengers did the Harwick ferry carry in May?',
	answerMode: 'estimate',
	options: ['212'],
	key: 0,
	accepted: ['212'],
	numeric: { value: 212, unit: 'passengers', min: 0, max: 1000 },
	source,
	checks: ['R1'],
	difficulty: 0.4
};

const choice: Item = {
	...estimate,
	id: 'harwick-ferry-s1-mc',
	type: 'mcq',
	answerMode: 'choice',
	stem: 'Which port did the storm close?',
	options: ['Lenby', 'Harwick', 'Dunmore', 'Oakhaven'],
	numeric: undefined,
	accepted: undefined
};

describe('an item the homework page holds before the server hands it out', () => {
	it('keeps its id, type and answer mode, and nothing a student could read the question or its key from', () => {
		for (const item of [estimate, choice]) {
			const hidden = hideItem(item);
			expect(hidden).toMatchObject({ id: item.id, type: item.type, answerMode: item.answerMode, stem: '', options: [], key: SEALED_KEY });
			expect(hidden.numeric).toBeUndefined();
			expect(hidden.accepted).toBeUndefined();
			expect(JSON.stringify(hidden)).not.toMatch(/Lenby|Harwick ferry|212|passengers/);
		}
	});
});
