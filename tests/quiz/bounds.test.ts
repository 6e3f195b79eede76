import { describe, expect, it } from 'vitest';
import { boundSide, hedgedBoundCloze, thresholdBound } from '../../src/lib/quiz/bounds';
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

	it('asks a floor with its hedge in each option: the same hedge above the key, the opposite one below it, never as true/false', () => {
		const items = itemsOf('Storm leaves thousands without power in the valley', [
			'Engineers in the valley worked for more than 14 hours to restore the electricity supply after the storm brought down lines.',
			'The storm also closed the main road to Harrogate for most of the day on Sunday.'
		]).filter((i) => i.source.text.includes('more than 14 hours'));
		const cloze = items.filter((i) => i.type === 'cloze' && /worked for _+ hours/.test(i.stem));
		expect(cloze.length).toBeGreaterThan(0);
		for (const item of cloze) {
			expect(item.options[item.key]).toBe('more than 14');
			expect(item.key).toBeGreaterThan(0);
			for (const option of item.options.filter((o, i) => i !== item.key)) {
				const [, hedge, number] = /^(more than|fewer than) (\d+)$/.exec(option)!;
				expect(hedge === 'more than' ? Number(number) > 14 : Number(number) < 14).toBe(true);
			}
		}
		const keyOf = (i: Item) => i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end);
		expect(cloze.every((i) => keyOf(i) === 'more than 14')).toBe(true);
		expect(items.some((i) => (i.type === 'true-false' || i.type === 'numeric') && keyOf(i) === '14')).toBe(false);
	});

	it('asks a ceiling with the same hedge below the key and the opposite one above it', () => {
		const items = itemsOf('Small press novel wins the county book award', [
			'The novel was published in March by a small press in Harrogate with a first print run of fewer than 3,000 copies.',
			'The judges praised its portrait of a farming family in the dales.'
		]).filter((i) => i.type === 'cloze' && /print run of _+ copies/.test(i.stem));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item.options[item.key]).toBe('fewer than 3,000');
			expect(item.key).toBeLessThan(3);
			for (const option of item.options.filter((o, i) => i !== item.key)) {
				const [, hedge, number] = /^(more than|fewer than) ([\d,]+)$/.exec(option)!;
				const value = Number(number.replace(/,/g, ''));
				expect(hedge === 'fewer than' ? value < 3000 : value > 3000).toBe(true);
			}
		}
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
			'Floods and mudslides buried homes in at least six villages of the upper valley on Sunday.',
			'Officials in Leeds reviewed the budget for the coming year in a long meeting.',
			'Local residents attended the session and asked questions about the new library.',
			'The council said 340 people had signed a petition to keep the old reading room open in Leeds.'
		]);
		expect(report.rejections.filter((r) => r.type === 'cloze' && r.stem.includes('villages'))).toEqual([]);
		const written = [...report.quiz.items].filter((i) => i.type === 'cloze' && i.stem.includes('villages'));
		for (const item of written) expect(item.options[item.key]).toBe('at least six');
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

describe('hedgedBoundCloze', () => {
	it('leaves out an option that is a piece of the sentence ("fewer than 80" in "fewer than 800")', () => {
		const text = 'The first novel sold fewer than 800 copies in its first year.';
		const fact = extractFacts(text).find((f) => f.text === '800')!;
		const cloze = hedgedBoundCloze(fact, text.slice(0, fact.span.start), ['80', '500', '300'], ['1,600'], 0, text)!;
		expect(cloze.options).toEqual(['fewer than 300', 'fewer than 500', 'fewer than 800', 'more than 1,600']);
		expect(cloze.key).toBe(2);
		expect(cloze.before).toBe('The first novel sold ');
	});
});
