import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { reportOf, stemsFrom, story } from './report';

/** The main clauses `simplify` writes from one sentence. */
function mains(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence))
		.filter((c) => c.kind === 'main')
		.map((c) => c.text);
}

// an invented market report: a list of customers inside a relative clause on "The group", a bare
// "Revenue" after it and a clock time before "the stock"
const report = [
	'AMSTERDAM, May 6 (Reuters) - Shares in Korvel Foods, the Dutch maker of frozen meals, jumped as much as 9% on Wednesday after the company reported a bigger-than-expected rise in annual profit.',
	'The group, which supplies Tesco, Carrefour and Aldi and employs about 6,200 people, said pre-tax profit rose 12.4 per cent to 88.1 million euros in the year to March.',
	'Revenue increased 5.2 per cent to 1.31 billion euros, helped by higher prices.',
	'By 1030 GMT the stock was up 8.7% at 23.40 euros, its highest level since the company listed on the Amsterdam Stock Exchange in 2019.',
	'The company said it would open a second plant in Belgium in 2027.'
];
const title = 'Korvel Foods shares jump as profit beats forecasts';

describe('simplify: a relative clause with a list of names, a list after a common noun, and a clock time with its zone', () => {
	it('drops a relative aside whose list of names has commas of its own, keeping the main clause', () => {
		expect(mains(report[1])).toContain('The group said pre-tax profit rose 12.4 per cent to 88.1 million euros in the year to March');
	});

	it('keeps a relative clause whose comma closes before a clause of its own', () => {
		expect(mains('Mr Smith, who met Tesco, then left, said profit rose 4 per cent.').join(' | ')).not.toMatch(/^Mr Smith said profit rose/);
	});

	it('keeps the rest of a list after a common noun, never cutting it as an appositive', () => {
		expect(mains('The developer will pay about £1.8 million towards road repairs, a new library and a play area.')).toEqual(['The developer will pay about £1.8 million towards road repairs, a new library and a play area']);
		expect(mains('The prize went to Ama Owusu, a poet and translator.')).toEqual(['The prize went to Ama Owusu']);
	});

	it('states a relative clause on a name with the name’s "the" and the words before it', () => {
		const asides = (sentence: string) => simplify(sentence, extractFacts(sentence)).filter((c) => c.kind === 'aside').map((c) => c.text);
		expect(asides('The centre-right Liberal Party, which had run the city since 2009, fell to 14 from 31.')).toContain('The centre-right Liberal Party had run the city since 2009');
	});

	it('cuts a leading clock time with its zone, never leaving the zone as the subject', () => {
		const clauses = mains(report[3]);
		expect(clauses).toContain('The stock was up 8.7% at 23.40 euros');
		expect(clauses.some((c) => c.startsWith('GMT'))).toBe(false);
	});
});

describe('a market report’s own figures, and a lead that describes the company before its name', () => {
	it('finds the company the lead describes before its name', () => {
		const described = [report[0].replace('Shares in Korvel Foods, the Dutch maker of frozen meals, jumped', 'Shares in Dutch frozen food maker Korvel Group NV jumped'), ...report.slice(1)];
		expect(story('Dutch frozen food maker Korvel shares jump as profit beats forecasts', described)).toMatch(/^Korvel Group NV \[/);
	});

	it('asks the lead’s profit, its revenue and its stock as the company’s, though the sentence before names its customers', () => {
		const quiz = reportOf(title, report);
		for (const sentence of [1, 2, 3]) {
			expect(quiz.passedIn).toContain(sentence);
			expect(quiz.rejections.filter((r) => r.sentence === sentence && r.check === 'R4')).toEqual([]);
		}
		expect(stemsFrom(title, report, 'Revenue increased').some((s) => /^OK: Korvel Foods[’']s? revenue increased/.test(s))).toBe(true);
		expect(stemsFrom(title, report, 'the stock was up').some((s) => /^OK: Korvel Foods[’']s? stock was up/.test(s))).toBe(true);
	});
});
