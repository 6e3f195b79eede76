import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

const article = parseArticleText(
	[
		'Former minister wins libel damages',
		'A former cabinet minister has won £180,000 in libel damages from a journalist who falsely claimed in a podcast that he had taken Russian money.',
		'Sir Geoffrey Hallam, 61, sued Owen Tighe over an episode of the podcast broadcast in October 2024, which reached an estimated 1.2 million people.',
		'The cable company will try to sign up 400,000 existing customers for high-speed internet by March.',
		'Officials in Leeds reviewed the budget for the coming year in a long meeting. Subscribe to our newsletter for 50% off the first 3 months.'
	].join('\n\n')
);
const report = generateWithReport(article, { seed: 1, maxItems: 15 });

describe('page furniture is a call to action, not a word (R7)', () => {
	it('reads the facts of news sentences that mention a podcast or signing up customers', () => {
		const facts = (i: number) => report.facts![i].map((f) => `${f.type}:${f.text}`);
		expect(facts(0)).toContain('money:£180,000');
		expect(facts(1)).toEqual(expect.arrayContaining(['person:Geoffrey Hallam', 'count:1.2 million']));
		expect(facts(2)).toContain('count:400,000');
	});

	it('still reads a newsletter plug inside a paragraph as furniture', () => {
		expect(report.facts![4]).toEqual([]);
		expect(report.quiz.items.some((i) => /newsletter/.test(i.source.text))).toBe(false);
	});
});
