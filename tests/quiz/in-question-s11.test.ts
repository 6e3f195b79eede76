import { describe, expect, it } from 'vitest';
import { inQuestion } from '../../src/lib/quiz/how-many';

describe('a sentence-opening determiner inside a question (R1)', () => {
	it('is lowered even where the article capitalises "The" inside a title mid-sentence', () => {
		// the libel article's "an episode of his podcast, The Lobby Files" puts "The" among the
		// article's mid-sentence capitals; "According to The council" followed
		expect(inQuestion('The council', new Set(['The', 'Lobby', 'Files']))).toBe('the council');
		expect(inQuestion('Wolves goalie Filip Gustavsson', new Set(['Wolves']))).toBe('Wolves goalie Filip Gustavsson');
	});
});
