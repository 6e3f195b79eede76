import { describe, expect, it } from 'vitest';
import { barePeriod, nameReportingPeriodIn } from '../../src/lib/quiz/reporting-periods';

const results = { paragraphs: ['Harbour Mills said profit fell to £40m in the six months to 30 June, from £52m.', 'Exports rose 9% to £120m in the half, and the firm opened two mills.'] };
const quarterly = { paragraphs: ['Orlen Chips reported revenue of $2.1bn for the three months ended March 31.', 'Memory sales fell 4% in the quarter.'] };
const twoHalves = { paragraphs: ['Profit fell in the six months to 30 June and in the six months to 31 December 2024.'] };
const dated = (article: { paragraphs: string[] }, stem: string) => nameReportingPeriodIn(article, { stem }).stem;

describe('a reporting period named by "the" alone (R4: which half?)', () => {
	it('finds the bare period in several phrasings', () => {
		for (const stem of ['Exports rose _____% to £120m in the half.', 'Losses widened over the period to _____.', 'Memory sales fell _____% in the quarter.', 'Revenue for the half-year rose _____%.'])
			expect(barePeriod(stem)).toBe(true);
	});

	it('leaves a period the stem dates or uses as a modifier', () => {
		for (const stem of ['Profit rose _____% in the half to 30 June.', 'Sales fell in the period since 2019.', 'The half-year results showed _____.', 'Revenue in the first half rose _____%.', 'He scored _____ goals in the second half.', 'The quarter-final was played in _____.', 'Spending over the period in question was £_____.'])
			expect(barePeriod(stem)).toBe(false);
	});

	it('writes in the one span of the right length the article dates', () => {
		expect(dated(results, 'Exports rose _____% to £120m in the half.')).toBe('Exports rose _____% to £120m in the six months to 30 June.');
		expect(dated(quarterly, 'Memory sales fell _____% in the quarter.')).toBe('Memory sales fell _____% in the three months ended March 31.');
		expect(dated({ paragraphs: ['Kelvin Cells posted a loss for the January-March period.'] }, 'Sales to Europe fell _____% in the quarter.')).toBe('Sales to Europe fell _____% in the January-March period.');
		expect(dated({ paragraphs: ['Profit fell in the first half of 2026.'] }, 'Exports rose _____% in the half.')).toBe('Exports rose _____% in the first half of 2026.');
		expect(dated(results, 'Costs rose over the period to £_____m.')).toBe('Costs rose over the six months to 30 June to £_____m.');
	});

	it('leaves the stem bare (to be refused) where the article dates none of that length, or more than one', () => {
		expect(dated(quarterly, 'Exports rose _____% in the half.')).toBe('Exports rose _____% in the half.');
		expect(dated(twoHalves, 'Exports rose _____% in the half.')).toBe('Exports rose _____% in the half.');
	});
});
