import { describe, expect, it } from 'vitest';
import { numericDistractors, writtenNumber } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { isCapital } from '../../src/lib/quiz/lexicon';
import { createPrng } from '../../src/lib/quiz/prng';
import { filler, itemsOf, kept } from './report';

/**
 * The places offered instead of `key` in the items asked of its sentence: the other options of a
 * choice, and the place a false true/false stem writes where `frame` (a pattern with one group)
 * finds it.
 */
function offeredFor(items: ReturnType<typeof itemsOf>, key: string, frame: RegExp): string[] {
	return items
		.filter((i) => i.type !== 'numeric' && i.source.text.includes(key))
		.flatMap((i) => (i.type === 'true-false' ? [frame.exec(i.stem)?.[1] ?? key] : i.options.includes(key) ? i.options : []))
		.filter((o) => o !== key);
}

describe('a city of the story’s own country (QUALITY.md R8)', () => {
	it('gets no foreign capital beside it: the venue of a home Test in India', () => {
		const items = itemsOf('India win first Test in Chennai', [
			'India beat Australia by 90 runs in Chennai on Monday to go 1-0 up in the four-match series.',
			'India had won the toss and batted first on a dry pitch that turned from the second day.',
			'The second Test will be played in Nagpur.',
			'The last two Tests will be played in Kolkata and Mumbai in March.'
		], 20);
		const offered = offeredFor(items, 'Nagpur', /played in (\w+)/);
		expect(offered.length).toBeGreaterThan(0);
		for (const o of offered) expect(['Chennai', 'Kolkata', 'Mumbai']).toContain(o);
	});

	it('gets no foreign capital beside the capital of the country the story is about', () => {
		const items = itemsOf('Three cases of plague diagnosed in China', [
			'Health officials in China said three cases of plague had been found in the north of the country this week.',
			'The officials said there was no need for Beijing residents to worry about the risk of infection.',
			'China has greatly improved its detection of infectious diseases, the officials added.'
		], 20);
		expect(offeredFor(items, 'Beijing', /for (\w+) residents/).filter((o) => isCapital(o))).toEqual([]);
	});

	it('leaves a capital abroad among the capitals of its continent: cousins in Accra', () => {
		const items = itemsOf('Kessler says farm reform is his deepest regret', [
			'President Anton Kessler has told the BBC that losing the farm reform vote is his deepest regret in office.',
			'Mr Kessler spoke to the BBC in the palace library on Tuesday before flying to Ghana on Friday.',
			'His father was Ghanaian and the president hopes to visit cousins in Accra.'
		], 20);
		// options only: a false "cousins in <a capital abroad the article never names>" is refused since g31b (a reader's R6), which may leave the sentence unasked
		const offered = offeredFor(items, 'Accra', /cousins in (\w+)\./);
		for (const o of offered) expect(isCapital(o)).toBe(true);
	});
});

describe('a capital abroad that the story names more often than its own country', () => {
	it('keeps the capitals of its continent when the headline names where the story happens', () => {
		const items = itemsOf('Kessler admits US farm reform is his deepest regret', [
			'President Anton Kessler has told the BBC that losing the farm reform vote in the US is his deepest regret in office.',
			'Mr Kessler spoke to the BBC in the palace library on Tuesday before flying to Ghana on Friday.',
			'His father was Ghanaian and the president hopes to visit cousins in Accra.',
			'It will be his first visit to Ghana since he took office.'
		], 20);
		// options only: a false "cousins in <a capital abroad the article never names>" is refused since g31b (a reader's R6), which may leave the sentence unasked
		const offered = offeredFor(items, 'Accra', /cousins in (\w+)\./);
		for (const o of offered) expect(isCapital(o)).toBe(true);
	});
});

describe('a hedged count or sum (QUALITY.md R8: 150,000 → 90,000, 210,000)', () => {
	/** Every distractor written for the number fact `text` of `sentence` over 40 seeds, as values. */
	const offered = (sentence: string, text: string) => {
		const fact = extractFacts(sentence).find((f) => f.text === text)!;
		return Array.from({ length: 40 }, (_, seed) => numericDistractors(fact, createPrng(seed + 1), new Set())).flat().map((o) => writtenNumber(o)!);
	};

	it('keeps its options within a band around it, never twice an airliner’s height', () => {
		const feet = offered('The jet was cruising at about 43,000 feet when the crew shut down an engine.', '43,000');
		expect(feet.length).toBeGreaterThan(0);
		for (const v of feet) expect(v / 43000).toBeGreaterThanOrEqual(0.45);
		for (const v of feet) expect(v / 43000).toBeLessThanOrEqual(1.7);
		const cost = offered('The later start cost the district about $1.3 million a year, he said.', '$1.3 million');
		for (const v of cost) expect(v / 1.3).toBeLessThanOrEqual(1.7);
	});

	it('keeps a round key among round options on both sides of it: "some 9,000 hectares"', () => {
		const hectares = offered('Farmers estimate that some 9,000 hectares of crops have been destroyed.', '9,000');
		expect(hectares.some((v) => v > 9000)).toBe(true);
		for (const v of hectares) expect(v / 9000).toBeGreaterThanOrEqual(0.45);
		for (const v of hectares) expect(v / 9000).toBeLessThanOrEqual(1.7);
	});
});

describe('"who is described as ...?" when few people share the key’s kind of role (QUALITY.md R8)', () => {
	const talks = [
		'Russian President Ivan Morozov said on Monday that talks with Kyiv had stalled over the summer.',
		'Kremlin spokesman Pavel Orlov told reporters the talks could resume in June.',
		'Ukrainian presidential adviser Taras Melnyk said Moscow was not serious about a ceasefire.',
		'Foreign Minister Andrii Kovalenko met European envoys in Brussels on Tuesday.',
		'Oleh Bondar, a gas analyst at Naftogaz Research, said exports to the west had fallen by a fifth this year.'
	];
	const politicians = ['Ivan Morozov', 'Pavel Orlov', 'Taras Melnyk', 'Andrii Kovalenko'];

	it('offers only people of that kind, and asks nothing of a role no one else shares', () => {
		expect(kept('Talks with Kyiv have stalled, Kremlin says', [...talks, ...filler]).filter((s) => /gas analyst/.test(s))).toEqual([]);
		const items = itemsOf('Talks with Kyiv have stalled, Kremlin says', talks, 20).filter((i) => i.type === 'mcq' && / is described as /.test(i.stem));
		for (const item of items) for (const o of item.options) expect(politicians).toContain(o);
	});

	it('never fills a role item with people of another kind when only two others share it', () => {
		const items = itemsOf('Talks with Kyiv have stalled, Kremlin says', [...talks.slice(0, 3), talks[4]], 20).filter((i) => / is described as /.test(i.stem));
		for (const item of items.filter((i) => i.type === 'mcq')) expect(item.options).not.toContain('Oleh Bondar');
		for (const item of items.filter((i) => i.type === 'true-false')) expect(item.stem).toMatch(/^In the article, (Taras Melnyk|Ivan Morozov|Pavel Orlov) is described as/);
	});
});

describe('a part of a continent ("Western Europe")', () => {
	it('is never swapped for a region such as Crimea', () => {
		const items = itemsOf('Russia cuts gas flows west', [
			'Russia annexed Crimea in 2014 after holding a referendum there.',
			'Gas flows to homes and industries in Western Europe fell sharply in May, traders said.'
		], 20);
		expect(items.some((i) => /annexed Western Europe/.test(i.stem) || i.options.includes('Western Europe') && i.options.includes('Crimea'))).toBe(false);
	});
});
