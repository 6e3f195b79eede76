import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { sideOf } from '../../src/lib/quiz/generate';
import { inQuestion } from '../../src/lib/quiz/how-many';
import { simplify } from '../../src/lib/quiz/simplify';
import { durationCeiling } from '../../src/lib/quiz/changes';
import { itemsOf, reportOf, written } from './report';

/** The number facts of a text as "type:text", with ":bound" on a bound or a range end. */
const numbers = (text: string) =>
	extractFacts(text)
		.filter((f) => f.value !== undefined)
		.map((f) => `${f.type}:${f.text}${f.bound ? ':bound' : ''}`);

describe('a change from one value to another', () => {
	it('reads "from A to B" after a verb of change, or running downwards, as two exact values', () => {
		expect(numbers('The parking charge at the hospital is due to fall from £6,400 to £4,800 in the spring.')).toEqual(['money:£6,400', 'money:£4,800']);
		expect(numbers('The council raised the garden waste fee from £35 to £48 last year.')).toEqual(['money:£35', 'money:£48']);
	});

	it('keeps "from A to B" a range where it spreads values ("range from", no change)', () => {
		expect(numbers('Seats at the arena range from £35 to £120 for the concert.')).toEqual(['money:£35:bound', 'money:£120:bound']);
		expect(numbers('Tickets cost from £12 to £30 each at the door.')).toEqual(['money:£12:bound', 'money:£30:bound']);
	});

	it('asks a value of a change, which no check refuses as a range end (R3)', () => {
		const report = reportOf('Hospital parking charges to fall', [
			// no "The parking charge" under a headline of parking charges, nor "the trust": a stem is read alone (QUALITY.md R4)
			'Weekly parking charges at the county hospital in Leeds are due to fall from £6,400 to £4,800 in the spring, Leeds Teaching Hospitals said.',
			'Officials in Leeds reviewed the budget for the coming year in a long meeting.',
			'Local residents attended the session and asked questions about the new library.'
		]);
		expect(report.quiz.items.some((i) => i.source.text.includes('£4,800'))).toBe(true);
		expect(report.rejections.filter((r) => r.check === 'R3')).toEqual([]);
	});
});

describe('money in currencies written as words', () => {
	it('reads "million reais" and "trillion won" as money, with a converted amount beside them', () => {
		expect(numbers('The court ordered the builder to repay 24.5 million reais ($4.6 million) to the city.')).toEqual(['money:24.5 million reais', 'money:$4.6 million']);
		expect(numbers('The carmaker reported a profit of 3.1 trillion won ($2.2 billion) for the quarter.')).toEqual(['money:3.1 trillion won', 'money:$2.2 billion']);
		expect(extractFacts('Tickets for the temple tour cost 500 rupees each.').find((f) => f.type === 'money')?.unit).toBe('rupees');
	});

	it('reads no currency in "won" without a scale word', () => {
		expect(numbers('Of the five finals the club reached, 3 won and 2 ended in defeat.').some((f) => f.startsWith('money'))).toBe(false);
	});
});

describe('"over" and "under" after an amount', () => {
	it('reads "C$9.1 billion over five years" and "a signal over nine counties" as no bound', () => {
		expect(numbers('The plan includes C$4.2 billion over five years to repair schools.')).toEqual(['money:C$4.2 billion', 'count:five']);
		expect(numbers('She has worked at the station for over five years.')).toEqual(['count:five:bound']);
		expect(numbers('The forecaster raised its storm warning signal over nine counties on Friday.')).toEqual(['count:nine']);
		expect(numbers('The flooding killed over 140 people across the region.')).toEqual(['count:140:bound']);
	});
});

describe('a compound duration', () => {
	it('keeps the smaller part ("and 4 months") below the larger unit', () => {
		expect(durationCeiling('A court sentenced the former governor to 11 years and ', 'months')).toBe(12);
		expect(durationCeiling('The climb to the summit took two hours and ', 'minutes')).toBe(60);
		expect(durationCeiling('The trial lasted 3 weeks and heard from ', 'witnesses')).toBeUndefined();
		expect(durationCeiling('He was jailed for ', 'months')).toBeUndefined();
	});

	it('bounds the distractors of the months of "N years and M months" below 12 (sideOf)', () => {
		const text = 'A court in Leeds on Monday sentenced a former council treasurer to 11 years and 10 months in prison for fraud.';
		const fact = extractFacts(text).find((f) => f.text === '10')!;
		expect(sideOf(text, fact)[0]).toBe(12);
		const years = extractFacts(text).find((f) => f.text === '11')!;
		expect(sideOf(text, years)[0]).toBe(Infinity);
	});
});

describe('how-many stems after a cut', () => {
	it('writes an adjective that opens the subject in lower case, a name as it is', () => {
		expect(inQuestion('Global shipments')).toBe('global shipments');
		expect(inQuestion('New figures')).toBe('new figures');
		expect(inQuestion('New Zealand')).toBe('New Zealand');
		expect(inQuestion('United Airlines')).toBe('United Airlines');
	});

	it('drops the comma before a "though" clause it cuts off', () => {
		const report = reportOf('City expects smaller deficit', [
			'The finance office of the city of Leeds said on Monday that the annual deficit of the city will shrink to £31.7 million by 2029, though it does not expect a return to balance within the five-year planning horizon of the council.',
			...[
				'Officials in Leeds reviewed the budget for the coming year in a long meeting.',
				'Local residents attended the session and asked questions about the new library.'
			]
		]);
		const stems = written(report).map((w) => w.stem).filter((s) => s.includes('2029'));
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((s) => /2029,\.$/.test(s))).toBe(false);
		expect(stems.some((s) => /by 2029\.$/.test(s))).toBe(true);
	});
});

describe('a place described by its size', () => {
	it('writes "the city of about 790,000 people" as "Sheffield, a city of about ...", never "Sheffield of about"', () => {
		const report = reportOf('Former Sheffield mayor jailed for fraud', [
			'A court jailed a former mayor of the city of Sheffield on Monday for his role in a scheme that diverted public money meant for schools.',
			'Mark Ellison, who governed the city of about 790,000 people between 2012 and 2019, was accused of steering contracts to friends.',
			'Officials in Leeds reviewed the budget for the coming year in a long meeting.',
			'Local residents attended the session and asked questions about the new library.'
		]);
		const stems = written(report).map((w) => w.stem).filter((s) => s.includes('governed'));
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((s) => /Sheffield of about/.test(s))).toBe(false);
		expect(stems.some((s) => /governed Sheffield, a city of about/.test(s))).toBe(true);
	});
});

describe('ages and clauses around counts', () => {
	it('reads both numbers of "aged 34 and 61" as ages, never the second as a count', () => {
		expect(numbers('Two walkers, aged 29 and 63, were rescued from the fell on Sunday.')).toEqual(['count:Two', 'age:29', 'age:63']);
	});

	it('keeps a clause with a verb of its own after a place ("In Leeds, an 80-year-old man was found ...") whole', () => {
		const text = 'In Cumbria, an 80-year-old man was found dead at his home in Kendal, and two walkers, aged 29 and 63, died in separate falls near Keswick.';
		const clauses = simplify(text, extractFacts(text)).map((c) => c.text);
		expect(clauses.some((c) => /^In Cumbria and two walkers/.test(c))).toBe(false);
		expect(clauses).toContain(text.replace(/\.$/, ''));
	});
});

describe('the span of an age after "aged"', () => {
	it('covers the whole number ("aged 81"), so a cloze blanks all of it', () => {
		const text = 'The former minister died aged 81 after a short illness at his home.';
		const ages = extractFacts(text).filter((f) => f.type === 'age');
		expect(ages.map((f) => text.slice(f.span.start, f.span.end))).toEqual(['81']);
	});
});
