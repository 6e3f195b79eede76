import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { checksOf } from './report';

const rate = [
	'The Reserve Bank of Mardova cut its key interest rate by a quarter point to 3.25% on Thursday, its first cut in two years.',
	'Governor Lena Ostrova said inflation had slowed to 2.1% and growth was weaker than expected.'
];

describe('a market’s reading at a time of the trading day, in a story not about markets', () => {
	it('keeps the shares of the company the headline names, whose price is its news', () => {
		const checks = checksOf('Kestrel Bank agrees £1.2bn takeover by Arlen Group', ['Kestrel Bank said on Monday it had agreed a £1.2bn takeover by Arlen Group, ending a year of talks.', 'Shares in Kestrel Bank rose 8.6% to 412p by mid-morning, just below the offer price.'], /Kestrel Bank rose/);
		expect(checks).toContain('');
		const own = checksOf('Kestrel Bank agrees £1.2bn takeover by Arlen Group', ['Kestrel Bank said on Monday it had agreed a £1.2bn takeover by Arlen Group, ending a year of talks.', 'Shares in the bank rose 8.6% to 412p by mid-morning, just below the offer price.'], /rose _____/);
		expect(own).toContain('');
	});

	it('is refused as trivia', () => {
		for (const line of ['Shares in Kestrel Bank, the country’s biggest lender, rose 2.8% in early trading.', 'Shares in Kestrel Bank, the country’s biggest lender, rose 2.8% by mid-afternoon.']) {
			const checks = checksOf('Mardova central bank cuts rates as inflation slows', [...rate, line], /Kestrel Bank/);
			expect(checks.length).toBeGreaterThan(0);
			expect(checks.every((c) => c !== '')).toBe(true);
		}
		for (const line of ['The yield on the benchmark 10-year bond rose to 4.05% by midday.', 'The mardo weakened to 1,412 per dollar by mid-afternoon.']) {
			expect(checksOf('Mardova central bank cuts rates as inflation slows', [...rate, line], /by mid/).every((c) => c !== '')).toBe(true);
		}
	});

});

describe('a spell of a game told in minutes after "the next"', () => {
	it('is refused as trivia', () => {
		const checks = checksOf('Ten-man Redford hold on to beat Castlemoor', ['Redford beat Castlemoor 2-1 on Saturday despite playing the second half with ten men.', 'Okafor pulled one back in the 61st minute, and Castlemoor dominated the next 20 minutes without finding an equaliser.'], /next _____ minutes/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c !== '')).toBe(true);
	});
});

describe('the raw tally of a candidate the story places third or lower', () => {
	const race = [
		'Anna Kovacs, a 52-year-old lawyer, won the mayoral election in Tarvos on Sunday with 51.2% of the vote.',
		'Peter Lind of the Farmers party finished second with 30.4%, and Imre Vass of the Green List came third with 12.1%.',
		'In raw numbers, Kovacs took 9,412 votes against 5,590 for Lind. Vass took 2,231 votes and Horvath 820.'
	];
	it('is refused, while the winner’s stays asked', () => {
		expect(checksOf('Kovacs wins Tarvos mayoral race', race, /Vass took/).every((c) => c !== '')).toBe(true);
		expect(checksOf('Kovacs wins Tarvos mayoral race', race, /Kovacs took/)).toContain('');
	});
});

describe('a capitalised ordinal that opens a name', () => {
	const ordinals = (text: string) => extractFacts(text).filter((f) => f.type === 'ordinal').map((f) => f.text);
	it('is no fact to swap', () => {
		expect(ordinals('Ann Lee, a spokeswoman for the Second-Level Parents’ Association, said families were worried.')).toEqual([]);
		expect(ordinals('The measure was backed by the First Minister on Tuesday.')).toEqual([]);
	});
	it('leaves a lower-case rank a fact', () => {
		expect(ordinals('It was the second strike this year.')).toEqual(['second']);
		expect(ordinals('She won the third title of her career.')).toEqual(['third']);
	});
});
