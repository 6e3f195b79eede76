import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

describe('stems that lean on the sentence before (QUALITY.md R4)', () => {
	it('asks no stem that opens on "Yet" or "But": the contrast is with a sentence it leaves out', () => {
		const report = generateWithReport(
			parseArticleText(
				[
					'Ines Carvalho obituary',
					'The Portuguese architect Ines Carvalho, who has died aged 91, was best known for the white concrete libraries she built along the Algarve coast.',
					'Her 1979 library at Lagos was visited by 60,000 people in its first year and won 3 national awards.',
					'Yet Carvalho regarded the 14 small schools she designed in the villages of the Alentejo as her real legacy.',
					'But Carvalho refused every invitation to teach at the university in Lisbon.',
					'She married the engineer Rui Tavares in 1958; he died in 2012.'
				].join('\n\n')
			),
			{ seed: 1, maxItems: 15 }
		);
		const stems = [...report.quiz.items.map((i) => i.stem), ...report.rejections.filter((r) => r.check !== 'R4').map((r) => r.stem)];
		expect(stems.filter((s) => /^(?:Yet|But) /.test(s))).toEqual([]);
	});
});
