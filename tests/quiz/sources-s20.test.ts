import { describe, expect, it } from 'vitest';
import { parseQuiz } from '../../src/lib/quiz/schema';
import { filler, itemsOf, reportOf, written } from './report';

describe('the explanation of an item about a speaker shows the speaker (QUALITY.md R2)', () => {
	const fire = [
		'Firefighters rescued 23 people from a burning 18-storey tower block in Leeds early on Tuesday, West Yorkshire Fire and Rescue Service said.',
		'Station commander Priya Raghunathan said crews had guided 41 residents down the single stairwell. "Crews worked in extremely difficult conditions, with heavy smoke on several floors," she said.',
		'Council leader Martin Ellery said 212 people had been placed in emergency accommodation. "Nobody will be left without a roof over their head tonight," he said.',
		'Resident Adaeze Okonkwo, 34, said she had woken to the smell of smoke at 3 a.m. Housing campaigner Tom Baxter said the building had failed two fire inspections since 2022.'
	];

	it('gives a quote whose source says only "she said" the sentence that names her, with her name marked', () => {
		const items = itemsOf('Fire crews rescue 23 from burning Leeds tower block', fire).filter((i) => i.source.text.startsWith('"') && /\b(?:she|he) said\.$/.test(i.source.text));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			const speaker = item.source.speaker;
			expect(speaker, item.stem).toBeDefined();
			expect(speaker!.sentence).toBe(item.source.sentence - 1);
			expect(speaker!.text.slice(speaker!.span.start, speaker!.span.end)).toMatch(/^(?:Priya Raghunathan|Martin Ellery)$/);
		}
	});

	it('gives none to an item whose source names its speaker or that asks no speaker', () => {
		const items = itemsOf('Fire crews rescue 23 from burning Leeds tower block', fire).filter((i) => !i.source.text.startsWith('"'));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.source.speaker, item.stem).toBeUndefined();
	});

	it('keeps the speaker through the quiz schema, and refuses one whose sentence is not the quiz’s', () => {
		const quiz = reportOf('Fire crews rescue 23 from burning Leeds tower block', fire).quiz;
		const at = quiz.items.findIndex((i) => i.source.speaker);
		expect(at).toBeGreaterThanOrEqual(0);
		expect(parseQuiz(JSON.parse(JSON.stringify(quiz))).items[at].source.speaker).toEqual(quiz.items[at].source.speaker);
		const wrong = JSON.parse(JSON.stringify(quiz));
		wrong.items[at].source.speaker.text = 'Someone else said so.';
		expect(() => parseQuiz(wrong)).toThrow(/naming the speaker/);
	});
});

describe('an estimate stays an estimate (QUALITY.md R6)', () => {
	const poll = [
		'Sweden’s opposition bloc edged ahead on Sunday night as polls closed in the general election.',
		'According to the exit poll, the Social Democrats remained the largest party with 32.1 percent, up from 30.3 percent in 2022.',
		'According to early returns, turnout reached 83 percent in Stockholm.',
		'According to Statistics Sweden, 7.6 million people were entitled to vote.'
	];

	it('never cuts "According to the exit poll" or "According to early returns" from a stem', () => {
		const stems = written(reportOf('Opposition edges ahead in Sweden', [...poll, ...filler])).map((w) => w.stem);
		const projected = stems.filter((s) => /largest party with|turnout reached/.test(s));
		expect(projected.length).toBeGreaterThan(0);
		for (const stem of projected) expect(stem).toMatch(/^According to (?:the exit poll|early returns), /);
	});
});

describe('a surname a couple shares names neither of them alone (QUALITY.md R6)', () => {
	const homes = [
		'Canadian home prices rose in July for the first time in five months, the Canadian Real Estate Association said on Tuesday.',
		'For first-time buyers such as Priya and Daniel Okafor, the softer Toronto market has opened a door. The couple closed last month on a two-bedroom condo for $618,000.',
		'"We had been renting for seven years and kept getting outbid," Ms. Okafor said. "This time we were the only offer."',
		'Economist Marcus Oyelaran said prices would rise 3 percent next year. Realtor Hélène Bouchard said listings in Montreal fell by 12 percent.'
	];

	it('never gives "Ms. Okafor"’s words to Daniel Okafor', () => {
		const items = itemsOf('Canadian home prices edge up in July', homes);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(`${item.stem} ${item.options.join(' ')}`).not.toMatch(/Daniel Okafor said|Daniel Okafor$/);
	});
});
