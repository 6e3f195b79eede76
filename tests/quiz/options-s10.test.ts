import { describe, expect, it } from 'vitest';
import { numericDistractors, writtenNumber } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler, itemsOf, reportOf, written } from './report';

/** The options numericDistractors gives the money fact of `text`, per seed. */
function moneyOptions(text: string, seeds = 40): string[][] {
	const fact = extractFacts(text).find((f) => f.type === 'money')!;
	const out: string[][] = [];
	for (let seed = 1; seed <= seeds; seed++) out.push(numericDistractors(fact, createPrng(seed), new Set()));
	return out;
}

// a blind reader of holdout14: "$450 million, $550 million, $1 billion" beside a key of $690 million
describe('money options keep the granularity and the scale word of the key', () => {
	it('gives at most one multiple of 50 beside a key that is none, so the key is not the odd one out', () => {
		for (const options of moneyOptions('Corvex ended September with $690 million in cash and equivalents.')) {
			expect(options).toHaveLength(3);
			expect(options.filter((o) => writtenNumber(o)! % 50 === 0).length).toBeLessThanOrEqual(1);
		}
	});

	it('never moves an amount in millions to the next scale word', () => {
		expect(moneyOptions('Corvex ended September with $690 million in cash and equivalents.').flat().filter((o) => o.includes('billion'))).toEqual([]);
		expect(moneyOptions('The club was sold for £820m last year.').flat().filter((o) => o.includes('bn'))).toEqual([]);
	});
});

// a blind reader of holdout14: "7-4" offered beside "led 5-4 in the second" set
describe('the games of a tennis set', () => {
	it('get options that a set can show: none past 7, and 7 only beside 5 or 6', () => {
		const items = itemsOf('Okafor fights back to beat Brandt in Halle', [
			'Lena Brandt had taken the opening set with a single break in the seventh game and led 5-4 in the second with Ada Okafor serving.',
			'Okafor, ranked 88th in the world, saved three set points and won the match in a deciding set.'
		], 20).filter((i) => i.factType === 'tally' && i.type !== 'true-false');
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) for (const o of i.options) {
			const [x, y] = o.split('-').map(Number);
			expect(Math.max(x, y) <= 6 || (Math.max(x, y) === 7 && Math.min(x, y) >= 5)).toBe(true);
			// a lead within the set, not a finished one (the holdout14 reader: 6-4 and 7-5 beside "led 5-4")
			expect(Math.max(x, y) <= 5 || (Math.max(x, y) === 6 && Math.min(x, y) === 5)).toBe(true);
		}
	});
});

// a blind reader of holdout14: "needs ... clearance from the Toronto Stock Exchange" is not shown false
describe('a body a deal needs approval from', () => {
	it('is never swapped for another body in a false statement', () => {
		const items = itemsOf('Pinecrest agrees to buy Alder Midstream', [
			'Pinecrest Energy agreed on Monday to buy Alder Midstream for $2.1 billion, the companies said, and the Toronto Stock Exchange halted trading in Alder shares.',
			'The Pinecrest deal needs approval from two-thirds of Alder shareholders, as well as clearance from the Competition Bureau.',
			'Alder Midstream runs 14 gas plants in Alberta.'
		], 20).filter((i) => i.type === 'true-false' && i.source.text.includes('clearance from'));
		expect(items.filter((i) => i.key === 1 && i.factType === 'organisation')).toEqual([]);
	});
});

// the holdout14 reader: "expects the deal to close in the third quarter of _____" beside 2031, 2033, 2034
describe('a plan for the year the article is published in', () => {
	it('is not asked with options, all of which would be later than the key', () => {
		for (const plan of ['Pinecrest expects the Alder Midstream deal to close in the third quarter of 2026.', 'Pinecrest Energy said it expects the takeover of Alder Midstream to close in the third quarter of 2026.']) {
			const article = { ...parseArticleText(['Pinecrest to buy Alder Midstream', 'Pinecrest Energy agreed on Monday to buy Alder Midstream for $2.1 billion in cash and shares.', plan, ...filler].join('\n\n')), published: '2026-05-12' };
			for (let seed = 1; seed <= 10; seed++) {
				const items = generateWithReport(article, { seed, maxItems: 15 }).quiz.items.filter((i) => i.source.text.includes('third quarter') && i.factType === 'date');
				expect(items.filter((i) => i.options.length > 1 && i.type !== 'true-false')).toEqual([]);
			}
		}
	});
});

// the holdout14 reader: a man from the men's 800m offered as the winner of the women's 5,000m
describe("a person of a women's or men's event", () => {
	const trials = [
		"In the women's 5,000m, Faith Chebet, 19, upset a field of former junior champions to win in 14:41.06.",
		"In the men's 800m, Daniel Ruto was boxed in and finished fourth, while Victor Kibet won in 1:44.16.",
		'Beatrice Chepkirui won the women’s 1,500m, and Mary Wambui took the steeplechase in 9:08.35.',
		'Brian Kiprotich retained his 1,500m title and said he was ready for Glasgow.',
		'Gideon Kiplimo won the 10,000m for Police, and he will lead a team that includes Samuel Were.'
	];

	it('gets options of that sex only', () => {
		const items = itemsOf('Chebet and Kiprotich win Kenyan trials', trials, 20).filter((i) => i.factType === 'person' && /\bmen['’]s/.test(i.source.text));
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) {
			const women = /women['’]s/.test(i.source.text);
			const other = women ? /Ruto|Kibet|Kiprotich|Kiplimo|Were/ : /Chebet|Chepkirui|Wambui/;
			expect(i.options.filter((o) => other.test(o))).toEqual([]);
			if (i.type === 'true-false') expect(other.test(i.stem)).toBe(false);
		}
	});

	it('keeps the event in the stem ("In the men\'s 800m, ...")', () => {
		const items = itemsOf('Chebet and Kiprotich win Kenyan trials', trials, 10).filter((i) => i.source.text.startsWith("In the men's 800m"));
		for (const i of items) expect(i.stem).toMatch(/men's 800m/);
	});
});

// the holdout14 reader: "contracts with producers such as _____" asked one example customer (R7)
describe('a name given once as an example ("producers such as ARC Resources")', () => {
	it('is not asked', () => {
		const items = itemsOf('Pinecrest to buy Alder Midstream', [
			'Pinecrest Energy agreed on Monday to buy Alder Midstream for $2.1 billion in cash and shares.',
			'Analyst Rahim Kaur of Tamarack Capital said contracts with producers such as Harrow Resources give Alder Midstream predictable cash flow.'
		]);
		expect(items.filter((i) => i.factType === 'organisation' && i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end).startsWith('Harrow'))).toEqual([]);
		const report = reportOf('Pinecrest to buy Alder Midstream', [
			'Pinecrest Energy agreed on Monday to buy Alder Midstream for $2.1 billion in cash and shares.',
			'Alder Midstream has long-term contracts with producers such as Harrow Resources in northern Alberta.',
			...filler
		]);
		// (the blank on "Alberta", which takes Canada's provinces as options, is refused as a region's blank)
		expect(written(report).filter((w) => w.check === 'R7' && w.stem.includes('such as Harrow Resources') && !w.stem.includes('_____'))).toHaveLength(1);
	});
});

// the blind holdout15 reader: "Thursday, 28 July 2026" (a Tuesday) beside "Thursday, 16 July 2026", and a date after publication
describe('a date written with its weekday', () => {
	const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

	it('gets options whose weekdays are their own, none after the article for a past event', () => {
		const article = {
			...parseArticleText(['Police fire rubber bullets at Umlazi water protest', 'Durban metro police fired rubber bullets and stun grenades at residents outside the municipal water offices in Umlazi on Thursday, 16 July 2026, as a protest by people from more than 30 suburbs over weeks without running water turned into street battles.', ...filler].join('\n\n')),
			published: '2026-07-16'
		};
		let seen = 0;
		for (let seed = 1; seed <= 10; seed++) {
			for (const item of generateWithReport(article, { seed, maxItems: 15 }).quiz.items.filter((i) => i.factType === 'date')) {
				const dates = item.type === 'true-false' ? [...item.stem.matchAll(/\w+day, \d{1,2} \w+ \d{4}/g)].map((m) => m[0]) : item.options;
				for (const option of dates) {
					const date = new Date(`${option.replace(/^\w+, /, '')} UTC`);
					expect(option.startsWith(WEEKDAYS[date.getUTCDay()])).toBe(true);
					expect(date.toISOString().slice(0, 10) <= '2026-07-16').toBe(true);
					seen++;
				}
			}
		}
		expect(seen).toBeGreaterThan(0);
	});
});

describe('a plan for a year two or more after the article', () => {
	it('is asked among later years only, never the year the article is published in', () => {
		const article = {
			...parseArticleText(
				[
					'Stadium plan for Kettering wins approval',
					'Councillors in Kettering approved plans on Tuesday for a 9,000-seat football stadium on the edge of the town.',
					'Kettering Town said building work would begin next spring, with the first match at the new Kettering stadium played during 2029.',
					...filler
				].join('\n\n')
			),
			published: '2026-10-08'
		};
		let seen = 0;
		for (let seed = 1; seed <= 10; seed++) {
			for (const item of generateWithReport(article, { seed, maxItems: 15 }).quiz.items.filter((i) => i.factType === 'date' && i.source.text.includes('first match') && i.type !== 'true-false')) {
				seen++;
				for (const option of item.options) expect(Number(option), item.options.join(', ')).toBeGreaterThan(2026);
			}
		}
		expect(seen).toBeGreaterThan(0);
	});
});
