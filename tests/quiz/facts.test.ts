import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';

const numbers = (text: string) =>
	extractFacts(text)
		.filter((f) => f.value !== undefined)
		.map((f) => ({ type: f.type, value: f.value, unit: f.unit, approximate: f.approximate ?? false }));

describe('extractFacts: numbers', () => {
	it('reads "£1.6m" as 1,600,000 GBP', () => {
		expect(numbers('A film studio was fined £1.6m after an actor was injured on set.')).toEqual([
			{ type: 'money', value: 1_600_000, unit: 'GBP', approximate: false }
		]);
	});

	it('reads "2.50 per cent" as 2.5 percent and "104.75p" as 104.75 pence', () => {
		expect(numbers('Shares fell 2.50 per cent to 104.75p.')).toEqual([
			{ type: 'percent', value: 2.5, unit: 'percent', approximate: false },
			{ type: 'money', value: 104.75, unit: 'pence', approximate: false }
		]);
	});

	it('reads "US$15 billion" as 15,000,000,000 USD without taking "US" for a place', () => {
		const facts = extractFacts('The damage was estimated at US$15 billion.');
		expect(facts.map((f) => [f.type, f.value, f.unit])).toEqual([['money', 15_000_000_000, 'USD']]);
	});

	it('reads "Around 150,000 people" as an approximate count of people', () => {
		const [fact] = extractFacts('Around 150,000 people were displaced.');
		expect(fact).toMatchObject({ type: 'count', value: 150_000, approximate: true, noun: 'people' });
		expect(fact.bound).toBeUndefined();
	});

	it('marks "more than 200 miles" as a bound, never an exact number', () => {
		const [fact] = extractFacts('She was driven more than 200 miles to the border.');
		expect(fact).toMatchObject({ value: 200, approximate: true, bound: true });
	});

	it('reads ages, percentages and ordinals', () => {
		const facts = extractFacts('The 38-year-old won 80% of the vote for a sixth term.');
		expect(facts.map((f) => [f.type, f.value])).toEqual([
			['age', 38],
			['percent', 80],
			['ordinal', 6]
		]);
	});
});

describe('extractFacts: dates', () => {
	it('finds no date in "may" the modal, "May" the wish or "this week"', () => {
		expect(extractFacts('The minister may resign this week. May the best team win.').filter((f) => f.type === 'date')).toEqual([]);
	});

	it('finds one explicit date in "on 4 May 2025"', () => {
		const dates = extractFacts('The vote is on 4 May 2025.').filter((f) => f.type === 'date');
		expect(dates.map((d) => [d.text, d.iso])).toEqual([['4 May 2025', '2025-05-04']]);
	});

	it('keeps relative days out of the facts', () => {
		expect(extractFacts('Protesters were arrested on Sunday.').filter((f) => f.type === 'date')).toEqual([]);
	});
});

describe('extractFacts: entities and attributions', () => {
	it('finds people with gender, places with level, and the speaker of a statement', () => {
		const facts = extractFacts('Last week, opposition leader Maria Kolesnikova said she was forced into a van in Minsk.');
		expect(facts.find((f) => f.type === 'person')).toMatchObject({ text: 'Maria Kolesnikova', gender: 'female', surname: 'Kolesnikova' });
		expect(facts.find((f) => f.type === 'place')).toMatchObject({ text: 'Minsk', level: 'city' });
		expect(facts.find((f) => f.type === 'attribution')).toMatchObject({ text: 'opposition leader Maria Kolesnikova' });
	});

	it('links a titled surname to a person', () => {
		expect(extractFacts('Mr Putin sees Belarus as a key bulwark.').map((f) => [f.type, f.text])).toEqual([
			['person', 'Putin'],
			['place', 'Belarus']
		]);
	});
});

describe('extractFacts: numbers written in words, tallies and ranges', () => {
	it('reads "Twenty-two Republicans" as 22, never as a count "two"', () => {
		expect(numbers('Twenty-two Republicans voted against the bill.')).toEqual([{ type: 'count', value: 22, unit: undefined, approximate: false }]);
	});

	it('reads "a hundred people" and "two dozen homes" as 100 and 24', () => {
		expect(extractFacts('Around a hundred people lost two dozen homes.').map((f) => [f.text, f.value, f.noun])).toEqual([
			['a hundred', 100, 'people'],
			['two dozen', 24, 'homes']
		]);
	});

	it('takes no count from a vote tally "70 to 29" or a score "2-1"', () => {
		expect(numbers('The Senate voted 70 to 29 to pass it.')).toEqual([]);
		expect(numbers('Leeds beat Aston Villa 2-1 at Villa Park.')).toEqual([]);
	});

	it('keeps "from" an exact number unless a range follows ("from 5% to 10%")', () => {
		expect(extractFacts('Orders rose to 450,000 a week, up from 397,000 last year.').map((f) => [f.value, f.bound ?? false])).toEqual([
			[450_000, false],
			[397_000, false]
		]);
		expect(extractFacts('Prices rose from 5% to 10% this year.').map((f) => [f.value, f.bound ?? false])).toEqual([
			[5, true],
			[10, false]
		]);
	});
});
