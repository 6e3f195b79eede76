import { describe, expect, it } from 'vitest';
import { stemsFrom, story } from './report';

const title = 'Orvalla Precision trims outlook as orders from Europe fall; shares drop 8%';
const market = [
	'OSAKA (Reuters) — Shares in Orvalla Precision Kogyo, a Japanese maker of wafer polishing machines, fell more than 8% on Tuesday after the company trimmed its full-year outlook.',
	'The company now expects operating profit of 14 billion yen for the year to March, down from 19 billion yen.',
	'The Osaka-based company said quarterly revenue dropped 6.5% to 88.2 billion yen.',
	'Finance chief Rena Hoshino said the company would delay a new plant in Sakai by a year, to 2029.',
	'Orvalla Precision employs about 3,100 people and makes most of its machines in Japan.'
];

describe('the company a market report names with an apposition before its verb (holdout106)', () => {
	it('is the name that shares are in, the apposition between it and its verb', () => {
		expect(story(title, market)).toBe('Orvalla Precision Kogyo [company]');
	});

	it('is no one where the apposition names another body, which "the company" may mean', () => {
		const owned = [market[0].replace('a Japanese maker of wafer polishing machines', 'a unit of Tessar Holdings'), ...market.slice(1)];
		expect(story(title, owned)).toBe('');
	});

	it('is written in for "the company" of a later sentence', () => {
		expect(stemsFrom(title, market, 'would delay a new plant')).toContain('OK: Finance chief Rena Hoshino said Orvalla Precision Kogyo would delay a new plant in Sakai by a year, to _____.');
	});
});
