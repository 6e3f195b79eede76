import { describe, expect, it } from 'vitest';
import { buildReport, itemTally, responseLabel, type ReportAnswerInput } from '../../src/lib/report/report';
import { tinyQuiz } from '../fixtures/tiny-quiz';
import { parse } from 'csv-parse/sync';
import { itemsCsv, studentsCsv } from '../../src/lib/server/report-csv';

const choice = (option: number) => ({ kind: 'choice' as const, option });
const text = (t: string) => ({ kind: 'text' as const, text: t });

const students = [
	{ id: 'a', nickname: 'Ada', note: 'Ada Lovelace' },
	{ id: 'b', nickname: 'Bo' },
	{ id: 'c', nickname: 'Cy' }
];

/**
 * Ada: right, right, wrong (Tass), right (typed "Minsk"). Bo: wrong (Minsk), time-up, right,
 * wrong (typed "Pinsk"). Cy has answered only item 1, right.
 */
const answers: ReportAnswerInput[] = [
	{ studentId: 'a', itemIndex: 0, response: choice(0), elapsedMs: 4000, correct: true, points: 1000 },
	{ studentId: 'a', itemIndex: 1, response: choice(0), elapsedMs: 2000, correct: true, points: 1100 },
	{ studentId: 'a', itemIndex: 2, response: choice(1), elapsedMs: 5000, correct: false, points: 0 },
	{ studentId: 'a', itemIndex: 3, response: text('Minsk'), elapsedMs: 10_000, correct: true, points: 1100 },
	{ studentId: 'b', itemIndex: 0, response: choice(1), elapsedMs: 6000, correct: false, points: 0 },
	{ studentId: 'b', itemIndex: 1, response: null, elapsedMs: 15_000, correct: false, points: 0 },
	{ studentId: 'b', itemIndex: 2, response: choice(2), elapsedMs: 3000, correct: true, points: 1000 },
	{ studentId: 'b', itemIndex: 3, response: text('Pinsk'), elapsedMs: 8000, correct: false, points: 0 },
	{ studentId: 'c', itemIndex: 0, response: choice(0), elapsedMs: 2000, correct: true, points: 1000 }
];

describe('buildReport', () => {
	const report = buildReport({ items: tinyQuiz.items, students, answers });


	// a fresh user's report gave "0.0 s" as the time of a student who had answered nothing
	it('gives no time, rather than 0 s, to a student who has answered nothing', () => {
		const idle = buildReport({ items: tinyQuiz.items, students: [...students, { id: 'd', nickname: 'Di' }], answers });
		expect(idle.students.map((s) => [s.nickname, s.answered, s.timeMs])).toEqual([
			['Ada', 4, 21_000],
			['Bo', 4, 32_000],
			['Cy', 1, 2000],
			['Di', 0, null]
		]);
	});
	it('totals each student by hand-computed figures', () => {
		const pick = report.students.map(({ nickname, note, points, right, answered, total, timeMs }) => ({
			nickname, note, points, right, answered, total, timeMs
		}));
		expect(pick).toEqual([
			{ nickname: 'Ada', note: 'Ada Lovelace', points: 3200, right: 3, answered: 4, total: 4, timeMs: 21_000 },
			{ nickname: 'Bo', note: null, points: 1000, right: 1, answered: 4, total: 4, timeMs: 32_000 },
			{ nickname: 'Cy', note: null, points: 1000, right: 1, answered: 1, total: 4, timeMs: 2000 }
		]);
	});

	it('writes out each answer, a time-up as empty, and leaves items not reached empty', () => {
		expect(report.students[0].answers.map((a) => a?.answer)).toEqual(['Sochi', 'True', 'Tass', 'Minsk']);
		expect(report.students[1].answers[1]).toEqual({
			itemIndex: 1, answer: '', timedOut: true, correct: false, points: 0, elapsedMs: 15_000
		});
		expect(report.students[2].answers.slice(1)).toEqual([null, null, null]);
	});

	it('gives each item its share right, option counts, time-ups and mean time', () => {
		const [i1, i2, i3, i4] = report.items;
		expect(i1).toMatchObject({ answered: 3, right: 2, timedOut: 0, meanMs: 4000, keyText: 'Sochi' });
		expect(i1.shareRight).toBeCloseTo(2 / 3, 10);
		expect(i1.choices).toEqual([
			{ label: 'Sochi', count: 2, key: true },
			{ label: 'Minsk', count: 1, key: false },
			{ label: 'Moscow', count: 0, key: false },
			{ label: 'Kyiv', count: 0, key: false }
		]);
		expect(i2).toMatchObject({ answered: 2, right: 1, shareRight: 0.5, timedOut: 1, meanMs: 8500 });
		expect(i2.choices).toEqual([
			{ label: 'True', count: 1, key: true },
			{ label: 'False', count: 0, key: false }
		]);
		expect(i3).toMatchObject({ answered: 2, right: 1, shareRight: 0.5, meanMs: 4000 });
		expect(i3.choices.map((c) => c.count)).toEqual([0, 1, 1, 0]);
		expect(i4).toMatchObject({ answered: 2, right: 1, shareRight: 0.5, meanMs: 9000 });
		expect(i4.choices).toEqual([
			{ label: 'Minsk', count: 1, key: true },
			{ label: 'Pinsk', count: 1, key: false }
		]);
	});

	it('lists the most missed items first, ties in play order', () => {
		expect(report.mostMissed.map((i) => i.index)).toEqual([1, 2, 3, 0]);
	});

	it('shades each asked sentence by the share of the class that got its item right', () => {
		expect(report.sentences.map((s) => [s.start, s.items, s.answered])).toEqual(
			tinyQuiz.items.map((item, i) => [item.source.start, [i], i === 0 ? 3 : 2])
		);
		expect(report.sentences.map((s) => s.shareRight)).toEqual([2 / 3, 0.5, 0.5, 0.5]);
	});

	it('pools the answers of two items asked from one sentence', () => {
		const items = tinyQuiz.items.map((item, i) => (i === 1 ? { ...item, source: tinyQuiz.items[0].source } : item));
		const pooled = buildReport({ items, students, answers }).sentences[0];
		// Item 1: 2 right of 3; item 2: 1 right of 2, so 3 right of 5.
		expect(pooled).toMatchObject({ items: [0, 1], answered: 5, shareRight: 0.6 });
	});

	it('has no shares before anyone answers, and ignores answers of unknown students', () => {
		const empty = buildReport({
			items: tinyQuiz.items,
			students: [{ id: 'z', nickname: 'Zed' }],
			answers: answers.slice(0, 2)
		});
		expect(empty.items.map((i) => i.shareRight)).toEqual([null, null, null, null]);
		expect(empty.mostMissed).toEqual([]);
		expect(empty.sentences.every((s) => s.shareRight === null)).toBe(true);
		expect(empty.students[0]).toMatchObject({ answered: 0, points: 0 });
	});
});

describe('close estimates in the report', () => {
	// A fresh user's report put a question everyone got close at the top of "missed most", as "0% right (0 of 1)".
	const report = buildReport({
		items: tinyQuiz.items,
		students: [{ id: 'a', nickname: 'Ada' }],
		answers: [
			{ studentId: 'a', itemIndex: 0, response: { kind: 'number', value: 5 }, elapsedMs: 3000, correct: false, points: 420 },
			{ studentId: 'a', itemIndex: 1, response: choice(1), elapsedMs: 3000, correct: false, points: 0 },
			{ studentId: 'a', itemIndex: 2, response: null, elapsedMs: 15_000, correct: false, points: 0 }
		]
	});

	it('counts a close answer as close, not as a miss, and leaves an item everyone got close out of the misses', () => {
		expect(report.items.map((i) => i.close)).toEqual([1, 0, 0, 0]);
		expect(report.mostMissed.map((i) => i.index)).toEqual([1, 2]);
	});

	// A student told "Close, 824 points" for an estimate read "Q1 right: no" in the export (a fresh user's find)
	it('writes a close estimate as close in the students CSV, a miss and a time-up as no', () => {
		const rows = parse(studentsCsv(report), { bom: true, columns: true }) as Record<string, string>[];
		expect([rows[0]['Q1 right'], rows[0]['Q2 right'], rows[0]['Q3 right'], rows[0]['Q4 right']]).toEqual(['close', 'no', 'no', '']);
		// and the items CSV counts it close beside right, as the report does (a fresh user's find)
		const items = parse(itemsCsv(report), { bom: true, columns: true }) as Record<string, string>[];
		expect(items.map((r) => [r.Right, r.Close])).toEqual([['0', '1'], ['0', '0'], ['0', '0'], ['0', '0']]);
	});

	it('says close beside right', () => {
		expect(itemTally(report.items[0])).toBe('0% right, 1 close (0 right of 1)');
		expect(itemTally(report.items[1])).toBe('0% right (0 of 1)');
	});
});

describe('responseLabel', () => {
	it('writes an estimate in the stem’s own terms, with its unit and scale', () => {
		const item = {
			options: ['£772.6 million'],
			key: 0,
			answerMode: 'estimate',
			numeric: { value: 772_600_000, min: 0, max: 2_400_000_000, unit: 'GBP', scale: 1_000_000 }
		} as unknown as Parameters<typeof responseLabel>[0];
		expect(responseLabel(item, { kind: 'number', value: 100_000_000 })).toBe('£100 million');
	});
});
