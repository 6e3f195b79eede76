import { describe, expect, it } from 'vitest';
import { nameItsOwner } from '../../src/lib/quiz/anaphora';
import { extractFacts } from '../../src/lib/quiz/facts';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { withStoryCouncil } from '../../src/lib/quiz/story-organisation';
import { withPossessive } from '../../src/lib/quiz/words';

// an invented council story whose place's name ends in "s"
const TITLE = 'Ashby Wells council tax to rise 4.2% as libraries cut hours';
const LEAD = 'Ashby Wells District Council has approved a 4.2 per cent rise in council tax for 2026-27, after a long meeting on Wednesday night.';
const PAD = 'Councillors also agreed to trial longer opening hours at two recycling centres over the summer, which officers said would cut fly-tipping and cost little.';
const ASKED = 'Bills will be sent to the district’s 38,700 households in March.';

/** The stem for `ASKED` as `withStoryCouncil` writes it, in a story with `extra` as one more paragraph. */
function districtStem(extra: string): string {
	const article = parseArticleText(`${TITLE}\n\n${[LEAD, PAD, extra, ASKED].join('\n\n')}`);
	const sentences = splitSentences(article);
	const source = { article, sentences, facts: sentences.map((s) => extractFacts(s.text)), organisations: new Map(), places: new Map() };
	const sentence = sentences.find((s) => s.text === ASKED)!;
	return withStoryCouncil(source, sentence, 'Bills will be sent to the district’s _____ households in March.', () => false);
}

describe('a possessive written in for a name ending in "s" follows the article’s style (QUALITY.md R1)', () => {
	it('writes the council’s place as "Wells’s" where the article writes "Wells’s", and "Wells’" where it does not', () => {
		expect(districtStem('The rise follows Ashby Wells’s decision last year to sell two car parks.')).toBe('Bills will be sent to Ashby Wells’s _____ households in March.');
		expect(districtStem('The rise follows a decision last year to sell two car parks.')).toBe('Bills will be sent to Ashby Wells’ _____ households in March.');
	});

	it('writes the organisation that speaks of itself as "Stores’s" where the article writes "Stores’s"', () => {
		const said = 'Mossley Stores said it was cutting the price of milk.';
		const asked = 'A two-litre carton of its own-brand milk will cost £1.15.';
		const owned = (extra: string) => {
			const article = parseArticleText(`Grocer cuts milk price\n\n${PAD}\n\n${extra}\n\n${said} ${asked}`);
			const sentences = splitSentences(article);
			const source = { article, sentences, facts: sentences.map((s) => extractFacts(s.text)), organisations: new Map([['mossley stores', { text: 'Mossley Stores' }]]), places: new Map() };
			const sentence = sentences.find((s) => s.text === asked)!;
			return nameItsOwner(source, sentence, 'A two-litre carton of its own-brand milk will cost £_____.');
		};
		expect(owned('Mossley Stores’s shoppers have seen prices climb all year.')).toBe('A two-litre carton of Mossley Stores’s own-brand milk will cost £_____.');
		expect(owned('Shoppers have seen prices climb all year.')).toBe('A two-litre carton of Mossley Stores’ own-brand milk will cost £_____.');
	});

	it('reads each name of one text on its own, as a whole word', () => {
		const text = 'Reyes’s team beat the Pirates on Sunday; Clewis’s goal came late.';
		expect(withPossessive('Ana Reyes', '’s', text)).toBe('Ana Reyes’s');
		expect(withPossessive('Tom Lewis', '’s', text)).toBe('Tom Lewis’');
		expect(withPossessive('Pirates', '’s', text)).toBe('Pirates’');
		expect(withPossessive('Ana Reyes', '’s', text)).toBe('Ana Reyes’s');
	});
});
