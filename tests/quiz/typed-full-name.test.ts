import { describe, expect, it } from 'vitest';
import { typedAnswers } from '../../src/lib/quiz/generate';
import { credit } from '../../src/lib/quiz/scoring';
import type { Item } from '../../src/lib/quiz/types';

// a fresh user typed "Daniel Okoro" into "_____, 19, equalised in the 79th minute" (key "Okoro") and was marked wrong
describe('a typed surname', () => {
	it('accepts the full name the article gives that person', () => {
		expect(typedAnswers('Okoro', 'person', 'Daniel Okoro')).toEqual(['Okoro', 'Daniel Okoro']);
		expect(typedAnswers('Okoro', 'person', 'Okoro')).toEqual(['Okoro']);
		expect(typedAnswers('Okoro', 'person', 'Daniel Smith')).toEqual(['Okoro']);
		expect(typedAnswers('Okoro', 'person')).toEqual(['Okoro']);
	});

	it('scores the full name, the surname and a near spelling right, and another name wrong', () => {
		const item = {
			id: 'x',
			type: 'cloze',
			factType: 'person',
			stem: '_____, 19, equalised in the 79th minute.',
			options: ['Okoro'],
			key: 0,
			answerMode: 'typed',
			accepted: typedAnswers('Okoro', 'person', 'Daniel Okoro'),
			source: { sentence: 0, start: 0, end: 5, text: 'Okoro, 19, equalised in the 79th minute.' }
		} as unknown as Item;
		for (const text of ['Daniel Okoro', 'daniel okoro', 'Okoro', 'Daniel Okorro']) expect(credit(item, { kind: 'text', text } as never)).toBe(1);
		expect(credit(item, { kind: 'text', text: 'Daniel Mensah' } as never)).toBe(0);
	});
});
