import { describe, expect, it } from 'vitest';
import { tallyOfNothing } from '../../src/lib/quiz/headless';
import { reportOf } from './report';

describe('tallyOfNothing: a tally with no word of what it counts', () => {
	it('refuses a tally whose noun the sentence before gave', () => {
		expect(tallyOfNothing('The Green Party fell to 41 from 87.', false)).toBe(true);
		expect(tallyOfNothing('The Liberals won just seven, far below their old strength, while the Greens took four.', false)).toBe(true);
		expect(tallyOfNothing('The Green Party fell to _____ from 87.', true)).toBe(true);
	});

	it('lets a stem stand that counts a noun, a decimal level or a score', () => {
		expect(tallyOfNothing('The Greens took _____% and three seats, while the Liberals won 9.4% and two seats.', false)).toBe(false);
		expect(tallyOfNothing('The FTSE 100 rose 0.8% to _____, while the FTSE 250 gained 0.5% to 21,604.35.', false)).toBe(false);
		expect(tallyOfNothing('Rovers won 3-2 at home.', false)).toBe(false);
		expect(tallyOfNothing('The Green Party fell to _____ councils from 87.', true)).toBe(false);
		expect(tallyOfNothing('Net debt rose to _____ at the end of June.', false)).toBe(false);
		expect(tallyOfNothing('Deaths have stayed near 1,700 a year, apart from 2020, when the toll dropped to 1,460.', false)).toBe(false);
	});
});

describe('generateQuiz: a council tally asked only with what it counts', () => {
	it('asks nothing of "fell to 41 from 87" after the sentence that says councils', () => {
		const paragraphs = [
			'The Social Democrats won control of 112 of the country’s 308 councils in Sunday’s local elections, official results showed on Monday.',
			'The Green Party, which had run the most councils since 2013, fell to 41 from 87.',
			'Turnout was 54.2%, the highest since 2005.',
			'The Social Democrats’ leader, Marta Kowal, said the result was a mandate for change.'
		];
		const report = reportOf('Social Democrats win most councils as Greens slump', paragraphs);
		expect(report.quiz.items.filter((i) => i.source.sentence === 1 && /from (?:87|_____)/.test(i.stem))).toEqual([]);
		expect(report.rejections.filter((r) => r.sentence === 1).some((r) => r.check === 'R4' && /fell to (?:41|_____) from 87/.test(r.stem))).toBe(true);
	});
});

describe('generateQuiz: the one country a story happens in is not asked past its lead', () => {
	it('asks no "in _____" of the study’s own country, while the lead’s facts are asked', () => {
		const paragraphs = [
			'SEOUL, March 3 (Reuters) - Adults in South Korea who slept at irregular hours were 31% more likely to develop dementia over nine years, a study of 48,000 people published on Tuesday found.',
			'The researchers, from Yonsei University, tracked participants aged 50 to 79 between 2012 and 2021.',
			'Those whose bedtimes varied by more than two hours a night had the highest risk, the study said.',
			'Dementia is a growing burden in South Korea, one of the world’s fastest-ageing countries.',
			'About 970,000 people in the country were living with dementia last year, according to government figures.'
		];
		const report = reportOf('Irregular sleep linked to higher dementia risk in South Korean study', paragraphs);
		const burden = report.rejections.filter((r) => r.sentence === 3 && /growing burden in (?:_____|South Korea)/.test(r.stem));
		// (a false side is a country the article names since country-swap-s43, so the statement may not be written at all)
		expect(burden.every((r) => r.check === 'R7')).toBe(true);
		expect(report.quiz.items.filter((i) => i.source.sentence === 3 && i.factType === 'place')).toEqual([]);
	});

	it('asks no part of the story’s own country after any word ("a road linking the capital with northern Ghana")', () => {
		const paragraphs = [
			'ACCRA, Ghana (AP) — A bus crash on a highway in Ghana killed at least 14 people and injured 30 on Sunday, police said.',
			'The bus, carrying 62 passengers, overturned after a tyre burst near the town of Kintampo, police spokeswoman Grace Ansah said.',
			'The highway, linking the capital, Accra, with northern Ghana, is one of the busiest roads in the West African nation.',
			'Road accidents kill about 2,000 people a year in the country, according to the National Road Safety Authority.'
		];
		const report = reportOf('Bus crash kills 14 on Ghana highway', paragraphs);
		const asked = report.quiz.items.filter((i) => i.source.text.includes('northern Ghana') && i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end) === 'Ghana');
		expect(asked).toEqual([]);
		expect(report.rejections.filter((r) => /with northern (?:_____|[A-Z])/.test(r.stem)).every((r) => r.check === 'R7')).toBe(true);
	});

	it('reads no country in a headline’s river named after one ("as rivers Volta and Togo overflow")', () => {
		const paragraphs = [
			'ACCRA, Ghana (AP) — Floods have killed at least 12 people and forced 9,000 from their homes in central Ghana, officials said Monday.',
			'Rescuers used boats to reach 3,400 people trapped in towns along the Volta, said Kwame Mensah of the disaster agency.',
			'Heavy rain closed a highway linking the capital, Accra, with northern Ghana for two days, police said.'
		];
		const report = reportOf('Floods kill 12 in central Ghana as rivers Volta and Togo overflow', paragraphs);
		const asked = report.quiz.items.filter((i) => i.source.text.includes('northern Ghana') && i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end) === 'Ghana');
		expect(asked).toEqual([]);
		expect(report.rejections.filter((r) => /with northern (?:_____|[A-Z])/.test(r.stem)).every((r) => r.check === 'R7')).toBe(true);
	});
});

