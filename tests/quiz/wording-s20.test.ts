import { describe, expect, it } from 'vitest';
import { written, reportOf, filler } from './report';

/** The stems written for an invented article (kept or rejected), for the wording they carry. */
function stemsOf(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, [...paragraphs, ...filler])).map((w) => w.stem);
}

describe('session 20 wording: kinds from the holdout56–59 grades', () => {
	it('a source moved inside a question loses a capital that only opened the sentence (R1: "According to Coast guard spokesman", "According to Local officials")', () => {
		const stems = stemsOf('Oil spill spreads along coast', [
			'More than 1,400 workers were deployed on Wednesday, the Philippine Coast Guard said.',
			'Coast guard spokesman Rear Admiral Teodoro Villaruel said about 420,000 liters had leaked so far.',
			'The coast guard said divers had sealed two tanks.',
			'Local officials said about 9,800 fishermen had been kept ashore by the spill.',
			'Health authorities said 214 people were treated for heat exhaustion at the shore.'
		]);
		expect(stems.filter((s) => /According to (?:Coast|Local|Health)\b/.test(s))).toEqual([]);
		expect(stems).toContain('According to coast guard spokesman Rear Admiral Teodoro Villaruel, about how many liters had leaked so far?');
		expect(stems).toContain('According to local officials, about how many fishermen had been kept ashore by the spill?');
	});
});
