import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

const MATCH = `Cardiff edge Swansea 28-21 as late try settles derby

Cardiff beat Swansea 28-21 in a tense derby at the Arms Park on Saturday, with wing Owain Preece scoring the decisive try three minutes from time.

Swansea led 14-10 at half-time after two tries from their back row, and stretched the lead to seven points early in the second half.

With nine minutes remaining, Cardiff replacement scrum-half Dafydd Rowlands spotted a gap around the fringes of a maul and sprinted 28 metres to score.

Preece then finished a long move down the left, and fly-half Tomos Bevan converted from the touchline.

The win lifts Cardiff to fourth in the table, two points behind Ospreys, with three rounds left.`;

describe('a side of a headline score gives away no other count (y33b)', () => {
	it('asks the metres the scrum-half ran', () => {
		const stems = generateQuiz(parseArticleText(MATCH), { seed: 1 }).items.map((i) => i.stem);
		expect(stems.some((s) => /sprinted (?:_____|\d+) metres to score/.test(s))).toBe(true);
	});
});
