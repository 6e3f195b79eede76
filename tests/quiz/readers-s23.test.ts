import { describe, expect, it } from 'vitest';
import { reportOf } from './report';

describe('a relative named only in a quote leaves the generator standing (holdout68)', () => {
	it('writes a quiz of a golfer who thanks "My wife Jess", whom "her" and "She" then point to', () => {
		const open = [
			'Tom Ashworth won the Open Championship at Royal Birkdale on Sunday with a final round of 66, finishing on 14 under par.',
			'Two years ago Ashworth was ranked outside the top 300 after surgery on his left wrist. "My wife Jess kept saying, \'Give it one more season.\' I owe her this," he said.',
			'Jess Ashworth watched from the 18th green with their two children. She said she had never doubted him.',
			'The 31-year-old collected a first prize of $3.1 million, and climbs to 12th in the world rankings.'
		];
		const report = reportOf('Ashworth wins the Open at Birkdale', open);
		expect(report.quiz.items.some((i) => /3\.1 million|66|14 under/.test(JSON.stringify(i)))).toBe(true);
	});
});
