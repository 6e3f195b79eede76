import { describe, expect, it } from 'vitest';
import { extractFacts, type Fact } from '../../src/lib/quiz/facts';
import { dateMentions, explicitDate, relativeDates, type DateMention } from '../../src/lib/quiz/relative-dates';

const DAY_MS = 86_400_000;
const day = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** A mention as [words, first day, last day, precision]. */
const shown = (d: DateMention) => [d.text, day(d.from), day(d.to - 1), d.precision];

// the seed article was published on Monday 14 September 2020
const PUBLISHED = '2020-09-14';

describe('relativeDates: resolved against the publication date', () => {
	it('reads "on Sunday" in a past-tense sentence as the Sunday before publication', () => {
		const text = 'Belarus’ interior ministry said 774 people were arrested in Minsk and other cities around the country for holding unsanctioned rallies on Sunday.';
		expect(relativeDates(text, PUBLISHED).map(shown)).toEqual([['Sunday', '2020-09-13', '2020-09-13', 'day']]);
	});

	it('reads "on Sunday" in a sentence about the future as the Sunday after publication', () => {
		expect(relativeDates('The two leaders will meet again on Sunday.', PUBLISHED).map(shown)).toEqual([['Sunday', '2020-09-20', '2020-09-20', 'day']]);
	});

	it('reads "Last week" as the calendar week before, "last month" as the month before', () => {
		expect(relativeDates('Last week, opposition leader Maria Kolesnikova said she was forced into a van by masked men in Minsk.', PUBLISHED).map(shown)).toEqual([
			['Last week', '2020-09-07', '2020-09-13', 'week']
		]);
		expect(relativeDates('Protests broke out over the re-election of Mr Lukashenko for a sixth term last month.', PUBLISHED).map(shown)).toEqual([
			['last month', '2020-08-01', '2020-08-31', 'month']
		]);
	});

	it('reads "today" and "yesterday" as the day of publication and the day before', () => {
		expect(relativeDates('Debt is a key issue in today’s talks; yesterday the Kremlin said nothing.', PUBLISHED).map(shown)).toEqual([
			['today', '2020-09-14', '2020-09-14', 'day'],
			['yesterday', '2020-09-13', '2020-09-13', 'day']
		]);
	});

	it('reads "last Thursday" as the Thursday of the week before', () => {
		expect(relativeDates('The suspect was found guilty and jailed for nine years in a county court last Thursday.', '2019-11-18').map(shown)).toEqual([
			['last Thursday', '2019-11-14', '2019-11-14', 'day']
		]);
	});

	it('resolves nothing without a publication date: relative dates stay as worded', () => {
		expect(relativeDates('Police arrested 774 people on Sunday.', undefined)).toEqual([]);
		expect(relativeDates('Police arrested 774 people on Sunday.', 'September 2020')).toEqual([]);
	});

	it('never reads "May" the verb as a date', () => {
		expect(relativeDates('The minister may resign this week. May the best team win.', PUBLISHED)).toEqual([]);
		expect(dateMentions('The minister may resign this week.', extractFacts('The minister may resign this week.'), PUBLISHED)).toEqual([]);
	});
});

describe('explicitDate: the range of an explicit date', () => {
	const fact = (text: string) => extractFacts(text).find((f) => f.type === 'date')!;

	it('gives a year, a month and a day their whole range', () => {
		expect(shown(explicitDate(fact('He volunteered for the merchant navy in 1940.'), undefined)!)).toEqual(['1940', '1940-01-01', '1940-12-31', 'year']);
		expect(shown(explicitDate(fact('Observations began in February 2016.'), undefined)!)).toEqual(['February 2016', '2016-02-01', '2016-02-29', 'month']);
		expect(shown(explicitDate(fact('The vote is on 4 May 2025.'), undefined)!)).toEqual(['4 May 2025', '2025-05-04', '2025-05-04', 'day']);
	});

	it('gives no range for a span of dates, which is not one date', () => {
		expect(extractFacts('Observations ran from February 2016 to May 2017.').filter((f) => f.type === 'date')).toEqual([]);
		const span: Fact = { type: 'date', text: 'February 2016 to May 2017', span: { start: 22, end: 47 }, iso: '2016-02' };
		expect(explicitDate(span, undefined)).toBeUndefined();
	});

	it('puts a day without a year in the publication year, or the year before for a past event', () => {
		const past = explicitDate(fact('The first three infections were confirmed on October 9.'), '2018-10-15')!;
		expect([day(past.from), past.yearless]).toEqual(['2018-10-09', false]);
		const before = explicitDate(fact('The couple fell ill on December 28.'), '2020-01-03')!;
		expect(day(before.from)).toBe('2019-12-28');
		const unknown = explicitDate(fact('The first three infections were confirmed on October 9.'), undefined)!;
		expect(unknown.yearless).toBe(true);
	});
});
