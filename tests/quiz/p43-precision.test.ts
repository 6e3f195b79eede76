import { describe, expect, it } from 'vitest';
import { numericDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';
import { AFFILIATION } from '../../src/lib/quiz/generate';
import { possessiveAfter } from '../../src/lib/quiz/words';

/** The key's value and its options' over 30 seeds, each set key first, from a sentence's percentage. */
function percentSets(sentence: string, key: string, within: [number, number] = [Infinity, -Infinity], level = false): number[][] {
	const fact = extractFacts(sentence).find((f) => f.type === 'percent' && f.text === key)!;
	const sets: number[][] = [];
	for (let seed = 1; seed <= 30; seed++) sets.push([parseFloat(key), ...numericDistractors(fact, createPrng(seed), new Set(), Infinity, within, { level }).map((o) => parseFloat(o))]);
	return sets;
}

/** The smallest gap between two values of a set. */
function closest(values: number[]): number {
	let least = Infinity;
	for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) least = Math.min(least, Math.abs(values[i] - values[j]));
	return least;
}

describe('p43: options a reader can tell apart', () => {
	it('a share under 5% keeps its options a quarter of itself from the key and each other, never a step apart', () => {
		const cases: [string, string, [number, number], boolean][] = [
			['Bakery sales in Tolmere rose 0.5% in the spring.', '0.5%', [Infinity, -Infinity], false],
			['The lending rate in Tolmere was cut to 0.5% in May.', '0.5%', [Infinity, -Infinity], true],
			['Canal freight grew 0.5% in June, after 0.3% in May.', '0.5%', [Infinity, 0.3], false],
			['Ferry fares rose 2.4% over the year.', '2.4%', [Infinity, -Infinity], false]
		];
		for (const [sentence, key, within, level] of cases) {
			for (const set of percentSets(sentence, key, within, level)) {
				expect(set, sentence).toHaveLength(4);
				expect(closest(set), `${sentence} ${set}`).toBeGreaterThanOrEqual(Math.max(parseFloat(key) / 4, 0.15) - 1e-9);
			}
		}
	});

	it('a share beside the figure it rose from keeps a full set within the band that figure leaves, two steps apart', () => {
		// "2.6%, up from 2.2%": the generator keeps options between 2.2% and 3.2% (changedFromBand)
		for (const set of percentSets('Tolmere now expects growth of 2.6% next year, up from 2.2% this year.', '2.6%', [3.2, 2.2])) {
			expect(set).toHaveLength(4);
			expect(set.every((v) => v > 2.2 && v < 3.2)).toBe(true);
			expect(closest(set)).toBeGreaterThanOrEqual(0.2 - 1e-9);
		}
		// "Alpha up 3.2% and Beta up 2.9%": room below the key for options wider apart than two steps
		for (const set of percentSets('Oil producers gained, with Alpha up 3.2% and Beta up 2.9%.', '2.9%', [3.2, -Infinity])) {
			expect(set).toHaveLength(4);
			expect(set.every((v) => v < 3.2)).toBe(true);
			expect(closest(set)).toBeGreaterThanOrEqual(0.4 - 1e-9);
		}
	});

	it('a name swapped into a possessive takes the possessive its own ending asks for, never “Foods’s”', () => {
		// "Brantwood’s profits" made false with a rival ending in s
		expect(possessiveAfter('Brantwood', 'Tolmere Foods', '’s profits fell by a third.')).toBe('’ profits fell by a third.');
		expect(possessiveAfter('Brantwood', 'Tolmere Foods', "'s profits fell by a third.")).toBe("' profits fell by a third.");
		// "Tolmere Foods’ chief" made false with a name that takes ’s
		expect(possessiveAfter('Tolmere Foods', 'Brantwood', '’ chief executive resigned.')).toBe('’s chief executive resigned.');
		// no possessive, or one a name in s already agrees with, is left as written
		expect(possessiveAfter('Brantwood', 'Tolmere Foods', ' said profits fell.')).toBe(' said profits fell.');
		expect(possessiveAfter('Tolmere Foods', 'Harwell Mills', '’ chief executive resigned.')).toBe('’ chief executive resigned.');
		expect(possessiveAfter('Brantwood', 'Kestrel', '’s sales')).toBe('’s sales');
		expect(possessiveAfter('Brantwood', 'Tolmere Foods', '’some text')).toBe('’some text');
	});

	it('a king’s regnal numeral stays with his name: no “IV” offered as a person', () => {
		const people = extractFacts('The scheme was launched by King Hassan IV of Norland in 2015.').filter((f) => f.type === 'person');
		expect(people.map((f) => f.surname)).toEqual(['Hassan IV']);
	});

	it('a statement of only where a person works and as what is told from a fact of the story (ranked lower)', () => {
		for (const stem of [
			'Mara Quill is an analyst at Hebden Securities in Leeds.',
			'Tomas Reyes is a senior fellow at the Norland Policy Institute.',
			'In the article, Ada Brindle is described as head of research at Kestrel Capital.',
			'Owen Pike is a spokesman for Tolmere City Council.'
		])
			expect(AFFILIATION.test(stem), stem).toBe(true);
		for (const stem of ['Mara Quill said profits at Brantwood would fall.', 'Ruth Okafor closed the creamery at Skipton in March.', 'Owen Pike was elected leader of Tolmere City Council in 2019.'])
			expect(AFFILIATION.test(stem), stem).toBe(false);
	});
});
