import { describe, expect, it } from 'vitest';
import { demonymSubject } from '../../src/lib/quiz/events';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { reportOf, written } from './report';

/** Every stem written from the sentence that carries `tail`, kept or rejected. */
function stemsWith(paragraphs: string[], title: string, tail: string): string[] {
	return written(reportOf(title, paragraphs))
		.map((w) => w.stem)
		.filter((s) => s.includes(tail));
}

describe('a news lead’s next "The N-year-old" (QUALITY.md R4)', () => {
	it('writes "The 29-year-old," before an appositive as the one person the lead names', () => {
		const stems = stemsWith(
			[
				'The Welsh poet Gwen Arthur-Lloyd has won the 2024 Harbour prize for her second collection, becoming the youngest winner since the award began in 1988.',
				'The 29-year-old, a former nurse from Cardiff, was presented with the £25,000 prize at a ceremony in Bristol on Tuesday evening.',
				'The judges read 212 collections this year, up from 180 the year before.'
			],
			'Welsh poet wins Harbour prize',
			'presented with the'
		);
		expect(stems.length).toBeGreaterThan(0);
		for (const stem of stems) expect(stem).toMatch(/^Gwen Arthur-Lloyd, a former nurse from (?:Cardiff|_____), was presented/);
	});

	it('writes "The 23-year-old" as the lead’s subject when the other player it names has another age', () => {
		const paragraphs = [
			'Norway’s Ingrid Solberg won the biggest title of her career on Sunday, beating world number three Marta Kowalczyk 7-5, 6-3 in the final of the Lisbon Open.',
			'The 23-year-old, seeded ninth, broke serve in the eighth game of the second set and won after one hour and 52 minutes on court.',
			'"She was simply better today," Kowalczyk, 28, said afterwards.'
		];
		const stems = stemsWith(paragraphs, 'Solberg beats Kowalczyk in Lisbon final', 'broke serve in the');
		expect(stems.length).toBeGreaterThan(0);
		for (const stem of stems) expect(stem).toMatch(/^Ingrid Solberg, seeded ninth, broke serve/);
	});

	it('does not guess when the other player the lead names has no stated age', () => {
		const paragraphs = [
			'Norway’s Ingrid Solberg won the biggest title of her career on Sunday, beating world number three Marta Kowalczyk 7-5, 6-3 in the final of the Lisbon Open.',
			'The 23-year-old, seeded ninth, broke serve in the eighth game of the second set and won after one hour and 52 minutes on court.',
			'"She was simply better today," Kowalczyk said afterwards.'
		];
		const report = reportOf('Solberg beats Kowalczyk in Lisbon final', paragraphs);
		const stems = written(report).filter((w) => w.stem.includes('broke serve in the'));
		expect(stems.some((w) => w.check === '')).toBe(false);
		for (const w of stems) expect(w.stem).not.toMatch(/Solberg|Kowalczyk/);
	});
});

describe('"the incident" of a crime report whose headline tells of the attack (QUALITY.md R4)', () => {
	const lead = [
		'A 44-year-old woman has been arrested after a man was stabbed outside a bakery in Leicester on Sunday morning.',
		'Officers were called to Market Street at about 9am following reports of a fight.'
	];
	const incident = 'Detectives believe the incident began as a row between three neighbours inside the Market Street bakery, before spilling out onto the street.';

	it('keeps "the incident" while the article has told of one attack only', () => {
		const report = reportOf('Woman arrested after man stabbed outside Leicester bakery', [...lead, incident]);
		const kept = report.quiz.items.map((i) => i.stem).filter((s) => s.includes('the incident began'));
		expect(kept.length).toBeGreaterThan(0);
	});

	it('refuses "the incident" once the article has told of another stabbing', () => {
		const other = 'It was the second stabbing in the town centre in less than a month.';
		const report = reportOf('Woman arrested after man stabbed outside Leicester bakery', [...lead, other, incident]);
		const stems = written(report).filter((w) => w.stem.includes('the incident began'));
		expect(stems.length).toBeGreaterThan(0);
		for (const w of stems) expect(w.check).toBe('R4');
	});

	it('refuses "the incident" when the headline tells of no attack', () => {
		const report = reportOf('Leicester bakery closes after row between neighbours', [...lead, incident]);
		const stems = written(report).filter((w) => w.stem.includes('the incident began'));
		expect(stems.length).toBeGreaterThan(0);
		for (const w of stems) expect(w.check).toBe('R4');
	});
});

describe('a leading subordinate clause (QUALITY.md R1, R4)', () => {
	const texts = (sentence: string) => simplify(sentence, extractFacts(sentence)).map((c) => c.text);

	it('gives the main clause without the lead, and the lead as a statement of its own', () => {
		const out = texts('After a packed meeting in Dover drew more than 300 residents in March, Harbourline cut the scheme’s height by about 20% and added a public footpath.');
		expect(out).toContain('Harbourline cut the scheme’s height by about 20% and added a public footpath');
		expect(out).toContain('A packed meeting in Dover drew more than 300 residents in March');
	});

	it('keeps a lead with no finite verb, one the main clause counts from, and one that points back', () => {
		expect(texts('Before tax, profits at the grocer were £41 million in the year to March.')).not.toContain('Profits at the grocer were £41 million in the year to March');
		expect(texts('After the council rejected the plan in May, the developer lodged an appeal the next week.').some((t) => t.startsWith('The developer lodged'))).toBe(false);
		const pointing = texts('After a public meeting drew 300 people in June of that year, the firm cut the tower by two floors.');
		expect(pointing).toContain('The firm cut the tower by two floors');
		expect(pointing.some((t) => t.startsWith('A public meeting drew'))).toBe(false);
	});

	it('does not cut a lead before a pronoun that may point into it', () => {
		expect(texts('After the club sacked its manager in April, it appointed a 38-year-old coach from Porto.').some((t) => /^It appointed/.test(t))).toBe(false);
	});
});

describe('"the project" the lead introduces once (QUALITY.md R4)', () => {
	const lead = 'The state planning board on Monday approved a 40-megawatt wind project on hills north of Carlow, ending a two-year dispute with local farmers.';

	it('writes "the project" as the phrase the lead gives it', () => {
		const report = reportOf('Board approves wind farm near Carlow', [
			lead,
			'The board said the turbines would stand at least 800 metres from the nearest house and would be removed after 30 years.',
			'Once built, the project is expected to power about 31,000 homes a year in County Carlow, according to the developer.'
		]);
		const stems = written(report).filter((w) => w.stem.includes('expected to power'));
		expect(stems.length).toBeGreaterThan(0);
		for (const w of stems) expect(w.stem).toMatch(/^Once built, the wind project is expected/);
		expect(report.quiz.items.some((i) => i.stem.includes('the wind project is expected'))).toBe(true);
	});

	it('leaves "the project" to R4 when a later sentence introduces another project', () => {
		const report = reportOf('Board approves wind farm near Carlow', [
			lead,
			'The same developer has also applied to build a second project in Kilkenny.',
			'Once built, the project is expected to power about 31,000 homes a year, according to the developer.'
		]);
		const stems = written(report).filter((w) => w.stem.includes('expected to power'));
		expect(stems.length).toBeGreaterThan(0);
		for (const w of stems) {
			expect(w.stem).toMatch(/the project is expected/);
			expect(w.check).toBe('R4');
		}
	});
});

describe('"the union" of a strike story, and "the number of ..." (QUALITY.md R4)', () => {
	const paragraphs = [
		'About 3,400 teachers at 21 schools will walk out next month after rejecting a pay offer from the district, the Riverside Teachers Association said on Tuesday.',
		'Talks between the two sides broke down in September after eight months of negotiation.',
		'The union is seeking raises totaling 18% over four years, along with limits on the number of pupils each teacher can be given.'
	];

	it('writes "The union" as the one trade union the article names, and keeps "the number of pupils"', () => {
		const report = reportOf('Teachers at 21 schools set strike after rejecting pay offer', paragraphs);
		const stems = written(report).filter((w) => w.stem.includes('raises totaling'));
		expect(stems.length).toBeGreaterThan(0);
		for (const w of stems) expect(w.stem).toMatch(/^The Riverside Teachers Association is seeking raises/);
		expect(report.quiz.items.some((i) => i.stem.startsWith('The Riverside Teachers Association is seeking raises'))).toBe(true);
	});

	it('does not read a bloc or a residents’ association as a trade union', () => {
		const report = reportOf('Teachers at 21 schools set strike after rejecting pay offer', [
			'About 3,400 teachers at 21 schools will walk out next month, the Riverside Residents Association said on Tuesday, citing a letter from the European Union.',
			paragraphs[1],
			paragraphs[2]
		]);
		for (const w of written(report).filter((x) => x.stem.includes('raises totaling'))) expect(w.stem).not.toMatch(/Association|European/);
	});
});

describe('a nationality for a person, and "Her ..." in a story about someone else (QUALITY.md R4)', () => {
	it('reads "the Norwegian has beaten" as a person said before, and "The German government said" as none', () => {
		const isVerb = (w: string) => /^(?:has|had|is|was|said)$/.test(w);
		expect(demonymSubject('It is the first time the Norwegian has beaten a top-five player in a final.', isVerb)).toBe(true);
		expect(demonymSubject('The Belarusian had looked in control after levelling the match.', isVerb)).toBe(true);
		expect(demonymSubject('The German government said the plan would cost 4 billion euros.', isVerb)).toBe(false);
		expect(demonymSubject('The European Commission said the plan would cost 4 billion euros.', isVerb)).toBe(false);
	});

	it('refuses a stem whose subject is "The Polish"', () => {
		const report = reportOf('Solberg beats Kowalczyk in Lisbon final', [
			'Norway’s Ingrid Solberg won the biggest title of her career on Sunday, beating world number three Marta Kowalczyk 7-5, 6-3 in the final of the Lisbon Open.',
			'The Polish had looked in control early in the first set, but she won only 41% of points on her second serve.',
			'Solberg earns $412,000 in prize money and will rise to a career-high ninth in the rankings next week.'
		]);
		const stems = written(report).filter((w) => w.stem.includes('had looked in control'));
		expect(stems.length).toBeGreaterThan(0);
		for (const w of stems) expect(w.check).toBe('R4');
	});

	it('does not write "Her publisher" as the woman just quoted when the headline names another woman', () => {
		const report = reportOf('Debut novelist Maria Kowalczyk wins Harbour fiction prize', [
			'The Polish-born writer Maria Kowalczyk has won the Harbour fiction prize for her first novel, becoming the first debut author to take the award since 2011.',
			'The judges read 140 novels this year and chose the winner after a meeting lasting three hours.',
			'Anna Berg, chief executive of the Harbour Foundation, said the win showed that small publishers could still compete with large ones.',
			'Her publisher said it had ordered a reprint of 60,000 copies overnight, with a paperback edition brought forward to March.'
		]);
		const stems = written(report).filter((w) => w.stem.includes('ordered a reprint'));
		expect(stems.length).toBeGreaterThan(0);
		for (const w of stems) expect(w.stem).not.toMatch(/Berg/);
		expect(report.quiz.items.some((i) => i.stem.includes('ordered a reprint'))).toBe(false);
	});
});
