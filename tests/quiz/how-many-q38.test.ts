import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { howManyStem } from '../../src/lib/quiz/how-many';
import { reportOf } from './report';

/** The "how many" stem of the first count in `clause`, or undefined. */
function asked(clause: string): string | undefined {
	const fact = extractFacts(clause).find((f) => f.type === 'count')!;
	return howManyStem(fact, { before: clause.slice(0, fact.span.start), after: clause.slice(fact.span.end), attributed: false });
}

describe('howManyStem: a phrase that describes the counted noun stays beside it', () => {
	it('asks no "did" question that puts the verb between the noun and its "aged" or "living" phrase', () => {
		expect(asked('Researchers at the University of York followed 2,310 people aged between 60 and 80 for five years')).toBeUndefined();
		expect(asked('The charity supported 460 families living in temporary housing last winter')).toBeUndefined();
	});

	it('keeps a rate with its noun ("vehicles a day"), as it keeps where the counted come from', () => {
		expect(asked('The closure has forced about 6,000 vehicles a day onto the ring road')).toBe('About how many vehicles a day has the closure forced onto the ring road?');
		expect(asked('The hospital treated 40 patients each week during the strike')).toBe('How many patients each week did the hospital treat during the strike?');
	});

	it('still asks the plain clause', () => {
		expect(asked('Researchers at the University of York followed 2,310 people for five years')).toBe('How many people did researchers at the University of York follow for five years?');
	});
});

describe('generateQuiz: "such a" kind that the sentence before described', () => {
	it('refuses "such a trial" as R4', () => {
		const paragraphs = [
			'People over 65 who napped for 20 to 40 minutes a day remembered more words in tests than those who did not, a University of Leeds study of 1,240 people found.',
			'The researchers said only a trial in which volunteers were told to nap or stay awake could show cause and effect.',
			'The Leeds team plans to start such a trial next year with 300 volunteers in Yorkshire.',
			'The study was paid for by the Wellcome Trust and published in the journal Sleep Health.'
		];
		const report = reportOf('Short afternoon naps linked to better memory in older people', paragraphs);
		expect(report.quiz.items.filter((i) => /such a trial/.test(i.stem))).toEqual([]);
		expect(report.rejections.some((r) => r.check === 'R4' && /such a trial/.test(r.stem))).toBe(true);
	});
});
