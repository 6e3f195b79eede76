import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { type GenerationReport } from '../../src/lib/quiz/generate';
import { howManyStem } from '../../src/lib/quiz/how-many';
import { endsComplete, simplify } from '../../src/lib/quiz/simplify';
import { reportOf } from './report';

/** Every stem written for the article, shown or rejected. */
function allStems(report: GenerationReport): string[] {
	return [...report.quiz.items.map((i) => i.stem), ...report.rejections.map((r) => r.stem)];
}

/** The stems, by source sentence, of the items a report's quiz asks. */
function stemsOf(report: GenerationReport): Record<number, string> {
	return Object.fromEntries(report.quiz.items.map((i) => [i.source.sentence, i.stem]));
}

/** The "how many" stem for the first count of a sentence, its clause cut as writeItems cuts it. */
function howMany(text: string, attributed = false): string | undefined {
	const fact = extractFacts(text).find((f) => f.type === 'count')!;
	return howManyStem(fact, { before: text.slice(0, fact.span.start), after: text.slice(fact.span.end).replace(/\.$/, ''), attributed });
}

describe('"how many" questions (QUALITY.md R1)', () => {
	it('asks the counted clause alone, not the clause joined on after it', () => {
		expect(howMany('Officials said 17 people were still missing and more than 1,400 had been injured across six provinces.', true)).toBe(
			'According to officials, how many people were still missing?'
		);
		expect(howMany('The national disaster agency said 12,300 houses had been destroyed and about 48,000 damaged.', true)).toBe(
			'According to the national disaster agency, how many houses had been destroyed?'
		);
		expect(howMany('Police arrested 38 people after the march, but most were released without charge.')).toBe('How many people did police arrest after the march?');
		expect(howMany('The residents had collected 1,200 signatures on a petition against the plans, arguing that the tallest block would overshadow neighbouring streets.')).toBe(
			'How many signatures had the residents collected on a petition against the plans?'
		);
	});

	it('turns a perfect round on its own auxiliary, never "did ... has gather"', () => {
		expect(howMany('A petition against the scheme has gathered 6,214 signatures since it opened in March.')).toBe(
			'How many signatures has a petition against the scheme gathered since it opened in March?'
		);
		expect(howMany('The club had sold 1,500 tickets within two days.')).toBe('How many tickets had the club sold within two days?');
		expect(howMany('The council will close 12 libraries next year.')).toBeUndefined();
	});
});

/** The main clause simplify makes of a sentence. */
function mainClause(sentence: string): string | undefined {
	return simplify(sentence, extractFacts(sentence)).find((c) => c.kind === 'main')?.text;
}

describe('shortened clauses end on a complete constituent (QUALITY.md R1)', () => {
	it('drops a closed "who" aside and keeps the verb it interrupted', () => {
		expect(
			mainClause("Their goalkeeper, Liam Reid, produced a string of fine saves to deny O'Neill and Marsden before Okafor, who had missed a penalty earlier, finally found the winner in that August game.")
		).toBe("Their goalkeeper, Liam Reid, produced a string of fine saves to deny O'Neill and Marsden before Okafor finally found the winner in that August game");
		expect(mainClause('The company said it cut 3,000 jobs under the programme, which began in 2022.')).toBe('The company said it cut 3,000 jobs under the programme');
	});

	it('refuses a cut clause that ends on an auxiliary, a verbless joined clause or a time word and a bare name', () => {
		expect(endsComplete('A study of 2,000 adults showed that the more active groups had')).toBe(false);
		expect(endsComplete('The Department of Agriculture said losses to farming had reached 3.1 billion pesos, and the total cost of the storm')).toBe(false);
		expect(endsComplete("Liam Reid produced a string of fine saves to deny O'Neill and Reid before Okafor")).toBe(false);
		expect(endsComplete('Villa had taken the lead in the 23rd minute through Ollie Watkins')).toBe(true);
		expect(endsComplete('Power was cut to about 1.2 million homes, and the main highway was blocked')).toBe(true);
		expect(endsComplete('The road will reopen before Christmas')).toBe(true);
		expect(endsComplete('Officials said talks would resume after Monday')).toBe(true);
	});
});

/** Each fact of a sentence as "type:[span text]". */
function factSpans(text: string): string[] {
	return extractFacts(text).map((f) => `${f.type}:[${text.slice(f.span.start, f.span.end)}]`);
}

describe('facts of wire copy', () => {
	it('asks nothing from a dateline: its date is page furniture (R7)', () => {
		expect(factSpans('BRUSSELS, Nov 30 - The European Commission fined Google 2.4 billion euros on Tuesday.')).toEqual([
			'organisation:[European Commission]',
			'organisation:[Google]',
			'money:[2.4 billion euros]'
		]);
	});

	it('gives an initialism its last point: "[[U.S.]] officials", never "[[U.S]]. officials"', () => {
		expect(factSpans('U.S. officials said the fine was unfair.')).toContain('place:[U.S.]');
		expect(factSpans('The plan was backed by the U.K. and France.')).toEqual(['place:[U.K.]', 'place:[France]']);
	});
});

describe('faults a teacher found on unseen articles', () => {
	it('writes "the company" as the firm the dateline lead introduces, never as one the article names only later (R4, R6)', () => {
		const report = reportOf('Halden Foods profit falls as cocoa costs bite', [
			'LONDON, Nov 30 (Reuters) - Halden Foods, the British maker of biscuits and chocolate bars, reported a 14% fall in first-half profit on Thursday as the soaring price of cocoa ate into margins.',
			'The company kept its interim dividend unchanged at 8.5 pence a share.',
			'Halden was taken over in 2016 by a group of investors led by the American private equity firm Corbin Partners, which sold its last shares in the company in March.'
		]);
		expect(stemsOf(report)[1]).toMatch(/^Halden Foods kept its interim dividend unchanged at _____/);
		expect(allStems(report).filter((s) => /Corbin Partners (?:kept|said)/.test(s))).toEqual([]);
	});

	it('asks no stem that opens on "Half were ..." or "The Italy forward ...", nor one about "the programme" the headline never names (R4)', () => {
		const walks = reportOf('Short walks after meals cut blood sugar spikes, study finds', [
			'Researchers at the University of Otago in New Zealand followed 78 adults with type 2 diabetes over a period of 12 weeks.',
			'Half were asked to walk for 30 minutes once a day, while the other half walked for ten minutes after breakfast, lunch and dinner.',
			'Both groups walked for the same total time.'
		]);
		expect(walks.quiz.items.map((i) => i.stem).filter((stem) => stem.startsWith('Half'))).toEqual([]);
		const leeds = reportOf('Leeds climb to fourth after late Gnonto winner at Villa Park', [
			'Leeds United moved up to fourth in the Premier League after Wilfried Gnonto scored in the 88th minute to beat Aston Villa 2-1 at Villa Park on Saturday.',
			'The Italy forward turned inside Ezri Konsa and curled a low shot past Emiliano Martinez to settle a tense match in front of a crowd of 42,118.',
			'Villa had taken the lead in the 23rd minute through Ollie Watkins, who headed in a cross from Lucas Digne for his ninth goal of the season.'
		]);
		expect(leeds.quiz.items.filter((i) => i.source.sentence === 1)).toEqual([]);
		const jobs = reportOf('Halden Foods profit falls as cocoa costs bite', [
			'Halden Foods reported a 14% fall in first-half profit on Thursday and said it would cut jobs under a cost-saving programme.',
			'Halden said the programme would save £45 million a year by 2027, and about 620 jobs would go at its factory in Wakefield.',
			'Chief executive Miriam Osei said the company had faced the most difficult cost environment in a generation.'
		]);
		expect(jobs.quiz.items.filter((i) => / the programme\b/.test(i.stem))).toEqual([]);
	});

	it('refuses "the two roads" pointing back, and keeps "the three months to December" a count (R4)', () => {
		const parking = reportOf('Councillors approve parking charges at seafront despite protests', [
			'Under the plans, drivers will pay £1.50 an hour to park on the Promenade and Marine Drive between April and October.',
			'Residents of the two roads will be able to apply for a permit costing £40 a year, and blue badge holders will continue to park free of charge.',
			'The council said work to install 34 pay machines would begin in February.'
		]);
		expect(parking.quiz.items.filter((i) => i.source.sentence === 1)).toEqual([]);
		expect(parking.rejections.filter((r) => r.stem.startsWith('Residents of the two roads')).map((r) => r.check)).toContain('R4');
	});
});
