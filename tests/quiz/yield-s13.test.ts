import { describe, expect, it } from 'vitest';
import { dateDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, itemsOf, kept, reportOf, written } from './report';

/** The texts of the clauses the simplifier writes from a sentence. */
function clauses(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence)).map((c) => c.text);
}

describe('a relative clause between a subject and its verb', () => {
	it('keeps the main clause when the verb after the relative closes a trailing phrase', () => {
		expect(clauses('Core inflation, which strips out volatile food and energy costs, slowed to 2.8% in March.')).toContain('Core inflation slowed to 2.8% in March');
	});

	it('reads a verb the lexicon misses after the relative as the main verb', () => {
		const sentence = 'Harlow Water, which maintains 2,300 miles of pipes across the county, records about 400 leaks in a typical month.';
		expect(clauses(sentence)).toEqual(['Harlow Water records about 400 leaks in a typical month', 'Harlow Water maintains 2,300 miles of pipes across the county']);
		expect(clauses('Leeds Beckett, which was ranked 88th last year, overtook Bradford as the highest-placed university in Yorkshire.')).toContain('Leeds Beckett overtook Bradford as the highest-placed university in Yorkshire');
	});

	it('reads a relative with a number in thousands as one aside', () => {
		expect(clauses('The trial, which enrolled 1,842 patients in Leeds, had cost the university £6m.')).toContain('The trial had cost the university £6m');
	});

	it('never reads the next item of a list as the main verb', () => {
		expect(clauses('Harlow Water, which sells meters, tanks and filters, reported a loss of £2m.').filter((c) => /^Harlow Water (?:tanks|meters)\b/.test(c))).toEqual([]);
	});
});

describe('a date whose month is written short', () => {
	const distractors = (sentence: string) => {
		const fact = extractFacts(sentence).find((f) => f.type === 'date')!;
		return dateDistractors(fact, createPrng(7), new Set());
	};

	it('gets options written the same way, with the dot of AP style', () => {
		const options = distractors('The council will vote on the plan on Sept. 9.');
		expect(options).toHaveLength(3);
		for (const o of options) expect(o).toMatch(/^(?:Aug\.|Sept\.|Oct\.) \d{1,2}$/);
	});

	it('or cut to three letters without it', () => {
		const options = distractors('The fire service said the blaze started on Aug 14, 2026.');
		expect(options).toHaveLength(3);
		for (const o of options) expect(o).toMatch(/^(?:Jul|Aug|Sep) \d{1,2}, 2026$/);
	});

	it('is asked in a quiz', () => {
		const items = itemsOf('Leeds rate decision due', [
			'The Bank of Leeds kept its main lending rate at 4.5% on Thursday.',
			'The next meeting of the Bank of Leeds rate committee is scheduled for Aug. 11.'
		]);
		const asked = items.filter((i) => i.source.text.includes('Aug. 11'));
		expect(asked.length).toBeGreaterThan(0);
		for (const i of asked) expect([i.stem, ...i.options].join(' ')).toMatch(/\b(?:July|Aug\.|Sept\.) \d{1,2}\b|_____/);
	});
});

describe('a count the article gives as a floor ("at least four")', () => {
	const climbers = [
		'At least four climbers have died on Everest this season, officials said.',
		'At least 12 people were injured when a bus overturned near Pokhara on Monday.',
		'The spring climbing season normally runs until the end of May, when the monsoon arrives.'
	];

	it('is never asked "At least how many ...?", whose options above the floor would make the key their least (R5)', () => {
		const stems = kept('Climbers die on Everest', [...climbers, ...filler]);
		expect(stems.filter((s) => /\bat least how many\b/i.test(s))).toEqual([]);
	});

	it('never as an exact number, nor under another bound', () => {
		const stems = kept('Climbers die on Everest', [...climbers, 'More than 700 firefighters battled the flames overnight.', ...filler]);
		expect(stems.filter((s) => /^(?:According to officials, )?how many\b|\bmore than how many\b/i.test(s))).toEqual([]);
	});
});

describe('an owner for "the budget"', () => {
	it('is never a headline’s shorthand the body does not write', () => {
		const budget = [
			'The government on Thursday unveiled a 736.4 trillion won budget for 2027, up 6.8 percent from this year.',
			'The budget bill will be submitted to the National Assembly on 2 September.',
			'Spending on welfare will rise to 260 trillion won, the finance ministry said.'
		];
		expect(kept('Govt proposes W736tr budget for 2027', [...budget, ...filler]).filter((s) => /\bGovt[’']s\b/.test(s))).toEqual([]);
	});
});

describe('an ordinal written as a word', () => {
	const rankings = [
		'Tarnfield has become the third county in England to ban disposable barbecues in its parks.',
		'Marsh Vale retained its place as the cleanest borough in the region for the fourth consecutive year.',
		'The council said the ban would be enforced by park wardens from next month.'
	];

	it('gets word ordinals as options', () => {
		const item = itemsOf('Tarnfield bans barbecues', rankings).find((i) => i.type === 'cloze' && i.options.includes('third'));
		expect(item?.stem).toBe('Tarnfield has become the _____ county in England to ban disposable barbecues in its parks.');
		for (const o of item!.options) expect(o).toMatch(/^(?:first|second|third|fourth|fifth|sixth)$/);
	});

	it('never offers "first" for a run ("the fourth consecutive year")', () => {
		const run = itemsOf('Tarnfield bans barbecues', rankings).filter((i) => i.source.text.includes('consecutive'));
		for (const i of run) {
			expect(i.options).not.toContain('first');
			expect(i.stem).not.toMatch(/\bfirst consecutive\b/);
		}
	});

	it('asks "first" only as a rank ("the first county to ...", "for the first time"), never where it opens a sequence ("found the first coins")', () => {
		const items = itemsOf('Tarnfield hoard', [
			'Martin Pryke, a retired driver from Tarnfield, found the first coins last October.',
			'Tarnfield has become the first county in England to ban disposable barbecues in its parks.'
		]);
		expect(items.filter((i) => i.source.text.includes('coins') && i.factType === 'ordinal')).toEqual([]);
		expect(items.some((i) => i.factType === 'ordinal' && i.source.text.includes('first county'))).toBe(true);
	});

	it('never where the sentence counts the ones before ("the earlier two")', () => {
		const report = reportOf('Cholera spreads in Tarnfield', [
			'Three cases of cholera have been found in Tarnfield since May, the health board said.',
			'As yet, there is no laboratory evidence linking the third cholera case to the earlier two, the Tarnfield health board said.',
			...filler
		]);
		expect(written(report).filter((w) => w.stem.includes('_____ cholera case'))).toEqual([]);
	});

	it('never asks a share ("a third of") or a half or quarter of a game or year as a place in an order', () => {
		const items = itemsOf('Tarnfield bins', [
			'Around a third of what goes into the average black bin in Tarnfield is food waste.',
			'The council plans to open a new recycling centre in Tarnfield in the first half of 2027.',
			'Tarnfield Rovers scored twice in the third quarter to beat Marsh Vale.'
		]);
		// a share is asked as a share, its options fractions ("a quarter", "a fifth"), never places in an order ("a first of")
		for (const i of items) expect([i.stem, ...i.options].join(' | ')).not.toMatch(/\ban? (?:first|second) of\b|\b(?:third|fourth|fifth) half\b|\b(?:fifth|sixth) quarter\b|_____ (?:half|quarter)\b/);
	});
});
