import { describe, expect, it } from 'vitest';
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
		for (const stem of stems) expect(stem).toMatch(/^Gwen Arthur-Lloyd, a former nurse from Cardiff, was presented/);
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
	const incident = 'Detectives believe the incident began as a row between three neighbours inside the bakery, before spilling out onto the street.';

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
