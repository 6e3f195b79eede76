import { describe, expect, it } from 'vitest';
import { rowClause } from '../../src/lib/quiz/list-rows';
import { reportOf } from './report';

describe('rows after "Other <things> in the <whole> include:"', () => {
	it('joins each row to the whole the lead-in names: "The plan also includes ..."', () => {
		expect(rowClause('- the closure of 12 public toilets in the town centre;', 'Other savings in the plan include:', false)?.text).toBe(
			'The plan also includes the closure of 12 public toilets in the town centre'
		);
		expect(rowClause('- a new bus lane on the ring road.', 'Other changes under the transport strategy include:', false)?.text).toBe(
			'The transport strategy also includes a new bus lane on the ring road'
		);
	});

	it('still joins no row to a lead-in whose "other" counts from things named before it', () => {
		expect(rowClause('- the closure of 12 public toilets;', 'Other savings include:', false)).toBeUndefined();
		expect(rowClause('- the closure of 12 public toilets;', 'Others include:', false)).toBeUndefined();
	});

	it('joins no row to a whole that is no container of things: "Other victims of the crash include:" (a reviewer\'s R1)', () => {
		expect(rowClause('- Jane Doe, 34, a nurse from Leeds', 'Other victims of the crash include:', false)).toBeUndefined();
		expect(rowClause('- Amir Khan, a Bristol student', 'Other passengers on the coach include:', false)).toBeUndefined();
	});

	it('writes items from such a row of an article', () => {
		const report = reportOf('Dunmore council agrees cuts', [
			'Dunmore District Council approved a budget of £48 million for next year at a meeting on Tuesday evening.',
			'Other savings in the budget include:',
			'- the closure of 12 public toilets across the district;\n- a cut of £90,000 in grants to sports clubs.',
			'Councillor Ruth Ellery said the council had no other choice after a fall in its grant from the government.'
		]);
		const rows = report.quiz.sentences.filter((s) => /^- /.test(s.text)).map((s) => s.index);
		const stems = [...report.quiz.items.filter((i) => rows.includes(i.source.sentence)).map((i) => i.stem), ...report.rejections.filter((r) => rows.includes(r.sentence ?? -1)).map((r) => r.stem)];
		// the story's owner is written in for "The budget" (anaphora.ts)
		expect(stems.some((s) => /budget (?:also )?includes the closure of _____ public toilets/.test(s))).toBe(true);
	});
});
