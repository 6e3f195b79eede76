import { describe, expect, it } from 'vitest';
import { numericDistractors, PERSONAL_THINGS_AFTER } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { sameOrgKind } from '../../src/lib/quiz/generate';
import { goalkeepersOf } from '../../src/lib/quiz/goalkeepers';
import { neighboursOf } from '../../src/lib/quiz/lexicon';
import { createPrng } from '../../src/lib/quiz/prng';
import { itemsOf, reportOf, written } from './report';

/** The options of every item whose stem includes `words`, from a headline and paragraphs over ten seeds. */
function optionsFor(title: string, paragraphs: string[], words: string): string[][] {
	return itemsOf(title, paragraphs)
		.filter((i) => i.stem.includes(words) && i.options)
		.map((i) => i.options!);
}

const MATCH = [
	'Rovers 2 Athletic 1: Kowalczyk header seals late win at Meadow Park',
	[
		'Rovers came from behind to beat Athletic 2-1 at Meadow Park on Saturday, with the substitute Piet Kowalczyk scoring the winner deep into stoppage time.',
		'Athletic went ahead in the 19th minute when Dario Fenwick curled a free kick over the wall, leaving the Rovers goalkeeper Bram Oosterhuis rooted to the spot.',
		'The hosts levelled after the break through the Chilean winger Matías Ortega, who finished a low cross from Jamie Kerrigan at the far post.',
		'Athletic, who had lost only once in their previous eight league games, held on until the 96th minute.',
		'A corner from Ortega was glanced on at the front post, and Kowalczyk, who had come on ten minutes earlier, nodded it in from a yard out.',
		'Their best chance to restore the lead fell to striker Tomasz Lind, but his shot was turned round the post by the Athletic goalkeeper, Callum Dewhurst.',
		'The Rovers midfielder Sam Okafor and the Rovers defender Luca Quigley were both booked before half-time.',
		'The win lifts Rovers to sixth in the table, three points behind Athletic, with a trip to Harbour Town next weekend.',
		'Rovers: Oosterhuis; Abbott, Fenner, Marsh, Quigley; Ortega, Kerrigan, Brandt, Lind; Seddon, Kowalczyk.',
		'Athletic: Dewhurst; Coyne, Ruddock, Platt, Ingram; Fenwick, Moss, Tiller; Varga, Oakes, Blount.'
	]
] as const;

describe('a minute of a football match stays within the match (R8)', () => {
	const fact = (text: string) => extractFacts(text).find((f) => f.type === 'ordinal')!;

	it('"held on until the 96th minute" of a league game takes no minute past stoppage time', () => {
		const key = fact('The visitors held on until the 96th minute.');
		for (let seed = 1; seed <= 30; seed++) {
			const options = numericDistractors(key, createPrng(seed), new Set(), Infinity, undefined, { minute: true });
			expect(options.length).toBe(3);
			expect(options.every((o) => parseInt(o, 10) <= 100)).toBe(true);
		}
	});

	it('a game the article says went to extra time may still take a minute past 100', () => {
		const key = fact('The visitors held on until the 97th minute.');
		const past = new Set<number>();
		for (let seed = 1; seed <= 30; seed++) for (const o of numericDistractors(key, createPrng(seed), new Set(), Infinity, undefined, { minute: true, extraTime: true })) past.add(parseInt(o, 10));
		expect([...past].some((m) => m > 100)).toBe(true);
	});
});

describe('a goalkeeper stands only among goalkeepers (R8)', () => {
	it('reads keepers from "goalkeeper X", "the X goalkeeper, Y" and a team sheet', () => {
		const text = [...MATCH[1]].join('\n');
		expect([...goalkeepersOf(text)].sort()).toEqual(['Dewhurst', 'Oosterhuis']);
	});

	it('names no keeper in a cricket or a zoo story', () => {
		expect(goalkeepersOf('The wicketkeeper Dan Hale took four catches, and zookeeper Ann Lyle fed the calf.').size).toBe(0);
	});

	it('"A corner from ___" never offers a goalkeeper', () => {
		const asked = optionsFor(MATCH[0], [...MATCH[1]], 'A corner from');
		expect(asked.length).toBeGreaterThan(0);
		for (const options of asked) expect(options.some((o) => /Oosterhuis|Dewhurst/.test(o))).toBe(false);
	});
});

describe("one person's own things keep a small count (R8)", () => {
	it('"needs two walking sticks" takes no other count: none is plausible', () => {
		const text = 'Margaret Doyle, who was told in March she would wait three more months, said she now needs two sticks to walk.';
		const key = extractFacts(text).find((f) => f.text === 'two')!;
		for (let seed = 1; seed <= 20; seed++) {
			const options = numericDistractors(key, createPrng(seed), new Set([3, 5]), Infinity, undefined, { personal: true });
			expect(options).toEqual([]);
		}
	});

	it('"seized 40 phones" is a haul, and keeps its options of any count', () => {
		const key = extractFacts('Officers said they had seized 40 phones from the flat.').find((f) => f.text === '40')!;
		const options = numericDistractors(key, createPrng(1), new Set(), Infinity, undefined, { personal: true });
		expect(options.length).toBe(3);
		expect(options.some((o) => Number(o) > 42)).toBe(true);
	});

	it('"found by two walkers" counts people, no walking frames', () => {
		expect(PERSONAL_THINGS_AFTER.test(' walkers near the village')).toBe(false);
		expect(PERSONAL_THINGS_AFTER.test(' walking frames since her fall')).toBe(true);
	});

	it('"carried three suitcases" keeps its options within two of the key', () => {
		const key = extractFacts('The couple said they had carried three suitcases up the stairs.').find((f) => f.text === 'three')!;
		for (let seed = 1; seed <= 20; seed++) {
			const options = numericDistractors(key, createPrng(seed), new Set([4]), Infinity, undefined, { personal: true });
			expect(options.every((o) => /^(?:two|five)$/.test(o))).toBe(true);
		}
	});

	it('the generator asks no other count of walking sticks', () => {
		const asked = itemsOf('Hip surgery queue passes 40,000 in the west', [
			'The number of patients waiting more than a year for hip surgery in the west has passed 40,000, figures showed on Monday.',
			'Margaret Doyle, who was told in March she would wait three more months, said she now needs two sticks to walk.',
			'She has been on the list for five years and said the pain kept her awake most nights.'
		]).filter((i) => i.stem.includes('sticks to walk'));
		for (const item of asked) for (const text of [item.stem, ...(item.options ?? [])]) expect(text).not.toMatch(/\b(?:three|four|five|six|seven|eight|nine)(?: sticks)?$|\b(?:three|four|five|six|seven|eight|nine) sticks\b/i);
	});
});

describe('a small share takes options a reader can tell apart (R7, R8)', () => {
	it('"up 0.3%" never offers 0.2% or 0.4%', () => {
		const key = extractFacts('The main share index was up 0.3% by midday.').find((f) => f.type === 'percent')!;
		for (let seed = 1; seed <= 20; seed++) {
			const options = numericDistractors(key, createPrng(seed), new Set());
			expect(options.length).toBe(3);
			expect(options.some((o) => /^0\.[24]%$/.test(o))).toBe(false);
		}
	});
});

describe('a false swap is of the kind of thing the key is (R8, R3)', () => {
	it('a prize division is no body to swap with a lottery operator', () => {
		expect(sameOrgKind('Lotto Fiji', 'Megadraw First Division')).toBe(false);
		expect(sameOrgKind('Lotto Fiji', 'the Harbour Cup')).toBe(false);
		expect(sameOrgKind('Lotto Fiji', 'Lotto Samoa')).toBe(true);
	});

	it("a country's neighbours are the nearest states and those it borders", () => {
		expect(neighboursOf('Norway').has('Sweden')).toBe(true);
		expect(neighboursOf('Norway').has('Russia')).toBe(true);
		expect(neighboursOf('Norway').has('Hungary')).toBe(false);
	});

	it('a country swapped into "between two of its towns in western ___" is one of its neighbours', () => {
		const paragraphs = [
			'A rockfall has closed the E39 between Molde and Alesund in western Norway, cutting off one of the main routes between the coast and Trondheim in the middle of the ski season.',
			'Engineers said the road would stay shut for at least a week while loose rock above it was cleared, and the road authority said a detour through the valley would add about two hours.',
			'Drivers face a detour of almost three hours through the mountains, police said on Monday.'
		];
		const asked = itemsOf('Rockfall shuts E39 between Molde and Alesund', paragraphs).filter((i) => i.source.text.includes('Molde and Alesund'));
		expect(asked.length).toBeGreaterThan(0);
		for (const item of asked) {
			for (const text of [item.stem, ...(item.options ?? [])]) expect(text).not.toMatch(/Hungary|Austria|Italy|Spain|Portugal|Greece|Poland|Croatia|Romania|Bulgaria/);
		}
	});
});

describe('a number of a list is never given to its last member (R6)', () => {
	it('"an alliance of A, B and C, which would hold 41 seats" makes no "C would hold" statement', () => {
		const stems = written(
			reportOf('Three-party pact is the only stable majority, analyst says', [
				'The Greens won 19 of the 71 seats in the state parliament, the Liberals 12 and the Farmers Union 10, the electoral commission said.',
				'Analyst Karin Voss said the arithmetic pointed towards an unusual alliance of the Greens, Liberals and Farmers Union, which would hold 41 seats.',
				'Talks between the three parties are due to begin next week in the state capital.'
			])
		).map((w) => w.stem);
		expect(stems.some((s) => /^(?:The )?Farmers Union would hold/.test(s))).toBe(false);
	});
});
