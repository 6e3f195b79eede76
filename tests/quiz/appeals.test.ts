import { describe, expect, it } from 'vitest';
import { isAppeal } from '../../src/lib/quiz/appeals';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

describe('appeals for information are page furniture (R7)', () => {
	it('reads a call with a case reference or a telephone number as an appeal, and a plain count as none', () => {
		expect(isAppeal('Anyone with information is asked to call 101 quoting log 1873 of 14 March.')).toBe(true);
		expect(isAppeal('Witnesses who saw a grey van are urged to ring the incident room on 0113 496 0821.')).toBe(true);
		expect(isAppeal('Tips can be left with the county sheriff at (555) 201-7788.')).toBe(true);
		expect(isAppeal('The council said 340 people had signed a petition to keep the reading room open.')).toBe(false);
		expect(isAppeal('Patients are urged to contact their doctor if the symptoms last.')).toBe(false);
	});

	it('asks nothing about the numbers of an appeal', () => {
		const article = parseArticleText(
			[
				'Man charged after shop fire in Leeds',
				'A man has been charged with arson after a fire at a shop in Leeds on Friday night, police said.',
				'Anyone with information is asked to call 101 quoting log 1873 of 14 March.',
				// a stem is read alone: "above the shop" under the headline's shop is no referent (QUALITY.md R4), so the count's sentence says where
				'Firefighters said 42 people were moved from flats above a burning shop on Kirkgate in Leeds.',
				'Officials in Leeds reviewed the budget for the coming year in a long meeting.',
				'Local residents attended the session and asked questions about the new library.'
			].join('\n\n')
		);
		const items = [1, 2, 3, 4, 5].flatMap((seed) => generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
		expect(items.length).toBeGreaterThan(0);
		expect(items.some((i) => /quoting log/.test(i.source.text))).toBe(false);
	});
});
