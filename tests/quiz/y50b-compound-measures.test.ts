import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { itemsOf } from './report';

const TITLE = 'Tidewind Energy to restore Kestrel Bay marsh';
const STORY = [
	'Tidewind Energy will restore the 240-acre salt marsh at Kestrel Bay under a deal agreed with the Kestrel Bay harbour trust on Monday.',
	'Tidewind Energy said power from its Kestrel Bay turbines would reach the mainland through a 31-kilometre cable along the old ferry route.',
	'About £310,000 was spent on a 14-metre survey boat for the Kestrel Bay harbour trust, its accounts show.'
];

/** The measure facts of a sentence, as "text unit". */
function measures(sentence: string): string[] {
	return extractFacts(sentence)
		.filter((f) => f.type === 'count')
		.map((f) => `${f.text} ${f.unit ?? ''}`.trim());
}

describe('y50b: a measure written as one compound with its noun is a fact with its unit', () => {
	it('reads "a 31-kilometre cable" and "an 18,600-tonne ferry" as counts of kilometres and tonnes', () => {
		expect(measures('Power will reach the island through a 31-kilometre cable.')).toEqual(['31 kilometres']);
		expect(measures('The yard launched an 18,600-tonne ferry and a 2.4-megawatt shore link.')).toEqual(['18,600 tonnes', '2.4 megawatts']);
		expect(extractFacts('The yard launched an 18,600-tonne ferry.').find((f) => f.text === '18,600')?.value).toBe(18600);
	});

	it('reads no race distance and no figure with its conversion in brackets beside it', () => {
		expect(measures('She won the 1,500-metre freestyle at the county gala.')).toEqual([]);
		expect(measures('Work stopped on the 142-kilometre (88-mile) road to the border.')).toEqual([]);
	});

	it('asks the size of the marsh with the unit kept after the blank, and keeps the unit in a false statement', () => {
		const items = itemsOf(TITLE, STORY);
		const marsh = items.filter((i) => i.stem.includes('_____-acre salt marsh'));
		expect(marsh.length).toBeGreaterThan(0);
		for (const i of marsh) {
			if (i.numeric) expect(i.numeric.unit).toBe('acres');
			for (const o of i.options) expect(o).toMatch(/^\d+$/);
		}
		const cable = items.filter((i) => i.type === 'true-false' && i.source.sentence === 1);
		expect(cable.length).toBeGreaterThan(0);
		for (const i of cable) expect(i.stem).toMatch(/through a \d+-kilometre cable/);
	});

	it('asks the sum of a sentence before the size of the thing it bought', () => {
		const boat = itemsOf(TITLE, STORY).filter((i) => i.source.sentence === 2);
		expect(boat.length).toBeGreaterThan(0);
		for (const i of boat) expect(i.factType).toBe('money');
	});
});
