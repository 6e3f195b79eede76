import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { headlineLocatesOnly } from '../../src/lib/quiz/scope';
import { simplify } from '../../src/lib/quiz/simplify';
import { reportOf, written } from './report';

const clauses = (sentence: string) => simplify(sentence, extractFacts(sentence)).map((c) => c.text);

describe('a place written into a stem keeps the fact’s own scope (QUALITY.md R6)', () => {
	it('reads a headline that sets the home place before a smaller place, or makes it own one thing it singles out, as only where the story is', () => {
		expect(headlineLocatesOnly('Hailstorm wrecks roofs across small Nebraska town', 'Nebraska')).toBe(true);
		expect(headlineLocatesOnly('Norway’s largest wetland rewilding doubles bird numbers', 'Norway')).toBe(true);
		expect(headlineLocatesOnly('Norway’s biggest trade surplus in a decade lifts the krone', 'Norway')).toBe(false);
		expect(headlineLocatesOnly('Nebraska to cut property taxes for farmers', 'Nebraska')).toBe(false);
	});

	it('writes no state or country before a nameless figure of one town’s or one project’s story', () => {
		const stems = written(
			reportOf('Norway’s largest wetland rewilding doubles bird numbers', [
				'BODO, Norway – Engineers have rewetted the Storvika marsh, the largest wetland rewilding attempted in Norway, researchers said on Tuesday.',
				'The Storvika scheme cost 180 million crowns, most of it from the state. About 95 kilometres of drains were plugged, and roughly 640 hectares of spruce were felled before the water returned.',
				'Norway has drained about a third of its wetlands since 1900, and Norway plans to restore many more of them.',
				'Officials in Bodo said the marsh now holds 23 pairs of breeding cranes, up from four.'
			])
		).map((w) => w.stem);
		expect(stems.some((s) => /kilometres of drains/.test(s))).toBe(true);
		expect(stems.filter((s) => /^In Norway, /.test(s))).toEqual([]);
	});
});

describe('a changing figure keeps the time it stood at (QUALITY.md R6, R9)', () => {
	it('keeps "By Thursday morning" before a count, and drops it before no figure', () => {
		expect(clauses('By Thursday morning, about 2,400 households were still without water, the utility said.')[0]).toMatch(/^By Thursday morning, about 2,400 households were still without water/);
		expect(clauses('By Thursday morning, the river had fallen back below its banks.')[0]).toMatch(/^The river had fallen/);
	});
});

describe('a "which" after a place set after another place (QUALITY.md R1, R6)', () => {
	it('hangs no clause on the wider place: "a plant in Tampere, southern Finland, which opens in 2028" is never "Finland opens"', () => {
		const texts = clauses('Halvo Foods said it would spend €120m on a new bakery at its plant in Tampere, southern Finland, which is due to open in the second half of 2028.');
		expect(texts.some((t) => /^Halvo Foods said it would spend €120m/.test(t))).toBe(true);
		expect(texts.some((t) => /^(?:Southern )?Finland is due/i.test(t))).toBe(false);
		expect(clauses('The firm has a plant in Bergen, Norway, which employs 300 people.').some((t) => /^Norway employs/.test(t))).toBe(false);
	});
});

describe('a place described by a bare size (QUALITY.md R1, R6)', () => {
	it('closes "Harwick, a city of 48,000" with a comma before the phrase after it, which belongs to the sentence', () => {
		const stems = written(
			reportOf('Corrin wins Harwick mayoral race', [
				'HARWICK, Ore. – Councillor Jonah Corrin was elected mayor of Harwick on Tuesday, defeating a former deputy mayor backed by the city’s business leaders.',
				'The race was settled shortly after 10 p.m., when his rival telephoned Corrin to concede. Turnout was about 54%, the highest for a mayoral election in the city of 48,000 since 2009, driven by a fight over a new ring road.',
				'Corrin, a former teacher, will take office in January.'
			])
		).map((w) => w.stem);
		const sized = stems.filter((s) => /a city of 48,000/.test(s));
		expect(sized.length).toBeGreaterThan(0);
		expect(sized.every((s) => /Harwick, a city of 48,000, since/.test(s))).toBe(true);
	});
});
