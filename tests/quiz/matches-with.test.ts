import { describe, expect, it } from 'vitest';
import { matchesWith } from '../../src/lib/quiz/words';

// matchesWith skips a whole-text scan when none of the pattern's words is in the text: it must give
// exactly the matches matchAll gives whenever one is, and none only where the pattern could match nothing
describe('matchesWith', () => {
	const COUNCIL = /(\p{Lu}\p{Ll}+) council\b/gu;
	const text = 'Members of Brackley council met on Monday; Tarrow council did not.';

	it('gives the matches matchAll gives, in order, with their groups and indices, when the text holds a needle', () => {
		const found = [...matchesWith(text, COUNCIL, ['council'])].map((m) => [m[0], m[1], m.index]);
		expect(found).toEqual([...text.matchAll(COUNCIL)].map((m) => [m[0], m[1], m.index]));
		expect(found).toEqual([
			['Brackley council', 'Brackley', 11],
			['Tarrow council', 'Tarrow', 43]
		]);
	});

	it('gives none, unread, when the text holds none of the needles', () => {
		expect([...matchesWith('The mayor of Brackley spoke on Monday.', COUNCIL, ['council'])]).toEqual([]);
	});

	it('reads the text when any one needle of several is in it', () => {
		expect([...matchesWith(text, COUNCIL, ['Stadium', 'council'])].map((m) => m[1])).toEqual(['Brackley', 'Tarrow']);
	});
});
