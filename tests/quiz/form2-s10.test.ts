import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { nameSources, withoutLegalForm } from '../../src/lib/quiz/sources';
import { kept, reportOf, written } from './report';

/** The check each stem holding `words` got from a report of the paragraphs ('' when kept). */
function checksOf(title: string, paragraphs: string[], words: string): string[] {
	return written(reportOf(title, paragraphs))
		.filter((w) => w.stem.includes(words))
		.map((w) => w.check);
}

describe('a stem whose only verb hangs on a noun states nothing (QUALITY.md R1)', () => {
	const budget = [
		'Finance Minister Asha Menon on Friday presented the revised budget for the state, raising land tax and the duty on wine.',
		'Land tax will go up by 15% in all municipal areas, officials said.',
		'An additional levy of £3 per bottle on imported wine priced above £20, which the government expects to bring in £90 million.',
		'Pensions will be raised by £20 a month from October 1, benefiting around 400,000 people.'
	];

	it('refuses a sentence whose verb is only in its relative clause and a reduced relative', () => {
		const checks = checksOf('State budget raises land tax', budget, 'per bottle on imported wine');
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c === 'R1')).toBe(true);
	});

	it('refuses a list row of a name, a comma and a participle', () => {
		const cuts = [
			'Fourteen theatre companies and six regional venues have had their annual funding cut by the Arts Board.',
			'The board said it had received applications seeking €52 million, more than twice the funds available.',
			'Other venues affected include:',
			'Riverside Arts Hall (Derby), cut by 30 per cent to €150,000;',
			'the Old Mill Theatre in Hexham, cut by 12 per cent to €205,000.'
		];
		// the row is refused before a stem is written, as its lead-in's "Other" leans on earlier sentences (list-rows.ts)
		const checks = checksOf('Arts Board cuts theatre funding', cuts, 'Old Mill Theatre in Hexham, cut by');
		expect(checks.every((c) => c === 'R1')).toBe(true);
	});

	it('refuses a results row whose only "verb" is a surname', () => {
		const results = [
			'Kennedy Rotich won the men’s 1,500m at the national trials in Nairobi on Saturday in 3:34.10.',
			'Results in other finals were as follows: men’s 10,000m - Gideon Rono (Police) 27:41.06; men’s 400m hurdles - Wiseman Were (Police) 48.87.',
			'The federation will name a squad of 60 athletes on Tuesday, its president said.'
		];
		const checks = checksOf('Rotich wins 1,500m at trials', results, 'Wiseman Were (Police)');
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c === 'R1')).toBe(true);
	});

	it('keeps a sentence with a main verb after its participle aside', () => {
		const phone = [
			'Tecla has launched its thinnest folding phone, the Fold Air, in Barcelona.',
			'The Fold Air, announced at an event in Barcelona on Wednesday, weighs 214 grams.',
			'Folding phones made up under 2 percent of global smartphone shipments last year, analysts at a research firm in London said.',
			'The company expects foldables to make up a quarter of its premium sales by the end of 2027.'
		];
		expect(kept('Tecla launches Fold Air', phone)).toContain('The Fold Air, announced at an event in Barcelona on Wednesday, weighs _____ grams.');
	});
});

describe('a company written in before "deal" (QUALITY.md R1)', () => {
	const deal = [
		'Harbour Energy has agreed to buy rival Northgate Pipelines Inc. in a deal valued at $2 billion including debt.',
		'Northgate’s board has unanimously recommended the deal, and directors holding about 9 per cent of its shares have signed support agreements.',
		'Harbour Energy expects the deal to close in the third quarter of 2027.'
	];
	/** `stem` as `nameSources` writes it for the sentence at `index`. */
	const sourced = (index: number, stem: string) => {
		const sentences = splitSentences({ title: 'Harbour Energy to buy Northgate', paragraphs: deal });
		return nameSources(sentences, sentences[index], { stem }).stem;
	};

	it('drops the legal form of the name', () => {
		expect(withoutLegalForm('Northgate Pipelines Inc')).toBe('Northgate Pipelines');
		expect(withoutLegalForm('Verstegen NV')).toBe('Verstegen');
		expect(withoutLegalForm('Halvern Foods')).toBe('Halvern Foods');
		expect(sourced(2, 'Harbour Energy expects the deal to close in the third quarter of _____.')).toBe('Harbour Energy expects the Northgate Pipelines deal to close in the third quarter of _____.');
	});

	it('writes no name into a stem that names the company already', () => {
		const stem = 'Northgate’s board has unanimously recommended the deal, and directors holding about _____ of its shares have signed support agreements.';
		expect(sourced(1, stem)).toBe(stem);
	});
});
