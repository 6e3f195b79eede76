import { describe, expect, it } from 'vitest';
import { dateDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts, type Fact } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { createPrng } from '../../src/lib/quiz/prng';
import { simplify } from '../../src/lib/quiz/simplify';
import type { Item } from '../../src/lib/quiz/types';
import { filler, reportOf, written } from './report';

/** Every stem written from a headline and paragraphs (with `filler` after them), kept or rejected. */
function stemsOf(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, [...paragraphs, ...filler])).map((w) => w.stem);
}

/** The texts of the clauses the simplifier makes of a sentence. */
function clausesOf(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence)).map((c) => c.text);
}

/** Every item over ten seeds from a headline and paragraphs (with `filler` after them), published on `published`. */
function itemsOn(title: string, paragraphs: string[], published: string): Item[] {
	const article = { ...parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`), published };
	const items: Item[] = [];
	for (let seed = 1; seed <= 10; seed++) items.push(...generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
	return items;
}

describe('session 24: a cut clause leaves broken wording (R1, holdout72 and holdout73 grades)', () => {
	it('cuts a relative on an object to the end when no verb follows its closing comma ("nationwide, who run ..., often for ...")', () => {
		const clauses = clausesOf('There are about 3,400 community health wardens nationwide, who run village clinics and deliver medicines, often for a monthly allowance of between ₹9,000 and ₹14,000 depending on hours worked.');
		expect(clauses.filter((c) => /nationwide often\b/.test(c))).toEqual([]);
		// the aside before a verb the relative interrupted still goes alone
		expect(clausesOf('The striker Okafor, who had missed a penalty in the first half, finally found the winner in the 89th minute.')).toContain('The striker Okafor finally found the winner in the 89th minute');
	});

	it('keeps "most of them in" whole where the list it opens runs on past its first comma ("by 8 p.m. Maysan and Dhi Qar")', () => {
		for (const sentence of [
			'Health officials said clinics across the region had treated 2,310 people for breathing problems by 8 p.m., most of them in Basra, Maysan and Dhi Qar provinces.',
			'Health officials said clinics across the region had treated 2,310 people for breathing problems by 8 p.m., most of them in Basra, Maysan and Dhi Qar on Monday.'
		]) {
			expect(clausesOf(sentence).filter((c) => /p\.m\. Maysan/.test(c))).toEqual([]);
		}
	});

	it('reads no compound adjective in -ed as the verb of a clause ("The diesel-powered ferry program, estimated ..., is funded")', () => {
		const clauses = clausesOf('The diesel-powered ferry replacement program, estimated to cost up to $2.1 billion over ten years, is funded separately and is not included in the new figure.');
		expect(clauses.filter((c) => !/\bis funded\b/.test(c))).toEqual([]);
	});

	it('writes no headline name in for "the zoo" where the stem names its place already ("Dunmore Valley Zoo grounds ... in Dunmore Valley")', () => {
		const stems = stemsOf('Lemur that slipped out of Dunmore Valley Zoo found asleep in neighbour\'s oak tree', [
			'A ring-tailed lemur that escaped from its enclosure at Dunmore Valley Zoo early on Tuesday was found about five hours later asleep in an oak tree half a mile away, zoo officials said.',
			'Zoo staff, police officers and about 30 volunteers searched the zoo grounds and surrounding streets in Dunmore Valley for much of the morning.',
			'The lemur, a six-year-old female called Pip, was checked by a vet and returned to her enclosure by early afternoon.'
		]);
		expect(stems.filter((s) => /Dunmore Valley Zoo grounds/.test(s))).toEqual([]);
	});

	it('takes no "Department of Health" for "the health" of "the health and social care committee"', () => {
		const stems = stemsOf('Pharmacists warn patients are being turned away as medicine shortages worsen', [
			'A survey of 1,870 pharmacies published on Wednesday by the National Pharmacy Association (NPA) found that 82 per cent had been unable to supply at least one prescribed medicine every day during January.',
			'The Department of Health and Social Care (DHSC) currently lists 96 products under active supply alerts, compared with 61 in March last year.',
			"The NPA's chair, Dr. Gareth Wynne-Owen, said the problem was being worsened by the way pharmacies are paid.",
			'A DHSC spokesperson said the government was working closely with the NHS and the Medicines and Healthcare products Regulatory Agency to keep medicines in supply.',
			'The NPA will present its findings to MPs on the health and social care committee next Tuesday.'
		]);
		expect(stems.filter((s) => /Department of Health and social care/.test(s))).toEqual([]);
		expect(stems.some((s) => /the health and social care committee/.test(s))).toBe(true);
	});
});

describe('session 24: date and year options give the key away or break the timeline (R5, R8, holdout72 grades)', () => {
	const date = (text: string, iso: string): Fact => ({ type: 'date', text, span: { start: 0, end: text.length }, iso });

	it('writes every September option as the key writes it ("Sept 10" among "Sept 4", never "Sep 19")', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const options = dateDistractors(date('Sept 10', '--09-10'), createPrng(seed), new Set(), undefined);
			expect(options.filter((o) => /^Sep\s/.test(o))).toEqual([]);
		}
	});

	it('keeps a past event\'s options without a year before publication ("since Sept 10" in a story of Sept 16)', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const options = dateDistractors(date('Sept 10', '--09-10'), createPrng(seed), new Set(), '2026-09-16');
			expect(options.filter((o) => /^(?:Sept? (?:1[7-9]|2\d|30)|Oct|Nov|Dec)\b/.test(o))).toEqual([]);
		}
	});

	it('keeps an event to come after publication ("expected to be ... on Saturday, May 30" in a story of May 22)', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const options = dateDistractors(date('Saturday, May 30', '--05-30'), createPrng(seed), new Set(), undefined, false, '2026-05-22');
			expect(options.filter((o) => /\b(?:May (?:[1-9]|1\d|2[01])|April|March)\b/.test(o))).toEqual([]);
		}
		const items = itemsOn('Veteran striker to retire at end of season', [
			'PARIS, May 22, 2026 (AFP) - Veteran striker Yao Traoré-Diallo announced on Friday that he will retire from professional football at the end of the season.',
			'His final appearance is expected to be Lyon\'s last Ligue 1 match of the campaign against Nantes at the Groupama Stadium on Saturday, May 30.',
			'Traoré-Diallo scored 71 goals in 132 appearances for Ivory Coast between 2009 and 2024.'
		], '2026-05-22');
		const dates = items.filter((i) => /final appearance/.test(i.stem)).flatMap((i) => [i.stem, ...i.options]);
		expect(dates.filter((t) => /\bMay (?:[1-9]|1\d|2[01])\b/.test(t))).toEqual([]);
	});

	it('reads a projection\'s horizon past 2099 as a year, never a count ("by 2100" took the false value "1200")', () => {
		const facts = extractFacts('The Alps would still lose roughly 60 percent of their 2025 ice volume by 2100, they estimate.');
		expect(facts.find((f) => f.text === '2100')?.type).toBe('date');
		// a count of things stays a count
		expect(extractFacts('About 2150 homes were left without power.').find((f) => f.text === '2150')?.type).toBe('count');
	});

	it('asks neither end of a span of days whose other end is a bare day ("on April 18th and 19th")', () => {
		const facts = extractFacts('Several members of both crews are expected to compete at the national championships in Cork on April 18th and 19th.');
		expect(facts.filter((f) => f.type === 'date' || f.type === 'ordinal' || /^1[89]/.test(f.text))).toEqual([]);
		// a span whose other end names its month has two dates of its own
		const both = extractFacts('The Free State recorded almost no rain between 28 December and 9 February, a period when maize flowers.');
		expect(both.filter((f) => f.type === 'date').map((f) => f.text)).toEqual(['28 December', '9 February']);
	});
});
