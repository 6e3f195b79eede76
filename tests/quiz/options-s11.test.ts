import { describe, expect, it } from 'vitest';
import { runWhole } from '../../src/lib/quiz/changes';
import { LEVEL_BEFORE, numericDistractors, writtenNumber } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { createPrng } from '../../src/lib/quiz/prng';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import type { Item } from '../../src/lib/quiz/types';
import { filler, itemsOf, reportOf, written } from './report';

/** Every item over ten seeds of an article published on `published` (YYYY-MM-DD), with `filler` after its paragraphs. */
function itemsPublished(title: string, paragraphs: string[], published: string): Item[] {
	const article = { ...parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`), published };
	const items: Item[] = [];
	for (let seed = 1; seed <= 10; seed++) items.push(...generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
	return items;
}

// a blind reader of holdout16: "three" beside "birdied two of the last four holes" is also true,
// as he birdied the 17th and the 18th
describe('the whole of a run that a part is counted in', () => {
	it('is read after "two of the last", "five of their past", not after "of the 12 jurors"', () => {
		expect(runWhole('Lind birdied two of the last ')).toBe(true);
		expect(runWhole('They have won five of their past ')).toBe(true);
		expect(runWhole('She won three of her first ')).toBe(true);
		expect(runWhole('The jury cleared him on two of the ')).toBe(false);
		expect(runWhole('They have won none of their last ')).toBe(false);
	});

	it('is never asked, while the part is', () => {
		const golf = [
			'Anders Lind birdied two of the last four holes to win the Lakeside Open by a stroke on Sunday.',
			'Lind, 27, birdied the 17th and the 18th after Tom Reade had taken a double bogey at the 16th.',
			'Reade finished second, a shot ahead of the defending champion, Paul Innes.'
		];
		const stems = written(reportOf('Lind birdies late to win Lakeside Open', golf)).map((w) => w.stem);
		expect(stems.filter((s) => s.includes('of the last _____'))).toEqual([]);
		for (const item of itemsOf('Lind birdies late to win Lakeside Open', golf).filter((i) => i.source.text.startsWith('Anders Lind birdied'))) {
			expect(item.stem).not.toMatch(/of the last (?:_____|three|five|six|seven|eight)\b/);
		}
	});
});

// a blind reader of holdout16: "How many places did IIT Bombay slip to 121st, while IIT Madras climbed ...?"
describe('a how-many question on a clause joined to another on a name', () => {
	it('asks the counted clause alone', () => {
		const items = itemsOf('Indian universities climb world rankings', [
			'The Delhi institute entered the top 100 of the Lakeside World University Rankings for the first time this year.',
			'Bombay Institute of Science slipped three places to 121st, while Madras Institute of Science climbed from 180th to 162nd.'
		]).filter((i) => i.type === 'mcq' && i.stem.startsWith('How many places'));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.stem).toBe('How many places did Bombay Institute of Science slip to 121st?');
	});
});

// a blind reader of holdout16: "found that the allegations were ..., that Tighe had failed to prove they were true." lost its "and"
describe('a series closed by ", and"', () => {
	it('of clauses is never cut before its last clause', () => {
		const items = itemsOf('Former minister wins libel damages', [
			'Sir Alan Reeve, 61, sued the blogger Owen Tate over a series of posts about his business interests.',
			'In a judgment handed down at the High Court on 14 March after a five-day trial, Mrs Justice Amadi found that the 11 posts were seriously defamatory, that Tate had failed to prove they were substantially true, and that his public interest defence could not survive scrutiny.'
		]);
		expect(items.filter((i) => /failed to prove they were substantially true\.$/.test(i.stem))).toEqual([]);
	});

	it('of things is never cut before its last thing', () => {
		const items = itemsOf('Police seize guns in farmhouse raid', [
			'Officers who raided the farmhouse near Leeds on Tuesday seized 12 shotguns, two stolen vans, and about £5,000 in used notes hidden under the floorboards, police said.'
		]);
		expect(items.filter((i) => /two stolen vans\.$/.test(i.stem))).toEqual([]);
	});
});

describe('facts that are no part of the story (QUALITY.md R7)', () => {
	// a blind reader of holdout16: how often an agency reviews airport closures is a minor aside
	it('never asks how often a body reviews a measure', () => {
		const items = itemsOf('Volcano eruption closes two airports', [
			'Mount Sela erupted on Sunday, sending an ash column nine kilometres into the sky and forcing 4,000 people from their homes.',
			'AirNav Lakeside said on Sunday it would review the closures of the two airports every six hours.'
		]);
		const fromReview = items.filter((i) => i.source.text.includes('review the closures'));
		expect(fromReview.filter((i) => i.stem.includes('every _____') || (/every \w+ hours/.test(i.stem) && !i.stem.includes('every six hours')))).toEqual([]);
	});

	// a blind reader of holdout15: the age of an unnamed man who spoke to aid workers is a minor aside
	it('never asks the age of an unnamed witness', () => {
		const items = itemsOf('Dozens missing after boat capsizes off Lampedusa', [
			'At least 41 people are missing after a boat carrying migrants capsized off Lampedusa on Tuesday, the coastguard said.',
			'A 23-year-old Sudanese man told aid workers that his younger brother was among the missing.'
		]);
		expect(items.filter((i) => i.factType === 'age' && i.source.text.startsWith('A 23-year-old'))).toEqual([]);
	});

	// a blind reader of holdout16: 2030 and 2032 beside "the 2027 edition of the QS World University Rankings"
	it('never asks the year that names an edition', () => {
		const items = itemsPublished('Delhi institute breaks into global top 100', [
			'The Delhi Institute of Technology has entered the top 100 of a global university ranking for the first time, placing 94th in the 2027 edition of the Lakeside World University Rankings published on Wednesday.',
			'The institute was ranked 123rd last year.'
		], '2026-06-10');
		expect(items.filter((i) => i.factType === 'date' && i.source.text.includes('2027 edition'))).toEqual([]);
	});
});

// a blind reader of holdout16: 10.8% and 14.4% offered for a jobless rate of 3.6% where the nation's is 4.5%
describe('the options of a rate’s level', () => {
	it('reads a level after "to", "at" and "a rate of", not a change or a cap', () => {
		expect(LEVEL_BEFORE.test('Western Australia had the lowest unemployment, with a rate of ')).toBe(true);
		expect(LEVEL_BEFORE.test('Uganda held its rate at ')).toBe(true);
		expect(LEVEL_BEFORE.test('Unemployment in Victoria jumped to ')).toBe(true);
		expect(LEVEL_BEFORE.test('Retail sales rose ')).toBe(false);
		expect(LEVEL_BEFORE.test('Discounts of up to ')).toBe(false);
	});

	it('stay within half to twice the key, written on its grid', () => {
		const [rate] = extractFacts('Western Australia had the lowest unemployment, with a rate of 3.6 per cent.').filter((f) => f.type === 'percent');
		const [policy] = extractFacts('Uganda held its rate at 9.75% last month.').filter((f) => f.type === 'percent');
		for (let seed = 1; seed <= 30; seed++) {
			const options = numericDistractors(rate, createPrng(seed), new Set([4.5, 4.7, 4.9]), Infinity, [Infinity, -Infinity], { level: true });
			expect(options).toHaveLength(3);
			for (const o of options) expect(writtenNumber(o)).toBeGreaterThanOrEqual(1.8);
			for (const o of options) expect(writtenNumber(o)).toBeLessThanOrEqual(7.2);
			const quarters = numericDistractors(policy, createPrng(seed), new Set([8.75]), Infinity, [Infinity, -Infinity], { level: true });
			expect(quarters).toHaveLength(3);
			for (const o of quarters) expect((writtenNumber(o)! * 4) % 1).toBe(0);
		}
	});

	it('are offered that way in a quiz', () => {
		const items = itemsOf('Inflation eases across the capitals', [
			'Annual inflation eased to 2.1 per cent in August, the statistics bureau said on Thursday.',
			'Sydney had the highest rate, at 2.6 per cent, ahead of Melbourne on 2.4 per cent.',
			'In Perth, where rents have steadied, inflation eased to 1.6 per cent, the lowest of the capitals.'
		]).filter((i) => i.type === 'cloze' && i.factType === 'percent' && i.source.text.startsWith('In Perth'));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) for (const o of item.options) expect(writtenNumber(o)).toBeLessThanOrEqual(3.2);
	});
});

// "3.7" beside "3.8 days" (holdout16): a decimal count's options keep apart from it
describe('the options of a small count with decimals', () => {
	it('are at least 8% from the key', () => {
		const [days] = extractFacts('The average waiting time for a berth had reached 3.8 days by Thursday.').filter((f) => f.type === 'count');
		for (let seed = 1; seed <= 30; seed++) for (const o of numericDistractors(days, createPrng(seed), new Set())) expect(Math.abs(writtenNumber(o)! - 3.8)).toBeGreaterThanOrEqual(0.3);
	});
});

// a blind reader of holdout16: Vienna, Rome and Stockholm as homes of an English High Court libel case
describe('a capital of the country whose currency the lead writes', () => {
	it('takes no foreign capitals as options', () => {
		const items = itemsOf('Former minister wins £180,000 libel damages', [
			'A former minister has won £180,000 in libel damages from a blogger who accused him of taking money from lobbyists.',
			'In a judgment handed down at the High Court in London on Friday, Mrs Justice Amadi found that the posts about Sir Alan Reeve were defamatory.',
			'Sir Alan Reeve, 61, sued the blogger Owen Tate over a series of posts about his business interests.'
		]).filter((i) => i.factType === 'place' && i.source.text.includes('High Court in London'));
		for (const item of items) for (const o of [...item.options, item.stem]) expect(o).not.toMatch(/\b(?:Vienna|Rome|Stockholm|Paris|Berlin|Madrid|Oslo|Bern|Dublin|Lisbon|Amsterdam|Brussels|Warsaw|Prague|Athens|Helsinki|Copenhagen|Budapest)\b/);
	});
});

// "March, Mrs Justice Amadi found that the _____ posts ...": a leading time cut between its day and its month
describe('a leading phrase that ends on a date', () => {
	it('is left out whole, never cut between the day and the month', () => {
		const items = itemsOf('Former minister wins libel damages', [
			'Sir Alan Reeve, 61, sued the blogger Owen Tate over a series of posts about his business interests.',
			'In a judgment handed down on 14 March, Mrs Justice Amadi found that the 11 posts were defamatory.'
		]);
		expect(items.filter((i) => /^March\b/.test(i.stem))).toEqual([]);
		expect(items.some((i) => i.source.text.includes('11 posts') && i.type !== 'true-false')).toBe(true);
	});
});
