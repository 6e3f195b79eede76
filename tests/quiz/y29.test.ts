import { describe, expect, it } from 'vitest';
import { written, reportOf } from './report';

// an invented strike story: a union whose name runs past four words, named once, then "the union"
const ferries = (extra: string[] = []) => [
	'OSLO (Reuters) - Nordfjord Ferries cancelled 64 crossings on Tuesday as deckhands and stewards began a 48-hour strike over pay and rest hours, stranding about 9,000 travellers at the start of the ski season.',
	'The strike, called by the Nordfjord Ferry Deck Crew Union, began at 5 a.m. and is due to end at 5 a.m. on Thursday.',
	'The ferry company said it was running about 30 percent of its normal timetable.',
	'The union is demanding a 6.5 percent pay rise and at least 11 hours of rest between shifts.',
	...extra,
	'Management has offered a 2.8 percent increase, saying fuel costs had risen sharply this year.'
];
const title = 'Nordfjord Ferries cancels 64 crossings as deck crews strike';

// an invented nurses' story: the union is named only by an occupation's name, which no tagger knows
const nurses = [
	'DENVER (AP) - Nurses at four hospitals run by Front Range Health have voted to authorize a strike, their union said Wednesday.',
	'The Rocky Mountain Nurses Alliance said 91% of the 2,640 members who voted backed giving its bargaining team the power to call a walkout.',
	'The contract expired in May, and the two sides have been bargaining since January.',
	'The union is seeking pay raises of 21% over three years and fixed nurse-to-patient ratios.',
	'Front Range Health said its offer of 11% over three years was fair and that patient care would continue during any strike.'
];

describe('"the union" of a strike story, written in (R4)', () => {
	it('writes the whole of a union name longer than four words', () => {
		const stems = written(reportOf(title, ferries())).map((w) => w.stem);
		expect(stems.some((s) => s.startsWith('The Nordfjord Ferry Deck Crew Union is demanding a'))).toBe(true);
		expect(stems.some((s) => /Deck Crew is demanding/.test(s))).toBe(false);
	});

	it('writes in a union named for its workers ("Nurses Alliance") that no tagger knows', () => {
		const stems = written(reportOf('Colorado nurses vote to authorize strike at four hospitals', nurses)).map((w) => w.stem);
		expect(stems.some((s) => s.startsWith('The Rocky Mountain Nurses Alliance is seeking pay raises of'))).toBe(true);
	});

	it('never makes the employer whose workers strike "the union" where a union is named', () => {
		const stems = written(reportOf(title, ferries(['About 400 Nordfjord Ferries workers walked out in the first hour.']))).map((w) => w.stem);
		expect(stems.some((s) => /^Nordfjord Ferries is demanding/.test(s))).toBe(false);
	});
});

// an invented museum story: the museum is named by a name that ends in "Museum", then "the museum"; a quote's "a public museum" is no other one
const museum = [
	'After three years behind scaffolding, the Lakeshore Maritime Museum in Duluth will reopen to visitors on Friday, its director said.',
	'The museum on Harbor Drive closed in May 2022 for a renovation first budgeted at $18 million.',
	'"Nobody should have to come in through a side door of a public museum," director Ruth Halvorsen said.',
	'About 3,400 objects will be on display when the museum reopens, compared with about 2,100 before the closure.',
	'Adult tickets will cost $16 after an opening weekend of free entry, Halvorsen said.',
	'The city of Duluth gave $4 million toward the work and private donors gave the rest.'
];

// an invented fine: a regulator spelled out once and then called by its acronym, which is no business
const fine = [
	'LONDON (Reuters) - The Coastal Markets Supervisory Authority (CMSA) has fined Harbourline Bank 2.4 million pounds for failing to check high-risk customers, the regulator said on Tuesday.',
	'The CMSA said the bank had not checked where the money of 310 clients came from between 2020 and 2023.',
	'The bank received a 30 percent discount for settling early, the regulator said.',
	'"These were weaknesses in the bank\'s systems that lasted for years," said Tom Reyes, the CMSA\'s head of enforcement.',
	'Harbourline Bank said it had hired 40 more staff to check its customers.'
];

describe('"the museum" of a museum the article names', () => {
	it('writes the museum’s name in (R4)', () => {
		const stems = written(reportOf('Duluth’s Lakeshore Maritime Museum reopens after $21M renovation', museum)).map((w) => w.stem);
		expect(stems.some((s) => /when the Lakeshore Maritime Museum reopens/.test(s))).toBe(true);
	});
});

describe('an acronym the article spells out', () => {
	it('takes its full name’s kind, so a regulator is no rival of "the bank" (R4)', () => {
		const stems = written(reportOf('Regulator fines Harbourline Bank 2.4 million pounds', fine)).map((w) => w.stem);
		expect(stems.some((s) => /^Harbourline Bank received a/.test(s))).toBe(true);
	});
});
