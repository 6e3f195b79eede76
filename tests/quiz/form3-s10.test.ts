import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, kept } from './report';

const texts = (text: string) => simplify(text, extractFacts(text)).map((c) => c.text);

// the blind holdout15 reader's R1 items, on sentences of the same kinds
describe('stems cut from sentences of the holdout15 kinds', () => {
	it('keep "at least 14 people" after a leading "By mid-afternoon"', () => {
		const all = texts('By mid-afternoon at least 14 people had been arrested, and reporters saw two protesters being treated for leg wounds.');
		expect(all.some((t) => /^People had been arrested/.test(t))).toBe(false);
	});

	it('refuse a quote whose inner quotation is opened and never closed', () => {
		const stems = kept('Ferris wins state title', [
			'Ferris beat Garfield 61-57 on Saturday to win its first boys 4A state title since 1998.',
			'“I kept telling the guys at halftime, \'They are going to make a run. Stay calm and keep the ball.\' And they did,” said Ferris coach Marcus Bell.',
			'Garfield coach Tony Reyes said his players had nothing left in the fourth quarter.',
			'Ferris guard Sam Oyelaran, who scored 22 points, said the title was for the whole town.',
			...filler
		]);
		expect(stems.filter((s) => /'They are going to make a run”/.test(s))).toEqual([]);
	});
});
