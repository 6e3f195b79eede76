import { describe, expect, it } from 'vitest';
import { numericDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';
import { shorten } from '../../src/lib/quiz/generate';
import { inQuestion } from '../../src/lib/quiz/how-many';
import { simplify } from '../../src/lib/quiz/simplify';
import { checksOf, reportOf, written } from './report';

/** `shorten` of a sentence (without its stop) with the key ending after `key`. */
function shortened(sentence: string, key: string): string {
	const text = sentence.replace(/\.$/, '');
	return shorten(text, text.indexOf(key) + key.length);
}

describe('a long clause is never cut inside an aside the clause goes on after (R1)', () => {
	it('"showed that tolerance to statins, the family of drugs ..., was": the verb after the aside stays', () => {
		const sentence = 'Blood samples drawn from a group of about 900 patients at four weeks showed that tolerance to statins, the family of drugs that includes atorvastatin, was about three times as common in the older group as in the younger group.';
		expect(shortened(sentence, 'four')).not.toMatch(/tolerance to statins$/);
	});

	it('"sentenced Pieter Janssen, 47, the owner of ..., to 20 months": the sentence stays', () => {
		const sentence = 'The district court in Utrecht sentenced Pieter Janssen, 47, the owner of the Riverside concert hall, to 20 months in prison, 12 of them suspended, and fined him €30,000.';
		expect(shortened(sentence, 'Utrecht')).not.toMatch(/Janssen, 47$/);
	});

	it('"a mix of causes: A, the region\'s main area; B; and C": the list is never cut to its first item', () => {
		const sentence = "Bakers blame a mix of causes: higher costs for durum wheat after a dry summer in Apulia, the region's main growing area; rising fuel and power bills; and, in several towns, rent increases imposed by landlords.";
		expect(shortened(sentence, 'Apulia')).not.toMatch(/in Apulia$/);
	});

	it('still cuts a trailing appositive that runs to the end of the clause', () => {
		const sentence = 'The regional council in Tarvisio approved a budget of €4.2 million for the repair of mountain roads and bridges on Tuesday, a rise of almost a third on the sum it set aside for the same work last year.';
		expect(shortened(sentence, '€4.2 million')).toBe('The regional council in Tarvisio approved a budget of €4.2 million for the repair of mountain roads and bridges on Tuesday');
	});
});

describe('a clause is never cut inside a subordinate clause, nor before a pronoun in -thing (R1)', () => {
	it('"because, until 2019, anything bigger was ..." is never cut to "because, until 2019."', () => {
		const sentence = 'Wind farms in Scotland are often planned at just under 30MW because, until 2019, anything bigger was decided by ministers in Edinburgh rather than by the local planning committee.';
		expect(shortened(sentence, '30MW')).not.toMatch(/until 2019$/);
	});
});

describe('a reason cut from a clause takes its adverb with it (R1)', () => {
	it('"by the second year, often because ..." is cut before "often", never left dangling on it', () => {
		const sentence = 'Dr Ana Ruiz, a nutrition researcher at the University of Lima who was not involved, said the trial was well run but noted that about 15% of families in the test villages had given up the product by the second year, often because it was not stocked in nearby markets.';
		const cut = shortened(sentence, '15%');
		expect(cut).not.toMatch(/often$/);
		expect(cut).toMatch(/by the second year$/);
	});

	it('"not because ..." is never cut: the clause without it says another thing', () => {
		const sentence = 'The mayor of the northern port city said on Thursday that the harbour authority had closed the old fish market in 2019 not because of the falling catch but because of the cost of repairs.';
		expect(shortened(sentence, '2019')).not.toMatch(/2019 not$/);
	});
});

describe('a nationality keeps its capital inside a question (R1)', () => {
	it('"Spanish playmaker X" and "Danish winger Y" stay capitalised', () => {
		expect(inQuestion('Spanish playmaker Iker Ruiz')).toBe('Spanish playmaker Iker Ruiz');
		expect(inQuestion('Danish winger Lars Holm')).toBe('Danish winger Lars Holm');
	});

	it('a common noun still loses its capital', () => {
		expect(inQuestion('Officials')).toBe('officials');
	});
});

describe('"which" after a place that ends a noun phrase hangs on the phrase (R6)', () => {
	it('"The longer voyage to Hamburg, which can add eight days, means" states nothing of Hamburg', () => {
		const text = 'The longer voyage to Hamburg, which can add eight to ten days, means fish caught at the usual time risks arriving spoiled.';
		const clauses = simplify(text, extractFacts(text)).map((c) => c.text);
		expect(clauses.some((c) => /^Hamburg can add/.test(c))).toBe(false);
	});

	it('"moved to Hamburg, which has ..." still states the place\'s own fact', () => {
		const text = 'The shipping firm moved its head office last year to Hamburg, which has the largest port in the country.';
		const clauses = simplify(text, extractFacts(text)).map((c) => c.text);
		expect(clauses.some((c) => /^Hamburg has the largest port/.test(c))).toBe(true);
	});
});

describe('a place written for "the town of about N people" closes its appositive (R1)', () => {
	it('"Dolnik, a town of around 38,000 people, currently gets" keeps the closing comma', () => {
		const report = reportOf('Mining town in Dolnik turns to solar farms as pit closes', [
			'The mining town of Dolnik in southern Poland is building three solar farms as its coal pit prepares to close.',
			'The town of around 38,000 people currently gets almost all of its power from the nearby coal plant.',
			'Officials in Dolnik reviewed the budget for the coming year in a long meeting.',
			'Local residents attended the session and asked questions about the new library in Dolnik.',
			'The council said 340 people had signed a petition to keep the old reading room open.'
		]);
		const stems = written(report).map((w) => w.stem).filter((s) => /a town of around/.test(s));
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => /a town of around (?:38,000|_____) people,/.test(s))).toBe(true);
	});
});

describe('a pointer the stem never resolves is refused (R4)', () => {
	it('"About 2.1 million Albertans do not have a nurse practitioner, it said." names no speaker', () => {
		const checks = checksOf('Rural clinics in Alberta closed 60 times this year, union says', [
			'Rural clinics in Alberta closed their doors 60 times this year because of staff shortages, the Alberta Nurses Union said on Monday.',
			'The union said the closures had doubled since 2022.',
			'About 2.1 million Albertans do not have a regular nurse practitioner, it said, which sends more people to hospital wards for routine care.'
		], /, it said\b/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c !== '')).toBe(true);
	});

	it('"recommending that approach" leaves which approach to the sentences before', () => {
		const checks = checksOf('Twice-yearly vitamin drops cut infant illness in Sahel trial', [
			'Giving vitamin drops twice a year to every child under five cut hospital visits by a quarter in a trial across three Sahel countries, researchers said.',
			'The World Health Organization issued advice in 2021 recommending that approach only for children aged one to 11 months in poor settings.',
			'The trial enrolled 14,000 children in Niger, Mali and Chad between 2019 and 2023.'
		], /that approach/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c !== '')).toBe(true);
	});
});

describe('a hedged round count takes round options (R5)', () => {
	it('"About 40 witnesses" is never the one round number among its options', () => {
		const text = 'About 40 witnesses are due to give evidence at the trial, which opens in Lyon next week.';
		const key = extractFacts(text).find((f) => f.text.includes('40'))!;
		expect(key.approximate).toBe(true);
		for (let seed = 1; seed <= 20; seed++) {
			const options = numericDistractors(key, createPrng(seed), new Set());
			expect(options.length).toBe(3);
			expect(options.every((o) => Number(o.replace(/\D/g, '')) % 10 === 0)).toBe(true);
		}
	});
});

describe('a local body with no place named is refused (R4)', () => {
	it('"City officials said they aimed to open the line in 2031" says no city', () => {
		const checks = checksOf('Tunnel boring starts on second metro line in Quezon City', [
			'Tunnel boring has started on the second metro line in Quezon City, the line operator said on Monday.',
			'City officials said on Monday they aimed to start passenger services in 2031.',
			'The line will run for 11 kilometres and have nine stations.'
		], /^City officials/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c !== '')).toBe(true);
	});
});
