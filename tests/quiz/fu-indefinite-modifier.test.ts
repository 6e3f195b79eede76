import { describe, expect, it } from 'vitest';
import { reportOf, written } from './report';

const TITLE = 'Judge blocks quarry expansion after hearing on dust levels';
const lead = (opening: string) => [
	`${opening} has blocked plans to double the size of a limestone quarry above the village of Thornby, ruling that the council ignored its own dust readings.`,
	'The quarry, run by Greystone Aggregates, employs about 60 people and ships 400,000 tonnes of stone a year.',
	'Giving evidence to the court in May, the parish clerk, Helen Marsh, said dust had settled on cars and gardens in 31 homes.',
	'Lawyers for the villagers told the court that 12 families had complained to the council since 2021.'
];

/** Every stem the generator writes for the story that opens on `opening`, kept or refused, that tells of a court. */
function courtStems(opening: string): string[] {
	return written(reportOf(TITLE, lead(opening)))
		.map((w) => w.stem)
		.filter((s) => /\b(?:court|Court)\b/.test(s));
}

describe('fu: a name after "a" or "an" modifies the noun the article is for, and says nothing of its own "the" (R1)', () => {
	it('writes "the court" as "the High Court", never "High Court", where the article names it only in "A High Court judge"', () => {
		const stems = courtStems('A High Court judge');
		expect(stems.filter((s) => /(?:to|told) High Court\b/.test(s))).toEqual([]);
		expect(stems.some((s) => /told the High Court that/.test(s))).toBe(true);
	});

	it('writes a court that opens on a known place bare, as British usage does ("told Manchester Crown Court")', () => {
		const stems = courtStems('A Manchester Crown Court judge');
		expect(stems.filter((s) => /the Manchester Crown Court/.test(s))).toEqual([]);
	});

	it('leaves "the court" as written where the name opens on neither an adjective nor a known place ("A Federal Court judge", "A Southwark Crown Court jury")', () => {
		for (const opening of ['A Federal Court judge', 'A Southwark Crown Court jury']) {
			const stems = courtStems(opening);
			expect(stems.filter((s) => /(?:to|told) (?:Federal|Southwark Crown) Court\b/.test(s))).toEqual([]);
		}
	});
});
