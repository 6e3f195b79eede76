import { describe, expect, it } from 'vitest';
import { simplify } from '../../src/lib/quiz/simplify';
import { extractFacts } from '../../src/lib/quiz/facts';

/** The texts of the clauses simplify derives from a sentence. */
function clauses(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence)).map((c) => c.text);
}

describe('fu: a bracket that is code, part of a word or inside a quote is no aside to cut (R6)', () => {
	it('keeps a call written onto its name ("alert("hi")", "print(total)")', () => {
		for (const sentence of [
			'Tomas Berg found that typing <script>alert("hi")</script> into the search box ran code for every visitor.',
			'The pupils learnt that print(total) shows the running score on the screen of the classroom computer.'
		]) {
			const call = /\w+\([^()]*\)/.exec(sentence)![0];
			const texts = clauses(sentence);
			expect(texts.length).toBeGreaterThan(0);
			for (const text of texts.filter((t) => t.includes(call.split('(')[0]))) expect(text).toContain(call);
		}
	});

	it('keeps a bracket inside a direct quote, the speaker’s own words', () => {
		const texts = clauses('The mayor said: "The new bridge (the third this decade) will open in March next year."');
		for (const text of texts.filter((t) => t.includes('new bridge'))) expect(text).toContain('(the third this decade)');
	});

	it('still cuts an aside in brackets after a space in the narrative', () => {
		const texts = clauses('The new bridge (the third this decade) will open to traffic in March next year.');
		expect(texts.some((t) => t.startsWith('The new bridge will open to traffic in March'))).toBe(true);
	});
});
