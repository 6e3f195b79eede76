import { describe, expect, it } from 'vitest';
import { comparedNear } from '../../src/lib/quiz/bounds';
import { extractFacts } from '../../src/lib/quiz/facts';
import { ESTIMATE } from '../../src/lib/quiz/scoring';

/** Is the estimate of `key` in `sentence` refused because the stem states a figure near it? */
function near(sentence: string, key: string): boolean {
	const facts = extractFacts(sentence);
	const fact = facts.find((f) => f.text === key || f.text.includes(key))!;
	expect(fact, key).toBeDefined();
	const stem = sentence.slice(0, fact.span.start) + '_____' + sentence.slice(fact.span.end);
	return comparedNear(fact, facts, stem, ESTIMATE);
}

describe('session 55: giveaways and options absurd by the sentence itself', () => {
	it('an estimate whose stem states a figure of its measure within scoring reach is refused, whatever the cue (R5: "closed at $_____ after trading as low as $61.85")', () => {
		expect(near('The stock closed at $41.20 on Friday after trading as low as $40.05 in the morning.', '$41.20')).toBe(true);
		expect(near('Shares ended the day at $88.10, having touched a high of $91.30 before lunch.', '$88.10')).toBe(true);
		expect(near('Attendance rose from 12,400 to 14,900 over the season.', '14,900')).toBe(true);
		expect(near('The index finished at 3,180 points, as high as 3,320 points at one stage.', '3,180')).toBe(true);
		expect(near('Turnout was 61% against 58% at the last election.', '61%')).toBe(true);
		// a far figure, or one of another measure, tells nothing
		expect(near('The stock closed at $41.20 on Friday after trading as low as $12.05 a year ago.', '$41.20')).toBe(false);
		expect(near('The club sold 14,900 tickets for 12 home games.', '14,900')).toBe(false);
	});
});
