import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';

const mains = (text: string) => simplify(text, extractFacts(text)).map((c) => c.text);

// a blind reader of holdout14: "Nurses were pressured to sign visit notes ..." dropped "According to
// evidence presented at trial," and stated the prosecution's evidence as fact (R6)
describe('a leading "According to" a disputed source', () => {
	it('stays in the stem, so a claim stays a claim', () => {
		const text = 'According to evidence presented at trial, nurses were pressured to sign visit notes for 400 patients they had never seen.';
		expect(mains(text).every((t) => t.startsWith('According to evidence presented at trial'))).toBe(true);
		const police = 'According to police, the two men stole 14 cars from driveways in Leeds.';
		expect(mains(police).every((t) => t.startsWith('According to police'))).toBe(true);
	});

	it('is dropped before an official figure, as before', () => {
		const text = 'According to the national statistics office, about 6,500 firms closed in the first half of the year.';
		expect(mains(text)).toContain('About 6,500 firms closed in the first half of the year');
	});
});
