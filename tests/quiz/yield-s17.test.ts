import { describe, expect, it } from 'vitest';
import { extractFacts, pluralNames } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { itemsOf, kept, reportOf } from './report';

describe('a named library or stadium is what "the library" or "the stadium" means', () => {
	const fines = [
		'Westbrook Public Library will stop charging late fees on books and films from March 1, city officials announced on Tuesday.',
		'Library director Maria Lopez said the fines had kept poorer families away from the branches for years.',
		'When the Eastfield Public Library dropped its fines, return rates were unchanged.',
		'The library will also forgive about $400,000 in old fines owed by 30,000 cardholders.',
		'Lopez said the library plans a welcome-back event at each of its 14 branches on March 8.'
	];

	it('asks "the library" of the library the lead names, by its name, where another is named sentences before', () => {
		const stems = kept('Westbrook libraries scrap late fees', fines);
		expect(stems.some((s) => s.includes('Westbrook Public Library plans a welcome-back event'))).toBe(true);
		expect(stems.some((s) => /\bthe library plans\b/.test(s))).toBe(false);
	});

	it('asks "the stadium" of the stadium the lead names', () => {
		const stadium = [
			'Harbour Stadium in Port Elden will be renamed after a sponsor in a 10-year deal worth $18 million, the city council said on Monday.',
			'Durban’s Kings Park Stadium has carried a bank’s name for several seasons.',
			'Council leader Ruth Okafor said the money would pay for a new pitch and repairs to the roof.',
			'The stadium opened in 1961 and holds 37,000 people.',
			'Okafor said the stadium would keep its old name on the main gate.'
		];
		expect(kept('Stadium to carry sponsor’s name', stadium).some((s) => s.includes('Harbour Stadium opened in'))).toBe(true);
	});

	it('leaves "the library" alone right after another library is named', () => {
		const two = [...fines.slice(0, 4), 'The Eastfield Public Library also holds welcome-back days.', fines[4]];
		expect(kept('Westbrook libraries scrap late fees', two).some((s) => s.includes('Westbrook Public Library plans'))).toBe(false);
	});
});

describe('a name that takes a plural verb is no person', () => {
	const sentences = ['The ground is home to Orlando Pirates, the city said.', 'Orlando Pirates, who are tenants rather than owners, said they had been consulted.'];

	it('reads a club that opens on a first name as the club it is', () => {
		expect([...pluralNames(sentences, sentences.map((s) => extractFacts(s)))]).toEqual(['Orlando Pirates']);
		const report = reportOf('Stadium deal signed', [
			'The city signed a 10-year naming deal worth $18 million for the stadium, home to Orlando Pirates, on Tuesday.',
			'Orlando Pirates, who are tenants rather than owners, said they had been consulted about the deal.',
			'Council leader Ruth Okafor said the money would pay for a new pitch and a new roof.'
		]);
		expect(report.facts.flat().filter((f) => f.type === 'person').map((f) => f.text)).not.toContain('Orlando Pirates');
	});

	it('leaves people who share a plural verb in a list as people', () => {
		const list = ['Ann Fox and Tom Reeds are both councillors in Leeds.', 'Democrats Ann Fox and state Sen. Mark Hollis were elected in 2020.'];
		expect([...pluralNames(list, list.map((s) => extractFacts(s)))]).toEqual([]);
	});
});

describe('a count past twenty spelled out, as a sentence opens on one', () => {
	const ride = [
		'Thirty-two people were stranded for almost two hours on a roller coaster at Dreamland Park in Margate on Sunday afternoon.',
		'Park manager Ruth Okafor said engineers had found a fault in a brake sensor on the lift hill.',
		'The ride will stay closed until an inspection by the Health and Safety Executive next week.'
	];

	it('is asked with options in words like it', () => {
		const asked = itemsOf('Riders stranded on Margate coaster', ride).filter((i) => i.source.text.startsWith('Thirty-two') && i.factType === 'count');
		expect(asked.length).toBeGreaterThan(0);
		for (const item of asked) {
			const words = item.type === 'true-false' ? [item.stem.split(' ')[0]] : item.options;
			for (const w of words) expect(w).toMatch(/^(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?$/);
		}
	});

	it('keeps the main verb of a subject that an "including" list interrupts', () => {
		const s = 'Twenty-one unsigned paintings made by John Constable, including a small sketch that seems to show an early view of Flatford Mill, have been found in the attic of a Suffolk auction house.';
		expect(simplify(s, extractFacts(s)).map((c) => c.text)).toEqual(['Twenty-one unsigned paintings made by John Constable have been found in the attic of a Suffolk auction house']);
	});

	it('never asks a span the sentence judges, whose false statement would be as true', () => {
		const record = [
			'Eighty-one years is a long time for any record to stand, let alone one with Wilfred Rhodes’s name on it.',
			'Sam Reardon made 312 at the Adelaide Oval on Saturday, the highest score in the competition since 1931.',
			'Coach Brad Hollis said the innings was the best he had seen from a young batter.'
		];
		expect(itemsOf('Reardon breaks old county record', record).filter((i) => i.source.text.startsWith('Eighty-one'))).toEqual([]);
	});
});

describe('a long relative clause between a subject and its verb', () => {
	it('goes alone, so the main clause keeps its subject and verb', () => {
		const s = 'Maria Kovacs, 52, who grows giant marrows in a polytunnel behind her dairy shed near Ballymena in County Antrim, beat the national mark by almost 50 kilograms.';
		expect(simplify(s, extractFacts(s)).map((c) => c.text)).toContain('Maria Kovacs, 52, beat the national mark by almost 50 kilograms');
	});
});

describe('a person whose first name no lexicon knows', () => {
	const persons = (s: string) => extractFacts(s).filter((f) => f.type === 'person').map((f) => f.text);

	it('is a person by her kin', () => {
		expect(persons('When Ysolde Marchetti’s younger brother fell ill two years ago, the family asked about the water.')).toEqual(['Ysolde Marchetti']);
	});

	it('is a person by an appositive with a number in it', () => {
		expect(persons('Ysolde Marchetti, a Grade 11 student at a Sudbury school, designed a paper sensor.')).toEqual(['Ysolde Marchetti']);
	});

	it('leaves a firm’s sister company a firm', () => {
		expect(persons('Castlegate Foods’s sister company was sold last year.')).toEqual([]);
	});
});

describe('a bound spelled out past twenty', () => {
	it('is made false by the opposite hedge and a number beyond it, in words', () => {
		const storm = ['More than forty people were hurt when a storm hit Leeds on Sunday, police said.', 'About thirty-five homes lost power in the storm, Northern Powergrid said.'];
		const stems = itemsOf('Storm hits Leeds', storm)
			.filter((i) => i.type === 'true-false' && i.source.text.startsWith('More than forty'))
			.map((i) => i.stem);
		expect(stems.some((stem) => stem.startsWith('Fewer than'))).toBe(true);
		for (const stem of stems) expect(stem).toMatch(/^(?:More than forty|Fewer than (?:twenty|thirty)(?:-[a-z]+)?) people were hurt/);
	});
});
