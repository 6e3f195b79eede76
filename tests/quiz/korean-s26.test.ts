import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { written, reportOf } from './report';

describe('session 26: a Korean name whose family name is an English word', () => {
	it('"Park Ji-woo" and "Moon Jae-in" are persons, filed under the family name the story writes alone', () => {
		const persons = (text: string) => extractFacts(text).filter((f) => f.type === 'person').map((f) => [f.text, f.surname]);
		expect(persons('Park Ji-woo became the first South Korean player to win the title.')).toEqual([['Park Ji-woo', 'Park']]);
		expect(persons('On Saturday Moon Jae-in met the visiting delegation.')).toEqual([['Moon Jae-in', 'Moon']]);
		// a park is still a park
		expect(persons('Park Lane was closed on Sunday.')).toEqual([]);
	});

	it('her "she" and "the 24-year-old" are the Korean winner, never the other player the lead names (R6)', () => {
		const stems = written(
			reportOf('Park Ji-woo beats Lopez to become South Korea’s first Grand Slam champion', [
				'Park Ji-woo became the first South Korean player to win a Grand Slam singles title when she beat second seed Marta Lopez 6-4 3-6 7-5 in the US Open final in New York on Saturday.',
				'The 24-year-old, seeded fifth, sealed victory on her third match point after two hours and 41 minutes, dropping to the court as a crowd of about 21,300 rose to applaud.',
				'Park, from Gwangju, had never previously gone beyond the fourth round of a major. She collects $3.6m in prize money and will rise to No 4 in the rankings on Monday.',
				'Lopez, 29, was playing in her second major final. She had beaten the top seed in the semi-finals on Thursday.'
			])
		).map((w) => w.stem);
		expect(stems.some((s) => s.startsWith('Park Ji-woo, seeded fifth'))).toBe(true);
		expect(stems.some((s) => s.startsWith('Park Ji-woo collects'))).toBe(true);
		expect(stems.filter((s) => /Lopez(?:, seeded fifth| collects)/.test(s))).toEqual([]);
	});
});
