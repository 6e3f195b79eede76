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
