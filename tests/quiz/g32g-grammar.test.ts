import { describe, expect, it } from 'vitest';
import { bareChangeCount } from '../../src/lib/quiz/bare-counts';
import { relativeClauses } from '../../src/lib/quiz/clauses';
import { extractFacts } from '../../src/lib/quiz/facts';
import { leansOnQuoteBefore } from '../../src/lib/quiz/quote-runs';
import { simplify } from '../../src/lib/quiz/simplify';
import { datedEvents } from '../../src/lib/quiz/which-first';
import { checksOf, filler, itemsOf, reportOf } from './report';

/** The clauses `relativeClauses` writes from one sentence. */
function relatives(sentence: string): string[] {
	return relativeClauses(sentence, sentence.length - 1, extractFacts(sentence)).map((c) => c.text);
}

/** The which-first events of an article, its relative days resolved against `published`. */
function eventsOf(title: string, paragraphs: string[], published: string): string[] {
	const report = reportOf(title, [...paragraphs, ...filler]);
	return datedEvents({ sentences: report.quiz.sentences, facts: report.facts, published, eligible: () => true, resolve: (_, clause) => clause }).map((e) => e.text);
}

describe('g32g (1): a "which" clause whose verb disagrees with the phrase before it hangs on another noun (R1, R6)', () => {
	it('"prices at the Kampala exchange, which have fallen" is never "The Kampala exchange have fallen"', () => {
		expect(relatives('Growers said they would stop unless the ministry acts to halt a slide in prices at the Kampala exchange, which have fallen for five consecutive months.')).toEqual([]);
	});

	it('"the Kampala exchange, which has" still states the exchange\'s clause', () => {
		expect(relatives('Shares rose after the board of the Kampala exchange, which has lost 40 buyers since May, approved the plan.')).toEqual(['The Kampala exchange has lost 40 buyers since May']);
	});

	it('a plural head with a singular verb is no clause of it either ("the Taita coffee farms, which was")', () => {
		expect(relatives('Rain fell on the Taita coffee farms, which was the first rain in a month.')).toEqual([]);
	});
});

describe('g32g (2): a place in a table with a bare count after it says no unit (R1)', () => {
	it('"drop to sixth with 25." is a count of nothing, shown or blanked', () => {
		expect(bareChangeCount('Westfield Rovers drop to sixth with 25.')).toBe(true);
		expect(bareChangeCount('Westfield Rovers drop to sixth with _____.')).toBe(true);
		expect(bareChangeCount('Harbour United are third on 31, two points behind the leaders.')).toBe(true);
	});

	it('"on 28 points" says its unit', () => {
		expect(bareChangeCount('Harbour United are third on 28 points.')).toBe(false);
		expect(bareChangeCount('Harbour United are third on _____ points.')).toBe(false);
	});
});

describe('g32g (3): a which-first option keeps a one-time event (R3)', () => {
	const story = [
		'Firefighters battled a forest fire near Monchique on 6 August 2025 as strong winds pushed the flames towards two villages.',
		'The fire broke out near a farm outside the town on 4 August 2025.',
		'Temperatures in the Algarve reached 44C on 5 August 2025, the hottest day of the year.',
		'Parts of the town were flooded in January 2024 and again in March 2025.'
	];

	it('an activity that lasts ("battled a fire") is no option, since it went on before its day', () => {
		const events = eventsOf('Forest fire forces villagers from homes in the Algarve', story, '2025-08-07');
		expect(events.some((e) => /^The fire broke out/.test(e))).toBe(true);
		expect(events.filter((e) => /battled/.test(e))).toEqual([]);
	});

	it('an event the sentence dates twice ("flooded in January 2024 and again in March") is no option', () => {
		const events = eventsOf('Forest fire forces villagers from homes in the Algarve', story, '2025-08-07');
		expect(events.filter((e) => /flooded/.test(e))).toEqual([]);
	});
});

describe('g32g (4): a quoted sentence that leans on the one before it is not asked alone (R4, R7)', () => {
	it('reads a pronoun that opens or closes the quoted words', () => {
		expect(leansOnQuoteBefore('It is what keeps the labs running')).toBe(true);
		expect(leansOnQuoteBefore('If it is not, every grower loses money')).toBe(true);
		expect(leansOnQuoteBefore('At last, the judge has accepted that')).toBe(true);
		expect(leansOnQuoteBefore('It is hard to plan a harvest without rain')).toBe(false);
		expect(leansOnQuoteBefore('Nobody in this valley can afford new seed')).toBe(false);
		// a demonstrative or a person that opens the words, or an "it" the sentence itself resolves, reads clearly enough
		expect(leansOnQuoteBefore('This is not a lasting fix, but it helps the people waiting today')).toBe(false);
		expect(leansOnQuoteBefore('She showed us that a pause is part of the tune')).toBe(false);
		expect(leansOnQuoteBefore('Leave a farm between dry pines and the fire will reach it')).toBe(false);
		expect(leansOnQuoteBefore('Most small growers have no such cover, so some will sell up')).toBe(true);
		expect(leansOnQuoteBefore('Well, now we know the numbers')).toBe(true);
		expect(leansOnQuoteBefore('Such a drought comes once in a lifetime')).toBe(false);
		expect(leansOnQuoteBefore('Well over half of the growers in this valley have already lost a harvest to frost')).toBe(false);
	});
});

describe('g32g (5): a long relative clause inside a "while" clause goes alone (R1)', () => {
	it('"while Mark Dunne, 61, who ..., received ..." keeps its verb', () => {
		const sentence = 'Tomas Berger, 52, was sentenced to four years for giving bribes, while Mark Dunne, 61, who police said acted as an intermediary through a consultancy firm registered in Malta, received a suspended sentence.';
		const clauses = simplify(sentence, extractFacts(sentence)).map((c) => c.text);
		expect(clauses).toContain('Tomas Berger, 52, was sentenced to four years for giving bribes, while Mark Dunne, 61, received a suspended sentence');
		expect(clauses.filter((c) => /Dunne, 61$/.test(c))).toEqual([]);
	});
});

describe('g32g (5b): a clause joined on inside a reported clause is not stated alone (R1, R6)', () => {
	it('"She told councillors that X, while Y had risen" gives no clause "Y had risen"', () => {
		const sentence = 'She told the board that the hospital\'s grant had fallen by 12 per cent since 2019, while the cost of agency nurses had risen from £310,000 in 2022 to a forecast £1.4m next year.';
		const clauses = simplify(sentence, extractFacts(sentence)).map((c) => c.text);
		expect(clauses.filter((c) => /^the cost of agency nurses/i.test(c))).toEqual([]);
		const plain = 'The hospital\'s grant fell by 12 per cent in the year to March, while the cost of agency nurses rose from £310,000 to £1.4m.';
		expect(simplify(plain, extractFacts(plain)).map((c) => c.text).some((c) => /^the cost of agency nurses rose/i.test(c))).toBe(true);
	});
});

describe('g32g (6): the place of a war is no key (R7, R8)', () => {
	it('"since Russia\'s full-scale invasion of ___" is never kept, blanked or swapped', () => {
		const items = itemsOf('Varna port handles record grain', ['The Bulgarian port of Varna has handled far more grain since Russia\'s full-scale invasion of Ukraine in 2022, with most of it loaded for Egypt and Turkey.'], 3);
		expect(items.filter((i) => i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end) === 'Ukraine')).toEqual([]);
	});
});

describe('g32g (7): a time or a kind only the sentences before say (R4)', () => {
	const title = 'Phone scam gang arrested in Hull';
	it('"during that period", "outside those hours", "such scams" are refused', () => {
		const paragraphs = [
			'Police in Hull arrested five men on Tuesday over a phone scam that targeted pensioners across Yorkshire between 2022 and 2024.',
			'Officers said 310 victims lost money during that period, most of them aged over 70.',
			'Callers who ring outside those hours will be passed to a national line run by 40 volunteers.',
			'Losses from such scams in Yorkshire reached a record £14 million last year.'
		];
		const checks = checksOf(title, paragraphs, /that period|those hours|such scams/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});
});

describe('g32g (8): a match of a series the stem never names (R4)', () => {
	it('"The third and final match will be played at ..." is refused', () => {
		const paragraphs = [
			'Fiji beat Tonga 31-17 in Suva on Saturday to level the three-match series at one win each, with wing Jone Tuilagi scoring twice.',
			'The third and final match will be played at Churchill Park in Lautoka on Friday.'
		];
		const checks = checksOf('Fiji level series with win over Tonga', paragraphs, /^The third and final match/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});
});

describe('g32g (9): a company\'s figure for a market, with no company in the stem (R4)', () => {
	it('"Orders from North America fell 6%." is refused', () => {
		const paragraphs = [
			'Halvard Automation said on Thursday its first-quarter operating profit rose 18% to 412 million crowns, beating forecasts, as demand for its warehouse robots grew in Europe.',
			'The company said it had signed three of the largest contracts in its history during the quarter, including a 520-million-crown order from a Dutch grocer. Orders from North America, however, fell 6%, which the company blamed on weaker spending by retailers.'
		];
		const checks = checksOf('Halvard Automation shares rise as robot orders beat forecasts', paragraphs, /^Orders from North America/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});
});

describe('g32g (10): a true/false of the lead\'s death with the swap in an aside (R7)', () => {
	it('"X, a weaver ... of her native ___, has died." is refused as a true/false', () => {
		const paragraphs = [
			'Ines Quispe Mamani, a weaver who spent six decades dyeing the alpaca wool of her native Chinchero and helped turn a household craft into a collected art, has died.',
			'She was 91. Her daughter said she died at home on Sunday after a short illness.',
			'Born in 1934 into a family of weavers, Quispe learned to spin as a child and sold her first blanket at the age of nine.'
		];
		const checks = checksOf('Ines Quispe Mamani, Andean weaver, dies at 91', paragraphs, /^Ines Quispe Mamani, a weaver who spent six decades .* has died\.$/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c !== 'R7')).toEqual([]);
	});
});
