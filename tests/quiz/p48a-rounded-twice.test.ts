import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { filler, itemsOf } from './report';

const TITLE = 'Daily walks linked to lower risk of stroke in large Danish study';
const STUDY = [
	'People who walk for half an hour a day are less likely to suffer a stroke than those who rarely walk, according to a 12-year study of more than 31,000 adults in Denmark published on Monday.',
	'Researchers at the Aarhus Centre for Population Health followed 31,452 men and women aged 55 and over from 2011 to 2023.',
	'Those who walked daily had a 23% lower risk of stroke, the researchers found.',
	'The team adjusted for smoking, diet and blood pressure, said lead author Dr Signe Halvorsen.',
	'About 12,000 Danes suffer a stroke each year, according to the national heart foundation.',
	'The study was funded by the Danish research council and cost about 4 million kroner.',
	'Dr Halvorsen said a larger trial would begin in Odense next spring.',
	'Doctors in Copenhagen said the findings matched what they saw in their clinics.'
];

describe('p48a: one quantity written rounded and exact is asked once (R5)', () => {
	it('never asks the 31,452 of the next sentence beside an item whose stem or explanation shows the lead’s "more than 31,000", over many seeds', () => {
		const article = parseArticleText(`${TITLE}\n\n${[...STUDY, ...filler].join('\n\n')}`);
		let asked = 0;
		for (let seed = 1; seed <= 12; seed++) {
			const items = generateWithReport(article, { seed, maxItems: 15 }).quiz.items;
			const lead = items.some((i) => i.source.sentence === 0);
			const exact = items.some((i) => /31,452/.test(i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end)));
			if (lead || exact) asked++;
			expect(lead && exact, JSON.stringify(items.map((i) => i.stem))).toBe(false);
		}
		expect(asked).toBeGreaterThan(0);
	});

	it('still asks two different figures of one article', () => {
		const stems = itemsOf(TITLE, STUDY).map((i) => i.stem);
		expect(stems.some((s) => /12,000|_____ Danes/.test(s))).toBe(true);
	});
});
