import { describe, expect, it } from 'vitest';
import { kept, reportOf, written } from './report';

// an invented school-meals trial whose headline and lead tell it only by the two countries it ran in
const TITLE = 'Free breakfasts lift reading scores in trial across Ghana and Malawi';
const lead = (places: string) => `Giving primary pupils a free cooked breakfast raised their reading scores by about a quarter of a school year, according to a two-year trial conducted in ${places}.`;
const PARAGRAPHS = [
	'The study, published on Monday, followed 3,260 pupils aged six to ten in 48 rural schools.',
	'Pupils who received the breakfast gained an average of 14 points on a standard reading test, compared with 9 points in schools without it.',
	'"Hungry children cannot learn, however good the teacher," said Dr Akosua Mensah, a nutritionist at the Volta Institute of Child Health in Ho and one of the study\'s lead authors.',
	'Dr Mensah said the schools had also seen fewer pupils missing lessons on market days.',
	'The study was funded with $2.7 million from the Larkfield Foundation, a British charity.'
];

// an invented gardening study whose headline tells its finding "in ten-year study": its researchers are one university's
const YEARS_TITLE = 'Gardening linked to lower risk of depression in ten-year study';
const yearsParagraphs = (researchers: string) => [
	'Adults who spent at least two hours a week gardening were less likely to be diagnosed with depression than those who did not, according to a study of more than 9,000 people published on Tuesday.',
	`${researchers} followed 9,140 adults aged 50 to 75 for an average of 10.2 years.`,
	'"Soil, daylight and a reason to go outside every day all seem to help," said Dr Rhian Cadwallader, the study\'s lead author.',
	'The study was funded by a £2.4 million grant from the Ashdown Trust, a charity that supports research on ageing.'
];

describe('A study told by the places it ran in, or by a length the headline gives it, named in stems that call it "the study" (QUALITY.md R4)', () => {
	it('writes "the trial in Ghana and Malawi", as headline and lead both place it, into "The study followed ..." and "The study was funded ..."', () => {
		const stems = kept(TITLE, [lead('Ghana and Malawi'), ...PARAGRAPHS]);
		expect(stems.some((s) => /^(?:The trial in Ghana and Malawi followed (?:_____|3,260) pupils|How many pupils did the trial in Ghana and Malawi follow)/.test(s))).toBe(true);
		expect(stems.some((s) => /^The trial in Ghana and Malawi was funded with (?:\$_____ million|_____|\$2\.7 million) from the Larkfield Foundation/.test(s))).toBe(true);
	});

	it('leaves "The study followed ..." unnamed, and refused, when the lead places the trial in more countries than the headline', () => {
		const all = written(reportOf(TITLE, [lead('Ghana, Malawi and Zambia'), ...PARAGRAPHS]));
		expect(all.some((w) => /trial in Ghana and Malawi/.test(w.stem))).toBe(false);
		expect(all.filter((w) => /^The study followed/.test(w.stem)).every((w) => w.check === 'R4')).toBe(true);
		expect(all.some((w) => /^The study followed/.test(w.stem))).toBe(true);
	});

	it('writes the one university whose researchers ran a headline\'s "ten-year study" into "The study was funded ..."', () => {
		// the grant is written with the study named, and then refused as a side detail (R7, side-details.ts)
		const funded = written(reportOf(YEARS_TITLE, yearsParagraphs('Researchers at Holloway University in Leeds'))).filter((w) => /^The Holloway University study was funded by a (?:£_____ million|_____|£2\.4 million) grant from the Ashdown Trust/.test(w.stem));
		expect(funded.length).toBeGreaterThan(0);
		expect(funded.map((w) => w.check)).not.toContain('');
	});

	it('leaves "The study was funded ..." refused when researchers of two institutions ran the "ten-year study"', () => {
		const all = written(reportOf(YEARS_TITLE, yearsParagraphs('Researchers at Holloway University and the Marsh Institute in Leeds')));
		expect(all.some((w) => /(?:Holloway University|Marsh Institute) study was funded/.test(w.stem))).toBe(false);
		const funded = all.filter((w) => /^The study was funded/.test(w.stem));
		expect(funded.length).toBeGreaterThan(0);
		expect(funded.every((w) => w.check === 'R4')).toBe(true);
	});
});
