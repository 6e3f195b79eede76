import { describe, expect, it } from 'vitest';
import { leadPhrase, nameLeadThings } from '../../src/lib/quiz/events';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { simplify } from '../../src/lib/quiz/simplify';

const main = (sentence: string) => simplify(sentence, extractFacts(sentence))[0].text;

describe('a relative aside dropped after an age (R1)', () => {
	it('keeps the comma that closes the age', () => {
		expect(main('Sir Geoffrey Hallam, 61, who served as business secretary between 2019 and 2021, sued Owen Tighe over a series of posts.')).toBe('Sir Geoffrey Hallam, 61, sued Owen Tighe over a series of posts');
	});

	it('drops the aside with both its commas where no age comes before it', () => {
		expect(main('The depot, which was used by First Bus until 2019, has been empty since March.')).toBe('The depot has been empty since March');
	});
});

describe('the lead’s phrase for "the plan" (R1)', () => {
	it('leaves a figure’s scale word with the figure: "a €48 million plan" gives no "million plan"', () => {
		const sentences = splitSentences(
			parseArticleText(
				[
					'Harbour plan splits Galway council',
					'Galway City Council approved a €48 million plan to rebuild the docks on Monday, by 11 votes to 7.',
					'Councillors debated for five hours before the vote, and dozens of traders watched from the public gallery.',
					'The plan includes a 2.4km sea wall and a new ferry terminal for the Aran Islands service.'
				].join('\n\n')
			)
		);
		const last = sentences[sentences.length - 1];
		expect(leadPhrase(sentences, last, 'plan')).toBeUndefined();
		expect(nameLeadThings(sentences, last, { stem: last.text }).stem).toBe(last.text);
	});
});

describe('an Australian rules score (R3, R8)', () => {
	it('is no decimal count: "won 14.11 (95) to 10.8 (68)" gives no figure to swap', () => {
		const facts = extractFacts('The Cats won 14.11 (95) to 10.8 (68), breaking the game open with a five-goal burst in the third quarter.');
		expect(facts.filter((f) => f.type === 'count')).toEqual([]);
		expect(extractFacts('Shares fell to 104.75p after the rate rose 1.5 points.').map((f) => f.text)).toContain('1.5');
	});
});

describe('"it all" (R4)', () => {
	it('refuses "At the centre of it all was Tom Hollis": what "it all" is lies before the stem', () => {
		const report = generateWithReport(
			parseArticleText(
				[
					'Cats end Lions three-peat dream in grand final',
					'Geelong beat the Brisbane Lions by 27 points at the MCG on Saturday to win the AFL premiership.',
					'At the centre of it all was Tom Hollis.',
					'Hollis kicked four goals, while Sam Whitford kicked three for the Lions and Jed Mannix two for Geelong.',
					'Officials in Leeds reviewed the budget for the coming year in a long meeting on Tuesday.',
					'Local residents attended the session and asked many questions about the new library.'
				].join('\n\n')
			),
			{ seed: 1, maxItems: 15 }
		);
		expect([...report.quiz.items.map((i) => i.stem)].some((s) => /of it all/.test(s))).toBe(false);
	});
});

describe('a participle phrase after a dropped "According to ..." lead (R1)', () => {
	it('goes with the lead it describes, so nothing dangles on the subject', () => {
		expect(main('According to the university’s budget for 2026-27, presented in March, SPPU expects a deficit of about ₹86 crore.')).toBe('SPPU expects a deficit of about ₹86 crore');
		expect(main('According to police, the driver, arrested in March, was drunk.')).toBe('According to police, the driver, arrested in March, was drunk');
	});
});
