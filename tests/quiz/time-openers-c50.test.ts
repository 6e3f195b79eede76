import { describe, expect, it } from 'vitest';
import { hasMainVerb } from '../../src/lib/quiz/main-clause';
import { eventTextsOf } from './report';

// a finite-verb test that knows only the verbs of these sentences
const verbs = /\b(?:reached|shut|closed|signed|opened|moved|began)\b/;
const hasVerb = (text: string) => verbs.test(text);

// which-first.ts and main-clause.ts read one list of the spans that open such a phrase (lexicon.ts TIME_SPAN_BEFORE)
describe('a phrase that times one event by another, read alike by which-first and the main-clause test', () => {
	it('gives a leading date timed by another event no event, whatever span opens the phrase', () => {
		expect(
			eventTextsOf([
				'In March 2011, long after the colliery shut, the Orr family moved to Hexham.',
				'In 2013, just weeks before the vote, the Orr family began a petition.',
				'In 2015, the Orr family opened a bakery in Hexham.'
			])
		).toEqual(['The Orr family opened a bakery in Hexham']);
	});

	it('finds no main verb in a stem whose only verb is in such a phrase', () => {
		expect(hasMainVerb('In June 2020, just days after the flood reached the town, the mayor and her deputy.', hasVerb)).toBe(false);
		expect(hasMainVerb('In 1998, barely minutes before the deal was signed, the two unions and their leaders.', hasVerb)).toBe(false);
		expect(hasMainVerb('In June 2020, just days after the flood reached the town, the mayor closed the bridge.', hasVerb)).toBe(true);
	});
});
