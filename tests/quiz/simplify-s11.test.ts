import { describe, expect, it } from 'vitest';
import { leadPhrase, nameLeadThings } from '../../src/lib/quiz/events';
import { extractFacts } from '../../src/lib/quiz/facts';
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
