import { describe, expect, it } from 'vitest';
import { boundSide, falseBound, isFalseBound, statedBound, thresholdBound } from '../../src/lib/quiz/bounds';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import type { Item } from '../../src/lib/quiz/types';
import { itemsOf, reportOf } from './report';

/** The side of the first number fact of `text` whose words are `number`. */
function sideIn(text: string, number: string) {
	const fact = extractFacts(text).find((f) => f.text === number)!;
	return boundSide(fact, text);
}

describe('hedged bounds', () => {
	it('puts the distractors of a floor above it and of a ceiling below it; a range end or a plain hedge has no side', () => {
		expect(sideIn('Engineers worked for more than 14 hours to restore the supply.', '14')).toBe('above');
		expect(sideIn('The charity says at least 2,300 families have asked for help.', '2,300')).toBe('above');
		expect(sideIn('The first edition had a print run of fewer than 3,000 copies.', '3,000')).toBe('below');
		expect(sideIn('The storm damaged 40 or more homes along the coast.', '40')).toBeUndefined();
		expect(sideIn('The ferry carries about 1,200 passengers on each crossing.', '1,200')).toBeUndefined();
		expect(sideIn('Overnight temperatures in the city did not fall below 26C on Monday.', '26')).toBeUndefined();
		expect(sideIn('The river never rose above 4 metres during the storm.', '4')).toBeUndefined();
	});

	it('reads no hedge from a word that only ends like one ("cover", "thunder", "handsome")', () => {
		const facts = extractFacts('The blast threw a heavy drain cover five metres, and thunder 40 minutes later brought a handsome 12 millimetres of rain.');
		for (const fact of facts.filter((f) => f.type === 'count')) {
			expect(fact.hedge).toBeUndefined();
			expect(fact.bound).toBeUndefined();
		}
		expect(facts.filter((f) => f.type === 'count').map((f) => f.text)).toEqual(expect.arrayContaining(['five', '40']));
	});

	it('never asks a floor as a blank or an estimate: "more than 20 hours" is not false by "more than 14", and would score below 14', () => {
		const items = itemsOf('Storm leaves thousands without power in the valley', [
			'Engineers in the valley worked for more than 14 hours to restore the electricity supply after the storm brought down lines.',
			'The storm also closed the main road to Harrogate for most of the day on Sunday.'
		]).filter((i) => i.source.text.includes('more than 14 hours'));
		expect(items.filter((i) => i.type !== 'true-false')).toEqual([]);
	});

	it('never asks a ceiling as a blank or an estimate either', () => {
		const items = itemsOf('Small press novel wins the county book award', [
			'The novel was published in March by a small press in Harrogate with a first print run of fewer than 3,000 copies.',
			'The judges praised its portrait of a farming family in the dales.'
		]).filter((i) => i.source.text.includes('3,000'));
		expect(items.filter((i) => i.type !== 'true-false')).toEqual([]);
	});

	it('makes a bound false only beyond it under the opposite hedge ("fewer than 1,300" against "more than 2,600")', () => {
		const items = itemsOf('Hospital trust warns of winter pressure', [
			'Nursing vacancies in the Harrogate district now stand at more than 2,600, the union said.',
			'The trust has opened a second ward for the winter months at the old cottage hospital.'
		], 20).filter((i) => i.type === 'true-false' && i.source.text.includes('2,600'));
		const falseOnes = items.filter((i) => i.key === 1);
		expect(falseOnes.length).toBeGreaterThan(0);
		for (const item of falseOnes) {
			const [, number] = /stand at fewer than ([\d,]+),/.exec(item.stem)!;
			expect(Number(number.replace(/,/g, ''))).toBeLessThan(2600);
		}
	});

	it('writes no false statement of a bound that is a condition ("patients waiting more than 18 weeks")', () => {
		const text = 'Patients waiting more than 18 weeks for surgery at the hospital rose to 3,000 last month.';
		const facts = extractFacts(text);
		expect(statedBound(text, facts.find((f) => f.text === '18')!, facts)).toBe(false);
		const stated = 'Nursing vacancies in the district now stand at more than 2,600.';
		const statedFacts = extractFacts(stated);
		expect(statedBound(stated, statedFacts.find((f) => f.text === '2,600')!, statedFacts)).toBe(true);
		const items = itemsOf('Hospital waits grow in the dales', [text, 'The trust has opened a second ward for the winter months at the old cottage hospital.'], 20);
		expect(items.some((i) => i.type === 'true-false' && i.key === 1 && /waiting (?:fewer|more) than \d/.test(i.stem) && !i.stem.includes('more than 18 weeks'))).toBe(false);
	});

	it('writes no cloze on a bound whose hedge has no opposite of its length ("as many as")', () => {
		const items = itemsOf('Festival crowds fill the old town', [
			'Organisers said as many as 40,000 visitors crowded into the old town of Harrogate for the festival on Saturday.',
			'The festival closes on Sunday evening with fireworks over the river.'
		]).filter((i) => i.source.text.includes('40,000'));
		expect(items.filter((i) => i.type === 'cloze')).toEqual([]);
	});
});

describe('a bound written in words', () => {
	it('is no alias of its distractors for sharing its hedge ("at least six", "at least nine")', () => {
		const report = reportOf('Floods bury homes in the dales', [
			'Floods and mudslides buried homes in at least six villages of the upper Wharfe valley on Sunday.',
			'Officials in Leeds reviewed the budget for the coming year in a long meeting.',
			'Local residents attended the session and asked questions about the new library.',
			'The council said 340 people had signed a petition to keep the old reading room open in Leeds.'
		]);
		const written = [...report.quiz.items].filter((i) => i.stem.includes('villages'));
		expect(written.length).toBeGreaterThan(0);
		for (const item of written) expect(item.type === 'true-false' && (item.key === 0 || /in fewer than (?:two|three|four|five) villages/.test(item.stem))).toBe(true);
	});
});

describe('a bound that defines what another number counts', () => {
	it('reads "54,000 people waited more than 12 hours" as a threshold, "a cordon stayed for more than 12 hours" as none', () => {
		const threshold = (text: string) => {
			const facts = extractFacts(text);
			return facts.filter((f) => f.bound).map((f) => thresholdBound(text, f, facts));
		};
		expect(threshold('Nearly 31,000 patients waited more than 12 hours in the emergency department in Leeds.')).toEqual([true]);
		expect(threshold('About 40% of callers were answered in under four minutes.')).toEqual([true]);
		expect(threshold('A cordon remained in place for more than 12 hours on the high street.')).toEqual([false]);
		expect(threshold('The storm damaged 212 homes and forced more than 9,000 people to leave.')).toEqual([false]);
		expect(threshold('The queue has shortened, but hundreds of drivers are still waiting more than 40 minutes at the border.')).toEqual([true]);
		expect(threshold('Runners who train daily recover faster than those who run fewer than 2,000 metres a week.')).toEqual([true]);
		expect(threshold('The party did best in the east, where it won more than 30% in several wards.')).toEqual([true]);
	});
});

describe('a source restated by its initials', () => {
	it('drops "According to the X agency, ABC," as one lead, leaving the count to open the clause', () => {
		const sentence = 'According to the national statistics office, NSO, about 6,500 firms closed in the first half of the year.';
		const texts = simplify(sentence, extractFacts(sentence)).map((c) => c.text);
		expect(texts).toContain('About 6,500 firms closed in the first half of the year');
		expect(texts.some((t) => t.startsWith('NSO,'))).toBe(false);
	});
});

describe('falseBound', () => {
	it('writes the opposite hedge beyond the bound, never words the sentence itself has ("fewer than 80")', () => {
		const text = 'The first novel sold more than 800 copies, and fewer than 80 were returned.';
		const fact = extractFacts(text).find((f) => f.text === '800')!;
		expect(falseBound(fact, text.slice(0, fact.span.start), ['80', '400'], text)).toEqual({ before: 'The first novel sold ', falseKeyText: 'fewer than 400' });
		expect(isFalseBound(fact, 'fewer than 400')).toBe(true);
		expect(isFalseBound(fact, 'more than 1,600')).toBe(false);
		const times = 'The panels work at more than three times the distance of the old probe.';
		const three = extractFacts(times).find((f) => f.text === 'three')!;
		expect(falseBound(three, times.slice(0, three.span.start), ['two'], times)?.falseKeyText).toBe('less than two');
	});
});

describe('the false side of a hedged share', () => {
	it('lies a plausible way beyond the bound, never at a figure false at a glance (the holdout60 reader\'s R8 on "less than 4 per cent" for "more than 26")', () => {
		const paragraphs = [
			'Discount grocers Lidl and Aldi together accounted for more than 26 per cent of the British grocery market in the 12 weeks to December, according to the research firm Kantar.',
			'Tesco kept its place as the largest supermarket chain, with sales up 4.1 per cent on a year earlier as shoppers stocked up for Christmas dinners and parties.'
		];
		const falseShares = itemsOf('Lidl and Aldi take record share of Christmas grocery market', paragraphs)
			.filter((i) => i.type === 'true-false' && i.key === 1 && /Lidl and Aldi/.test(i.stem))
			.map((i) => Number(/less than (\d+) per cent/.exec(i.stem)?.[1]));
		expect(falseShares.length).toBeGreaterThan(0);
		for (const share of falseShares) expect(share).toBeGreaterThanOrEqual(13);
	});
});
